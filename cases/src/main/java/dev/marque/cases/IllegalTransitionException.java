package dev.marque.cases;

/** An event that cannot follow a case's current state, such as REMOVED before anything was sent. */
public final class IllegalTransitionException extends CaseStoreException {
  private static final long serialVersionUID = 1L;

  /**
   * A refused transition.
   *
   * @param message which state, which event, and what is allowed instead
   */
  public IllegalTransitionException(String message) {
    super(message);
  }
}
