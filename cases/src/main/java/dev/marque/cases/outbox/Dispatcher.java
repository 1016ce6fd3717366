package dev.marque.cases.outbox;

import dev.marque.cases.CaseState;
import dev.marque.cases.CaseStore;
import dev.marque.cases.EventType;
import dev.marque.cases.NewEvent;
import dev.marque.cases.internal.Database;
import dev.marque.cases.internal.Dialect;
import dev.marque.cases.internal.StoreAccess;
import dev.marque.core.Marketplace;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends the approved notices of the outbox exactly once.
 *
 * <p>Each notice goes through three committed steps. A dispatcher <em>claims</em> a batch under
 * a lease (on PostgreSQL with {@code FOR UPDATE SKIP LOCKED}, so two dispatchers never take the
 * same row; on SQLite under {@code BEGIN IMMEDIATE}); marks one notice <em>SENDING</em> before
 * handing it to the channel; and records the outcome. A dispatcher that dies leaves its rows
 * CLAIMED (never handed over: they go back to PENDING when the lease runs out) or SENDING
 * (perhaps handed over: they become {@link OutboxStatus#SENT_UNKNOWN} and wait for a person,
 * never resent automatically). Transient failures are tried again after an exponential backoff
 * with jitter; permanent ones fail with the server's answer. Sending a notice records SUBMITTED
 * on every case it names, in the transaction that records it as sent.
 */
public final class Dispatcher {
  private static final int BATCH = 10;

  private final CaseStore store;
  private final Database db;
  private final Clock clock;
  private final Recipients recipients;
  private final Map<ChannelKind, Channel> channels;
  private final Duration lease;
  private final int maxAttempts;
  private final Duration backoff;
  private final Duration maxBackoff;
  private final String owner;

  private Dispatcher(Builder b) {
    this.store = b.store;
    this.db = StoreAccess.get().database(b.store);
    this.clock = b.store.clock();
    this.recipients = b.recipients;
    this.channels = new EnumMap<>(b.channels);
    this.lease = b.lease;
    this.maxAttempts = b.maxAttempts;
    this.backoff = b.backoff;
    this.maxBackoff = b.maxBackoff;
    this.owner = b.owner;
  }

  /**
   * A builder for a dispatcher of a store's outbox to these recipients.
   *
   * @param store the case store
   * @param recipients who receives what
   * @return a builder; add a channel for each kind of recipient used
   */
  public static Builder builder(CaseStore store, Recipients recipients) {
    return new Builder(store, recipients);
  }

  /**
   * Sends the notices due now, up to a limit.
   *
   * @param limit the most notices to handle in this run
   * @return what happened to each
   */
  public DispatchReport run(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, not " + limit);
    }
    sweep();
    List<String> sent = new ArrayList<>();
    List<String> manual = new ArrayList<>();
    List<String> retrying = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    List<String> unrouted = new ArrayList<>();
    long cursor = 0;
    int handled = 0;
    while (handled < limit) {
      List<Claimed> batch = claim(cursor, Math.min(BATCH, limit - handled), unrouted);
      if (batch.isEmpty()) {
        break;
      }
      for (Claimed c : batch) {
        cursor = Math.max(cursor, c.id);
        if (c.recipient == null) {
          continue;
        }
        handled++;
        process(c, sent, manual, retrying, failed, unknown);
      }
      if (batch.stream().allMatch(c -> c.recipient == null) && batch.size() < BATCH) {
        break;
      }
    }
    return new DispatchReport(sent, manual, retrying, failed, unknown, unrouted);
  }

  private void sweep() {
    long now = clock.millis();
    db.transaction(tx -> {
      PreparedStatement s = tx.prepare("UPDATE outbox SET status = 'SENT_UNKNOWN', last_error ="
          + " 'the dispatcher ' || lease_owner || ' stopped while sending; it may have arrived',"
          + " updated_at = ? WHERE status = 'SENDING' AND lease_until < ?");
      s.setLong(1, now);
      s.setLong(2, now);
      s.executeUpdate();
      PreparedStatement c = tx.prepare("UPDATE outbox SET status = 'PENDING', lease_owner = NULL,"
          + " lease_until = NULL, updated_at = ? WHERE status = 'CLAIMED' AND lease_until < ?");
      c.setLong(1, now);
      c.setLong(2, now);
      c.executeUpdate();
      return null;
    });
  }

  /** A claimed row; recipient null when none is configured (then it was not claimed). */
  private record Claimed(long id, String noticeId, String sha, String route, String subject,
      String body, Recipient recipient) {}

  private List<Claimed> claim(long cursor, int max, List<String> unrouted) {
    long now = clock.millis();
    return db.transaction(tx -> {
      PreparedStatement q = tx.prepare("SELECT o.id, o.notice_id, o.notice_sha256,"
          + " n.marketplace, n.route, n.subject, n.body FROM outbox o JOIN notices n ON"
          + " n.notice_id = o.notice_id AND n.sha256 = o.notice_sha256 WHERE o.status ="
          + " 'PENDING' AND o.next_attempt_at <= ? AND o.id > ? ORDER BY o.id LIMIT ?"
          + (tx.dialect() == Dialect.POSTGRESQL ? " FOR UPDATE OF o SKIP LOCKED" : ""));
      q.setLong(1, now);
      q.setLong(2, cursor);
      q.setInt(3, max);
      List<Claimed> rows = new ArrayList<>();
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          Marketplace m = Marketplace.valueOf(rs.getString(4));
          String route = rs.getString(5);
          Optional<Recipient> r = recipients.of(m, route);
          if (r.isEmpty() || !channels.containsKey(r.get().channel())) {
            unrouted.add(rs.getString(2) + ": " + (r.isEmpty() ? "no recipient for " + m + " by "
                + route + " in the recipients file" : "no " + r.get().channel()
                + " channel configured (for " + r.get().address() + ")"));
          }
          rows.add(new Claimed(rs.getLong(1), rs.getString(2), rs.getString(3), route,
              rs.getString(6), rs.getString(7), r.filter(x -> channels.containsKey(x.channel()))
                  .orElse(null)));
        }
      }
      PreparedStatement u = tx.prepare("UPDATE outbox SET status = 'CLAIMED', lease_owner = ?,"
          + " lease_until = ?, updated_at = ? WHERE id = ? AND status = 'PENDING'");
      for (Claimed c : rows) {
        if (c.recipient != null) {
          u.setString(1, owner);
          u.setLong(2, now + lease.toMillis());
          u.setLong(3, now);
          u.setLong(4, c.id);
          u.executeUpdate();
        }
      }
      return rows;
    });
  }

  private void process(Claimed c, List<String> sent, List<String> manual,
      List<String> retrying, List<String> failed, List<String> unknown) {
    Channel channel = channels.get(c.recipient.channel());
    String key = idempotencyKey(c.noticeId, c.sha, c.recipient);
    long now = clock.millis();
    int attempts = db.transaction(tx -> {
      PreparedStatement u = tx.prepare("UPDATE outbox SET status = 'SENDING', recipient = ?,"
          + " channel = ?, idempotency_key = ?, attempts = attempts + 1, lease_until = ?,"
          + " updated_at = ? WHERE id = ? AND status = 'CLAIMED' AND lease_owner = ?");
      u.setString(1, c.recipient.address());
      u.setString(2, c.recipient.channel().name());
      u.setString(3, key);
      u.setLong(4, now + lease.toMillis());
      u.setLong(5, now);
      u.setLong(6, c.id);
      u.setString(7, owner);
      if (u.executeUpdate() == 0) {
        return -1;
      }
      PreparedStatement a = tx.prepare("SELECT attempts FROM outbox WHERE id = ?");
      a.setLong(1, c.id);
      try (ResultSet rs = a.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    });
    if (attempts < 0) {
      return; // the lease ran out and another dispatcher took the row back; not ours to send
    }
    Outgoing out = new Outgoing(c.noticeId, c.sha, c.route, c.subject, c.body, c.recipient, key);
    String answer;
    try {
      answer = channel.send(out);
    } catch (SendException e) {
      fail(c, e, attempts, retrying, failed, unknown);
      return;
    } catch (RuntimeException e) {
      fail(c, new SendException(SendException.Kind.UNKNOWN, "the channel failed: " + e, "", e),
          attempts, retrying, failed, unknown);
      return;
    }
    boolean isManual = c.recipient.channel() == ChannelKind.MANUAL;
    long done = clock.millis();
    db.transaction(tx -> {
      PreparedStatement u = tx.prepare("UPDATE outbox SET status = ?, server_answer = ?,"
          + " lease_owner = NULL, lease_until = NULL, last_error = NULL, updated_at = ?"
          + " WHERE id = ? AND status IN ('SENDING', 'SENT_UNKNOWN') AND lease_owner = ?");
      u.setString(1, isManual ? OutboxStatus.MANUAL.name() : OutboxStatus.SENT.name());
      u.setString(2, answer);
      u.setLong(3, done);
      u.setLong(4, c.id);
      u.setString(5, owner);
      u.executeUpdate();
      if (!isManual) {
        submitCases(store, tx, c.noticeId, c.sha, "sent by " + c.recipient.channel()
            .name().toLowerCase(java.util.Locale.ROOT) + " to " + c.recipient.address()
            + " (" + key + "): " + answer);
      }
      return null;
    });
    (isManual ? manual : sent).add(c.noticeId + " -> " + c.recipient.address());
  }

  static void submitCases(CaseStore store, dev.marque.cases.internal.Tx tx, String noticeId,
      String sha, String note) throws SQLException {
    PreparedStatement q = tx.prepare("SELECT id FROM cases WHERE notice_id = ? AND"
        + " notice_sha256 = ? AND state = ? ORDER BY id");
    q.setString(1, noticeId);
    q.setString(2, sha);
    q.setString(3, CaseState.APPROVED.name());
    List<Long> ids = new ArrayList<>();
    try (ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
    }
    for (long id : ids) {
      StoreAccess.get().record(store, tx, id, NewEvent.of(EventType.SUBMITTED, "marque")
          .withNote(note));
    }
  }

  private void fail(Claimed c, SendException e, int attempts, List<String> retrying,
      List<String> failed, List<String> unknown) {
    long now = clock.millis();
    OutboxStatus status = switch (e.kind()) {
      case TRANSIENT -> attempts >= maxAttempts ? OutboxStatus.FAILED : OutboxStatus.PENDING;
      case PERMANENT -> OutboxStatus.FAILED;
      case UNKNOWN -> OutboxStatus.SENT_UNKNOWN;
    };
    long next = now + (status == OutboxStatus.PENDING ? delay(attempts).toMillis() : 0);
    String message = e.getMessage() + (e.kind() == SendException.Kind.TRANSIENT
        && status == OutboxStatus.FAILED ? " (gave up after " + attempts + " attempts)" : "");
    db.transaction(tx -> {
      PreparedStatement u = tx.prepare("UPDATE outbox SET status = ?, last_error = ?,"
          + " server_answer = ?, next_attempt_at = ?, lease_owner = NULL, lease_until = NULL,"
          + " updated_at = ? WHERE id = ? AND lease_owner = ?");
      u.setString(1, status.name());
      u.setString(2, message);
      u.setString(3, e.serverAnswer());
      u.setLong(4, next);
      u.setLong(5, now);
      u.setLong(6, c.id);
      u.setString(7, owner);
      u.executeUpdate();
      return null;
    });
    String line = c.noticeId + " -> " + c.recipient.address() + ": " + message
        + (e.serverAnswer().isEmpty() ? "" : " [server: " + e.serverAnswer() + "]");
    switch (status) {
      case PENDING -> retrying.add(line + " (attempt " + attempts + " of " + maxAttempts
          + "; next try after " + java.time.Instant.ofEpochMilli(next) + ")");
      case SENT_UNKNOWN -> unknown.add(line);
      default -> failed.add(line);
    }
  }

  /** The wait before attempt n+1: base * 2^(n-1), capped, then a random half to all of it. */
  Duration delay(int attempts) {
    long base = backoff.toMillis() << Math.min(20, Math.max(0, attempts - 1));
    long capped = Math.min(base, maxBackoff.toMillis());
    long jittered = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
    return Duration.ofMillis(jittered);
  }

  /**
   * The idempotency key of a notice's content and a recipient: the SHA-256 of the notice id, the
   * content's SHA-256, the channel and the address.
   *
   * @param noticeId the notice
   * @param noticeSha256 its content's SHA-256
   * @param recipient the recipient
   * @return 64 lower-case hex digits
   */
  public static String idempotencyKey(String noticeId, String noticeSha256, Recipient recipient) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String part : List.of(noticeId, noticeSha256, recipient.channel().name(),
          recipient.address())) {
        md.update(part.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** Builds a {@link Dispatcher}. */
  public static final class Builder {
    private final CaseStore store;
    private final Recipients recipients;
    private final Map<ChannelKind, Channel> channels = new EnumMap<>(ChannelKind.class);
    private Duration lease = Duration.ofMinutes(5);
    private int maxAttempts = 8;
    private Duration backoff = Duration.ofSeconds(30);
    private Duration maxBackoff = Duration.ofHours(1);
    private String owner = "dispatcher-" + UUID.randomUUID();

    private Builder(CaseStore store, Recipients recipients) {
      this.store = Objects.requireNonNull(store, "store must not be null");
      this.recipients = Objects.requireNonNull(recipients, "recipients must not be null");
    }

    /**
     * Adds the channel for its kind of recipient (replacing one of the same kind).
     *
     * @param channel the channel
     * @return this builder
     */
    public Builder channel(Channel channel) {
      Objects.requireNonNull(channel, "channel must not be null");
      channels.put(channel.kind(), channel);
      return this;
    }

    /**
     * How long a claim holds before another dispatcher may take it over (default 5 minutes);
     * longer than any one send may take.
     *
     * @param duration the lease
     * @return this builder
     */
    public Builder lease(Duration duration) {
      this.lease = positive(duration, "duration");
      return this;
    }

    /**
     * How many times a transiently failing notice is tried before it fails (default 8).
     *
     * @param attempts at least 1
     * @return this builder
     */
    public Builder maxAttempts(int attempts) {
      if (attempts < 1) {
        throw new IllegalArgumentException("attempts must be at least 1, not " + attempts);
      }
      this.maxAttempts = attempts;
      return this;
    }

    /**
     * The first wait after a transient failure (default 30 s), doubling with each attempt up
     * to the cap (default 1 hour), with jitter.
     *
     * @param first the first wait
     * @param cap the longest wait
     * @return this builder
     */
    public Builder backoff(Duration first, Duration cap) {
      this.backoff = positive(first, "first");
      this.maxBackoff = positive(cap, "cap");
      return this;
    }

    /**
     * The name this dispatcher claims rows under (default: a random one).
     *
     * @param name the name
     * @return this builder
     */
    public Builder owner(String name) {
      Objects.requireNonNull(name, "name must not be null");
      if (name.isBlank()) {
        throw new IllegalArgumentException("name must not be blank");
      }
      this.owner = name.strip() + "-" + UUID.randomUUID();
      return this;
    }

    /**
     * The dispatcher.
     *
     * @return the dispatcher
     */
    public Dispatcher build() {
      return new Dispatcher(this);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name + " must not be null");
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, not " + d);
      }
      return d;
    }
  }
}
