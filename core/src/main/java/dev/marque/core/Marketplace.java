package dev.marque.core;

import static dev.marque.core.internal.Checks.notNull;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An online marketplace where listings are found, with the web hosts that identify it, so that
 * a listing's URL tells its marketplace.
 *
 * <pre>{@code
 * Marketplace.fromUrl("https://www.aliexpress.com/item/1005001.html")  // ALIEXPRESS
 * Marketplace.parse("ebay")                                            // EBAY
 * }</pre>
 */
public enum Marketplace {
  /** Alibaba.com, the B2B export marketplace. */
  ALIBABA("Alibaba.com", Jurisdiction.CN, "alibaba.com"),
  /** AliExpress. */
  ALIEXPRESS("AliExpress", Jurisdiction.CN, "aliexpress.com", "aliexpress.us", "aliexpress.ru"),
  /** Taobao. */
  TAOBAO("Taobao", Jurisdiction.CN, "taobao.com", "world.taobao.com"),
  /** Tmall. */
  TMALL("Tmall", Jurisdiction.CN, "tmall.com", "tmall.hk"),
  /** 1688.com, Alibaba's domestic wholesale marketplace. */
  ALI1688("1688", Jurisdiction.CN, "1688.com"),
  /** Amazon, any national store. */
  AMAZON("Amazon", Jurisdiction.US, "amazon.com", "amazon.co.uk", "amazon.de", "amazon.fr",
      "amazon.it", "amazon.es", "amazon.nl", "amazon.se", "amazon.pl", "amazon.com.be",
      "amazon.ca", "amazon.com.mx", "amazon.com.br", "amazon.co.jp", "amazon.in", "amazon.com.au",
      "amazon.sg", "amazon.ae", "amazon.sa", "amazon.com.tr", "amazon.eg", "amzn.to", "amzn.eu"),
  /** eBay, any national site. */
  EBAY("eBay", Jurisdiction.US, "ebay.com", "ebay.co.uk", "ebay.de", "ebay.fr", "ebay.it",
      "ebay.es", "ebay.ca", "ebay.com.au", "ebay.nl", "ebay.at", "ebay.ch", "ebay.ie", "ebay.pl",
      "ebay.be", "ebay.com.hk", "ebay.com.sg", "ebay.us"),
  /** DHgate. */
  DHGATE("DHgate", Jurisdiction.CN, "dhgate.com"),
  /** Temu. */
  TEMU("Temu", Jurisdiction.US, "temu.com"),
  /** Shopee, any national site. */
  SHOPEE("Shopee", Jurisdiction.of("SG"), "shopee.com", "shopee.sg", "shopee.com.my",
      "shopee.co.id", "shopee.co.th", "shopee.ph", "shopee.vn", "shopee.tw", "shopee.com.br",
      "shopee.com.mx", "shopee.com.co", "shopee.cl"),
  /** Lazada, any national site. */
  LAZADA("Lazada", Jurisdiction.of("SG"), "lazada.com", "lazada.sg", "lazada.com.my",
      "lazada.co.id", "lazada.co.th", "lazada.com.ph", "lazada.vn"),
  /** Wish. */
  WISH("Wish", Jurisdiction.US, "wish.com"),
  /** Mercado Libre, any national site. */
  MERCADO_LIBRE("Mercado Libre", Jurisdiction.of("AR"), "mercadolibre.com",
      "mercadolibre.com.ar", "mercadolibre.com.mx", "mercadolibre.com.co", "mercadolibre.cl",
      "mercadolibre.com.pe", "mercadolibre.com.uy", "mercadolibre.com.ve", "mercadolivre.com.br",
      "mercadolivre.com"),
  /** Etsy. */
  ETSY("Etsy", Jurisdiction.US, "etsy.com"),
  /** Any other marketplace or shop. */
  OTHER("Other", Jurisdiction.INTERNATIONAL);

  private final String displayName;
  private final Jurisdiction home;
  private final List<String> hosts;

  Marketplace(String displayName, Jurisdiction home, String... hosts) {
    this.displayName = displayName;
    this.home = home;
    this.hosts = List.of(hosts);
  }

  /** {@return the name the marketplace goes by, such as {@code "AliExpress"}} */
  public String displayName() {
    return displayName;
  }

  /**
   * {@return where the operator is established: the law its notice-and-takedown process follows
   * first}
   */
  public Jurisdiction home() {
    return home;
  }

  /** {@return the registrable domains that identify this marketplace; empty for {@link #OTHER}} */
  public List<String> hosts() {
    return hosts;
  }

  /**
   * {@return whether this is one of the Alibaba group's Chinese marketplaces, served by its IPP
   * portal}
   */
  public boolean isAlibabaGroup() {
    return this == ALIBABA || this == ALIEXPRESS || this == TAOBAO || this == TMALL
        || this == ALI1688 || this == LAZADA;
  }

  /**
   * {@return the marketplace a host belongs to: {@code "m.aliexpress.com"} and {@code
   * "aliexpress.com"} are both AliExpress} A host no marketplace claims is {@link #OTHER}.
   *
   * @param host a host name, any case
   */
  public static Marketplace fromHost(String host) {
    notNull(host, "host");
    String h = host.strip().toLowerCase(Locale.ROOT);
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    Marketplace best = OTHER;
    int bestLength = 0;
    for (Marketplace m : values()) {
      for (String domain : m.hosts) {
        if ((h.equals(domain) || h.endsWith("." + domain)) && domain.length() > bestLength) {
          best = m;
          bestLength = domain.length();
        }
      }
    }
    return best;
  }

  /**
   * {@return the marketplace a URL belongs to; {@link #OTHER} for any other host or a URL without
   * one}
   *
   * @param url the URL
   */
  public static Marketplace fromUrl(URI url) {
    notNull(url, "url");
    return Optional.ofNullable(url.getHost()).map(Marketplace::fromHost).orElse(OTHER);
  }

  /**
   * {@return the marketplace a URL belongs to; {@link #OTHER} when the text is no URL with a host}
   *
   * @param url the URL, as text
   */
  public static Marketplace fromUrl(String url) {
    notNull(url, "url");
    try {
      return fromUrl(URI.create(url.strip()));
    } catch (IllegalArgumentException e) {
      return OTHER;
    }
  }

  /**
   * {@return a marketplace from its name in any case, with or without spaces, dots or dashes:
   * {@code "aliexpress"}, {@code "Mercado Libre"}, {@code "alibaba.com"}, {@code "1688"}}
   *
   * @param name the marketplace's name, any case
   * @throws IllegalArgumentException listing the known names when none matches
   */
  public static Marketplace parse(String name) {
    notNull(name, "marketplace");
    Marketplace m = Names.BY_KEY.get(name); // a feed mostly writes the key itself, as in "EBAY"
    if (m == null) {
      m = Names.BY_KEY.get(Names.key(name));
    }
    if (m == null) {
      throw new IllegalArgumentException("'" + name + "' is not a known marketplace; use one of "
          + java.util.Arrays.toString(values()));
    }
    return m;
  }

  /** The names a marketplace is known by, reduced to a key; built once, as feeds repeat them. */
  private static final class Names {
    static final java.util.Map<String, Marketplace> BY_KEY = build();

    private static java.util.Map<String, Marketplace> build() {
      java.util.Map<String, Marketplace> map = new java.util.HashMap<>();
      for (Marketplace m : values()) {
        map.put(key(m.name()), m);
        map.put(key(m.displayName), m);
      }
      map.put("ALI1688", ALI1688);
      map.put("1688COM", ALI1688);
      map.put("ALIBABACOM", ALIBABA);
      return java.util.Map.copyOf(map);
    }

    /** Upper case without spaces, dots, dashes or underscores: "Mercado Libre" is MERCADOLIBRE. */
    static String key(String name) {
      StringBuilder key = new StringBuilder(name.length());
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        if (!(Character.isWhitespace(c) || c == '.' || c == '-' || c == '_')) {
          key.append(Character.toUpperCase(c));
        }
      }
      return key.toString();
    }
  }
}
