package dev.marque.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marque.cases.TestDatabases.Kind;
import dev.marque.core.Marketplace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Listing cases: whole, streamed and in pages, all the same cases with the same values. */
class CaseListingTest {
  /** More than one PostgreSQL fetch ({@link CaseStore#FETCH_ROWS}) of each state. */
  private static final int CASES = 2 * CaseStore.FETCH_ROWS + 503;

  @TempDir
  Path dir;

  static Kind[] kinds() {
    return Kind.values();
  }

  /** Cases whose text is not all ASCII, with and without their optional parts. */
  private static List<NewCase> cases() {
    List<NewCase> cases = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      NewCase.Builder b = NewCase.builder(i % 2 == 0 ? Marketplace.TAOBAO : Marketplace.EBAY,
          "L-" + i + (i % 7 == 0 ? "-é✓" : ""), i % 3 == 0 ? "商标 古驰 (CNIPA 12345)"
              : CaseStoreTest.RIGHT, i % 2 == 0 ? "cn-ecommerce" : "ebay-vero");
      if (i % 5 != 0) {
        b.listingUrl("https://item.example/" + i + "?q=包").sellerId("店铺-" + (i % 13))
            .brand(i % 4 == 0 ? "Aurelia 🌿" : "古驰");
      }
      if (i % 2 == 1) {
        b.notice(CaseStoreTest.notice("n-" + (i % 3)));
      }
      cases.add(b.build());
    }
    return cases;
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void a_state_streamed_listed_and_paged_gives_the_same_cases_as_they_were_opened(Kind kind)
      throws Exception {
    try (CaseStore store = CaseStore.open(kind.fresh(dir), CaseStoreTest.clock())) {
      List<NewCase> input = cases();
      List<Opened> opened = store.openCases(input);

      List<Case> streamed = new ArrayList<>();
      long n = store.forEach(CaseState.DRAFTED, streamed::add);
      List<Case> paged = new ArrayList<>();
      for (List<Case> page = store.list(CaseState.DRAFTED, 0, 700); !page.isEmpty();
          page = store.list(CaseState.DRAFTED, page.get(page.size() - 1).id(), 700)) {
        paged.addAll(page);
      }

      List<Case> expected = opened.stream().map(Opened::theCase)
          .filter(c -> c.state() == CaseState.DRAFTED).toList();
      assertThat(expected).hasSize(CASES / 2);
      assertThat(n).isEqualTo(expected.size());
      assertThat(streamed).containsExactlyElementsOf(expected);
      assertThat(store.list(CaseState.DRAFTED)).containsExactlyElementsOf(expected);
      assertThat(paged).containsExactlyElementsOf(expected);
      List<Case> all = new ArrayList<>();
      assertThat(store.forEach(all::add)).isEqualTo(CASES);
      assertThat(all).containsExactlyElementsOf(opened.stream().map(Opened::theCase).toList());
      assertThat(store.list()).containsExactlyElementsOf(all);
      Case seventh = all.get(7);
      assertThat(seventh.listingId()).isEqualTo("L-7-é✓");
      assertThat(seventh.brand()).contains("古驰");
      assertThat(seventh.listingUrl()).contains("https://item.example/7?q=包");
      assertThat(all.get(0).right()).isEqualTo("商标 古驰 (CNIPA 12345)");
      assertThat(all.get(0).brand()).isEmpty();
      assertThat(all.get(0).noticeId()).isEmpty();
      assertThat(all.get(4).brand()).contains("Aurelia 🌿");
      assertThat(store.forEach(CaseState.REMOVED, c -> {
        throw new AssertionError("no case is REMOVED");
      })).isZero();
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void a_writer_goes_on_while_a_listing_is_read_and_the_listing_shows_one_moment(Kind kind)
      throws Exception {
    String location = kind.fresh(dir);
    try (CaseStore store = CaseStore.open(location, CaseStoreTest.clock());
        CaseStore other = CaseStore.open(location, CaseStoreTest.clock())) {
      store.openCases(cases());
      long last = store.list(CaseState.DRAFTED).get(CASES / 2 - 1).id();
      AtomicReference<Case> afterWrite = new AtomicReference<>();
      List<Case> seen = new ArrayList<>();

      store.forEach(CaseState.DRAFTED, c -> {
        if (seen.isEmpty()) {
          // another connection (as another process would) approves the last case mid-walk
          afterWrite.set(other.approve(List.of(last), "alice").get(0));
        }
        seen.add(c);
      });

      assertThat(afterWrite.get().state()).isEqualTo(CaseState.APPROVED);
      assertThat(seen).hasSize(CASES / 2);
      assertThat(seen.get(seen.size() - 1).id()).isEqualTo(last);
      assertThat(seen.get(seen.size() - 1).state()).isEqualTo(CaseState.DRAFTED);
      assertThat(store.find(last).orElseThrow().state()).isEqualTo(CaseState.APPROVED);
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void an_action_that_calls_the_store_is_refused_and_the_store_stays_usable(Kind kind)
      throws Exception {
    try (CaseStore store = CaseStore.open(kind.fresh(dir), CaseStoreTest.clock())) {
      long id = store.openCase(CaseStoreTest.listing("1", "n-1")).theCase().id();

      assertThatThrownBy(() -> store.forEach(c -> store.events(c.id())))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("must not call the store");
      assertThatThrownBy(() -> store.forEach(CaseState.DRAFTED, c -> {
        throw new IllegalArgumentException("stop at " + c.id());
      })).hasMessage("stop at " + id);

      assertThat(store.approve(List.of(id), "alice")).singleElement()
          .extracting(Case::state).isEqualTo(CaseState.APPROVED);
      assertThat(store.events(id)).hasSize(3);
    }
  }

  @Test
  void a_callers_sqlite_database_in_utf16_lists_the_same_text() throws Exception {
    SQLiteConfig config = new SQLiteConfig();
    config.setEncoding(SQLiteConfig.Encoding.UTF16_LITTLE_ENDIAN);
    SQLiteDataSource ds = new SQLiteDataSource(config);
    ds.setUrl("jdbc:sqlite:" + dir.resolve("utf16.db"));
    try (CaseStore store = CaseStore.open(ds, CaseStoreTest.clock())) {
      List<Opened> opened = store.openCases(cases().subList(0, 50));

      assertThat(TestRows.count(dir.resolve("utf16.db").toString(),
          "SELECT COUNT(*) FROM pragma_encoding WHERE encoding = 'UTF-16le'")).isEqualTo(1);
      List<Case> all = new ArrayList<>();
      store.forEach(all::add);
      assertThat(all).containsExactlyElementsOf(opened.stream().map(Opened::theCase).toList());
      assertThat(all.get(7).listingId()).isEqualTo("L-7-é✓");
      assertThat(all.get(7).brand()).isEqualTo(Optional.of("古驰"));
    }
  }
}
