package dev.marque.cases;

import static dev.marque.cases.internal.Checks.notBlank;
import static dev.marque.cases.internal.Checks.notNull;

import dev.marque.cases.internal.Database;
import dev.marque.cases.internal.Dialect;
import dev.marque.cases.internal.Migrator;
import dev.marque.cases.internal.StoreAccess;
import dev.marque.cases.internal.Tx;
import dev.marque.core.Marketplace;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The durable record of enforcement cases: a case per reported listing and right, each with an
 * append-only log of events from which its {@link CaseState} follows. Kept in SQLite (a file, the
 * default) or PostgreSQL (a {@code jdbc:postgresql:} URL or a caller's {@link DataSource}); the
 * schema is created and migrated when the store opens.
 *
 * <pre>{@code
 * try (CaseStore store = CaseStore.open("marque.db")) {
 *   Opened o = store.openCase(NewCase.builder(Marketplace.EBAY, "2561234567890",
 *       "TRADEMARK AURELIA (EUIPO 018123456)", "ebay-vero").build());
 *   store.record(o.theCase().id(), NewEvent.of(EventType.DRAFTED, "alice"));
 *   store.list(CaseState.DRAFTED);
 * }
 * }</pre>
 *
 * <p>Thread-safe. Every change is one transaction: an event is recorded together with the case's
 * new state, and approving a case writes its outbox row in the same transaction.
 */
public final class CaseStore implements AutoCloseable {
  static final String CASE_COLUMNS = "id, marketplace, listing_id, listing_url, seller_id, brand,"
      + " right_ref, route, notice_id, notice_sha256, state, opened_at, updated_at, event_count";

  static {
    StoreAccess.set(new StoreAccess() {
      @Override
      public Database database(CaseStore store) {
        return store.db;
      }

      @Override
      public void record(CaseStore store, Tx tx, long caseId, NewEvent event)
          throws SQLException {
        store.recordIn(tx, caseId, event);
      }
    });
  }

  private final Database db;
  private final Clock clock;

  private CaseStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
    Migrator.migrate(db, clock);
  }

  /**
   * Opens the store at a location with the system clock.
   *
   * @param location a file path or {@code jdbc:sqlite:FILE} for SQLite (created when absent), or
   *     a {@code jdbc:postgresql://host/db?user=...} URL
   * @return the store, migrated to this marque's schema
   * @throws SchemaException when the location holds a foreign, corrupt or newer database
   * @throws CaseStoreException when the database cannot be reached
   */
  public static CaseStore open(String location) {
    return open(location, Clock.systemUTC());
  }

  /**
   * Opens the store at a location.
   *
   * @param location as for {@link #open(String)}
   * @param clock the clock that stamps events recorded without a time
   * @return the store, migrated to this marque's schema
   * @throws SchemaException when the location holds a foreign, corrupt or newer database
   * @throws CaseStoreException when the database cannot be reached
   */
  public static CaseStore open(String location, Clock clock) {
    notNull(clock, "clock");
    Database db = Database.open(location);
    try {
      return new CaseStore(db, clock);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /**
   * Opens the store in a caller's data source (SQLite or PostgreSQL), asking it for a connection
   * per transaction.
   *
   * @param dataSource the data source
   * @param clock the clock that stamps events recorded without a time
   * @return the store, migrated to this marque's schema
   * @throws SchemaException when the database is foreign or newer
   * @throws CaseStoreException when the database cannot be reached
   */
  public static CaseStore open(DataSource dataSource, Clock clock) {
    notNull(clock, "clock");
    return new CaseStore(Database.of(dataSource), clock);
  }

  /**
   * Where the store is, for messages (passwords removed).
   *
   * @return a file path or a JDBC URL
   */
  public String location() {
    return db.description();
  }

  /**
   * The clock that stamps events.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * The schema version of the store.
   *
   * @return the version number of the newest applied migration
   */
  public int schemaVersion() {
    return db.read(tx -> {
      try (ResultSet rs = tx.prepare("SELECT MAX(version) FROM schema_version").executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    });
  }

  /**
   * Opens the case of a listing under a right, or returns the one that exists. A new case starts
   * with DETECTED, then DRAFTED when a notice comes with it.
   *
   * @param newCase the case
   * @return the case and whether it was created now
   */
  public Opened openCase(NewCase newCase) {
    notNull(newCase, "newCase");
    return db.transaction(tx -> openAll(tx, List.of(newCase)).get(0));
  }

  /**
   * Opens many cases in one transaction, as {@link #openCase(NewCase)} does each: a listing and
   * right that has a case already, or comes twice in the list, gets the one case. Looked up and
   * written a few hundred cases per statement, so a large import makes few round trips to the
   * database.
   *
   * @param newCases the cases
   * @return for each, in order, the case and whether it was created now
   */
  public List<Opened> openCases(List<NewCase> newCases) {
    List<NewCase> copy = List.copyOf(notNull(newCases, "newCases"));
    if (copy.isEmpty()) {
      return List.of();
    }
    return db.transaction(tx -> openAll(tx, copy));
  }

  /** What makes a case unique: a listing on a marketplace under a right. */
  private record Key(String marketplace, String listingId, String right) {
    static Key of(NewCase n) {
      return new Key(n.marketplace().name(), n.listingId(), n.right());
    }

    static Key of(Case c) {
      return new Key(c.marketplace().name(), c.listingId(), c.right());
    }
  }

  /** How many cases one look-up or insert names (3 and 14 parameters a case). */
  private static final int CASES_PER_STATEMENT = 500;

  /**
   * Opens cases: finds those that exist, then writes the new ones (the first of each key) and
   * their first events, a few hundred rows per statement.
   */
  private List<Opened> openAll(Tx tx, List<NewCase> cases) throws SQLException {
    Map<Key, Case> known = findByKeys(tx, cases.stream().map(Key::of).distinct().toList());
    long now = clock.millis();
    Map<Key, NewCase> fresh = new LinkedHashMap<>();
    for (NewCase n : cases) {
      Key k = Key.of(n);
      if (!known.containsKey(k)) {
        fresh.putIfAbsent(k, n);
      }
    }
    Map<String, StoredNotice> notices = new LinkedHashMap<>();
    for (NewCase n : fresh.values()) {
      n.notice().ifPresent(notice -> notices.putIfAbsent(notice.id() + '\n' + notice.sha256(),
          notice));
    }
    for (StoredNotice notice : notices.values()) {
      storeNotice(tx, notice, notice.sha256(), now);
    }
    List<NewCase> toInsert = new ArrayList<>(fresh.values());
    Map<Key, Case> created = new HashMap<>();
    PreparedStatement events = insertEvent(tx);
    for (int from = 0; from < toInsert.size(); from += CASES_PER_STATEMENT) {
      List<NewCase> chunk = toInsert.subList(from, Math.min(toInsert.size(),
          from + CASES_PER_STATEMENT));
      insertCases(tx, chunk, now, created);
      for (NewCase n : chunk) {
        Case c = created.get(Key.of(n));
        List<NewEvent> first = firstEvents(n);
        for (int i = 0; i < first.size(); i++) {
          bindEvent(events, c.id(), i + 1, first.get(i), now);
          events.addBatch();
        }
      }
      events.executeBatch();
    }
    List<Opened> result = new ArrayList<>(cases.size());
    Map<Key, Boolean> reported = new HashMap<>();
    for (NewCase n : cases) {
      Key k = Key.of(n);
      Case c = known.get(k);
      if (c != null) {
        result.add(new Opened(c, false));
      } else {
        // the first mention of a new listing and right created it; a repeat finds it
        result.add(new Opened(created.get(k), reported.put(k, Boolean.TRUE) == null));
      }
    }
    return result;
  }

  /** A new case's first events: DETECTED, then DRAFTED when a notice comes with it. */
  private static List<NewEvent> firstEvents(NewCase n) {
    NewEvent detected = new NewEvent(EventType.DETECTED, n.detectedAt(), n.actor(), n.note(),
        List.of());
    if (n.notice().isEmpty()) {
      return List.of(detected);
    }
    return List.of(detected, new NewEvent(EventType.DRAFTED, Optional.empty(), n.actor(),
        Optional.of("notice " + n.notice().get().id()), List.of()));
  }

  /**
   * Inserts new cases with the state their first events give them, in one statement, and puts
   * each, with the number the database gave it, in {@code created} under its key.
   */
  private static void insertCases(Tx tx, List<NewCase> chunk, long now, Map<Key, Case> created)
      throws SQLException {
    PreparedStatement ps = tx.prepare("INSERT INTO cases (marketplace, listing_id, listing_url,"
        + " seller_id, brand, right_ref, route, notice_id, notice_sha256, state, opened_at,"
        + " updated_at, event_count, state_at) VALUES "
        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), ".repeat(chunk.size() - 1)
        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id, marketplace, listing_id,"
        + " right_ref");
    Map<Key, NewCase> byKey = new HashMap<>();
    Map<Key, CaseState> states = new HashMap<>();
    Map<Key, Optional<String>> shas = new HashMap<>();
    int p = 1;
    for (NewCase n : chunk) {
      List<NewEvent> first = firstEvents(n);
      Optional<CaseState> state = Optional.empty();
      for (NewEvent e : first) {
        state = Optional.of(CaseState.after(state, e.type()));
      }
      Key k = Key.of(n);
      byKey.put(k, n);
      states.put(k, state.orElseThrow());
      Optional<String> sha = n.notice().map(StoredNotice::sha256);
      shas.put(k, sha);
      ps.setString(p++, n.marketplace().name());
      ps.setString(p++, n.listingId());
      setOptional(ps, p++, n.listingUrl());
      setOptional(ps, p++, n.sellerId());
      setOptional(ps, p++, n.brand());
      ps.setString(p++, n.right());
      ps.setString(p++, n.route());
      setOptional(ps, p++, n.notice().map(StoredNotice::id));
      setOptional(ps, p++, sha);
      ps.setString(p++, state.get().name());
      ps.setLong(p++, now);
      ps.setLong(p++, now);
      ps.setInt(p++, first.size());
      ps.setLong(p++, first.get(first.size() - 1).at().map(Instant::toEpochMilli).orElse(now));
    }
    Instant opened = Instant.ofEpochMilli(now);
    // RETURNING promises no order: each row is matched to its case by its key
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Key k = new Key(rs.getString(2), rs.getString(3), rs.getString(4));
        NewCase n = byKey.get(k);
        created.put(k, new Case(rs.getLong(1), n.marketplace(), n.listingId(), n.listingUrl(),
            n.sellerId(), n.brand(), n.right(), n.route(), n.notice().map(StoredNotice::id),
            shas.get(k), states.get(k), opened, opened,
            firstEvents(n).size()));
      }
    }
    for (Key k : byKey.keySet()) {
      if (!created.containsKey(k)) {
        throw new CaseStoreException("the case store did not return the number of the new case"
            + " of " + k.marketplace() + " listing " + k.listingId());
      }
    }
  }

  /** The cases that exist under these keys, a few hundred keys per query. */
  private static Map<Key, Case> findByKeys(Tx tx, List<Key> keys) throws SQLException {
    Map<Key, Case> found = new HashMap<>();
    for (int from = 0; from < keys.size(); from += CASES_PER_STATEMENT) {
      List<Key> chunk = keys.subList(from, Math.min(keys.size(), from + CASES_PER_STATEMENT));
      // the keys as a table of values, each one step into the unique index. PostgreSQL would
      // rather hash-join a mid-sized table read whole (once per chunk: quadratic); a LATERAL
      // subquery with LIMIT 1 keeps it to the index. SQLite's planner takes the index anyway.
      String values = "(VALUES " + "(?, ?, ?), ".repeat(chunk.size() - 1) + "(?, ?, ?)) AS k";
      String match = "c.marketplace = k.column1 AND c.listing_id = k.column2"
          + " AND c.right_ref = k.column3";
      PreparedStatement ps = tx.prepareReplanned(tx.dialect() == Dialect.POSTGRESQL
          ? "SELECT c.* FROM " + values + " CROSS JOIN LATERAL (SELECT " + CASE_COLUMNS
              + " FROM cases c WHERE " + match + " LIMIT 1) c"
          : "SELECT " + CASE_COLUMNS.replaceAll("(^|, )", "$1c.") + " FROM " + values
              + " JOIN cases c ON " + match);
      int p = 1;
      for (Key k : chunk) {
        ps.setString(p++, k.marketplace());
        ps.setString(p++, k.listingId());
        ps.setString(p++, k.right());
      }
      for (Case c : readCases(tx, ps)) {
        found.put(Key.of(c), c);
      }
    }
    return found;
  }

  private static void storeNotice(Tx tx, StoredNotice notice, String sha, long now)
      throws SQLException {
    PreparedStatement ps = tx.prepare("INSERT INTO notices (notice_id, route, marketplace, sha256,"
        + " subject, body, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
        + " ON CONFLICT (notice_id, sha256) DO NOTHING");
    ps.setString(1, notice.id());
    ps.setString(2, notice.route());
    ps.setString(3, notice.marketplace().name());
    ps.setString(4, sha);
    ps.setString(5, notice.subject());
    ps.setString(6, notice.body());
    ps.setLong(7, now);
    ps.executeUpdate();
  }

  /**
   * Records an event on a case, if the case's state allows it.
   *
   * @param caseId the case
   * @param event the event
   * @return the case after the event
   * @throws IllegalTransitionException when the event cannot follow the case's state
   * @throws CaseStoreException when there is no such case
   */
  public Case record(long caseId, NewEvent event) {
    notNull(event, "event");
    return db.transaction(tx -> recordIn(tx, caseId, event));
  }

  /**
   * Records many events in one transaction: all or none.
   *
   * @param recordings the events, each with its case, in order
   * @return how many events were recorded
   * @throws IllegalTransitionException at the first event its case does not allow (none recorded)
   */
  public int recordAll(List<Recording> recordings) {
    List<Recording> copy = List.copyOf(notNull(recordings, "recordings"));
    return db.transaction(tx -> {
      appendAll(tx, copy);
      return copy.size();
    });
  }

  Case recordIn(Tx tx, long caseId, NewEvent event) throws SQLException {
    appendAll(tx, List.of(new Recording(caseId, event)));
    return find(tx, caseId).orElseThrow();
  }

  /** Where a case stands while a batch of its events is checked and written. */
  private static final class Head {
    CaseState state;
    int count;
    long stateAt;
    final Long[] milestones = new Long[MILESTONES.length];

    Head(CaseState state, int count) {
      this.state = state;
      this.count = count;
    }
  }

  /** The events whose first time a case keeps in a column of its own, for the reports. */
  private static final EventType[] MILESTONES = {EventType.SUBMITTED, EventType.REMOVED,
      EventType.COUNTER_NOTICED, EventType.RELISTED};

  /** How many case ids one query reads; well under every dialect's limit on parameters. */
  private static final int IDS_PER_QUERY = 500;

  /**
   * Checks and writes events in order: the states of their cases are read once (locked on
   * PostgreSQL, in id order so two writers cannot deadlock), each event is checked against its
   * case's state as the earlier events of the batch left it, then the events and the cases' new
   * states are written in two batches.
   */
  private void appendAll(Tx tx, List<Recording> recordings) throws SQLException {
    Map<Long, Head> heads = readHeads(tx, recordings);
    long now = clock.millis();
    PreparedStatement ins = insertEvent(tx);
    for (Recording r : recordings) {
      Head h = heads.get(r.caseId());
      if (h == null) {
        throw new CaseStoreException("there is no case " + r.caseId() + " in "
            + db.description());
      }
      NewEvent event = r.event();
      try {
        h.state = CaseState.after(Optional.of(h.state), event.type());
      } catch (IllegalTransitionException e) {
        throw new IllegalTransitionException("case " + r.caseId() + ": " + e.getMessage());
      }
      h.count++;
      long at = event.at().map(Instant::toEpochMilli).orElse(now);
      h.stateAt = at;
      for (int i = 0; i < MILESTONES.length; i++) {
        if (event.type() == MILESTONES[i] && h.milestones[i] == null) {
          h.milestones[i] = at;
        }
      }
      bindEvent(ins, r.caseId(), h.count, event, now);
      ins.addBatch();
    }
    ins.executeBatch();
    PreparedStatement up = tx.prepare("UPDATE cases SET state = ?, updated_at = ?,"
        + " event_count = ?, submitted_at = COALESCE(submitted_at, ?), removed_at ="
        + " COALESCE(removed_at, ?), countered_at = COALESCE(countered_at, ?), relisted_at ="
        + " COALESCE(relisted_at, ?), state_at = ? WHERE id = ?");
    for (Map.Entry<Long, Head> e : heads.entrySet()) {
      Head h = e.getValue();
      up.setString(1, h.state.name());
      up.setLong(2, now);
      up.setInt(3, h.count);
      for (int i = 0; i < MILESTONES.length; i++) {
        if (h.milestones[i] != null) {
          up.setLong(4 + i, h.milestones[i]);
        } else {
          up.setNull(4 + i, Types.BIGINT);
        }
      }
      up.setLong(8, h.stateAt);
      up.setLong(9, e.getKey());
      up.addBatch();
    }
    up.executeBatch();
  }

  private Map<Long, Head> readHeads(Tx tx, List<Recording> recordings) throws SQLException {
    long[] ids = recordings.stream().mapToLong(Recording::caseId).sorted().distinct().toArray();
    Map<Long, Head> heads = new TreeMap<>();
    for (int from = 0; from < ids.length; from += IDS_PER_QUERY) {
      int n = Math.min(IDS_PER_QUERY, ids.length - from);
      PreparedStatement ps = tx.prepare("SELECT id, state, event_count FROM cases WHERE id IN ("
          + "?, ".repeat(n - 1) + "?) ORDER BY id"
          + (tx.dialect() == Dialect.POSTGRESQL ? " FOR UPDATE" : ""));
      for (int i = 0; i < n; i++) {
        ps.setLong(i + 1, ids[from + i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          heads.put(rs.getLong(1), new Head(CaseState.valueOf(rs.getString(2)), rs.getInt(3)));
        }
      }
    }
    return heads;
  }

  private static PreparedStatement insertEvent(Tx tx) throws SQLException {
    return tx.prepare("INSERT INTO case_events (case_id, seq, type, at, actor, note, evidence,"
        + " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  }

  private static void bindEvent(PreparedStatement ins, long caseId, int seq, NewEvent event,
      long now) throws SQLException {
    ins.setLong(1, caseId);
    ins.setInt(2, seq);
    ins.setString(3, event.type().name());
    ins.setLong(4, event.at().map(Instant::toEpochMilli).orElse(now));
    ins.setString(5, event.actor());
    setOptional(ins, 6, event.note());
    ins.setString(7, String.join(",", event.evidence()));
    ins.setLong(8, now);
  }

  /**
   * Approves cases for sending: records APPROVED on each and puts its notice in the outbox, in
   * one transaction with the events. A notice that names several approved cases is sent once.
   *
   * @param caseIds the cases, each DRAFTED (or APPROVED already, which is left alone)
   * @param actor who approves
   * @return the cases after approval
   * @throws IllegalTransitionException when a case cannot be approved (nothing is approved)
   */
  public List<Case> approve(Collection<Long> caseIds, String actor) {
    List<Long> ids = List.copyOf(notNull(caseIds, "caseIds"));
    String who = notBlank(actor, "actor");
    return db.transaction(tx -> {
      List<Case> result = new ArrayList<>();
      for (long id : ids) {
        Case c = find(tx, id).orElseThrow(() -> new CaseStoreException("there is no case " + id
            + " in " + db.description()));
        if (c.state() == CaseState.APPROVED) {
          result.add(c);
          continue;
        }
        if (c.noticeId().isEmpty()) {
          throw new IllegalTransitionException("case " + id + " has no drafted notice to approve;"
              + " open it from marque draft's index");
        }
        Case after = recordIn(tx, id, NewEvent.of(EventType.APPROVED, who));
        long now = clock.millis();
        PreparedStatement ps = tx.prepare("INSERT INTO outbox (notice_id, notice_sha256, status,"
            + " attempts, next_attempt_at, created_at, updated_at) VALUES (?, ?, 'PENDING', 0, ?,"
            + " ?, ?) ON CONFLICT (notice_id, notice_sha256) DO NOTHING");
        ps.setString(1, c.noticeId().get());
        ps.setString(2, c.noticeSha256().orElseThrow());
        ps.setLong(3, now);
        ps.setLong(4, now);
        ps.setLong(5, now);
        ps.executeUpdate();
        result.add(after);
      }
      return result;
    });
  }

  /**
   * A case by its number.
   *
   * @param caseId the case
   * @return the case, or empty when there is none
   */
  public Optional<Case> find(long caseId) {
    return db.read(tx -> find(tx, caseId));
  }

  /**
   * The case of a listing under a right.
   *
   * @param marketplace where the listing is
   * @param listingId its id
   * @param right the right
   * @return the case, or empty when none was opened
   */
  public Optional<Case> find(Marketplace marketplace, String listingId, String right) {
    notNull(marketplace, "marketplace");
    notBlank(listingId, "listingId");
    notBlank(right, "right");
    return db.read(tx -> findByKey(tx, marketplace, listingId.strip(), right.strip()));
  }

  /**
   * A case's events in the order they were recorded.
   *
   * @param caseId the case
   * @return its events; empty when there is no such case
   */
  public List<CaseEvent> events(long caseId) {
    return db.read(tx -> {
      PreparedStatement ps = tx.prepare("SELECT case_id, seq, type, at, actor, note, evidence,"
          + " recorded_at FROM case_events WHERE case_id = ? ORDER BY seq");
      ps.setLong(1, caseId);
      List<CaseEvent> result = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String ev = rs.getString(7);
          result.add(new CaseEvent(rs.getLong(1), rs.getInt(2), EventType.valueOf(rs.getString(3)),
              Instant.ofEpochMilli(rs.getLong(4)), rs.getString(5),
              Optional.ofNullable(rs.getString(6)),
              ev == null || ev.isEmpty() ? List.of() : Arrays.asList(ev.split(",")),
              Instant.ofEpochMilli(rs.getLong(8))));
        }
      }
      return result;
    });
  }

  /**
   * Every case in a state, oldest first. For a large store, {@link #forEach(CaseState, Consumer)}
   * hands over each case as it is read instead of holding them all.
   *
   * @param state the state
   * @return the cases
   */
  public List<Case> list(CaseState state) {
    List<Case> result = new ArrayList<>();
    forEach(state, result::add);
    return result;
  }

  /**
   * Every case, oldest first.
   *
   * @return the cases
   */
  public List<Case> list() {
    List<Case> result = new ArrayList<>();
    forEach(result::add);
    return result;
  }

  /**
   * Hands every case in a state, oldest first, to an action as its row is read: a store of a
   * million cases is walked in constant memory and the first case arrives at once. One query in
   * one read transaction, so the cases are those of one moment; on SQLite it takes no write lock
   * (writers in other connections and processes go on), on PostgreSQL the rows come
   * {@value #FETCH_ROWS} at a time.
   *
   * <pre>{@code
   * try (Writer out = Files.newBufferedWriter(Path.of("submitted.tsv"))) {
   *   store.forEach(CaseState.SUBMITTED, c -> write(out, c.id() + "\t" + c.listingId()));
   * }
   * }</pre>
   *
   * <p>Other calls on this store wait until it returns. The action must not call the store
   * (that is refused with an {@link IllegalStateException}); an exception it throws ends the
   * walk and reaches the caller.
   *
   * @param state the state
   * @param action what to do with each case
   * @return how many cases were handed over
   */
  public long forEach(CaseState state, Consumer<? super Case> action) {
    notNull(state, "state");
    notNull(action, "action");
    return db.read(tx -> {
      PreparedStatement ps = tx.prepare("SELECT " + CASE_COLUMNS + " FROM cases WHERE state = ?"
          + " ORDER BY id");
      ps.setString(1, state.name());
      return stream(tx, ps, action);
    });
  }

  /**
   * Hands every case, oldest first, to an action as its row is read, as
   * {@link #forEach(CaseState, Consumer)} does for one state.
   *
   * @param action what to do with each case
   * @return how many cases were handed over
   */
  public long forEach(Consumer<? super Case> action) {
    notNull(action, "action");
    return db.read(tx -> stream(tx, tx.prepare("SELECT " + CASE_COLUMNS
        + " FROM cases ORDER BY id"), action));
  }

  /** Rows a streaming read fetches from PostgreSQL at a time. */
  static final int FETCH_ROWS = 2_000;

  private static long stream(Tx tx, PreparedStatement ps, Consumer<? super Case> action)
      throws SQLException {
    CaseReader reader = CaseReader.of(tx);
    ps.setFetchSize(FETCH_ROWS);
    long n = 0;
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        action.accept(reader.read(rs));
        n++;
      }
    }
    return n;
  }

  /**
   * A page of the cases in a state, in id order, for callers that walk a large store without
   * holding it all in memory: pass the last id of one page as {@code afterId} of the next.
   *
   * <pre>{@code
   * for (List<Case> page = store.list(CaseState.SUBMITTED, 0, 10_000); !page.isEmpty();
   *     page = store.list(CaseState.SUBMITTED, page.get(page.size() - 1).id(), 10_000)) { ... }
   * }</pre>
   *
   * @param state the state
   * @param afterId only cases with a greater id (0 for the first page)
   * @param limit the most cases to return, at least 1
   * @return the cases, at most {@code limit}; empty after the last page
   */
  public List<Case> list(CaseState state, long afterId, int limit) {
    notNull(state, "state");
    checkLimit(limit);
    return db.read(tx -> {
      PreparedStatement ps = tx.prepare("SELECT " + CASE_COLUMNS + " FROM cases WHERE state = ?"
          + " AND id > ? ORDER BY id LIMIT ?");
      ps.setString(1, state.name());
      ps.setLong(2, afterId);
      ps.setInt(3, limit);
      return readCases(tx, ps);
    });
  }

  /**
   * A page of all cases in id order, as {@link #list(CaseState, long, int)} pages one state.
   *
   * @param afterId only cases with a greater id (0 for the first page)
   * @param limit the most cases to return, at least 1
   * @return the cases, at most {@code limit}; empty after the last page
   */
  public List<Case> list(long afterId, int limit) {
    checkLimit(limit);
    return db.read(tx -> {
      PreparedStatement ps = tx.prepare("SELECT " + CASE_COLUMNS + " FROM cases WHERE id > ?"
          + " ORDER BY id LIMIT ?");
      ps.setLong(1, afterId);
      ps.setInt(2, limit);
      return readCases(tx, ps);
    });
  }

  private static void checkLimit(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, not " + limit);
    }
  }

  /**
   * How many cases are in each state.
   *
   * @return the count per state, every state present
   */
  public Map<CaseState, Long> counts() {
    return db.read(tx -> {
      Map<CaseState, Long> result = new EnumMap<>(CaseState.class);
      for (CaseState s : CaseState.values()) {
        result.put(s, 0L);
      }
      try (ResultSet rs = tx.prepare("SELECT state, COUNT(*) FROM cases GROUP BY state")
          .executeQuery()) {
        while (rs.next()) {
          result.put(CaseState.valueOf(rs.getString(1)), rs.getLong(2));
        }
      }
      return result;
    });
  }

  private Optional<Case> find(Tx tx, long id) throws SQLException {
    PreparedStatement ps = tx.prepare("SELECT " + CASE_COLUMNS + " FROM cases WHERE id = ?");
    ps.setLong(1, id);
    List<Case> found = readCases(tx, ps);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  private static Optional<Case> findByKey(Tx tx, Marketplace marketplace, String listingId,
      String right) throws SQLException {
    PreparedStatement ps = tx.prepare("SELECT " + CASE_COLUMNS + " FROM cases WHERE marketplace"
        + " = ? AND listing_id = ? AND right_ref = ?");
    ps.setString(1, marketplace.name());
    ps.setString(2, listingId);
    ps.setString(3, right);
    List<Case> found = readCases(tx, ps);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  static List<Case> readCases(Tx tx, PreparedStatement ps) throws SQLException {
    CaseReader reader = CaseReader.of(tx);
    List<Case> result = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        result.add(reader.read(rs));
      }
    }
    return result;
  }

  private static void setOptional(PreparedStatement ps, int i, Optional<String> value)
      throws SQLException {
    if (value.isPresent()) {
      ps.setString(i, value.get());
    } else {
      ps.setNull(i, Types.VARCHAR);
    }
  }

  /** Closes the store's connection (a caller's data source is left open). */
  @Override
  public void close() {
    db.close();
  }
}
