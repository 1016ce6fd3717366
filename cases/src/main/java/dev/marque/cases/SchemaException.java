package dev.marque.cases;

/**
 * The database is not a marque case store this version can use: not a database at all, another
 * application's database, a schema from a newer marque, or a migration changed after it was
 * applied. Nothing was written.
 */
public final class SchemaException extends CaseStoreException {
  private static final long serialVersionUID = 1L;

  /**
   * A schema problem.
   *
   * @param message what is wrong and what to do about it
   * @param cause the underlying error, or null
   */
  public SchemaException(String message, Throwable cause) {
    super(message, cause);
  }
}
