package dev.marque.cases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases every store test runs on: SQLite always, PostgreSQL when
 * {@code MARQUE_TEST_POSTGRES_URL} names one ({@code .ci/run} starts one and sets it). Each test
 * gets an empty database: a new SQLite file, or a new PostgreSQL schema.
 */
public final class TestDatabases {
  /** The environment variable with the PostgreSQL JDBC URL for the tests. */
  public static final String POSTGRES_ENV = "MARQUE_TEST_POSTGRES_URL";
  private static final AtomicBoolean WARNED = new AtomicBoolean();

  /** A kind of database a test runs on. */
  public enum Kind {
    /** A SQLite file. */
    SQLITE,
    /** A schema in the PostgreSQL of {@code MARQUE_TEST_POSTGRES_URL}. */
    POSTGRESQL;

    /**
     * A fresh, empty database of this kind.
     *
     * @param dir a temporary directory for SQLite files
     * @return its location, a path or a JDBC URL
     */
    public String fresh(Path dir) throws Exception {
      if (this == SQLITE) {
        return dir.resolve("cases-" + UUID.randomUUID() + ".db").toString();
      }
      String url = postgresUrl();
      String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
          .toLowerCase(Locale.ROOT);
      try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
        s.execute("CREATE SCHEMA " + schema);
      }
      return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
  }

  private TestDatabases() {}

  /** Every kind, for {@code @MethodSource}. */
  public static Stream<Kind> kinds() {
    return Stream.of(Kind.values());
  }

  /** The PostgreSQL URL, or an aborted (skipped) test saying how to run it. */
  public static String postgresUrl() {
    String url = System.getenv(POSTGRES_ENV);
    if (url == null || url.isBlank()) {
      if (WARNED.compareAndSet(false, true)) {
        System.err.println("*** PostgreSQL tests SKIPPED: set " + POSTGRES_ENV
            + " (.ci/run starts a PostgreSQL and sets it) ***");
      }
      Assumptions.abort("PostgreSQL tests skipped: " + POSTGRES_ENV + " is not set");
    }
    return url;
  }

  /** Runs a statement on a database directly, bypassing the store. */
  public static void execute(String location, String sql) throws SQLException {
    String url = location.startsWith("jdbc:") ? location : "jdbc:sqlite:" + location;
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** Writes bytes to a file, for corrupt-database tests. */
  public static Path write(Path file, byte[] bytes) throws Exception {
    return Files.write(file, bytes);
  }
}
