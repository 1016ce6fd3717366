package dev.marque.capture.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * What one source on a page (JSON-LD, microdata, meta tags, the HTML) says about the listing,
 * before the sources are weighed against each other. Mutable, confined to one extraction.
 */
public final class PageData {
  /** An identifier the source gives (sku, productID, retailer item id). */
  public String id;
  /** The listing URL the source gives. */
  public String url;
  /** The product name. */
  public String title;
  /** The description. */
  public String description;
  /** Prices in the order the source gives them; the first usable one wins. */
  public final List<RawPrice> prices = new ArrayList<>();
  /** The brand claimed. */
  public String brand;
  /** The seller's id, when given. */
  public String sellerId;
  /** The seller's name. */
  public String sellerName;
  /** The seller's country. */
  public String sellerCountry;
  /** The seller's business address, as one line. */
  public String sellerAddress;
  /** Where the goods ship from. */
  public String shipsFrom;
  /** Image URLs, resolved against the page. */
  public final List<String> images = new ArrayList<>();

  /** Whether the source names a product at all. */
  public boolean isEmpty() {
    return id == null && url == null && title == null && description == null && prices.isEmpty()
        && brand == null && sellerId == null && sellerName == null && shipsFrom == null
        && images.isEmpty();
  }

  /**
   * A price as a page states it, unparsed.
   *
   * @param amount the amount's text, such as {@code "1,299.00"} or {@code "25"}
   * @param currency the currency's text, possibly blank
   */
  public record RawPrice(String amount, String currency) {}
}
