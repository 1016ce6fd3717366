package dev.marque.matching.similarity;

import java.util.Objects;

/**
 * A count of the edits that turn one string into another, with a variant that stops as soon as the
 * count is known to exceed a bound (the common case when most candidates are far apart).
 *
 * @since 0.1.0
 */
public interface EditDistance extends SimilarityScore {
  /**
   * {@return the number of edits between {@code left} and {@code right}}
   *
   * @param left one text
   * @param right the other text
   */
  default int distance(CharSequence left, CharSequence right) {
    return distance(left, right, Integer.MAX_VALUE - 1);
  }

  /**
   * {@return the number of edits between {@code left} and {@code right} if it is at most {@code
   * maxDistance}, otherwise {@code maxDistance + 1} (as RapidFuzz's {@code score_cutoff} does;
   * commons-text returns -1 instead)} Work stops early once the bound cannot be met.
   *
   * @param left one text
   * @param right the other text
   * @param maxDistance the largest distance of interest, not negative
   * @throws IllegalArgumentException if {@code maxDistance} is negative
   */
  int distance(CharSequence left, CharSequence right, int maxDistance);

  /** {@code 1 - distance / max(length)}: the usual normalisation, 1 for two empty strings. */
  @Override
  default double score(CharSequence left, CharSequence right) {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    int max = Math.max(left.length(), right.length());
    return max == 0 ? 1.0 : 1.0 - (double) distance(left, right) / max;
  }

  /**
   * Checks the common arguments of {@link #distance(CharSequence, CharSequence, int)}.
   *
   * @param left one text
   * @param right the other text
   * @param maxDistance the largest distance of interest
   */
  static void check(CharSequence left, CharSequence right, int maxDistance) {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    if (maxDistance < 0) {
      throw new IllegalArgumentException("maxDistance must not be negative: " + maxDistance);
    }
  }
}
