package dev.marque.cases;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a case stands: the state named after the last event it recorded. Which event may follow
 * which is fixed here, so an impossible history (removed before it was ever sent, reinstated
 * without a counter-notice) is refused when recorded rather than discovered in a report.
 *
 * <table>
 *   <caption>Events each state allows</caption>
 *   <tr><th>state</th><th>allowed next events</th></tr>
 *   <tr><td>(new case)</td><td>DETECTED, DRAFTED</td></tr>
 *   <tr><td>DETECTED</td><td>DRAFTED, REMOVED, CLOSED</td></tr>
 *   <tr><td>DRAFTED</td><td>DRAFTED, APPROVED, REMOVED, CLOSED</td></tr>
 *   <tr><td>APPROVED</td><td>DRAFTED, SUBMITTED, REMOVED, CLOSED</td></tr>
 *   <tr><td>SUBMITTED</td><td>ACKNOWLEDGED, REMOVED, REJECTED, CLOSED</td></tr>
 *   <tr><td>ACKNOWLEDGED</td><td>REMOVED, REJECTED, CLOSED</td></tr>
 *   <tr><td>REMOVED</td><td>COUNTER_NOTICED, RELISTED, CLOSED</td></tr>
 *   <tr><td>REJECTED</td><td>DRAFTED, REMOVED, CLOSED</td></tr>
 *   <tr><td>COUNTER_NOTICED</td><td>REINSTATED, REMOVED, CLOSED</td></tr>
 *   <tr><td>REINSTATED</td><td>DRAFTED, REMOVED, CLOSED</td></tr>
 *   <tr><td>RELISTED</td><td>DRAFTED, REMOVED, CLOSED</td></tr>
 *   <tr><td>CLOSED</td><td>RELISTED</td></tr>
 * </table>
 *
 * <p>COUNTER_NOTICED then REMOVED records that the claimant sued within the window and the listing
 * stays down; CLOSED then RELISTED re-opens a closed case when the listing returns.
 */
public enum CaseState {
  /** Found, not yet drafted. */
  DETECTED,
  /** A notice is drafted. */
  DRAFTED,
  /** The notice is approved and waits in the outbox. */
  APPROVED,
  /** The notice reached the platform. */
  SUBMITTED,
  /** The platform confirmed receipt. */
  ACKNOWLEDGED,
  /** The listing is gone. */
  REMOVED,
  /** The platform declined. */
  REJECTED,
  /** The seller counter-noticed; a window runs. */
  COUNTER_NOTICED,
  /** The listing was put back. */
  REINSTATED,
  /** The listing came back after removal. */
  RELISTED,
  /** Nothing more will be done. */
  CLOSED;

  /** The events a brand-new case may start with. */
  public static final Set<EventType> FIRST_EVENTS =
      Set.copyOf(EnumSet.of(EventType.DETECTED, EventType.DRAFTED));

  /**
   * The events allowed to follow this state.
   *
   * @return the events, as a new set
   */
  public Set<EventType> next() {
    return switch (this) {
      case DETECTED -> EnumSet.of(EventType.DRAFTED, EventType.REMOVED, EventType.CLOSED);
      case DRAFTED -> EnumSet.of(EventType.DRAFTED, EventType.APPROVED, EventType.REMOVED,
          EventType.CLOSED);
      case APPROVED -> EnumSet.of(EventType.DRAFTED, EventType.SUBMITTED, EventType.REMOVED,
          EventType.CLOSED);
      case SUBMITTED -> EnumSet.of(EventType.ACKNOWLEDGED, EventType.REMOVED, EventType.REJECTED,
          EventType.CLOSED);
      case ACKNOWLEDGED -> EnumSet.of(EventType.REMOVED, EventType.REJECTED, EventType.CLOSED);
      case REMOVED -> EnumSet.of(EventType.COUNTER_NOTICED, EventType.RELISTED, EventType.CLOSED);
      case REJECTED -> EnumSet.of(EventType.DRAFTED, EventType.REMOVED, EventType.CLOSED);
      case COUNTER_NOTICED -> EnumSet.of(EventType.REINSTATED, EventType.REMOVED,
          EventType.CLOSED);
      case REINSTATED -> EnumSet.of(EventType.DRAFTED, EventType.REMOVED, EventType.CLOSED);
      case RELISTED -> EnumSet.of(EventType.DRAFTED, EventType.REMOVED, EventType.CLOSED);
      case CLOSED -> EnumSet.of(EventType.RELISTED);
    };
  }

  /**
   * Whether {@code event} may follow this state.
   *
   * @param event the event to record
   * @return true when the transition is possible
   */
  public boolean allows(EventType event) {
    return next().contains(event);
  }

  /**
   * The state a history of events leads to, checking every step.
   *
   * @param events the events in the order they were recorded
   * @return the state after the last event; empty for no events
   * @throws IllegalTransitionException at the first event its predecessor does not allow
   */
  public static Optional<CaseState> of(List<EventType> events) {
    CaseState state = null;
    for (EventType e : events) {
      state = after(Optional.ofNullable(state), e);
    }
    return Optional.ofNullable(state);
  }

  /**
   * The state after one more event.
   *
   * @param current the state now; empty for a case with no events yet
   * @param event the event
   * @return the new state
   * @throws IllegalTransitionException when the event cannot follow the current state
   */
  public static CaseState after(Optional<CaseState> current, EventType event) {
    if (current.isEmpty()) {
      if (!FIRST_EVENTS.contains(event)) {
        throw new IllegalTransitionException("a new case cannot start with " + event
            + "; it starts with DETECTED or DRAFTED");
      }
    } else if (!current.get().allows(event)) {
      throw new IllegalTransitionException("a case in state " + current.get() + " cannot record "
          + event + "; it allows " + current.get().next());
    }
    return event.state();
  }

  /**
   * Whether the case still needs someone to act or wait (not removed, rejected or closed).
   *
   * @return true while the case is open
   */
  public boolean isOpen() {
    return this != REMOVED && this != REJECTED && this != CLOSED;
  }
}
