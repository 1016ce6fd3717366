package dev.marque.capture.extract;

/** A field of an extracted listing whose {@link Source} an {@link Extraction} records. */
public enum ExtractedField {
  /** The listing id. */
  ID,
  /** The marketplace. */
  MARKETPLACE,
  /** The listing's URL (the canonical one when the page gives it). */
  URL,
  /** The title. */
  TITLE,
  /** The description. */
  DESCRIPTION,
  /** The asking price. */
  PRICE,
  /** The seller. */
  SELLER,
  /** Where the goods ship from. */
  SHIPS_FROM,
  /** The image addresses. */
  IMAGES,
  /** The brand the page claims for the product. */
  BRAND
}
