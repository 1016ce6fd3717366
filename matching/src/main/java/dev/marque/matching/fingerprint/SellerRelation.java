package dev.marque.matching.fingerprint;

/** How the seller of a listing relates to the seller of the removed listing it re-lists. */
public enum SellerRelation {
  /** The same seller account, on the same marketplace. */
  SAME,
  /** Another account linked to it (shared contact details or photos). */
  LINKED,
  /** Another account, or no seller known. */
  OTHER
}
