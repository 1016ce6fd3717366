package dev.marque.notices.law;

/** Whom a route's notice is addressed to. */
public enum Addressee {
  /** The marketplace operator: a takedown notice or a platform complaint. */
  PLATFORM,
  /** The seller: a cease-and-desist letter, one per seller. */
  SELLER
}
