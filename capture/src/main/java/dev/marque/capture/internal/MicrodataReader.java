package dev.marque.capture.internal;

import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a schema.org {@code Product} from microdata: the first element with {@code itemscope} and
 * an {@code itemtype} ending in {@code Product}, its {@code itemprop}s, and its nested
 * {@code offers}, {@code brand} and {@code seller} scopes.
 */
public final class MicrodataReader {
  private MicrodataReader() {}

  /** The page's microdata product, or empty when it has none. */
  public static Optional<PageData> read(Document doc) {
    Element product = null;
    for (Element scope : doc.select("[itemscope][itemtype]")) {
      String type = scope.attr("itemtype").strip().toLowerCase(Locale.ROOT);
      if (type.endsWith("schema.org/product") || type.endsWith("schema.org/individualproduct")) {
        product = scope;
        break;
      }
    }
    if (product == null) {
      return Optional.empty();
    }
    PageData d = new PageData();
    d.title = value(prop(product, "name"));
    d.description = value(prop(product, "description"));
    d.id = Texts.first(value(prop(product, "productID")), value(prop(product, "sku")));
    d.url = value(prop(product, "url"));
    Element brand = prop(product, "brand");
    d.brand = brand == null ? null
        : brand.hasAttr("itemscope") ? value(prop(brand, "name")) : value(brand);
    for (Element image : props(product, "image")) {
      Texts.absoluteHttpUrl(value(image), doc.location()).ifPresent(d.images::add);
    }
    Element offers = prop(product, "offers");
    if (offers != null) {
      String amount = Texts.first(value(prop(offers, "price")), value(prop(offers, "lowPrice")));
      if (amount != null) {
        String currency = value(prop(offers, "priceCurrency"));
        d.prices.add(new PageData.RawPrice(amount, currency == null ? "" : currency));
      }
      seller(prop(offers, "seller"), d);
    }
    if (d.sellerName == null) {
      seller(prop(product, "seller"), d);
    }
    return Optional.of(d);
  }

  private static void seller(Element seller, PageData d) {
    if (seller == null) {
      return;
    }
    if (seller.hasAttr("itemscope")) {
      d.sellerName = value(prop(seller, "name"));
      d.sellerId = Texts.first(value(prop(seller, "identifier")), value(prop(seller, "url")));
    } else {
      d.sellerName = value(seller);
    }
  }

  /** The first property of a scope, not counting those of scopes nested inside it. */
  private static Element prop(Element scope, String name) {
    return props(scope, name).stream().findFirst().orElse(null);
  }

  private static java.util.List<Element> props(Element scope, String name) {
    return scope.select("[itemprop~=(?i)(^|\\s)" + name + "($|\\s)]").stream()
        .filter(e -> e != scope && ownerScope(e) == scope)
        .toList();
  }

  private static Element ownerScope(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p.hasAttr("itemscope")) {
        return p;
      }
    }
    return null;
  }

  /** A property's value as the microdata spec defines it for each element. */
  private static String value(Element e) {
    if (e == null) {
      return null;
    }
    String attr = switch (e.normalName()) {
      case "meta" -> "content";
      case "a", "link", "area" -> "href";
      case "img", "source", "audio", "video", "iframe", "embed" -> "src";
      case "data", "meter" -> "value";
      case "time" -> "datetime";
      default -> e.hasAttr("content") ? "content" : null;
    };
    if (attr != null && e.hasAttr(attr)) {
      return Texts.clean(attr.equals("href") || attr.equals("src") ? e.absUrl(attr).isEmpty()
          ? e.attr(attr) : e.absUrl(attr) : e.attr(attr));
    }
    return Texts.clean(e.text());
  }
}
