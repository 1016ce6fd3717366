package dev.marque.cases;

import static dev.marque.cases.internal.Checks.notNull;

/**
 * An event to record on a case, for {@link CaseStore#recordAll(java.util.List)}.
 *
 * @param caseId the case
 * @param event the event
 */
public record Recording(long caseId, NewEvent event) {

  /** Checks the event is present. */
  public Recording {
    notNull(event, "event");
  }
}
