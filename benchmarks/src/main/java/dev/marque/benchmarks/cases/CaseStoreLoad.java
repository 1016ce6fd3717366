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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Loads a case store with N cases of five events each (one in fifty removed ones draws a sixth,
 * a counter-notice, so the report has deadlines to list) and times it, then times listing by state
 * and computing the report. Not a test: run it by hand, on SQLite and PostgreSQL.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.marque.benchmarks.cases.CaseStoreLoad \
 *     /tmp/cases-bench.db 1000000
 * psql ... -c 'CREATE SCHEMA cases_bench'    # a schema of its own on a shared server
 * java -cp benchmarks/target/benchmarks.jar dev.marque.benchmarks.cases.CaseStoreLoad \
 *     'jdbc:postgresql://127.0.0.1:54329/marque_test?user=marque&amp;password=marque&amp;currentSchema=cases_bench' \
 *     1000000
 * </pre>
 *
 * <p>With 0 cases it only times the queries, on a store loaded before (by this class, or in bulk
 * by SQL with the same rows).
 *
 * <p>Events go in batches of {@code BATCH} per transaction ({@link CaseStore#openCases} and
 * {@link CaseStore#recordAll}), as an importer or a dispatcher writes them; each event is still
 * checked against its case's state.
 */
public final class CaseStoreLoad {
  private static final int BATCH = 5_000;
  private static final Marketplace[] MARKETS = {Marketplace.EBAY, Marketplace.AMAZON,
      Marketplace.ALIEXPRESS, Marketplace.TAOBAO, Marketplace.TEMU};
  private static final String[] ROUTES = {"ebay-vero", "amazon", "alibaba-ipp", "cn-ecommerce",
      "temu"};

  private CaseStoreLoad() {}

  /**
   * Runs the load.
   *
   * @param args the store location and the number of cases to add (default 1,000,000; 0 to
   *     time only the queries on a store loaded before)
   */
  public static void main(String[] args) {
    String location = args[0];
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    Instant t0 = Instant.parse("2026-01-05T09:00:00Z");
    try (CaseStore store = CaseStore.open(location)) {
      long events = 0;
      java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory
          .getThreadMXBean();
      long cpu0 = mx.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      for (int from = 0; from < n; from += BATCH) {
        int to = Math.min(n, from + BATCH);
        List<NewCase> batch = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
          int m = i % MARKETS.length;
          batch.add(NewCase.builder(MARKETS[m], "L" + i, "TRADEMARK AURELIA", ROUTES[m])
              .listingUrl("https://example.com/item/" + i).sellerId("s" + (i % 9973))
              .brand("Aurelia").detectedAt(t0).build());
        }
        List<Opened> opened = store.openCases(batch);
        events += opened.size();
        List<Recording> rec = new ArrayList<>(4 * opened.size());
        for (int k = 0; k < opened.size(); k++) {
          long id = opened.get(k).theCase().id();
          int i = from + k;
          Instant sub = t0.plus(Duration.ofHours(1));
          rec.add(new Recording(id, NewEvent.of(EventType.DRAFTED, "bench").at(t0)));
          rec.add(new Recording(id, NewEvent.of(EventType.APPROVED, "bench").at(t0)));
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
        events += store.recordAll(rec);
        if ((to / BATCH) % 40 == 0) {
          System.err.printf(Locale.ROOT, "%,d cases, %,d events, %,.0f events/s%n", to, events,
              events / ((System.nanoTime() - start) / 1e9));
        }
      }
      double secs = (System.nanoTime() - start) / 1e9;
      double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
      System.out.printf(Locale.ROOT, "load: %,d cases, %,d events in %.1f s = %,.0f events/s"
          + " wall; %.1f s of this thread's CPU = %,.0f events per CPU-second (%s)%n", n, events,
          secs, events / secs, cpu, events / cpu, store.location());

      for (int round = 1; round <= 3; round++) {
        long t = System.nanoTime();
        long c = mx.getCurrentThreadCpuTime();
        int ack = store.list(CaseState.ACKNOWLEDGED).size();
        double listAck = (System.nanoTime() - t) / 1e9;
        double listCpu = (mx.getCurrentThreadCpuTime() - c) / 1e9;
        t = System.nanoTime();
        c = mx.getCurrentThreadCpuTime();
        int paged = 0;
        long after = 0;
        for (List<Case> page = store.list(CaseState.ACKNOWLEDGED, after, 10_000);
            !page.isEmpty(); page = store.list(CaseState.ACKNOWLEDGED, after, 10_000)) {
          paged += page.size();
          after = page.get(page.size() - 1).id();
        }
        double pagedWall = (System.nanoTime() - t) / 1e9;
        double pagedCpu = (mx.getCurrentThreadCpuTime() - c) / 1e9;
        t = System.nanoTime();
        long removed = store.counts().get(CaseState.REMOVED);
        double count = (System.nanoTime() - t) / 1e9;
        t = System.nanoTime();
        c = mx.getCurrentThreadCpuTime();
        CaseReport r = CaseReport.of(store, DeadlineRule.standard());
        double report = (System.nanoTime() - t) / 1e9;
        double reportCpu = (mx.getCurrentThreadCpuTime() - c) / 1e9;
        System.out.printf(Locale.ROOT, "round %d: list(ACKNOWLEDGED) (%,d cases) %.2f s wall,"
            + " %.2f s CPU; paged by 10,000 (%,d) %.2f s wall, %.2f s CPU; counts per state"
            + " (%,d removed) %.2f s; report (%d groups, median %.1f h, p90 %.1f h, %,d open"
            + " deadlines) %.2f s wall, %.2f s CPU%n", round, ack, listAck, listCpu, paged,
            pagedWall, pagedCpu, removed, count, r.groups().size(),
            r.groups().get(0).medianHours().orElse(0.0), r.groups().get(0).p90Hours().orElse(0.0),
            r.openDeadlines().size(), report, reportCpu);
      }
    }
  }
}
