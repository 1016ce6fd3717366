package dev.marque.benchmarks.cases;

import dev.marque.cases.Case;
import dev.marque.cases.CaseReport;
import dev.marque.cases.CaseState;
import dev.marque.cases.CaseStore;
import dev.marque.cases.DeadlineRule;
import dev.marque.cases.EventType;
import dev.marque.cases.NewCase;
import dev.marque.cases.NewEvent;
import dev.marque.cases.Opened;
import dev.marque.cases.Recording;
import dev.marque.core.Marketplace;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a case store with N cases of five events each through the public API and times it, then
 * times listing one state (as one list, streamed by {@code CaseStore.forEach} as {@code marque
 * case list} reads it, and in keyset pages of 10,000) and computing the report. Not a test: {@code benchmarks/cases/run.sh} runs it on SQLite
 * and PostgreSQL; by hand:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.marque.benchmarks.cases.CaseStoreLoad \
 *     --fresh /tmp/cases-1m.db 1000000
 * java -cp benchmarks/target/benchmarks.jar dev.marque.benchmarks.cases.CaseStoreLoad --fresh \
 *     'jdbc:postgresql://127.0.0.1:54329/marque_test?user=marque&amp;password=marque&amp;currentSchema=cases_bench' \
 *     1000000
 * </pre>
 *
 * <p>The load: per batch of {@value #BATCH} listings, one {@link CaseStore#openCases} (DETECTED)
 * and one {@link CaseStore#recordAll} with four events a case (DRAFTED, APPROVED, SUBMITTED, then
 * REMOVED for 70% and ACKNOWLEDGED for 30%), each event checked against its case's state; one
 * removed case in fifty draws a sixth, a counter-notice, so the report has deadlines to list. Five
 * marketplaces, one route each.
 *
 * <p>{@code --fresh} first deletes the SQLite file, or drops and re-creates the PostgreSQL schema
 * named by the URL's {@code currentSchema} (set-up, not part of the load). With 0 cases only the
 * queries are timed, on a store loaded before.
 */
public final class CaseStoreLoad {
  /** Listings per transaction of the load. */
  static final int BATCH = 5_000;
  /** Cases per page of {@link CaseStore#list(CaseState, long, int)}. */
  static final int PAGE = 10_000;
  private static final Marketplace[] MARKETS = {Marketplace.EBAY, Marketplace.AMAZON,
      Marketplace.ALIEXPRESS, Marketplace.TAOBAO, Marketplace.TEMU};
  private static final String[] ROUTES = {"ebay-vero", "amazon", "alibaba-ipp", "cn-ecommerce",
      "temu"};
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

  private CaseStoreLoad() {}

  /**
   * Runs the load and the queries.
   *
   * @param args {@code [--fresh] LOCATION [N]}: the store (a SQLite file or a PostgreSQL URL) and
   *     the number of cases to add (default 1,000,000; 0 to time only the queries)
   * @throws Exception when the store cannot be set up
   */
  public static void main(String[] args) throws Exception {
    List<String> rest = new ArrayList<>(List.of(args));
    boolean fresh = rest.remove("--fresh");
    if (rest.isEmpty()) {
      System.err.println("usage: CaseStoreLoad [--fresh] FILE|jdbc:postgresql://...  [N]");
      System.exit(2);
    }
    String location = rest.get(0);
    int n = rest.size() > 1 ? Integer.parseInt(rest.get(1).replace("_", "")) : 1_000_000;
    if (fresh) {
      wipe(location);
    }
    try (CaseStore store = CaseStore.open(location)) {
      String db = location.startsWith("jdbc:postgresql:") ? "PostgreSQL" : "SQLite";
      if (n > 0) {
        load(store, n, db);
      }
      for (int round = 1; round <= 3; round++) {
        query(store, round, db);
      }
    }
  }

  private static void load(CaseStore store, int n, String db) {
    long events = 0;
    long openNanos = 0;
    long recordNanos = 0;
    long cpu0 = MX.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    for (int from = 0; from < n; from += BATCH) {
      int to = Math.min(n, from + BATCH);
      List<NewCase> batch = new ArrayList<>(to - from);
      for (int i = from; i < to; i++) {
        int m = i % MARKETS.length;
        batch.add(NewCase.builder(MARKETS[m], "L" + i, "TRADEMARK AURELIA", ROUTES[m])
            .listingUrl("https://example.com/item/" + i).sellerId("s" + (i % 9973))
            .brand("Aurelia").detectedAt(T0).build());
      }
      long t = System.nanoTime();
      List<Opened> opened = store.openCases(batch);
      openNanos += System.nanoTime() - t;
      events += opened.size();
      List<Recording> rec = new ArrayList<>(5 * opened.size());
      for (int k = 0; k < opened.size(); k++) {
        long id = opened.get(k).theCase().id();
        int i = from + k;
        Instant sub = T0.plus(Duration.ofHours(1));
        rec.add(new Recording(id, NewEvent.of(EventType.DRAFTED, "bench").at(T0)));
        rec.add(new Recording(id, NewEvent.of(EventType.APPROVED, "bench").at(T0)));
        rec.add(new Recording(id, NewEvent.of(EventType.SUBMITTED, "bench").at(sub)));
        boolean removed = (i / MARKETS.length) % 10 < 7;
        Instant gone = sub.plus(Duration.ofMinutes(30 + (i * 7919L) % 4000));
        rec.add(new Recording(id, removed ? NewEvent.of(EventType.REMOVED, "bench").at(gone)
            : NewEvent.of(EventType.ACKNOWLEDGED, "bench").at(sub.plusSeconds(600))));
        if (removed && (i / MARKETS.length) % 50 == 3) { // 2%: a counter-notice, a deadline
          rec.add(new Recording(id, NewEvent.of(EventType.COUNTER_NOTICED, "bench")
              .at(gone.plus(Duration.ofDays(3)))));
        }
      }
      t = System.nanoTime();
      events += store.recordAll(rec);
      recordNanos += System.nanoTime() - t;
      if (to % (40 * BATCH) == 0 && to < n) {
        System.err.printf(Locale.ROOT, "  %,d cases, %,d events, %,.0f events/s%n", to, events,
            events / ((System.nanoTime() - start) / 1e9));
      }
    }
    double secs = (System.nanoTime() - start) / 1e9;
    double cpu = (MX.getCurrentThreadCpuTime() - cpu0) / 1e9;
    System.out.printf(Locale.ROOT, "%s load: %,d cases, %,d events in %.1f s = %,.0f events/s"
        + " (this thread's CPU %.1f s = %,.0f events per CPU-second%s; openCases %.1f s,"
        + " recordAll %.1f s)%n", db, n, events, secs, events / secs, cpu, events / cpu,
        db.equals("SQLite") ? ", SQLite's work included" : ", the server's not included",
        openNanos / 1e9, recordNanos / 1e9);
  }

  private static void query(CaseStore store, int round, String db) {
    long t = System.nanoTime();
    long c = MX.getCurrentThreadCpuTime();
    int all = store.list(CaseState.ACKNOWLEDGED).size();
    double listWall = (System.nanoTime() - t) / 1e9;
    double listCpu = (MX.getCurrentThreadCpuTime() - c) / 1e9;

    t = System.nanoTime();
    c = MX.getCurrentThreadCpuTime();
    int paged = 0;
    long after = 0;
    for (List<Case> page = store.list(CaseState.ACKNOWLEDGED, after, PAGE); !page.isEmpty();
        page = store.list(CaseState.ACKNOWLEDGED, after, PAGE)) {
      paged += page.size();
      after = page.get(page.size() - 1).id();
    }
    double pagedWall = (System.nanoTime() - t) / 1e9;
    double pagedCpu = (MX.getCurrentThreadCpuTime() - c) / 1e9;

    t = System.nanoTime();
    c = MX.getCurrentThreadCpuTime();
    CaseReport r = CaseReport.of(store, DeadlineRule.standard());
    double reportWall = (System.nanoTime() - t) / 1e9;
    double reportCpu = (MX.getCurrentThreadCpuTime() - c) / 1e9;

    System.out.printf(Locale.ROOT, "%s round %d: list by state (%,d ACKNOWLEDGED) %.2f s"
        + " [%.2f s CPU]; in pages of %,d (%,d) %.2f s [%.2f s CPU]; report (%d groups, median"
        + " %.1f h, p90 %.1f h, %,d open deadlines) %.2f s [%.2f s CPU]%n", db, round, all,
        listWall, listCpu, PAGE, paged, pagedWall, pagedCpu, r.groups().size(),
        r.groups().isEmpty() ? 0.0 : r.groups().get(0).medianHours().orElse(0.0),
        r.groups().isEmpty() ? 0.0 : r.groups().get(0).p90Hours().orElse(0.0),
        r.openDeadlines().size(), reportWall, reportCpu);
  }

  /** Deletes a SQLite store, or drops and re-creates a PostgreSQL URL's {@code currentSchema}. */
  private static void wipe(String location) throws IOException, SQLException {
    if (location.startsWith("jdbc:postgresql:")) {
      Matcher m = Pattern.compile("[?&]currentSchema=([A-Za-z_][A-Za-z0-9_]*)").matcher(location);
      if (!m.find()) {
        throw new IllegalArgumentException("--fresh on PostgreSQL needs a URL with"
            + " currentSchema=NAME (the schema it drops and re-creates)");
      }
      // a search path naming a schema that does not exist yet is no obstacle to connecting
      try (Connection c = DriverManager.getConnection(location);
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + m.group(1) + " CASCADE");
        s.execute("CREATE SCHEMA " + m.group(1));
      }
      return;
    }
    String file = location.startsWith("jdbc:sqlite:") ? location.substring(12) : location;
    for (String suffix : new String[] {"", "-wal", "-shm"}) {
      Files.deleteIfExists(Path.of(file + suffix));
    }
  }
}
