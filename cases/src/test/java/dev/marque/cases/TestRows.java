package dev.marque.cases;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/** Reads a database directly, bypassing the store, to check what it holds. */
final class TestRows {
  private TestRows() {}

  static long count(String location, String sql) throws Exception {
    String url = location.startsWith("jdbc:") ? location : "jdbc:sqlite:" + location;
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
