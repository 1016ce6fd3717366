package dev.marque.cases.outbox;

/**
 * A channel could not send a notice. {@link Kind} tells the dispatcher what may be done next:
 * try again later, give up, or leave it for a person because it may have arrived.
 */
public final class SendException extends Exception {
  private static final long serialVersionUID = 1L;

  /** What a failure means for the notice. */
  public enum Kind {
    /** Certainly not delivered, and worth another try (connection refused, 4xx SMTP, 5xx). */
    TRANSIENT,
    /** Certainly not delivered, and another try will not help (5xx SMTP, 4xx HTTP). */
    PERMANENT,
    /** It may have been delivered (the connection dropped after the message was handed over). */
    UNKNOWN
  }

  private final Kind kind;
  private final String serverAnswer;

  /**
   * A failure.
   *
   * @param kind what it means
   * @param message what happened
   * @param serverAnswer what the server said, or empty
   * @param cause the underlying error, or null
   */
  public SendException(Kind kind, String message, String serverAnswer, Throwable cause) {
    super(message, cause);
    this.kind = java.util.Objects.requireNonNull(kind, "kind must not be null");
    this.serverAnswer = serverAnswer == null ? "" : serverAnswer;
  }

  /**
   * What the failure means.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * What the server answered.
   *
   * @return the answer; empty when none came
   */
  public String serverAnswer() {
    return serverAnswer;
  }
}
