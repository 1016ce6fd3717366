package dev.marque.core;

import static dev.marque.core.internal.Checks.notNull;

/**
 * A piece of a listing's text that a reason rests on, with its offsets in the original field.
 *
 * @param field the listing field
 * @param start first character, a UTF-16 index into the original text
 * @param end one past the last character
 * @param text the original text of the span
 */
public record Span(ListingField field, int start, int end, String text) {

  /**
   * Checks the span is well formed.
   *
   * @param field the listing field
   * @param start first character, a UTF-16 index into the original text
   * @param end one past the last character
   * @param text the original text of the span
   */
  public Span {
    notNull(field, "field");
    notNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("span [" + start + ", " + end + ") is not a valid span");
    }
  }

  /**
   * {@return the span of a brand mention}
   *
   * @param mention the mention
   */
  public static Span of(BrandMention mention) {
    return new Span(mention.field(), mention.start(), mention.end(), mention.matched());
  }
}
