package dev.marque.core;

/**
 * What an assessment concludes about a listing, in increasing order of risk.
 */
public enum Verdict {
  /** No brand of the portfolio is mentioned. */
  CLEAR,
  /** The seller is on the brand's list of authorised sellers for this marketplace. */
  AUTHORIZED,
  /** A brand is mentioned, and nothing suggests a counterfeit (an accessory, a genuine resale). */
  MENTION,
  /** Signs of a counterfeit are present and a person should look. */
  SUSPICIOUS,
  /** The signs together make a counterfeit likely: a candidate for a takedown notice. */
  LIKELY_COUNTERFEIT;

  /**
   * {@return whether this verdict is as risky as {@code other} or more}
   *
   * @param other the verdict to compare with
   */
  public boolean isAtLeast(Verdict other) {
    return compareTo(other) >= 0;
  }
}
