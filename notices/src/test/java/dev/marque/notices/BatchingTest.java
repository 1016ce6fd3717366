package dev.marque.notices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.core.Finding;
import dev.marque.notices.draft.Drafts;
import dev.marque.notices.draft.Notice;
import dev.marque.notices.law.Route;
import dev.marque.notices.law.Routes;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** eBay VeRO takes 150 items a request and Temu 200 listings a right: drafts split there. */
class BatchingTest {

  private static final String PORTFOLIO = """
      {"holder": {"name": "Vireo Leather Ltd", "email": "l@vireo.example", "country": "GB",
                  "signatory": {"name": "Ada Marsh", "capacity": "Company Secretary"}},
       "brands": [{"name": "Vireo", "rights": [
         {"type": "trademark", "mark": "VIREO", "registrationNumber": "7000001",
          "office": "USPTO", "classes": [18]}]},
        {"name": "Kite", "rights": [
         {"type": "trademark", "mark": "KITE", "registrationNumber": "7000002",
          "office": "USPTO", "classes": [9]}]}]}
      """;

  private static Finding finding(String marketplace, int i, String brand) {
    String id = String.format("%012d", 100_000_000_000L + i);
    return Fixtures.finding("{\"listingId\":\"" + id + "\",\"marketplace\":\"" + marketplace
        + "\",\"url\":\"https://example.com/" + id + "\",\"title\":\"" + brand + " item " + i
        + "\",\"mentions\":[{\"brand\":\"" + brand + "\",\"field\":\"TITLE\",\"start\":0,"
        + "\"end\":4,\"matched\":\"" + brand + "\",\"method\":\"EXACT\",\"similarity\":1.0}],"
        + "\"assessment\":{\"score\":0.9,\"verdict\":\"LIKELY_COUNTERFEIT\",\"reasons\":"
        + "[{\"code\":\"CUE_WORD\",\"message\":\"replica\"}]}}");
  }

  @ParameterizedTest
  @CsvSource({"ebay-vero, EBAY, 150, 1", "ebay-vero, EBAY, 151, 2", "ebay-vero, EBAY, 301, 3",
      "temu, TEMU, 200, 1", "temu, TEMU, 201, 2"})
  void splitsAtThePlatformLimitKeepingEveryListingOnce(String routeId, String marketplace,
      int count, int expectedNotices) {
    Route route = Routes.byId(routeId);
    int limit = route.maxItemsPerNotice().orElseThrow();
    List<Finding> findings = IntStream.range(0, count)
        .mapToObj(i -> finding(marketplace, i, "Vireo")).toList();
    Drafts drafts = NoticeDrafter.builder(Fixtures.portfolio(PORTFOLIO)).date(Fixtures.DATE)
        .build().draft(route, findings);
    assertThat(drafts.problems()).isEmpty();
    assertThat(drafts.notices()).hasSize(expectedNotices).allSatisfy(n -> {
      assertThat(n.items().size()).isBetween(1, limit);
      assertThat(n.parts()).isEqualTo(expectedNotices);
      assertThat(n.isComplete()).isTrue();
    });
    assertThat(drafts.notices().stream().flatMap(n -> n.items().stream())
        .map(i -> i.listingId())).containsExactlyElementsOf(
            findings.stream().map(f -> f.listing().id()).toList());
    if (expectedNotices > 1) {
      assertThat(drafts.notices()).extracting(Notice::id).allMatch(id -> id.contains("-part"));
      assertThat(drafts.notices().get(0).items()).hasSize(limit);
      assertThat(NoticeRenderer.standard().render(drafts.notices().get(1),
          dev.marque.notices.render.Format.TEXT)).contains("(part 2 of " + expectedNotices + ")");
    }
  }

  @ParameterizedTest
  @CsvSource({"temu, TEMU", "amazon, AMAZON", "dmca, EBAY"})
  void eachRightGetsItsOwnNotice(String routeId, String marketplace) {
    Route route = Routes.byId(routeId);
    List<Finding> findings = List.of(finding(marketplace, 1, "Vireo"),
        finding(marketplace, 2, "Kite"), finding(marketplace, 3, "Vireo"));
    Drafts drafts = NoticeDrafter.builder(Fixtures.portfolio(PORTFOLIO)).date(Fixtures.DATE)
        .build().draft(route, findings);
    if (route == Routes.DMCA) {
      assertThat(drafts.notices()).isEmpty();
      assertThat(drafts.problems()).hasSize(3);
      return;
    }
    assertThat(drafts.notices()).hasSize(2);
    assertThat(drafts.notices().get(0).items()).hasSize(2);
    assertThat(drafts.notices().get(0).right().orElseThrow().subject()).isEqualTo("VIREO");
    assertThat(drafts.notices().get(1).right().orElseThrow().subject()).isEqualTo("KITE");
  }
}
