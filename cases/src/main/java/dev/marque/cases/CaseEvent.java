package dev.marque.cases;

import static dev.marque.cases.internal.Checks.notBlank;
import static dev.marque.cases.internal.Checks.notNull;
import static dev.marque.cases.internal.Checks.optionalText;
import static dev.marque.cases.internal.Checks.sha256s;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One recorded event of a case, as stored: never changed or removed once written.
 *
 * @param caseId the case
 * @param seq its place in the case's log, from 1
 * @param type what happened
 * @param at when it happened (may be earlier than it was recorded)
 * @param actor who recorded it: a person, or {@code marque} for the tool itself
 * @param note what the actor wrote, when anything
 * @param evidence SHA-256 references to stored evidence (pages, receipts)
 * @param recordedAt when the store wrote it
 */
public record CaseEvent(long caseId, int seq, EventType type, Instant at, String actor,
    Optional<String> note, List<String> evidence, Instant recordedAt) {

  /** Checks every part, naming the one that is wrong. */
  public CaseEvent {
    notNull(type, "type");
    notNull(at, "at");
    actor = notBlank(actor, "actor");
    note = optionalText(note, "note");
    evidence = sha256s(evidence, "evidence");
    notNull(recordedAt, "recordedAt");
  }
}
