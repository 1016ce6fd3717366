package dev.marque.core;

import static dev.marque.core.internal.Checks.notBlank;
import static dev.marque.core.internal.Checks.notNull;

/**
 * A brand found in a listing: which brand, where in which field, what the seller actually wrote,
 * how it was recognised, and how close it is to the brand.
 *
 * <p>Offsets are UTF-16 indexes into the original text of the field, end exclusive, so
 * {@code text.substring(start, end)} is exactly {@link #matched()}: a notice can quote it and a
 * user interface can highlight it.
 *
 * @param brand the portfolio's canonical name of the brand
 * @param field the listing field the text is in
 * @param start the first character of the mention in the original text
 * @param end one past the last character of the mention in the original text
 * @param matched the original text of the mention
 * @param method how the brand was recognised
 * @param similarity how close the text is to the brand, 1.0 for an exact match
 */
public record BrandMention(
    String brand, ListingField field, int start, int end, String matched, MatchMethod method,
    double similarity) {

  /**
   * Checks the span is well formed and the similarity is within 0..1.
   *
   * @param brand the portfolio's canonical name of the brand
   * @param field the listing field the text is in
   * @param start the first character of the mention in the original text
   * @param end one past the last character of the mention in the original text
   * @param matched the original text of the mention
   * @param method how the brand was recognised
   * @param similarity how close the text is to the brand, 1.0 for an exact match
   */
  public BrandMention {
    brand = notBlank(brand, "brand");
    notNull(field, "field");
    notNull(matched, "matched");
    notNull(method, "method");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("span [" + start + ", " + end + ") is not a valid span");
    }
    if (!(similarity >= 0.0 && similarity <= 1.0)) {
      throw new IllegalArgumentException("similarity must be within 0..1: " + similarity);
    }
  }
}
