package dev.marque.capture.extract;

/**
 * Where on a page a field of an extracted listing came from. The constants are in the order of
 * preference {@link ListingExtractor} applies when sources disagree: structured data a shop writes
 * for search engines first, then social-media tags, then what the page shows, then the URL.
 */
public enum Source {
  /** A schema.org {@code Product} in a {@code <script type="application/ld+json">} block. */
  JSON_LD,
  /** schema.org microdata: an {@code itemscope} of {@code itemtype} Product and its {@code itemprop}s. */
  MICRODATA,
  /** OpenGraph and product meta tags: {@code og:title}, {@code product:price:amount}, {@code og:price:*}. */
  OPEN_GRAPH,
  /** The page's HTML itself: the canonical link, {@code <h1>}, {@code <title>}, the meta description. */
  HTML,
  /** The page's URL: the marketplace and the listing id its pattern carries. */
  URL
}
