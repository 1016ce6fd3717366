package dev.marque.cases.outbox;

import dev.marque.cases.CaseStore;
import dev.marque.cases.CaseStoreException;
import dev.marque.cases.internal.Database;
import dev.marque.cases.internal.StoreAccess;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outbox of a case store: what waits to be sent, what was sent, and the notices marked
 * {@link OutboxStatus#SENT_UNKNOWN} that a person must reconcile.
 */
public final class Outbox {
  private final CaseStore store;
  private final Database db;

  private Outbox(CaseStore store) {
    this.store = store;
    this.db = StoreAccess.get().database(store);
  }

  /**
   * The outbox of a store.
   *
   * @param store the case store
   * @return its outbox
   */
  public static Outbox of(CaseStore store) {
    return new Outbox(Objects.requireNonNull(store, "store must not be null"));
  }

  /**
   * Every entry, oldest first.
   *
   * @return the entries
   */
  public List<OutboxEntry> entries() {
    return read(Optional.empty());
  }

  /**
   * The entries in a status, oldest first.
   *
   * @param status the status, such as {@link OutboxStatus#SENT_UNKNOWN}
   * @return the entries
   */
  public List<OutboxEntry> entries(OutboxStatus status) {
    return read(Optional.of(Objects.requireNonNull(status, "status must not be null")));
  }

  private List<OutboxEntry> read(Optional<OutboxStatus> status) {
    return status.isPresent() ? read("WHERE status = ?", status.get().name()) : read("", null);
  }

  private List<OutboxEntry> read(String where, Object parameter) {
    return db.transaction(tx -> {
      PreparedStatement ps = tx.prepare("SELECT id, notice_id, notice_sha256, recipient,"
          + " idempotency_key, status, attempts, next_attempt_at, last_error, server_answer FROM"
          + " outbox " + where + " ORDER BY id");
      if (parameter != null) {
        ps.setObject(1, parameter);
      }
      List<OutboxEntry> result = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          result.add(new OutboxEntry(rs.getLong(1), rs.getString(2), rs.getString(3),
              Optional.ofNullable(rs.getString(4)), Optional.ofNullable(rs.getString(5)),
              OutboxStatus.valueOf(rs.getString(6)), rs.getInt(7),
              Instant.ofEpochMilli(rs.getLong(8)), Optional.ofNullable(rs.getString(9)),
              Optional.ofNullable(rs.getString(10))));
        }
      }
      return result;
    });
  }

  /**
   * Settles an entry a dispatcher may or may not have sent: a person checked with the recipient
   * and says which. Nothing is ever resent without this: a notice found not to have arrived goes
   * back to {@link OutboxStatus#PENDING} and is sent by the next dispatch (with the same
   * idempotency key); one found to have arrived becomes {@link OutboxStatus#SENT} and its approved
   * cases SUBMITTED. The settlement, with actor and note, is kept in the same transaction.
   *
   * @param entryId the outbox entry, in {@link OutboxStatus#SENT_UNKNOWN}
   * @param arrived true when it arrived, false when it did not
   * @param actor who checked
   * @param note how they know; required, because a wrong answer sends a notice twice or never
   * @return the entry after settling
   * @throws IllegalArgumentException when the actor or note is blank
   * @throws CaseStoreException when there is no such entry, or it is not SENT_UNKNOWN
   */
  public OutboxEntry settle(long entryId, boolean arrived, String actor, String note) {
    String who = requireText(actor, "actor");
    String why = requireText(note, "note");
    long now = store.clock().millis();
    db.transaction(tx -> {
      PreparedStatement q = tx.prepare("SELECT notice_id, notice_sha256, recipient, status"
          + " FROM outbox WHERE id = ?");
      q.setLong(1, entryId);
      String notice;
      String sha;
      String recipient;
      try (ResultSet rs = q.executeQuery()) {
        if (!rs.next()) {
          throw new CaseStoreException("there is no outbox entry " + entryId + " in "
              + db.description());
        }
        if (!OutboxStatus.SENT_UNKNOWN.name().equals(rs.getString(4))) {
          throw new CaseStoreException("outbox entry " + entryId + " is " + rs.getString(4)
              + ", not SENT_UNKNOWN; only an uncertain send is settled by hand");
        }
        notice = rs.getString(1);
        sha = rs.getString(2);
        recipient = rs.getString(3);
      }
      PreparedStatement u = tx.prepare("UPDATE outbox SET status = ?, last_error = ?,"
          + " next_attempt_at = ?, updated_at = ? WHERE id = ? AND status = 'SENT_UNKNOWN'");
      u.setString(1, arrived ? OutboxStatus.SENT.name() : OutboxStatus.PENDING.name());
      u.setString(2, "settled by " + who + ": " + (arrived ? "arrived" : "did not arrive")
          + " (" + why + ")");
      u.setLong(3, now);
      u.setLong(4, now);
      u.setLong(5, entryId);
      u.executeUpdate();
      PreparedStatement ins = tx.prepare("INSERT INTO outbox_settlements (outbox_id, arrived,"
          + " actor, note, settled_at) VALUES (?, ?, ?, ?, ?)");
      ins.setLong(1, entryId);
      ins.setBoolean(2, arrived);
      ins.setString(3, who);
      ins.setString(4, why);
      ins.setLong(5, now);
      ins.executeUpdate();
      if (arrived) {
        Dispatcher.submitCases(store, tx, notice, sha, "confirmed by " + who
            + " as received by " + recipient + ": " + why);
      }
      return null;
    });
    return entry(entryId).orElseThrow();
  }

  /**
   * One entry.
   *
   * @param entryId the entry
   * @return the entry, or empty when there is none
   */
  public Optional<OutboxEntry> entry(long entryId) {
    List<OutboxEntry> found = read("WHERE id = ?", entryId);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /**
   * The settlements of an entry, oldest first (an entry settled as not arrived may become
   * SENT_UNKNOWN again and be settled again).
   *
   * @param entryId the entry
   * @return its settlements; empty when it was never settled
   */
  public List<Settlement> settlements(long entryId) {
    return db.transaction(tx -> {
      PreparedStatement ps = tx.prepare("SELECT outbox_id, arrived, actor, note, settled_at"
          + " FROM outbox_settlements WHERE outbox_id = ? ORDER BY id");
      ps.setLong(1, entryId);
      List<Settlement> result = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          result.add(new Settlement(rs.getLong(1), rs.getBoolean(2), rs.getString(3),
              rs.getString(4), Instant.ofEpochMilli(rs.getLong(5))));
        }
      }
      return result;
    });
  }

  private static String requireText(String value, String name) {
    Objects.requireNonNull(value, name + " must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value.strip();
  }
}
