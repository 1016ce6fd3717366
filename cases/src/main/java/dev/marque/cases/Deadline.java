package dev.marque.cases;

import static dev.marque.cases.internal.Checks.notNull;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An open window on a case.
 *
 * @param caseId the case
 * @param rule the rule that sets it
 * @param startedAt when the event that opened it happened
 * @param opens the first day of the window (the event's date for a window without a start)
 * @param due the last day of the window
 */
public record Deadline(long caseId, DeadlineRule rule, Instant startedAt, LocalDate opens,
    LocalDate due) {

  /** Checks every part is present. */
  public Deadline {
    notNull(rule, "rule");
    notNull(startedAt, "startedAt");
    notNull(opens, "opens");
    notNull(due, "due");
  }
}
