package dev.marque.matching.signals;

import static dev.marque.core.internal.Checks.notNull;
import static dev.marque.matching.signals.SignalChecks.notBlank;

import dev.marque.core.ListingField;
import dev.marque.core.Span;

/**
 * A phrase of a {@link PhraseList} found in a listing's text, with where the seller wrote it.
 *
 * @param phrase the phrase as the list gives it, such as {@code "super copy"}
 * @param language the language section the phrase is listed under, such as {@code "en"}
 * @param span the original text the phrase was found in, with its offsets in the field
 * @since 0.1.0
 */
public record PhraseHit(String phrase, String language, Span span) {

  /**
   * Checks every part is present.
   *
   * @param phrase the phrase as the list gives it, such as {@code "super copy"}
   * @param language the language section the phrase is listed under, such as {@code "en"}
   * @param span the original text the phrase was found in, with its offsets in the field
   */
  public PhraseHit {
    phrase = notBlank(phrase, "phrase");
    language = notBlank(language, "language");
    notNull(span, "span");
  }

  /** {@return the field the phrase was found in} */
  public ListingField field() {
    return span.field();
  }
}
