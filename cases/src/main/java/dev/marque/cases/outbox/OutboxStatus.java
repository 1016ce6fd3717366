package dev.marque.cases.outbox;

/** Where a notice stands in the outbox. */
public enum OutboxStatus {
  /** Approved, waiting to be sent (or to be tried again after a transient failure). */
  PENDING,
  /** Claimed by a dispatcher under a lease; sending has not started. */
  CLAIMED,
  /** A dispatcher started sending. Found after its lease ran out, it becomes SENT_UNKNOWN. */
  SENDING,
  /** Sent; the server accepted it. */
  SENT,
  /**
   * A dispatcher may have sent it and stopped before recording the answer: never resent
   * automatically; a person checks and settles it ({@link Outbox#settle}).
   */
  SENT_UNKNOWN,
  /** The server refused it for good, or transient failures used up the attempts. */
  FAILED,
  /** A packet for a web form was written; a person files it and records SUBMITTED. */
  MANUAL
}
