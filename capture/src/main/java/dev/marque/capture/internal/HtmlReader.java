package dev.marque.capture.internal;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The fallbacks every page has: the canonical link, the first {@code <h1>}, the {@code <title>}
 * and the meta description.
 */
public final class HtmlReader {
  private HtmlReader() {}

  /** What the page's plain HTML says. */
  public static PageData read(Document doc) {
    PageData d = new PageData();
    Element h1 = doc.selectFirst("h1");
    // The <h1> is the product name a buyer sees; <title> often carries the shop's name too.
    d.title = Texts.first(h1 == null ? null : Texts.clean(h1.text()), Texts.clean(doc.title()));
    d.description = MetaReader.meta(doc, "description");
    Element canonical = doc.selectFirst("link[rel~=(?i)(^|\\s)canonical($|\\s)][href]");
    if (canonical != null) {
      d.url = Texts.absoluteHttpUrl(canonical.attr("href"), doc.location()).orElse(null);
    }
    return d;
  }
}
