package dev.marque.core;

/**
 * How a brand was recognised in a listing's text. The disguises — lookalike letters, leetspeak,
 * letters split apart, masked letters — are themselves a sign of a counterfeit: honest sellers
 * do not disguise the brand they sell.
 */
public enum MatchMethod {
  /** The brand as written in the portfolio, letter for letter. */
  EXACT(false),
  /** The brand in another case: {@code GUCCI}, {@code gUcCi}. */
  CASE(false),
  /** Lookalike letters from other scripts or with marks: {@code Guссі} with Cyrillic letters. */
  CONFUSABLE(true),
  /** Digits or symbols for letters: {@code Gucc1}, {@code Ch@nel}. */
  LEET(true),
  /** Letters split by spaces or symbols: {@code G U C C I}, {@code G.U.C.C.I}. */
  SEPARATED(true),
  /** Letters hidden behind a mask character: {@code G*cci}. */
  MASKED(true),
  /** A misspelling within one or two edits: {@code Guci}, {@code Gucic}. */
  FUZZY(false),
  /** A multi-word brand joined or re-split, or a brand glued to a word: {@code LouisVuitton}. */
  JOINED(false),
  /** One of the brand's aliases, possibly in another script: {@code 古驰}. */
  ALIAS(false);

  private final boolean disguise;

  MatchMethod(boolean disguise) {
    this.disguise = disguise;
  }

  /** {@return whether the seller went out of its way to hide the brand from a keyword filter} */
  public boolean isDisguise() {
    return disguise;
  }
}
