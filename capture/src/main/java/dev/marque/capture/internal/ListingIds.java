package dev.marque.capture.internal;

import dev.marque.core.Marketplace;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The listing id each marketplace writes into its listing URLs. The patterns follow the URLs
 * the marketplaces serve today; a URL that matches none yields no id rather than a guess.
 *
 * <table>
 *   <caption>URL patterns</caption>
 *   <tr><th>marketplace</th><th>example</th><th>id</th></tr>
 *   <tr><td>AliExpress</td><td>{@code /item/1005006123456789.html}</td><td>1005006123456789</td></tr>
 *   <tr><td>Amazon</td><td>{@code /Some-Title/dp/B0C1234567}, {@code /gp/product/B0C1234567}</td><td>B0C1234567</td></tr>
 *   <tr><td>eBay</td><td>{@code /itm/2561234567890}, {@code /itm/title/2561234567890}</td><td>2561234567890</td></tr>
 *   <tr><td>Alibaba.com</td><td>{@code /product-detail/Title_1600123456789.html}</td><td>1600123456789</td></tr>
 *   <tr><td>Taobao, Tmall</td><td>{@code item.htm?id=681234567890}</td><td>681234567890</td></tr>
 *   <tr><td>1688</td><td>{@code /offer/681234567890.html}</td><td>681234567890</td></tr>
 *   <tr><td>DHgate</td><td>{@code /product/title/912345678.html}</td><td>912345678</td></tr>
 *   <tr><td>Temu</td><td>{@code /title-g-601099512345678.html}, {@code ?goods_id=}</td><td>601099512345678</td></tr>
 *   <tr><td>Shopee</td><td>{@code /Title-i.123456.7890123}, {@code /product/123456/7890123}</td><td>123456.7890123 (shop.item)</td></tr>
 *   <tr><td>Lazada</td><td>{@code /products/title-i2345678901-s1234.html}</td><td>2345678901</td></tr>
 *   <tr><td>Etsy</td><td>{@code /listing/1234567890/title}</td><td>1234567890</td></tr>
 *   <tr><td>Mercado Libre</td><td>{@code /MLA-1234567890-title-_JM}, {@code /p/MLA12345}</td><td>MLA1234567890</td></tr>
 *   <tr><td>Wish</td><td>{@code /product/5f1a2b3c4d5e6f7a8b9c0d1e}</td><td>5f1a2b3c4d5e6f7a8b9c0d1e</td></tr>
 * </table>
 */
public final class ListingIds {
  private ListingIds() {}

  private static final Pattern ALIEXPRESS = Pattern.compile("/(?:item|i)/(\\d{6,})\\.html");
  private static final Pattern AMAZON =
      Pattern.compile("/(?:dp|gp/product|gp/aw/d|exec/obidos/ASIN)/([A-Z0-9]{10})(?:[/?]|$)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern EBAY = Pattern.compile("/itm/(?:[^/]+/)?(\\d{9,})");
  private static final Pattern ALIBABA = Pattern.compile("_(\\d{8,})\\.html|/product/(\\d{8,})");
  private static final Pattern ID_PARAM = Pattern.compile("(?:^|&)id=(\\d{6,})(?:&|$)");
  private static final Pattern A1688 = Pattern.compile("/offer/(\\d{6,})\\.html");
  private static final Pattern DHGATE = Pattern.compile("/product/(?:[^/]+/)?(\\d{6,})\\.html");
  private static final Pattern TEMU = Pattern.compile("-g-(\\d{6,})\\.html");
  private static final Pattern TEMU_PARAM = Pattern.compile("(?:^|&)goods_id=(\\d{6,})(?:&|$)");
  private static final Pattern SHOPEE = Pattern.compile("-i\\.(\\d+)\\.(\\d+)|/product/(\\d+)/(\\d+)");
  private static final Pattern LAZADA = Pattern.compile("-i(\\d{5,})(?:-s\\d+)?\\.html");
  private static final Pattern ETSY = Pattern.compile("/listing/(\\d{5,})");
  private static final Pattern MERCADO_LIBRE = Pattern.compile("/(?:p/)?(M[LC][A-Z])-?(\\d{5,})");
  private static final Pattern WISH = Pattern.compile("/product/([0-9a-f]{24})");

  /** The listing id in a marketplace URL, or empty when the URL carries none we recognise. */
  public static Optional<String> fromUrl(String url) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    if (uri.getHost() == null) {
      return Optional.empty();
    }
    String path = Optional.ofNullable(uri.getRawPath()).orElse("");
    String query = Optional.ofNullable(uri.getRawQuery()).orElse("");
    Marketplace m = Marketplace.fromHost(uri.getHost());
    return switch (m) {
      case ALIEXPRESS -> group(ALIEXPRESS, path);
      case AMAZON -> group(AMAZON, path).map(asin -> asin.toUpperCase(Locale.ROOT));
      case EBAY -> group(EBAY, path);
      case ALIBABA -> group(ALIBABA, path);
      case TAOBAO, TMALL -> group(ID_PARAM, query);
      case ALI1688 -> group(A1688, path);
      case DHGATE -> group(DHGATE, path);
      case TEMU -> group(TEMU, path).or(() -> group(TEMU_PARAM, query));
      case SHOPEE -> shopee(path);
      case LAZADA -> group(LAZADA, path);
      case ETSY -> group(ETSY, path);
      case MERCADO_LIBRE -> mercadoLibre(path);
      case WISH -> group(WISH, path);
      case OTHER -> Optional.empty();
    };
  }

  private static Optional<String> group(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return Optional.of(m.group(g));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> shopee(String path) {
    Matcher m = SHOPEE.matcher(path);
    if (!m.find()) {
      return Optional.empty();
    }
    // An item number is unique only within its shop, so the id keeps both.
    return Optional.of(m.group(1) != null ? m.group(1) + "." + m.group(2)
        : m.group(3) + "." + m.group(4));
  }

  private static Optional<String> mercadoLibre(String path) {
    Matcher m = MERCADO_LIBRE.matcher(path);
    return m.find() ? Optional.of(m.group(1) + m.group(2)) : Optional.empty();
  }
}
