package dev.marque.cases;

/**
 * What can happen to a reported listing, in the words of the trade. Each event a case records
 * moves it to the {@link CaseState} of the same name; {@link CaseState#allows(EventType)} says
 * which events may follow which.
 */
public enum EventType {
  /** marque (or a person) found the listing and judged it worth reporting. */
  DETECTED,
  /** A notice naming the listing was drafted. */
  DRAFTED,
  /** A person approved the notice for sending. */
  APPROVED,
  /** The notice reached the platform (sent by e-mail or webhook, or filed in a web form). */
  SUBMITTED,
  /** The platform confirmed it received the notice. */
  ACKNOWLEDGED,
  /** The listing is gone. */
  REMOVED,
  /** The platform declined to act on the notice. */
  REJECTED,
  /** The seller filed a counter-notice. */
  COUNTER_NOTICED,
  /** The platform put the listing back, after a counter-notice or otherwise. */
  REINSTATED,
  /** The listing came back after removal (same seller or another). */
  RELISTED,
  /** Nothing more will be done. */
  CLOSED;

  /**
   * The state a case is in after this event.
   *
   * @return the state of the same name
   */
  public CaseState state() {
    return CaseState.valueOf(name());
  }
}
