package dev.marque.cases.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.postgresql.PGStatement;

/**
 * One transaction's connection, with its prepared statements cached by SQL text so a batch of
 * thousands of events prepares each statement once.
 */
public final class Tx {
  private final Connection connection;
  private final Dialect dialect;
  private final boolean utf8Text;
  private final Map<String, PreparedStatement> statements = new HashMap<>();

  Tx(Connection connection, Dialect dialect, boolean utf8Text) {
    this.connection = connection;
    this.dialect = dialect;
    this.utf8Text = utf8Text;
  }

  /** The connection. */
  public Connection connection() {
    return connection;
  }

  /** The database's dialect. */
  public Dialect dialect() {
    return dialect;
  }

  /**
   * Whether a text column's bytes ({@code getBytes}) are its text in UTF-8: true on a SQLite
   * database in UTF-8, which is how marque creates them (a caller's may be in UTF-16).
   */
  public boolean utf8Text() {
    return utf8Text;
  }

  /** A prepared statement for this SQL, prepared once per transaction; parameters cleared. */
  public PreparedStatement prepare(String sql) throws SQLException {
    PreparedStatement ps = statements.get(sql);
    if (ps == null) {
      ps = connection.prepareStatement(sql);
      statements.put(sql, ps);
    } else {
      ps.clearParameters();
    }
    return ps;
  }

  /**
   * A prepared statement the database plans for its parameters at every execution. PostgreSQL
   * otherwise settles on a generic plan after five runs of a server-side prepared statement, and
   * one made while a table was empty (a new store being filled) can pick an index that reads a
   * whole marketplace for each key: a bulk look-up that turns quadratic.
   */
  public PreparedStatement prepareReplanned(String sql) throws SQLException {
    PreparedStatement ps = prepare(sql);
    if (dialect == Dialect.POSTGRESQL && ps.isWrapperFor(PGStatement.class)) {
      ps.unwrap(PGStatement.class).setPrepareThreshold(0);
    }
    return ps;
  }

  void closeStatements() {
    for (PreparedStatement ps : statements.values()) {
      try {
        ps.close();
      } catch (SQLException ignored) {
        // closing a statement of a finished transaction; nothing to recover
      }
    }
    statements.clear();
  }
}
