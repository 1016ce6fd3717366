package dev.marque.capture.internal;

import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads OpenGraph and product meta tags: {@code og:title}, {@code og:description}, {@code og:url},
 * {@code og:image}, {@code product:price:amount} / {@code :currency}, {@code product:brand},
 * {@code product:retailer_item_id}, and the non-standard {@code og:price:*} some shops emit.
 * Tags are matched on {@code property} or, as some shops write them, on {@code name}.
 */
public final class MetaReader {
  private MetaReader() {}

  /** What the page's meta tags say, or empty when they say nothing about a product. */
  public static Optional<PageData> read(Document doc) {
    PageData d = new PageData();
    d.title = meta(doc, "og:title");
    d.description = meta(doc, "og:description");
    d.url = meta(doc, "og:url");
    d.brand = Texts.first(meta(doc, "product:brand"), meta(doc, "og:brand"));
    d.id = meta(doc, "product:retailer_item_id");
    addPrice(d, meta(doc, "product:price:amount"), meta(doc, "product:price:currency"));
    addPrice(d, meta(doc, "og:price:amount"), meta(doc, "og:price:currency"));
    for (Element image : doc.select("meta[property=og:image], meta[name=og:image],"
        + " meta[property=og:image:url], meta[property=og:image:secure_url]")) {
      Texts.absoluteHttpUrl(image.attr("content"), doc.location())
          .filter(url -> !d.images.contains(url))
          .ifPresent(d.images::add);
    }
    return d.isEmpty() ? Optional.empty() : Optional.of(d);
  }

  private static void addPrice(PageData d, String amount, String currency) {
    if (amount != null) {
      d.prices.add(new PageData.RawPrice(amount, currency == null ? "" : currency));
    }
  }

  /** The content of the first meta tag with this property or name. */
  static String meta(Document doc, String property) {
    Element e = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
    return e == null ? null : Texts.clean(e.attr("content"));
  }
}
