package dev.marque.core;

/**
 * The stable code of a {@link Reason}: what kind of evidence it is. Scan output and the findings
 * files {@code marque draft} reads give the code by its name ({@code "PRICE_ANOMALY"}).
 *
 * <pre>{@code
 * for (Reason r : finding.assessment().reasons()) {
 *   switch (r.code()) {
 *     case DISGUISED_BRAND, CUE_WORD -> escalate(r.message());
 *     default -> { }
 *   }
 * }
 * }</pre>
 *
 * <p>New codes are added as marque learns to see more; code that switches on them should keep a
 * {@code default} branch. A code's name never changes once released.
 *
 * @since 0.1.0
 */
public enum ReasonCode {
  /** The brand is named; on its own no sign of a counterfeit. */
  BRAND_MENTION,
  /** The brand is disguised (lookalike letters, leetspeak, letters split apart or masked). */
  DISGUISED_BRAND,
  /** A counterfeit cue word such as "replica", "1:1" or "高仿". */
  CUE_WORD,
  /** A price far below the MSRP of the brand's product. */
  PRICE_ANOMALY,
  /**
   * A price that could not be compared with the brand's MSRPs: no exchange rate reaches their
   * currency. A note, not a sign: it weighs nothing.
   */
  NO_EXCHANGE_RATE,
  /** The seller is an authorised seller of the brand on the marketplace. */
  AUTHORIZED_SELLER,
  /** An accessory or spare part names the product it fits (nominative use). */
  COMPATIBILITY_USE,
  /** The listing re-lists a listing that was removed (same photos or near-identical text). */
  RELISTED
}
