package dev.marque.capture.extract;

import dev.marque.capture.extract.PageRejectedException.Reason;
import dev.marque.capture.internal.HtmlReader;
import dev.marque.capture.internal.Hashes;
import dev.marque.capture.internal.JsonLdReader;
import dev.marque.capture.internal.ListingIds;
import dev.marque.capture.internal.MetaReader;
import dev.marque.capture.internal.MicrodataReader;
import dev.marque.capture.internal.PageData;
import dev.marque.capture.internal.Prices;
import dev.marque.capture.internal.Texts;
import dev.marque.core.Listing;
import dev.marque.core.Marketplace;
import dev.marque.core.Money;
import dev.marque.core.Seller;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Extracts a {@link Listing} from an HTML listing page, recording where each field came from.
 * Immutable and thread-safe; the page's scripts are never run (JSON-LD is read as data).
 *
 * <pre>{@code
 * ListingExtractor extractor = ListingExtractor.standard();
 * Extraction e = extractor.extract(Files.readAllBytes(page), "https://www.aliexpress.com/item/1005006123456789.html");
 * e.listing().price();                  // Optional[25.00 USD]
 * e.sourceOf(ExtractedField.PRICE);     // Optional[JSON_LD]
 * }</pre>
 *
 * <h2>Order of preference</h2>
 * When sources disagree, the first that gives a usable value wins, in the order of {@link Source}:
 * JSON-LD, then microdata, then OpenGraph/product meta tags, then the HTML fallbacks
 * ({@code <h1>}, then {@code <title>}; the meta description). A price that is absurd (negative,
 * zero, not a number, above {@link Prices#MAX_PRICE}) or lacks a currency is skipped with a warning,
 * so the next source's price is used; sources that disagree on the price are reported in a warning.
 * Two fields follow their own order:
 * <ul>
 *   <li>the URL: the canonical link, then {@code og:url}, then the structured data's {@code url},
 *       then the page URL given by the caller; a URL on another marketplace than the page's is
 *       ignored with a warning;
 *   <li>the id: the one the marketplace's URL pattern carries (see the table in
 *       {@code ListingIds}), then the structured data's {@code productID}/{@code sku}, then
 *       {@code product:retailer_item_id}; a page with none gets {@code page-} and the first 16 hex
 *       digits of its SHA-256, with a warning.
 * </ul>
 */
public final class ListingExtractor {

  /** The largest page read, in bytes: 16 MiB. Listing pages are far smaller; larger is refused. */
  public static final int MAX_PAGE_BYTES = 16 << 20;

  /** The longest title kept, in characters; a longer one is cut, with a warning. */
  public static final int MAX_TITLE_CHARS = 2_000;

  /** The longest description kept, in characters; a longer one is cut, with a warning. */
  public static final int MAX_DESCRIPTION_CHARS = 20_000;

  /** The most image URLs kept. */
  public static final int MAX_IMAGES = 50;

  private static final ListingExtractor STANDARD = new ListingExtractor(MAX_PAGE_BYTES);
  private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([\\w.:-]+)");

  private final int maxPageBytes;

  private ListingExtractor(int maxPageBytes) {
    this.maxPageBytes = maxPageBytes;
  }

  /** {@return the extractor with the standard limits} */
  public static ListingExtractor standard() {
    return STANDARD;
  }

  /**
   * {@return a copy refusing pages over {@code maxPageBytes} bytes instead of {@link
   * #MAX_PAGE_BYTES}}
   *
   * @param maxPageBytes the largest page accepted, in bytes
   */
  public ListingExtractor withMaxPageBytes(int maxPageBytes) {
    if (maxPageBytes < 1) {
      throw new IllegalArgumentException("maxPageBytes must be positive: " + maxPageBytes);
    }
    return new ListingExtractor(maxPageBytes);
  }

  /** {@return the largest page this extractor reads, in bytes} */
  public int maxPageBytes() {
    return maxPageBytes;
  }

  /**
   * Extracts the listing from a saved page file; {@code pageUrl} is where it was captured from,
   * when known (empty text when not).
   *
   * @param file the saved page
   * @param pageUrl the page's URL, or empty text
   * @return the listing, where each field came from, and warnings
   * @throws PageRejectedException when no listing can be extracted, saying why
   * @throws IOException when the file cannot be read
   */
  public Extraction extract(Path file, String pageUrl) throws IOException, PageRejectedException {
    Objects.requireNonNull(file, "file must not be null");
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(maxPageBytes + 1);
    }
    if (bytes.length > maxPageBytes) {
      throw tooLarge(Files.size(file));
    }
    return extract(bytes, pageUrl, "");
  }

  /**
   * Extracts the listing from a page's bytes, without knowing where it came from.
   *
   * @param page the page's bytes
   * @return the listing, where each field came from, and warnings
   * @throws PageRejectedException when no listing can be extracted, saying why
   */
  public Extraction extract(byte[] page) throws PageRejectedException {
    return extract(page, "", "");
  }

  /**
   * Extracts the listing from a page's bytes captured from {@code pageUrl}.
   *
   * @param page the page's bytes
   * @param pageUrl the page's URL, or empty text
   * @return the listing, where each field came from, and warnings
   * @throws PageRejectedException when no listing can be extracted, saying why
   */
  public Extraction extract(byte[] page, String pageUrl) throws PageRejectedException {
    return extract(page, pageUrl, "");
  }

  /**
   * Extracts the listing from a page's bytes captured from {@code pageUrl} (empty when unknown)
   * and served as {@code contentType} (empty when unknown; its charset is honoured).
   *
   * @param page the page's bytes
   * @param pageUrl the page's URL, or empty text
   * @param contentType the {@code Content-Type} header, or empty text
   * @return the listing, where each field came from, and warnings
   * @throws PageRejectedException when no listing can be extracted, saying why
   */
  public Extraction extract(byte[] page, String pageUrl, String contentType)
      throws PageRejectedException {
    Objects.requireNonNull(page, "page must not be null");
    Objects.requireNonNull(pageUrl, "pageUrl must not be null");
    Objects.requireNonNull(contentType, "contentType must not be null");
    if (page.length > maxPageBytes) {
      throw tooLarge(page.length);
    }
    checkHtml(page, contentType);
    String base = Texts.absoluteHttpUrl(pageUrl, null).orElse("");
    List<String> warnings = new ArrayList<>();
    if (!pageUrl.isBlank() && base.isEmpty()) {
      warnings.add("page URL '" + pageUrl + "' is not an absolute http(s) URL; ignored");
    }
    Document doc = parse(page, base, charset(contentType));
    return assemble(doc, base, page, warnings);
  }

  // ---------------------------------------------------------------- checks

  private PageRejectedException tooLarge(long size) {
    return new PageRejectedException(Reason.TOO_LARGE, "page is " + size
        + " bytes; the limit is " + maxPageBytes + " bytes (ListingExtractor.MAX_PAGE_BYTES)");
  }

  private static void checkHtml(byte[] page, String contentType) throws PageRejectedException {
    String mime = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!mime.isEmpty() && !mime.equals("text/html") && !mime.equals("application/xhtml+xml")) {
      throw new PageRejectedException(Reason.NOT_HTML,
          "content type '" + mime + "' is not HTML (text/html or application/xhtml+xml)");
    }
    int start = 0;
    if (page.length >= 3 && (page[0] & 0xFF) == 0xEF && (page[1] & 0xFF) == 0xBB
        && (page[2] & 0xFF) == 0xBF) {
      start = 3;
    }
    while (start < page.length && Character.isWhitespace(page[start])) {
      start++;
    }
    if (start == page.length) {
      throw new PageRejectedException(Reason.NO_LISTING, "page is empty");
    }
    String kind = sniff(page, start);
    if (kind != null) {
      throw new PageRejectedException(Reason.NOT_HTML, "content is not HTML: it looks like "
          + kind);
    }
    int window = Math.min(page.length, start + 4096);
    boolean markup = false;
    for (int i = start; i < window; i++) {
      if (page[i] == 0 && !utf16(page)) {
        throw new PageRejectedException(Reason.NOT_HTML, "content is not HTML: it is binary data"
            + " (a NUL byte at offset " + i + ")");
      }
      markup |= page[i] == '<';
    }
    if (!markup && !utf16(page)) {
      throw new PageRejectedException(Reason.NOT_HTML,
          "content is not HTML: no markup in its first " + (window - start) + " bytes");
    }
  }

  private static boolean utf16(byte[] page) {
    return page.length >= 2 && ((page[0] & 0xFF) == 0xFE && (page[1] & 0xFF) == 0xFF
        || (page[0] & 0xFF) == 0xFF && (page[1] & 0xFF) == 0xFE);
  }

  private static String sniff(byte[] b, int i) {
    if (startsWith(b, i, "%PDF")) {
      return "a PDF document";
    }
    if (startsWith(b, i, "\u0089PNG")) {
      return "a PNG image";
    }
    if (startsWith(b, i, "GIF8")) {
      return "a GIF image";
    }
    if (b.length > i + 2 && (b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == 0xD8) {
      return "a JPEG image";
    }
    if (startsWith(b, i, "PK\u0003\u0004")) {
      return "a ZIP archive";
    }
    if (b[i] == '{' || b[i] == '[') {
      return "JSON";
    }
    return null;
  }

  private static boolean startsWith(byte[] b, int at, String ascii) {
    if (b.length < at + ascii.length()) {
      return false;
    }
    for (int k = 0; k < ascii.length(); k++) {
      if ((b[at + k] & 0xFF) != ascii.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static String charset(String contentType) {
    Matcher m = CHARSET.matcher(contentType);
    if (!m.find()) {
      return null;
    }
    try {
      return java.nio.charset.Charset.isSupported(m.group(1)) ? m.group(1) : null;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static Document parse(byte[] page, String base, String charset) {
    try {
      // A null charset lets jsoup read the BOM or <meta charset>, defaulting to UTF-8.
      return Jsoup.parse(new ByteArrayInputStream(page), charset, base);
    } catch (IOException e) {
      // Reading from memory cannot fail; a charset jsoup cannot use falls back to UTF-8.
      try {
        return Jsoup.parse(new ByteArrayInputStream(page), StandardCharsets.UTF_8.name(), base);
      } catch (IOException again) {
        throw new UncheckedIOException(again);
      }
    }
  }

  // ---------------------------------------------------------------- weighing the sources

  private record Said(Source source, PageData data) {}

  private record Picked<T>(T value, Source source) {}

  private static Extraction assemble(Document doc, String base, byte[] page, List<String> warnings)
      throws PageRejectedException {
    List<Said> said = new ArrayList<>();
    JsonLdReader.read(doc, warnings).ifPresent(d -> said.add(new Said(Source.JSON_LD, d)));
    MicrodataReader.read(doc).ifPresent(d -> said.add(new Said(Source.MICRODATA, d)));
    MetaReader.read(doc).ifPresent(d -> said.add(new Said(Source.OPEN_GRAPH, d)));
    PageData html = HtmlReader.read(doc);
    said.add(new Said(Source.HTML, html));
    Map<ExtractedField, Source> sources = new EnumMap<>(ExtractedField.class);

    Optional<Picked<String>> title = pick(said, d -> d.title);
    if (title.isEmpty()) {
      throw new PageRejectedException(Reason.NO_LISTING,
          "page names no product: no JSON-LD or microdata name, no og:title, <h1> or <title>");
    }
    String titleText = cut(title.get().value(), MAX_TITLE_CHARS, "title", warnings);
    sources.put(ExtractedField.TITLE, title.get().source());

    Optional<Picked<String>> url = url(said, html, base, warnings);
    Listing.Builder b;
    Optional<Picked<String>> id = url.flatMap(u -> ListingIds.fromUrl(u.value()))
        .or(() -> ListingIds.fromUrl(base))
        .map(i -> new Picked<>(i, Source.URL))
        .or(() -> pick(said, d -> d.id));
    if (id.isPresent()) {
      sources.put(ExtractedField.ID, id.get().source());
      b = Listing.builder(id.get().value(), titleText);
    } else {
      String made = "page-" + Hashes.sha256Hex(page).substring(0, 16);
      warnings.add("no listing id in the URL or the page's data; using " + made);
      b = Listing.builder(made, titleText);
    }
    Marketplace marketplace =
        url.map(u -> Marketplace.fromUrl(u.value())).orElse(Marketplace.OTHER);
    b.marketplace(marketplace);
    if (marketplace != Marketplace.OTHER) {
      sources.put(ExtractedField.MARKETPLACE, Source.URL);
    }
    url.ifPresent(u -> {
      b.url(u.value());
      sources.put(ExtractedField.URL, u.source());
    });

    pick(said, d -> d.description).ifPresent(p -> {
      b.description(cut(p.value(), MAX_DESCRIPTION_CHARS, "description", warnings));
      sources.put(ExtractedField.DESCRIPTION, p.source());
    });
    price(said, warnings).ifPresent(p -> {
      b.price(p.value());
      sources.put(ExtractedField.PRICE, p.source());
    });
    said.stream().filter(s -> s.data().sellerId != null || s.data().sellerName != null)
        .findFirst().ifPresent(s -> {
          PageData d = s.data();
          b.seller(new Seller(Texts.first(d.sellerId, d.sellerName), Optional.ofNullable(
              d.sellerName), Optional.ofNullable(d.sellerCountry),
              Optional.ofNullable(d.sellerAddress)));
          sources.put(ExtractedField.SELLER, s.source());
        });
    pick(said, d -> d.shipsFrom).ifPresent(p -> {
      b.shipsFrom(p.value());
      sources.put(ExtractedField.SHIPS_FROM, p.source());
    });
    said.stream().filter(s -> !s.data().images.isEmpty()).findFirst().ifPresent(s -> {
      List<String> images = s.data().images.stream().distinct().toList();
      if (images.size() > MAX_IMAGES) {
        warnings.add(images.size() + " images; the first " + MAX_IMAGES + " were kept");
        images = images.subList(0, MAX_IMAGES);
      }
      b.images(images);
      sources.put(ExtractedField.IMAGES, s.source());
    });
    Optional<Picked<String>> brand = pick(said, d -> d.brand);
    brand.ifPresent(p -> sources.put(ExtractedField.BRAND, p.source()));
    return new Extraction(b.build(), sources, brand.map(Picked::value), warnings);
  }

  private static <T> Optional<Picked<T>> pick(List<Said> said, Function<PageData, T> field) {
    for (Said s : said) {
      T value = field.apply(s.data());
      if (value != null) {
        return Optional.of(new Picked<>(value, s.source()));
      }
    }
    return Optional.empty();
  }

  private static Optional<Picked<String>> url(List<Said> said, PageData html, String base,
      List<String> warnings) {
    List<Said> order = new ArrayList<>();
    order.add(new Said(Source.HTML, html));
    said.stream().filter(s -> s.source() == Source.OPEN_GRAPH).forEach(order::add);
    said.stream().filter(s -> s.source() == Source.JSON_LD || s.source() == Source.MICRODATA)
        .forEach(order::add);
    Marketplace pageMarketplace = base.isEmpty() ? Marketplace.OTHER : Marketplace.fromUrl(base);
    for (Said s : order) {
      if (s.data().url == null) {
        continue;
      }
      Optional<String> absolute = Texts.absoluteHttpUrl(s.data().url, base);
      if (absolute.isEmpty()) {
        warnings.add(label(s.source()) + " URL '" + s.data().url + "' is not an http(s) URL;"
            + " ignored");
        continue;
      }
      Marketplace m = Marketplace.fromUrl(absolute.get());
      if (pageMarketplace != Marketplace.OTHER && m != pageMarketplace) {
        warnings.add(label(s.source()) + " URL " + absolute.get() + " is on " + m.displayName()
            + ", not on " + pageMarketplace.displayName() + " where the page is; ignored");
        continue;
      }
      return Optional.of(new Picked<>(absolute.get(), s.source()));
    }
    return base.isEmpty() ? Optional.empty() : Optional.of(new Picked<>(base, Source.URL));
  }

  private static Optional<Picked<Money>> price(List<Said> said, List<String> warnings) {
    Picked<Money> chosen = null;
    List<String> others = new ArrayList<>();
    for (Said s : said) {
      for (PageData.RawPrice raw : s.data().prices) {
        Optional<Money> money = Prices.parse(raw, label(s.source()), warnings);
        if (money.isPresent()) {
          if (chosen == null) {
            chosen = new Picked<>(money.get(), s.source());
          } else if (!chosen.value().equals(money.get())) {
            others.add(label(s.source()) + " says " + money.get());
          }
          break;
        }
      }
    }
    if (chosen != null && !others.isEmpty()) {
      warnings.add("sources disagree on the price: " + label(chosen.source()) + " says "
          + chosen.value() + " (used), " + String.join(", ", others));
    }
    return Optional.ofNullable(chosen);
  }

  private static String cut(String text, int max, String what, List<String> warnings) {
    if (text.length() <= max) {
      return text;
    }
    warnings.add(what + " is " + text.length() + " characters long; cut to " + max);
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end);
  }

  private static String label(Source source) {
    return switch (source) {
      case JSON_LD -> "JSON-LD";
      case MICRODATA -> "microdata";
      case OPEN_GRAPH -> "OpenGraph";
      case HTML -> "HTML";
      case URL -> "URL";
    };
  }
}
