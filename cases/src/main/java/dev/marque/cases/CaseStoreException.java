package dev.marque.cases;

/**
 * The case store could not do what was asked: the database is unreachable, corrupt, foreign or
 * newer than this marque, or a statement failed. The message says which database and why.
 */
public class CaseStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An error with a message and its cause.
   *
   * @param message what failed, for people
   * @param cause the underlying error, or null
   */
  public CaseStoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * An error with a message.
   *
   * @param message what failed, for people
   */
  public CaseStoreException(String message) {
    super(message);
  }
}
