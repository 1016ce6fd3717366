package dev.marque.cases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.capture.evidence.EvidenceStore;
import dev.marque.capture.fetch.FetchConfig;
import dev.marque.capture.fetch.Fetcher;
import dev.marque.cases.TestDatabases.Kind;
import dev.marque.core.Marketplace;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Deadlines, re-checks and results: what happens after a notice is sent. */
class FollowUpTest {
  // a Monday
  static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

  @TempDir
  Path dir;

  MutableClock clock = new MutableClock(MONDAY);

  static Kind[] kinds() {
    return Kind.values();
  }

  static long submitted(CaseStore store, Marketplace m, String id, String route, String url) {
    NewCase.Builder b = NewCase.builder(m, id, "TRADEMARK AURELIA", route)
        .notice(new StoredNotice("n-" + id, route, m, "Notice " + id, "Remove " + id));
    if (url != null) {
      b.listingUrl(url);
    }
    long c = store.openCase(b.build()).theCase().id();
    store.approve(List.of(c), "alice");
    store.record(c, NewEvent.of(EventType.SUBMITTED, "marque"));
    return c;
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void a_counter_notice_opens_the_window_its_route_sets(Kind kind) throws Exception {
    try (CaseStore store = CaseStore.open(kind.fresh(dir), clock)) {
      long dmca = submitted(store, Marketplace.AMAZON, "B01", "dmca", null);
      long cn = submitted(store, Marketplace.TAOBAO, "T01", "cn-ecommerce", null);
      long vero = submitted(store, Marketplace.EBAY, "E01", "ebay-vero", null);
      for (long c : List.of(dmca, cn, vero)) {
        store.record(c, NewEvent.of(EventType.REMOVED, "marque"));
        store.record(c, NewEvent.of(EventType.COUNTER_NOTICED, "alice").at(MONDAY));
      }

      List<Deadline> open = Deadlines.of(store, DeadlineRule.standard()).open();

      // soonest first: eBay's 10 business days, Art. 43's 15 days, DMCA's 14 business days, the
      // Supreme People's Court's 20 working days
      assertThat(open).extracting(d -> d.rule().id()).containsExactly("ebay-vero-counter",
          "prc-art43", "dmca-512g", "cn-spc-2020-9");
      assertThat(open).extracting(Deadline::caseId).containsExactly(vero, cn, dmca, cn);
      Deadline d = open.get(2);
      // ten business days after Monday 2 March is Monday 16 March; fourteen is Friday 20 March
      assertThat(d.opens()).isEqualTo(LocalDate.of(2026, 3, 16));
      assertThat(d.due()).isEqualTo(LocalDate.of(2026, 3, 20));
      assertThat(open.get(1).due()).isEqualTo(LocalDate.of(2026, 3, 17));
      assertThat(open.get(0).due()).isEqualTo(LocalDate.of(2026, 3, 16));
      assertThat(open.get(3).due()).isEqualTo(LocalDate.of(2026, 3, 30));

      store.record(dmca, NewEvent.of(EventType.REINSTATED, "alice"));
      store.record(vero, NewEvent.of(EventType.REINSTATED, "alice"));
      assertThat(Deadlines.of(store, DeadlineRule.standard()).open()).extracting(
          Deadline::caseId).containsExactly(cn, cn);
    }
  }

  @Test
  void a_platforms_own_window_is_data() throws Exception {
    try (CaseStore store = CaseStore.open(dir.resolve("c.db").toString(), clock)) {
      long c = submitted(store, Marketplace.EBAY, "E01", "ebay-vero", null);
      DeadlineRule ack = DeadlineRule.builder("vero-ack", EventType.SUBMITTED, 2)
          .routes(java.util.Set.of("ebay-vero")).counting(DayCount.BUSINESS)
          .calendar(WorkCalendar.shipped("US")).source("a test's own window")
          .description("eBay answers VeRO reports within two business days").build();
      assertThat(Deadlines.of(store, List.of(ack)).open()).singleElement()
          .satisfies(d -> {
            assertThat(d.caseId()).isEqualTo(c);
            assertThat(d.due()).isEqualTo(LocalDate.of(2026, 3, 4));
          });
    }
  }

  @Test
  void a_recheck_records_gone_listings_as_removed_with_evidence() throws Exception {
    try (MockWebServer server = new MockWebServer();
        CaseStore store = CaseStore.open(dir.resolve("c.db").toString(), clock);
        Fetcher fetcher = Fetcher.create(FetchConfig.defaults().withHostInterval(Duration.ZERO)
            .withMaxAttempts(1))) {
      server.start();
      long gone = submitted(store, Marketplace.EBAY, "1", "ebay-vero",
          server.url("/itm/1").toString());
      long ended = submitted(store, Marketplace.EBAY, "2", "ebay-vero",
          server.url("/itm/2").toString());
      long up = submitted(store, Marketplace.EBAY, "3", "ebay-vero",
          server.url("/itm/3").toString());
      server.enqueue(new MockResponse.Builder().code(404).body("not found").build());
      server.enqueue(html("<h1>Aurelia tote</h1><p>This listing was ended by the seller.</p>"));
      server.enqueue(html("<h1>Aurelia tote replica</h1><p>Buy it now</p>"));
      EvidenceStore evidence = EvidenceStore.open(dir.resolve("evidence"));

      RecheckReport report = Rechecker.of(store, fetcher, evidence).run("marque");

      assertThat(report.removed()).hasSize(2);
      assertThat(report.stillListed()).singleElement().asString().contains("case " + up);
      assertThat(store.find(gone).orElseThrow().state()).isEqualTo(CaseState.REMOVED);
      assertThat(store.find(ended).orElseThrow().state()).isEqualTo(CaseState.REMOVED);
      assertThat(store.find(up).orElseThrow().state()).isEqualTo(CaseState.SUBMITTED);
      CaseEvent removed = store.events(gone).get(store.events(gone).size() - 1);
      assertThat(removed.note().orElseThrow()).contains("HTTP 404");
      assertThat(evidence.read(removed.evidence().get(0)).evidence().status()).isEqualTo(404);
      CaseEvent endedEvent = store.events(ended).get(store.events(ended).size() - 1);
      assertThat(endedEvent.note().orElseThrow()).contains("this listing was ended");
      assertThat(new String(evidence.readPage(evidence.read(endedEvent.evidence().get(0))
          .evidence().sha256()), java.nio.charset.StandardCharsets.UTF_8))
          .contains("This listing was ended");
    }
  }

  private static MockResponse html(String body) {
    return new MockResponse.Builder().code(200).setHeader("Content-Type",
        "text/html; charset=utf-8").body("<html><body>" + body + "</body></html>").build();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void the_report_gives_rates_and_times_to_takedown_per_marketplace_and_route(Kind kind)
      throws Exception {
    try (CaseStore store = CaseStore.open(kind.fresh(dir), clock)) {
      for (int i = 1; i <= 4; i++) {
        long c = submitted(store, Marketplace.EBAY, "E" + i, "ebay-vero", null);
        if (i <= 3) {
          store.record(c, NewEvent.of(EventType.REMOVED, "marque")
              .at(MONDAY.plus(Duration.ofHours(10L * i))));
        }
        if (i == 1) {
          store.record(c, NewEvent.of(EventType.RELISTED, "marque"));
        }
      }
      long dmca = submitted(store, Marketplace.AMAZON, "<script>alert(1)</script>", "dmca",
          null);
      store.record(dmca, NewEvent.of(EventType.REMOVED, "marque").at(MONDAY.plusSeconds(7200)));
      store.record(dmca, NewEvent.of(EventType.COUNTER_NOTICED, "alice"));

      CaseReport report = CaseReport.of(store, DeadlineRule.standard());

      CaseReport.Group ebay = report.groups().stream()
          .filter(g -> g.marketplace() == Marketplace.EBAY).findFirst().orElseThrow();
      assertThat(ebay.cases()).isEqualTo(4);
      assertThat(ebay.takedownRate()).isEqualTo(0.75);
      assertThat(ebay.medianHours()).contains(20.0);
      assertThat(ebay.p90Hours()).contains(30.0);
      assertThat(ebay.relistingRate()).isEqualTo(1.0 / 3);
      CaseReport.Group amazon = report.groups().stream()
          .filter(g -> g.marketplace() == Marketplace.AMAZON).findFirst().orElseThrow();
      assertThat(amazon.counterNoticeRate()).isEqualTo(1.0);
      assertThat(report.openDeadlines()).singleElement()
          .satisfies(d -> assertThat(d.rule().id()).isEqualTo("dmca-512g"));
      assertThat(report.toJson()).contains("\"takedownRate\" : 0.75")
          .contains("\"medianHoursToTakedown\" : 20.0");
      String html = report.toHtml();
      assertThat(html).contains("<svg").contains("eBay").contains("Amazon")
          .doesNotContain("<script").doesNotContain("src=").doesNotContain("http://cdn");
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void the_databases_percentiles_and_counts_equal_a_plain_computation(Kind kind)
      throws Exception {
    java.util.Random random = new java.util.Random(13);
    java.util.Map<String, List<Long>> hours = new java.util.TreeMap<>();
    java.util.Map<String, long[]> counts = new java.util.TreeMap<>(); // cases, submitted, removed
    try (CaseStore store = CaseStore.open(kind.fresh(dir), clock)) {
      List<NewCase> open = new java.util.ArrayList<>();
      String[] routes = {"ebay-vero", "dmca", "amazon"};
      Marketplace[] markets = {Marketplace.EBAY, Marketplace.AMAZON, Marketplace.AMAZON};
      for (int i = 0; i < 240; i++) {
        open.add(NewCase.builder(markets[i % 3], "L" + i, "TRADEMARK AURELIA", routes[i % 3])
            .detectedAt(MONDAY).build());
      }
      List<Recording> events = new java.util.ArrayList<>();
      List<Opened> opened = store.openCases(open);
      for (int i = 0; i < opened.size(); i++) {
        long id = opened.get(i).theCase().id();
        String key = markets[i % 3] + " " + routes[i % 3];
        long[] c = counts.computeIfAbsent(key, k -> new long[3]);
        c[0]++;
        hours.computeIfAbsent(key, k -> new java.util.ArrayList<>());
        if (random.nextInt(10) < 2) {
          continue; // never submitted
        }
        c[1]++;
        events.add(new Recording(id, NewEvent.of(EventType.DRAFTED, "t")));
        events.add(new Recording(id, NewEvent.of(EventType.APPROVED, "t")));
        events.add(new Recording(id, NewEvent.of(EventType.SUBMITTED, "t").at(MONDAY)));
        if (random.nextInt(10) < 7) {
          long h = random.nextInt(500);
          c[2]++;
          hours.get(key).add(h);
          events.add(new Recording(id, NewEvent.of(EventType.REMOVED, "t")
              .at(MONDAY.plus(Duration.ofHours(h)))));
        }
      }
      store.recordAll(events);

      CaseReport report = CaseReport.of(store, List.of());

      assertThat(report.groups()).hasSize(3);
      for (CaseReport.Group g : report.groups()) {
        String key = g.marketplace() + " " + g.route();
        List<Long> sorted = hours.get(key).stream().sorted().toList();
        assertThat(g.cases()).isEqualTo(counts.get(key)[0]);
        assertThat(g.submitted()).isEqualTo(counts.get(key)[1]);
        assertThat(g.removed()).isEqualTo(counts.get(key)[2]);
        // nearest rank: the ceil(q * n)-th smallest
        assertThat(g.medianHours()).contains((double) sorted.get(
            (int) Math.ceil(0.5 * sorted.size()) - 1));
        assertThat(g.p90Hours()).contains((double) sorted.get(
            (int) Math.ceil(0.9 * sorted.size()) - 1));
      }
      assertThat(report.states().values().stream().flatMap(m -> m.values().stream())
          .mapToLong(Long::longValue).sum()).isEqualTo(240);
    }
  }
}
