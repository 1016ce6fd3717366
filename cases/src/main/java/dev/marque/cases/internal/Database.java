package dev.marque.cases.internal;

import dev.marque.cases.CaseStoreException;
import dev.marque.cases.SchemaException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The case store's database: where connections come from and how a transaction is run on each
 * dialect. A store opened from a location holds one connection for its life (SQLite has one
 * writer anyway; a PostgreSQL connection is costly to open); a caller's {@code DataSource} is asked
 * for a connection per transaction, so its pool decides.
 */
public final class Database implements AutoCloseable {
  /** How long a writer waits for SQLite's lock before giving up. */
  public static final int BUSY_TIMEOUT_MILLIS = 30_000;

  /** SQLite's page cache per connection, in KiB. */
  static final int CACHE_KIB = 64 * 1024;

  /** How much of a SQLite file is read through a memory map rather than copied in, in bytes. */
  static final long MMAP_BYTES = 1L << 30;

  private final DataSource dataSource;
  private final Dialect dialect;
  private final String description;
  private final boolean holdConnection;
  private final ReentrantLock lock = new ReentrantLock();
  private Connection held;
  /** Whether the SQLite database keeps its text in UTF-8 (a caller's may use UTF-16). */
  private boolean utf8;

  private Database(DataSource dataSource, Dialect dialect, String description,
      boolean holdConnection) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.description = description;
    this.holdConnection = holdConnection;
  }

  /**
   * The database at a location: a JDBC URL ({@code jdbc:sqlite:...}, {@code jdbc:postgresql:...})
   * or a file path, which means SQLite.
   */
  public static Database open(String location) {
    Checks.notBlank(location, "location");
    if (location.startsWith("jdbc:postgresql:")) {
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setURL(location);
      if (!location.contains("reWriteBatchedInserts")) {
        // a batch of events becomes multi-row INSERTs: one statement to plan, not thousands
        ds.setReWriteBatchedInserts(true);
      }
      return new Database(ds, Dialect.POSTGRESQL, redact(location), true);
    }
    String file;
    if (location.startsWith("jdbc:sqlite:")) {
      file = location.substring("jdbc:sqlite:".length());
    } else if (location.startsWith("jdbc:")) {
      throw new CaseStoreException("--db '" + redact(location) + "': the case store runs on"
          + " SQLite (a file or jdbc:sqlite:FILE) or PostgreSQL (jdbc:postgresql://...)");
    } else {
      file = location;
    }
    Path path = Path.of(file).toAbsolutePath();
    if (Files.isDirectory(path)) {
      throw new CaseStoreException(path + " is a directory, not a case store file");
    }
    Path parent = path.getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new CaseStoreException("cannot create the case store " + path + ": the directory "
          + parent + " does not exist");
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    // FULL: a committed transaction survives a power cut, which "sent exactly once" relies on.
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.enforceForeignKeys(true);
    // SQLite's default page cache is 2 MB; a store of a million cases has indexes of tens of MB
    // that every event touches, so give it 64 MB (a negative size is in KiB).
    config.setCacheSize(-CACHE_KIB);
    // Reads go straight to the file's pages in the OS cache instead of being copied into
    // SQLite's: a new process listing 300,000 cases of a million no longer pays to fill a cold
    // page cache (0.6-0.7 s of CPU measured, 0.5 with the map). Writes still go through write()
    // and fsync, so durability is unchanged.
    config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, Long.toString(MMAP_BYTES));
    SQLiteDataSource ds = new SQLiteDataSource(config);
    ds.setUrl("jdbc:sqlite:" + path);
    return new Database(ds, Dialect.SQLITE, path.toString(), true);
  }

  /** A caller's data source; its dialect is read from the connection's metadata. */
  public static Database of(DataSource dataSource) {
    Checks.notNull(dataSource, "dataSource");
    try (Connection c = dataSource.getConnection()) {
      String product = c.getMetaData().getDatabaseProductName();
      String url = c.getMetaData().getURL();
      return new Database(dataSource, Dialect.ofProduct(product),
          url == null ? product : redact(url), false);
    } catch (SQLException e) {
      throw new CaseStoreException("cannot connect to the case store's data source: "
          + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new CaseStoreException(e.getMessage(), e);
    }
  }

  /** The dialect. */
  public Dialect dialect() {
    return dialect;
  }

  /** Where the database is, for messages (passwords removed). */
  public String description() {
    return description;
  }

  /**
   * Runs work in one transaction: {@code BEGIN IMMEDIATE} on SQLite (the write lock is taken at
   * the start, so two writers never deadlock upgrading a read lock), a plain transaction on
   * PostgreSQL. Rolled back when the work throws.
   */
  public <T> T transaction(SqlWork<T> work) {
    return run(work, true);
  }

  /**
   * Runs reading work in one transaction that takes no write lock: a plain {@code BEGIN} on
   * SQLite (in WAL mode a snapshot that writers in other connections go on past), a plain
   * transaction on PostgreSQL (which a fetch size needs to stream rows). For work that reads
   * many rows and hands each to a caller as it goes, so a slow reader never holds up a writer.
   */
  public <T> T read(SqlWork<T> work) {
    return run(work, false);
  }

  private <T> T run(SqlWork<T> work, boolean write) {
    if (lock.isHeldByCurrentThread()) {
      // the action of a streaming read calling the store: the connection is mid-transaction
      throw new IllegalStateException("the case store " + description + " is in use by this"
          + " thread already: an action given to CaseStore.forEach must not call the store");
    }
    lock.lock();
    Connection c = null;
    try {
      c = connection();
      Tx tx = new Tx(c, dialect, utf8);
      boolean done = false;
      try {
        begin(c, write);
        T result = work.run(tx);
        commit(c);
        done = true;
        return result;
      } finally {
        tx.closeStatements();
        if (!done) {
          rollback(c);
        }
      }
    } catch (SQLException e) {
      dropIfBroken(c);
      throw failure(e);
    } finally {
      if (!holdConnection && c != null) {
        closeQuietly(c);
      }
      lock.unlock();
    }
  }

  private Connection connection() throws SQLException {
    if (holdConnection) {
      if (held == null) {
        held = connect();
      }
      return held;
    }
    return connect();
  }

  private Connection connect() throws SQLException {
    try {
      Connection c = dataSource.getConnection();
      if (dialect == Dialect.SQLITE) {
        try (Statement s = c.createStatement()) {
          // a caller's SQLite data source may not set it; ours does already
          s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
          s.execute("PRAGMA foreign_keys = ON");
          try (java.sql.ResultSet rs = s.executeQuery("PRAGMA encoding")) {
            utf8 = rs.next() && "UTF-8".equalsIgnoreCase(rs.getString(1));
          }
        }
      }
      return c;
    } catch (SQLException e) {
      throw notADatabase(e);
    }
  }

  private SQLException notADatabase(SQLException e) {
    String m = String.valueOf(e.getMessage());
    if (dialect != Dialect.SQLITE) {
      return e;
    }
    if (m.contains("SQLITE_NOTADB") || m.contains("not a database")) {
      throw new SchemaException(description + " is not a marque case store: it is not a SQLite"
          + " database (" + firstLine(m) + "). Nothing was written; give --db another file.", e);
    }
    if (m.contains("SQLITE_CORRUPT") || m.contains("malformed")
        || m.contains("SQLITE_IOERR_SHORT_READ")) {
      throw new SchemaException(description + " is damaged: SQLite cannot read part of it ("
          + firstLine(m) + "), as after a disk error or a copy cut short. Nothing was written"
          + " to it. Restore it from a backup; the sqlite3 shell's .recover command can save"
          + " what is still readable.", e);
    }
    return e;
  }

  private void begin(Connection c, boolean write) throws SQLException {
    if (dialect == Dialect.SQLITE) {
      c.setAutoCommit(true);
      try (Statement s = c.createStatement()) {
        s.execute(write ? "BEGIN IMMEDIATE" : "BEGIN");
      }
    } else {
      c.setAutoCommit(false);
    }
  }

  private void commit(Connection c) throws SQLException {
    if (dialect == Dialect.SQLITE) {
      try (Statement s = c.createStatement()) {
        s.execute("COMMIT");
      }
    } else {
      c.commit();
      c.setAutoCommit(true);
    }
  }

  private void rollback(Connection c) {
    try {
      if (dialect == Dialect.SQLITE) {
        try (Statement s = c.createStatement()) {
          s.execute("ROLLBACK");
        }
      } else {
        c.rollback();
        c.setAutoCommit(true);
      }
    } catch (SQLException ignored) {
      // no transaction left to roll back (SQLite rolls back itself on some errors)
    }
  }

  private void dropIfBroken(Connection c) {
    if (c == null || !holdConnection) {
      return;
    }
    try {
      if (c.isClosed() || !c.isValid(2)) {
        closeQuietly(c);
        held = null;
      }
    } catch (SQLException e) {
      closeQuietly(c);
      held = null;
    }
  }

  private CaseStoreException failure(SQLException e) {
    SQLException n = e;
    try {
      n = notADatabase(e);
    } catch (SchemaException s) {
      return s;
    }
    return new CaseStoreException("case store " + description + ": " + firstLine(
        String.valueOf(n.getMessage())), n);
  }

  private static String firstLine(String m) {
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // closing a connection we no longer use
    }
  }

  /** A JDBC URL without its password. */
  public static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  @Override
  public void close() {
    lock.lock();
    try {
      if (held != null) {
        closeQuietly(held);
        held = null;
      }
    } finally {
      lock.unlock();
    }
  }
}
