package dev.marque.cases.internal;

import java.sql.SQLException;

/** Work done on a connection inside a transaction. */
@FunctionalInterface
public interface SqlWork<T> {
  /** Does the work. */
  T run(Tx tx) throws SQLException;
}
