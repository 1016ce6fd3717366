package dev.marque.core.rights;

/** Where a trade mark stands at its office. */
public enum TrademarkStatus {
  /** Applied for, not yet registered: not yet enforceable as a registration. */
  FILED,
  /** Registered and, unless expired by date, in force. */
  REGISTERED,
  /** No longer renewed. */
  EXPIRED,
  /** Cancelled, revoked or invalidated. */
  CANCELLED
}
