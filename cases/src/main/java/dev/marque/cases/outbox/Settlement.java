package dev.marque.cases.outbox;

import java.time.Instant;
import java.util.Objects;

/**
 * A person's settlement of an outbox entry left {@link OutboxStatus#SENT_UNKNOWN}: what they
 * found out from the recipient, who they are and why they decided so. Kept for good; the store
 * refuses to change or delete one.
 *
 * @param outboxId the outbox entry
 * @param arrived true when the notice was found to have arrived (marked sent), false when it did
 *     not (put back to be sent by the next dispatch)
 * @param actor who settled it
 * @param note how they know, such as "the platform's ticket 4411 shows it received"
 * @param settledAt when
 */
public record Settlement(long outboxId, boolean arrived, String actor, String note,
    Instant settledAt) {

  /**
   * Checks every part is present.
   *
   * @param outboxId the outbox entry
   * @param arrived whether the notice arrived
   * @param actor who settled it
   * @param note how they know
   * @param settledAt when
   */
  public Settlement {
    Objects.requireNonNull(actor, "actor must not be null");
    Objects.requireNonNull(note, "note must not be null");
    Objects.requireNonNull(settledAt, "settledAt must not be null");
  }
}
