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
    return db.transaction(tx -> {
      PreparedStatement ps = tx.prepare("SELECT id, notice_id, notice_sha256, recipient,"
          + " idempotency_key, status, attempts, next_attempt_at, last_error, server_answer FROM"
          + " outbox" + (status.isPresent() ? " WHERE status = ?" : "") + " ORDER BY id");
      if (status.isPresent()) {
        ps.setString(1, status.get().name());
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
   * Settles a notice a dispatcher may have sent: a person checked with the recipient.
   *
   * @param entryId the outbox entry, in {@link OutboxStatus#SENT_UNKNOWN}
   * @param arrived true when it arrived (it becomes SENT and its cases SUBMITTED); false when it
   *     did not (it goes back to PENDING and is sent again)
   * @param actor who checked
   * @throws CaseStoreException when the entry is not SENT_UNKNOWN
   */
  public void settle(long entryId, boolean arrived, String actor) {
    Objects.requireNonNull(actor, "actor must not be null");
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
          throw new CaseStoreException("there is no outbox entry " + entryId);
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
          + " next_attempt_at = ?, updated_at = ? WHERE id = ?");
      u.setString(1, arrived ? OutboxStatus.SENT.name() : OutboxStatus.PENDING.name());
      u.setString(2, "settled by " + actor + ": " + (arrived ? "arrived" : "did not arrive"));
      u.setLong(3, now);
      u.setLong(4, now);
      u.setLong(5, entryId);
      u.executeUpdate();
      if (arrived) {
        Dispatcher.submitCases(store, tx, notice, sha, "confirmed by " + actor
            + " as received by " + recipient);
      }
      return null;
    });
  }
}
