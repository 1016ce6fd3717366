package dev.marque.cases;

import static dev.marque.cases.internal.Checks.notBlank;
import static dev.marque.cases.internal.Checks.notNull;
import static dev.marque.cases.internal.Checks.optionalText;
import static dev.marque.cases.internal.Checks.sha256s;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An event to record.
 *
 * @param type what happened
 * @param at when it happened; empty for now, by the store's clock
 * @param actor who records it
 * @param note a note, when any
 * @param evidence SHA-256 references to stored evidence
 */
public record NewEvent(EventType type, Optional<Instant> at, String actor, Optional<String> note,
    List<String> evidence) {

  /** Checks every part, naming the one that is wrong. */
  public NewEvent {
    notNull(type, "type");
    notNull(at, "at");
    actor = notBlank(actor, "actor");
    note = optionalText(note, "note");
    evidence = sha256s(evidence, "evidence");
  }

  /**
   * An event happening now, without a note or evidence.
   *
   * @param type what happened
   * @param actor who records it
   * @return the event
   */
  public static NewEvent of(EventType type, String actor) {
    return new NewEvent(type, Optional.empty(), actor, Optional.empty(), List.of());
  }

  /**
   * A copy that happened at another time.
   *
   * @param time when it happened
   * @return the copy
   */
  public NewEvent at(Instant time) {
    return new NewEvent(type, Optional.of(notNull(time, "time")), actor, note, evidence);
  }

  /**
   * A copy with a note.
   *
   * @param text the note
   * @return the copy
   */
  public NewEvent withNote(String text) {
    return new NewEvent(type, at, actor, Optional.of(notNull(text, "text")), evidence);
  }

  /**
   * A copy with evidence references.
   *
   * @param sha256s SHA-256 references to stored evidence
   * @return the copy
   */
  public NewEvent withEvidence(List<String> sha256s) {
    return new NewEvent(type, at, actor, note, sha256s);
  }
}
