package dev.marque.matching.similarity;

/**
 * A measure of how alike two strings are, from 0 (nothing alike) to 1 (equal): the one interface every
 * kernel in this package implements, as commons-text's {@code SimilarityScore} does.
 *
 * <p>Implementations are stateless and thread-safe, and compare UTF-16 code units, as commons-text
 * and RapidFuzz do on Java strings.
 *
 * @since 0.1.0
 */
public interface SimilarityScore {
  /**
   * {@return how alike {@code left} and {@code right} are, in {@code [0, 1]}; two empty strings
   * score 1}
   *
   * @param left one text
   * @param right the other text
   */
  double score(CharSequence left, CharSequence right);
}
