package dev.marque.cases.internal;

/** The SQL databases the case store runs on, and what differs between them. */
public enum Dialect {
  /** SQLite through sqlite-jdbc: one writer at a time, {@code BEGIN IMMEDIATE} transactions. */
  SQLITE("sqlite"),
  /** PostgreSQL through pgjdbc: row locks, {@code FOR UPDATE SKIP LOCKED} claims. */
  POSTGRESQL("postgresql");

  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  /** The folder of this dialect's migrations under {@code dev/marque/cases/migrations}. */
  public String folder() {
    return folder;
  }

  /** The dialect of a JDBC product name, as {@code DatabaseMetaData} reports it. */
  public static Dialect ofProduct(String productName) {
    String p = productName.toLowerCase(java.util.Locale.ROOT);
    if (p.contains("sqlite")) {
      return SQLITE;
    }
    if (p.contains("postgres")) {
      return POSTGRESQL;
    }
    throw new IllegalArgumentException("the case store runs on SQLite or PostgreSQL, not on "
        + productName);
  }
}
