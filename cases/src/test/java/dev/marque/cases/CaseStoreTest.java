package dev.marque.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marque.cases.TestDatabases.Kind;
import dev.marque.core.Marketplace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CaseStoreTest {
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  static final String RIGHT = "TRADEMARK AURELIA (EUIPO 018123456)";

  @TempDir
  Path dir;

  static Clock clock() {
    return Clock.fixed(T0, ZoneOffset.UTC);
  }

  static StoredNotice notice(String id) {
    return new StoredNotice(id, "ebay-vero", Marketplace.EBAY, "VeRO notice " + id,
        "Please remove the listings named below.\n" + id + "\n");
  }

  static NewCase listing(String listingId, String noticeId) {
    return NewCase.builder(Marketplace.EBAY, listingId, RIGHT, "ebay-vero")
        .listingUrl("https://www.ebay.com/itm/" + listingId).sellerId("shop-88").brand("Aurelia")
        .notice(notice(noticeId)).build();
  }

  static Kind[] kinds() {
    return Kind.values();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void opening_a_listing_twice_under_the_same_right_reuses_its_case(Kind kind) throws Exception {
    try (CaseStore store = CaseStore.open(kind.fresh(dir), clock())) {
      Opened first = store.openCase(listing("2561234567890", "vero-ebay-1"));
      Opened again = store.openCase(listing("2561234567890", "vero-ebay-1"));
      Opened other = store.openCase(NewCase.builder(Marketplace.EBAY, "2561234567890",
          "COPYRIGHT Aurelia Laurel monogram print", "ebay-vero").build());

      assertThat(first.created()).isTrue();
      assertThat(again.created()).isFalse();
      assertThat(again.theCase().id()).isEqualTo(first.theCase().id());
      assertThat(other.created()).isTrue();
      assertThat(other.theCase().id()).isNotEqualTo(first.theCase().id());
      assertThat(store.list()).hasSize(2);
      assertThat(store.events(first.theCase().id())).extracting(CaseEvent::type)
          .containsExactly(EventType.DETECTED, EventType.DRAFTED);
      Case c = first.theCase();
      assertThat(c.state()).isEqualTo(CaseState.DRAFTED);
      assertThat(c.listingUrl()).contains("https://www.ebay.com/itm/2561234567890");
      assertThat(c.noticeId()).contains("vero-ebay-1");
      assertThat(c.noticeSha256()).contains(notice("vero-ebay-1").sha256());
      assertThat(c.openedAt()).isEqualTo(T0);
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void opening_a_large_batch_gives_each_listing_one_case_as_opening_them_one_by_one_would(
      Kind kind) throws Exception {
    try (CaseStore store = CaseStore.open(kind.fresh(dir), clock())) {
      long before = store.openCase(listing("L7", "n-0")).theCase().id();
      List<NewCase> batch = new java.util.ArrayList<>();
      for (int i = 0; i < 1_203; i++) { // more than two statements' worth of new cases
        batch.add(i % 3 == 0 ? listing("L" + i, "n-" + (i % 4))
            : NewCase.builder(Marketplace.AMAZON, "L" + i, RIGHT, "amazon")
                .detectedAt(T0.minusSeconds(i)).build());
      }
      batch.add(listing("L3", "n-3")); // a repeat within the batch
      batch.add(listing("L7", "n-0")); // opened before the batch

      List<Opened> opened = store.openCases(batch);

      assertThat(opened).hasSize(batch.size());
      for (int i = 0; i < 1_203; i++) {
        Opened o = opened.get(i);
        assertThat(o.created()).as("case %d", i).isTrue();
        assertThat(o.theCase().listingId()).isEqualTo("L" + i);
        assertThat(store.find(o.theCase().id())).contains(o.theCase());
      }
      assertThat(opened.get(1_203).created()).isFalse();
      assertThat(opened.get(1_203).theCase()).isEqualTo(opened.get(3).theCase());
      assertThat(opened.get(1_204).created()).isFalse();
      assertThat(opened.get(1_204).theCase().id()).isEqualTo(before);
      assertThat(store.list()).hasSize(1_204);
      assertThat(store.counts().get(CaseState.DRAFTED)).isEqualTo(1 + 401);
      assertThat(store.counts().get(CaseState.DETECTED)).isEqualTo(802);
      assertThat(store.events(opened.get(3).theCase().id())).extracting(CaseEvent::type)
          .containsExactly(EventType.DETECTED, EventType.DRAFTED);
      assertThat(store.events(opened.get(5).theCase().id())).singleElement()
          .extracting(CaseEvent::at).isEqualTo(T0.minusSeconds(5));
      assertThat(store.openCases(batch)).noneMatch(Opened::created);
      assertThat(store.openCases(List.of())).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void a_case_follows_its_events_and_refuses_an_impossible_one(Kind kind) throws Exception {
    try (CaseStore store = CaseStore.open(kind.fresh(dir), clock())) {
      long id = store.openCase(listing("1", "n-1")).theCase().id();
      String evidence = "a".repeat(64);

      assertThatThrownBy(() -> store.record(id, NewEvent.of(EventType.REINSTATED, "alice")))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessageContaining("case " + id)
          .hasMessageContaining("cannot record REINSTATED");
      store.approve(List.of(id), "alice");
      store.record(id, NewEvent.of(EventType.SUBMITTED, "marque"));
      Case removed = store.record(id, NewEvent.of(EventType.REMOVED, "bob")
          .at(T0.plusSeconds(3600)).withNote("listing shows 'no longer available'")
          .withEvidence(List.of(evidence)));

      assertThat(removed.state()).isEqualTo(CaseState.REMOVED);
      List<CaseEvent> events = store.events(id);
      assertThat(events).extracting(CaseEvent::type).containsExactly(EventType.DETECTED,
          EventType.DRAFTED, EventType.APPROVED, EventType.SUBMITTED, EventType.REMOVED);
      assertThat(events).extracting(CaseEvent::seq).containsExactly(1, 2, 3, 4, 5);
      CaseEvent last = events.get(4);
      assertThat(last.at()).isEqualTo(T0.plusSeconds(3600));
      assertThat(last.recordedAt()).isEqualTo(T0);
      assertThat(last.actor()).isEqualTo("bob");
      assertThat(last.note()).contains("listing shows 'no longer available'");
      assertThat(last.evidence()).containsExactly(evidence);
      assertThat(CaseState.of(events.stream().map(CaseEvent::type).toList()))
          .contains(removed.state());
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void a_refused_event_in_a_batch_records_none_of_it(Kind kind) throws Exception {
    try (CaseStore store = CaseStore.open(kind.fresh(dir), clock())) {
      long a = store.openCase(listing("1", "n-1")).theCase().id();
      long b = store.openCase(listing("2", "n-1")).theCase().id();

      assertThatThrownBy(() -> store.recordAll(List.of(
          new Recording(a, NewEvent.of(EventType.CLOSED, "alice")),
          new Recording(b, NewEvent.of(EventType.ACKNOWLEDGED, "alice")))))
          .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("case " + b);

      assertThat(store.find(a).orElseThrow().state()).isEqualTo(CaseState.DRAFTED);
      assertThat(store.events(a)).hasSize(2);
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void the_database_refuses_to_change_a_recorded_event(Kind kind) throws Exception {
    String location = kind.fresh(dir);
    try (CaseStore store = CaseStore.open(location, clock())) {
      store.openCase(listing("1", "n-1"));
    }
    assertThatThrownBy(() -> TestDatabases.execute(location,
        "UPDATE case_events SET actor = 'mallory'"))
        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
    assertThatThrownBy(() -> TestDatabases.execute(location, "DELETE FROM case_events"))
        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void approving_puts_each_notice_in_the_outbox_once(Kind kind) throws Exception {
    String location = kind.fresh(dir);
    try (CaseStore store = CaseStore.open(location, clock())) {
      long a = store.openCase(listing("1", "n-1")).theCase().id();
      long b = store.openCase(listing("2", "n-1")).theCase().id();
      long c = store.openCase(listing("3", "n-2")).theCase().id();
      store.approve(List.of(a), "alice");
      store.approve(List.of(a, b, c), "alice");

      assertThat(store.counts().get(CaseState.APPROVED)).isEqualTo(3);
      assertThat(store.events(a)).hasSize(3);
    }
    assertThat(TestRows.count(location, "SELECT COUNT(*) FROM outbox")).isEqualTo(2);
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void a_case_without_a_notice_cannot_be_approved(Kind kind) throws Exception {
    try (CaseStore store = CaseStore.open(kind.fresh(dir), clock())) {
      long id = store.openCase(NewCase.builder(Marketplace.AMAZON, "B0TEST", RIGHT, "amazon")
          .build()).theCase().id();
      assertThatThrownBy(() -> store.approve(List.of(id), "alice"))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessageContaining("no drafted notice");
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void reopening_a_store_keeps_its_cases_and_schema(Kind kind) throws Exception {
    String location = kind.fresh(dir);
    try (CaseStore store = CaseStore.open(location, clock())) {
      store.openCase(listing("1", "n-1"));
    }
    try (CaseStore store = CaseStore.open(location, clock())) {
      assertThat(store.schemaVersion()).isEqualTo(2);
      assertThat(store.list(CaseState.DRAFTED)).extracting(Case::listingId).containsExactly("1");
      assertThat(store.find(Marketplace.EBAY, "1", RIGHT)).isPresent();
      assertThat(store.find(Marketplace.EBAY, "1", "other right")).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void a_store_migrated_by_a_newer_marque_is_refused(Kind kind) throws Exception {
    String location = kind.fresh(dir);
    try (CaseStore store = CaseStore.open(location, clock())) {
      store.openCase(listing("1", "n-1"));
    }
    TestDatabases.execute(location, "INSERT INTO schema_version VALUES (3, 'future', 'x', 0)");
    assertThatThrownBy(() -> CaseStore.open(location, clock()))
        .isInstanceOf(SchemaException.class)
        .hasMessageContaining("schema version 3, newer than this marque knows (2)");
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void another_applications_database_is_refused_and_left_alone(Kind kind) throws Exception {
    String location = kind.fresh(dir);
    TestDatabases.execute(location, "CREATE TABLE customers (id INTEGER PRIMARY KEY)");
    assertThatThrownBy(() -> CaseStore.open(location, clock()))
        .isInstanceOf(SchemaException.class)
        .hasMessageContaining("[customers]")
        .hasMessageContaining("another application's database");
    assertThat(TestRows.count(location, "SELECT COUNT(*) FROM customers")).isZero();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void a_migration_changed_after_it_was_applied_is_refused(Kind kind) throws Exception {
    String location = kind.fresh(dir);
    CaseStore.open(location, clock()).close();
    TestDatabases.execute(location, "UPDATE schema_version SET sha256 = 'edited' WHERE version = 1");
    assertThatThrownBy(() -> CaseStore.open(location, clock()))
        .isInstanceOf(SchemaException.class).hasMessageContaining("V1__cases");
  }

  @Test
  void a_file_that_is_not_a_database_is_refused_and_not_overwritten() throws Exception {
    Path file = TestDatabases.write(dir.resolve("notes.db"),
        "These are my notes, not a database. ".repeat(200).getBytes(StandardCharsets.UTF_8));
    byte[] before = java.nio.file.Files.readAllBytes(file);
    assertThatThrownBy(() -> CaseStore.open(file.toString(), clock()))
        .isInstanceOf(SchemaException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("not a marque case store");
    assertThat(java.nio.file.Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void another_applications_sqlite_file_is_refused_by_its_application_id() throws Exception {
    Path file = dir.resolve("other.db");
    TestDatabases.execute(file.toString(), "PRAGMA application_id = 42");
    assertThatThrownBy(() -> CaseStore.open(file.toString(), clock()))
        .isInstanceOf(SchemaException.class).hasMessageContaining("application_id 42");
  }

  @Test
  void a_store_in_a_missing_directory_is_a_clear_error() {
    Path file = dir.resolve("no/such/dir/marque.db");
    assertThatThrownBy(() -> CaseStore.open(file.toString(), clock()))
        .isInstanceOf(CaseStoreException.class).hasMessageContaining("does not exist");
  }

  @Test
  void only_sqlite_and_postgresql_urls_are_accepted() {
    assertThatThrownBy(() -> CaseStore.open("jdbc:mysql://localhost/x?password=secret", clock()))
        .isInstanceOf(CaseStoreException.class).hasMessageContaining("SQLite")
        .hasMessageNotContaining("secret");
  }

  @Test
  void the_state_table_matches_the_documented_transitions() {
    assertThat(CaseState.of(List.of(EventType.DETECTED, EventType.DRAFTED, EventType.APPROVED,
        EventType.SUBMITTED, EventType.ACKNOWLEDGED, EventType.REMOVED, EventType.COUNTER_NOTICED,
        EventType.REINSTATED, EventType.CLOSED, EventType.RELISTED))).contains(CaseState.RELISTED);
    assertThat(CaseState.of(List.of())).isEqualTo(Optional.empty());
    assertThatThrownBy(() -> CaseState.of(List.of(EventType.SUBMITTED)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("starts with DETECTED or DRAFTED");
    assertThatThrownBy(() -> CaseState.of(List.of(EventType.DETECTED, EventType.CLOSED,
        EventType.APPROVED))).hasMessageContaining("CLOSED cannot record APPROVED");
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void a_version_1_store_is_migrated_with_its_cases_deadlines_and_report(Kind kind)
      throws Exception {
    String location = kind.fresh(dir);
    String folder = kind == Kind.SQLITE ? "sqlite" : "postgresql";
    String v1;
    try (java.io.InputStream in = CaseStore.class.getResourceAsStream("migrations/" + folder
        + "/V1__cases.sql")) {
      v1 = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    if (kind == Kind.SQLITE) { // statements end a line; a trigger's inner ';' does not
      for (String statement : v1.split(";\n")) {
        if (!statement.lines().allMatch(l -> l.isBlank() || l.startsWith("--"))) {
          TestDatabases.execute(location, statement);
        }
      }
    } else {
      TestDatabases.execute(location, v1);
    }
    String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest
        .getInstance("SHA-256").digest(v1.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    TestDatabases.execute(location, "CREATE TABLE schema_version (version INTEGER PRIMARY KEY,"
        + " description TEXT NOT NULL, sha256 TEXT NOT NULL, applied_at BIGINT NOT NULL)");
    TestDatabases.execute(location, "INSERT INTO schema_version VALUES (1, 'cases', '" + sha
        + "', 0)");
    long at = Instant.parse("2026-03-02T09:00:00Z").toEpochMilli();
    TestDatabases.execute(location, "INSERT INTO cases (id, marketplace, listing_id, right_ref,"
        + " route, state, opened_at, updated_at, event_count, submitted_at, removed_at,"
        + " countered_at) VALUES (1, 'TAOBAO', 'T1', 'TM', 'cn-ecommerce', 'COUNTER_NOTICED', 0,"
        + " 0, 3, " + at + ", " + (at + 3_600_000) + ", " + (at + 7_200_000) + ")");
    String[] types = {"SUBMITTED", "REMOVED", "COUNTER_NOTICED"};
    for (int i = 0; i < 3; i++) {
      TestDatabases.execute(location, "INSERT INTO case_events (case_id, seq, type, at, actor,"
          + " evidence, recorded_at) VALUES (1, " + (i + 1) + ", '" + types[i] + "', "
          + (at + i * 3_600_000L) + ", 'alice', '', 0)");
    }

    try (CaseStore store = CaseStore.open(location, clock())) {
      assertThat(store.schemaVersion()).isEqualTo(2);
      // the window runs from the counter-notice, read from the backfilled state_at
      assertThat(Deadlines.of(store, DeadlineRule.standard()).open()).first()
          .satisfies(d -> {
            assertThat(d.rule().id()).isEqualTo("prc-art43");
            assertThat(d.startedAt()).isEqualTo(Instant.ofEpochMilli(at + 7_200_000));
            assertThat(d.due()).isEqualTo(java.time.LocalDate.of(2026, 3, 17));
          });
      assertThat(CaseReport.of(store, List.of()).groups()).singleElement()
          .satisfies(g -> assertThat(g.medianHours()).contains(1.0));
      store.record(1, NewEvent.of(EventType.REINSTATED, "alice"));
      assertThat(Deadlines.of(store, DeadlineRule.standard()).open()).isEmpty();
    }
  }
}
