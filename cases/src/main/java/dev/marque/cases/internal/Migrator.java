package dev.marque.cases.internal;

import dev.marque.cases.SchemaException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies the versioned SQL migrations of a dialect ({@code V1__cases.sql}, ...) that a database
 * has not seen yet, each in its own transaction, and records them in {@code schema_version} with
 * their SHA-256. Refuses, before writing anything, a database that belongs to another application,
 * one migrated by a newer marque, and one whose applied migrations differ from ours.
 */
public final class Migrator {
  /** SQLite's {@code PRAGMA application_id} of a marque case store: "marq". */
  public static final int SQLITE_APPLICATION_ID = 0x6D617271;

  private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");
  private static final String ROOT = "/dev/marque/cases/migrations/";

  /** A migration: its version, description, SQL text and the SHA-256 of that text. */
  public record Migration(int version, String description, String sql, String sha256) {}

  private Migrator() {}

  /** The migrations shipped for a dialect, in version order. */
  public static List<Migration> migrations(Dialect dialect) {
    String folder = ROOT + dialect.folder() + "/";
    List<Migration> result = new ArrayList<>();
    try (InputStream index = Migrator.class.getResourceAsStream(folder + "index.txt")) {
      if (index == null) {
        throw new IllegalStateException("no migration index in " + folder);
      }
      for (String name : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        name = name.strip();
        if (name.isEmpty()) {
          continue;
        }
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
          throw new IllegalStateException("migration " + name + " is not named V<n>__<what>.sql");
        }
        try (InputStream in = Migrator.class.getResourceAsStream(folder + name)) {
          if (in == null) {
            throw new IllegalStateException("migration " + folder + name + " is missing");
          }
          String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          result.add(new Migration(Integer.parseInt(m.group(1)), m.group(2), sql, sha256(sql)));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the migrations in " + folder, e);
    }
    for (int i = 0; i < result.size(); i++) {
      if (result.get(i).version() != i + 1) {
        throw new IllegalStateException("migrations must be numbered 1, 2, ... without gaps");
      }
    }
    return List.copyOf(result);
  }

  /** The newest schema version this marque knows. */
  public static int latest(Dialect dialect) {
    return migrations(dialect).size();
  }

  /**
   * Brings the database up to the newest version.
   *
   * @return the versions applied now (empty when it was up to date)
   * @throws SchemaException when the database is foreign, newer, or changed
   */
  public static List<Integer> migrate(Database db, Clock clock) {
    List<Migration> all = migrations(db.dialect());
    return db.transaction(tx -> {
      Connection c = tx.connection();
      lock(tx);
      checkOwnership(db, c);
      ensureVersionTable(c, db.dialect());
      Map<Integer, String> applied = applied(c);
      int newest = applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
      if (newest > all.size()) {
        throw new SchemaException(db.description() + " has case store schema version " + newest
            + ", newer than this marque knows (" + all.size() + "). Use the marque that wrote"
            + " it, or a newer one; nothing was changed.", null);
      }
      List<Integer> done = new ArrayList<>();
      for (Migration m : all) {
        String sum = applied.get(m.version());
        if (sum != null) {
          if (!sum.equals(m.sha256())) {
            throw new SchemaException(db.description() + ": migration V" + m.version() + "__"
                + m.description() + " was applied with SHA-256 " + sum + " but this marque ships "
                + m.sha256() + "; the schema was changed by hand or by a different build. Nothing"
                + " was changed.", null);
          }
          continue;
        }
        for (String statement : statements(m.sql(), db.dialect())) {
          try (Statement s = c.createStatement()) {
            s.execute(statement);
          }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO schema_version (version,"
            + " description, sha256, applied_at) VALUES (?, ?, ?, ?)")) {
          ps.setInt(1, m.version());
          ps.setString(2, m.description());
          ps.setString(3, m.sha256());
          ps.setLong(4, clock.millis());
          ps.executeUpdate();
        }
        done.add(m.version());
      }
      if (db.dialect() == Dialect.SQLITE && !done.isEmpty()) {
        try (Statement s = c.createStatement()) {
          s.execute("PRAGMA application_id = " + SQLITE_APPLICATION_ID);
        }
      }
      return List.copyOf(done);
    });
  }

  private static void lock(Tx tx) throws SQLException {
    if (tx.dialect() == Dialect.POSTGRESQL) {
      // two processes opening a fresh database at once: one migrates, the other waits and sees it
      try (Statement s = tx.connection().createStatement()) {
        s.execute("SELECT pg_advisory_xact_lock(7236498231564)");
      }
    }
  }

  private static void checkOwnership(Database db, Connection c) throws SQLException {
    if (db.dialect() == Dialect.SQLITE) {
      int appId;
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
          "PRAGMA application_id")) {
        appId = rs.next() ? rs.getInt(1) : 0;
      }
      if (appId != 0 && appId != SQLITE_APPLICATION_ID) {
        throw new SchemaException(db.description() + " is another application's SQLite database"
            + " (application_id " + appId + "), not a marque case store. Nothing was changed;"
            + " give --db another file.", null);
      }
    }
    TreeSet<String> tables = tables(c, db.dialect());
    if (!tables.isEmpty() && !tables.contains("schema_version")) {
      throw new SchemaException(db.description() + " holds tables " + tables + " but no marque"
          + " schema_version table: it is another application's database, not a marque case"
          + " store. Nothing was changed; use a new file or an empty database.", null);
    }
  }

  private static TreeSet<String> tables(Connection c, Dialect dialect) throws SQLException {
    TreeSet<String> names = new TreeSet<>();
    if (dialect == Dialect.SQLITE) {
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name FROM"
          + " sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
        while (rs.next()) {
          names.add(rs.getString(1).toLowerCase(java.util.Locale.ROOT));
        }
      }
    } else {
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT table_name"
          + " FROM information_schema.tables WHERE table_schema = current_schema()")) {
        while (rs.next()) {
          names.add(rs.getString(1).toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    return names;
  }

  private static void ensureVersionTable(Connection c, Dialect dialect) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
          + " description TEXT NOT NULL, sha256 TEXT NOT NULL, applied_at "
          + (dialect == Dialect.SQLITE ? "INTEGER" : "BIGINT") + " NOT NULL)");
    }
  }

  private static Map<Integer, String> applied(Connection c) throws SQLException {
    Map<Integer, String> result = new LinkedHashMap<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
        "SELECT version, sha256 FROM schema_version ORDER BY version")) {
      while (rs.next()) {
        result.put(rs.getInt(1), rs.getString(2));
      }
    }
    return result;
  }

  /**
   * Splits a migration into statements: at a semicolon ending a line, except inside a
   * PostgreSQL dollar-quoted body or a SQLite trigger's {@code BEGIN ... END;}. Comment lines go.
   */
  static List<String> statements(String sql, Dialect dialect) {
    List<String> result = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean inDollar = false;
    boolean inTrigger = false;
    for (String line : sql.split("\n")) {
      String t = line.strip();
      if (current.length() == 0 && (t.isEmpty() || t.startsWith("--"))) {
        continue;
      }
      current.append(line).append('\n');
      int dollars = line.split("\\$\\$", -1).length - 1;
      if (dollars % 2 == 1) {
        inDollar = !inDollar;
      }
      if (dialect == Dialect.SQLITE && current.toString().toUpperCase(java.util.Locale.ROOT)
          .startsWith("CREATE TRIGGER")) {
        inTrigger = true;
      }
      boolean ends = t.endsWith(";") && !inDollar
          && (!inTrigger || t.toUpperCase(java.util.Locale.ROOT).endsWith("END;"));
      if (ends) {
        result.add(current.toString().strip());
        current.setLength(0);
        inTrigger = false;
      }
    }
    if (!current.toString().isBlank()) {
      result.add(current.toString().strip());
    }
    return result;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
