package dev.marque.matching.text;

/**
 * What a normalisation step did to a character, so that a match can say how the seller disguised it.
 *
 * <p>Plain lower-casing is deliberately not a change: {@code GUCCI} is the brand written loudly, not
 * disguised. Whether a match differs only in case is decided by comparing the original text.
 *
 * @since 0.1.0
 */
public enum Change {
  /** A compatibility form was folded: fullwidth {@code Ｇ}, mathematical {@code 𝐆}, ligature {@code ﬁ}. */
  COMPATIBILITY,
  /** An invisible character (zero-width space or joiner, soft hyphen, bidi control) was removed before it. */
  INVISIBLE,
  /** A lookalike from another script, or a letter with marks, was folded to its Latin prototype. */
  CONFUSABLE,
  /** A digit or symbol standing for a letter was folded: {@code 0}→o, {@code 1}→i, {@code @}→a, {@code $}→s. */
  LEET,
  /** Letters spelled out with separators between them ({@code G U C C I}, {@code G.U.C.C.I}) were joined. */
  SEPARATED;

  final int bit() {
    return 1 << ordinal();
  }
}
