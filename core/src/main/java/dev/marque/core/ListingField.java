package dev.marque.core;

/** The part of a listing a piece of text came from, so a mention or a reason can point at it. */
public enum ListingField {
  /** The listing's title: what a buyer reads first, and what weighs most. */
  TITLE,
  /** The listing's description. */
  DESCRIPTION,
  /** The seller's shop name. */
  SELLER_NAME,
  /** The listing's URL. */
  URL
}
