package dev.marque.cases;

import dev.marque.cases.internal.Dialect;
import dev.marque.cases.internal.Tx;
import dev.marque.core.Marketplace;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * Turns rows of {@link CaseStore#CASE_COLUMNS} into {@link Case} values, as cheaply per row as
 * the driver allows, for listings of hundreds of thousands of cases.
 *
 * <p>On SQLite a text column is read as its stored UTF-8 bytes and decoded here: sqlite-jdbc's
 * {@code getString} wraps each value in a direct buffer through JNI first, which made decoding
 * the rows most of the time a listing took (300,000 rows of ten text columns: 1.4 s of CPU warm,
 * against 0.1 s for SQLite to find them). The few distinct values of the marketplace, right,
 * route, brand and state columns are decoded once per read and shared by every case that has
 * them. A database in UTF-16 (possible in a caller's SQLite file) is read with {@code getString}.
 */
final class CaseReader {
  /** Distinct values remembered per low-cardinality column. */
  private static final int REMEMBERED = 16;

  private final boolean utf8Bytes;
  private final Recent marketplaces = new Recent();
  private final Recent rights = new Recent();
  private final Recent routes = new Recent();
  private final Recent brands = new Recent();
  private final Recent states = new Recent();

  private CaseReader(boolean utf8Bytes) {
    this.utf8Bytes = utf8Bytes;
  }

  /** A reader for rows read in this transaction. */
  static CaseReader of(Tx tx) {
    return new CaseReader(tx.dialect() == Dialect.SQLITE && tx.utf8Text());
  }

  /** The case on the result set's current row. */
  Case read(ResultSet rs) throws SQLException {
    return new Case(rs.getLong(1),
        (Marketplace) marketplaces.get(rs, 2, Marketplace::valueOf),
        text(rs, 3), optional(rs, 4), optional(rs, 5),
        Optional.ofNullable((String) brands.get(rs, 6, s -> s)),
        (String) rights.get(rs, 7, s -> s), (String) routes.get(rs, 8, s -> s),
        optional(rs, 9), optional(rs, 10),
        (CaseState) states.get(rs, 11, CaseState::valueOf),
        Instant.ofEpochMilli(rs.getLong(12)), Instant.ofEpochMilli(rs.getLong(13)),
        rs.getInt(14));
  }

  private Optional<String> optional(ResultSet rs, int column) throws SQLException {
    return Optional.ofNullable(text(rs, column));
  }

  private String text(ResultSet rs, int column) throws SQLException {
    if (!utf8Bytes) {
      return rs.getString(column);
    }
    byte[] b = rs.getBytes(column);
    return b == null ? null : new String(b, StandardCharsets.UTF_8);
  }

  /** How a column's text becomes its value: itself, or an enum constant. */
  private interface Decode {
    Object apply(String text);
  }

  /**
   * The last few distinct values of a column, by their stored bytes (or text, when the driver
   * gives text), so a column with few distinct values is decoded once per read, not per row.
   */
  private final class Recent {
    private final Object[] keys = new Object[REMEMBERED];
    private final Object[] values = new Object[REMEMBERED];
    private int size;
    private int next;

    Object get(ResultSet rs, int column, Decode decode) throws SQLException {
      Object key = utf8Bytes ? rs.getBytes(column) : rs.getString(column);
      if (key == null) {
        return null;
      }
      for (int i = 0; i < size; i++) {
        Object k = keys[i];
        if (utf8Bytes ? Arrays.equals((byte[]) k, (byte[]) key) : k.equals(key)) {
          return values[i];
        }
      }
      Object value = decode.apply(utf8Bytes ? new String((byte[]) key, StandardCharsets.UTF_8)
          : (String) key);
      keys[next] = key;
      values[next] = value;
      next = (next + 1) % REMEMBERED;
      size = Math.max(size, next == 0 ? REMEMBERED : next);
      return value;
    }
  }
}
