package dev.marque.notices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.core.Finding;
import dev.marque.notices.draft.DraftProblem;
import dev.marque.notices.draft.Drafts;
import dev.marque.notices.draft.ElementProblem;
import dev.marque.notices.draft.Notice;
import dev.marque.notices.law.Route;
import dev.marque.notices.law.Routes;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What does not fit a route is refused with a clear message, never silently dropped. */
class RefusalsTest {

  static List<Route> routes() {
    return Routes.all();
  }

  /** A marketplace the route serves, with a currency of its territory for DSA and UK. */
  static String marketplaceFor(Route route) {
    if (route == Routes.DSA) {
      return "EBAY/EUR";
    }
    if (route == Routes.UK) {
      return "EBAY/GBP";
    }
    return route.marketplaces().isEmpty() ? "EBAY"
        : route.marketplaces().stream().sorted().findFirst().orElseThrow().name();
  }

  /**
   * A counterfeit listing, priced in the currency of {@code marketplace}'s route territory when
   * given as {@code EBAY/EUR} or {@code EBAY/GBP}, carrying an image match of the work "Photos".
   */
  static Finding finding(String marketplace) {
    String[] parts = marketplace.split("/");
    String price = parts.length > 1 ? "\"price\":{\"amount\":\"30\",\"currency\":\"" + parts[1]
        + "\"}," : "";
    return Fixtures.finding("{\"listingId\":\"123456789012\",\"marketplace\":\"" + parts[0]
        + "\"," + price + "\"evidence\":[{\"type\":\"image-copy\",\"right\":\"Photos\","
        + "\"listingImage\":\"https://example.com/i/1.jpg\",\"workImage\":\"photos/1.jpg\","
        + "\"algorithm\":\"PDQ\",\"distance\":3,\"threshold\":31}],"
        + "\"url\":\"https://example.com/item/123456789012\",\"title\":\"Vireo satchel\","
        + "\"seller\":{\"id\":\"s1\"},\"mentions\":[{\"brand\":\"Vireo\",\"field\":\"TITLE\","
        + "\"start\":0,\"end\":5,\"matched\":\"Vireo\",\"method\":\"EXACT\",\"similarity\":1.0}],"
        + "\"assessment\":{\"score\":0.9,\"verdict\":\"LIKELY_COUNTERFEIT\",\"reasons\":"
        + "[{\"code\":\"CUE_WORD\",\"message\":\"replica\"}]}}");
  }

  private static String portfolio(String rights) {
    return "{\"holder\": {\"name\": \"Vireo Leather Ltd\", \"email\": \"l@vireo.example\","
        + " \"address\": \"3 Tanner Row, Leeds\", \"phone\": \"+44 113 496 0000\","
        + " \"country\": \"GB\", \"signatory\": {\"name\": \"Ada Marsh\", \"capacity\":"
        + " \"Company Secretary\"}}, \"brands\": [{\"name\": \"Vireo\", \"rights\": [" + rights
        + "]}]}";
  }

  private static Drafts draft(Route route, String rights, LocalDate date) {
    return NoticeDrafter.builder(Fixtures.portfolio(portfolio(rights))).date(date).build()
        .draft(route, List.of(finding(marketplaceFor(route))));
  }

  @Test
  void aTradeMarkCannotSupportADmcaNotice() {
    Drafts drafts = draft(Routes.DMCA, "{\"type\": \"trademark\", \"mark\": \"VIREO\","
        + " \"registrationNumber\": \"7000001\", \"office\": \"USPTO\", \"classes\": [18]}",
        Fixtures.DATE);
    assertThat(drafts.notices()).isEmpty();
    assertThat(drafts.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(DraftProblem.Kind.NO_FITTING_RIGHT);
      assertThat(p.listingId()).contains("123456789012");
      assertThat(p.message()).contains("route dmca accepts only copyright, not trade mark"
          + " VIREO (USPTO 7000001)");
    });
  }

  @Test
  void aRouteThatAcceptsOnlyTradeMarksRefusesAPatent() {
    Route marksOnly = Routes.TEMU.toBuilder().id("marks-only").title("Complaint")
        .legalBasis("A platform's mark programme").lumenType("Trademark")
        .acceptedKinds(dev.marque.core.rights.RightKind.TRADEMARK).marketplaces().build();
    Drafts drafts = draft(marksOnly, "{\"type\": \"patent\", \"title\": \"Satchel clasp\","
        + " \"number\": \"US 11,000,001\", \"patentType\": \"INVENTION\", \"office\": \"USPTO\","
        + " \"granted\": \"2022-01-04\"}", Fixtures.DATE);
    assertThat(drafts.problems()).singleElement().extracting(DraftProblem::message)
        .asString().contains("route marks-only accepts only trade mark, not patent Satchel"
            + " clasp (USPTO US 11,000,001)");
  }

  /** In each route's own territory (or storefront), an expired right and one from elsewhere. */
  private static String expiredAndElsewhere(Route route) {
    if (route == Routes.DMCA) {
      return "{\"type\": \"copyright\", \"work\": \"Old catalogue\", \"created\": \"1950-01-01\","
          + " \"expires\": \"2020-12-31\"}, {\"type\": \"copyright\", \"work\": \"Chinese"
          + " catalogue\", \"jurisdictions\": [\"CN\"]}";
    }
    String home = switch (route.id()) {
      case "dsa" -> "EUIPO";
      case "uk" -> "UKIPO";
      case "cn-ecommerce", "alibaba-ipp" -> "CNIPA";
      default -> "USPTO";
    };
    String elsewhere = home.equals("KIPO") ? "JPO" : "KIPO";
    return "{\"type\": \"trademark\", \"mark\": \"VIREO\", \"registrationNumber\": \"111\","
        + " \"office\": \"" + home + "\", \"classes\": [18], \"registered\": \"2010-01-01\","
        + " \"expires\": \"2020-01-01\"}, {\"type\": \"trademark\", \"mark\": \"VIREO\","
        + " \"registrationNumber\": \"222\", \"office\": \"" + elsewhere + "\","
        + " \"classes\": [18]}";
  }

  @ParameterizedTest
  @MethodSource("routes")
  void anExpiredRightAndARightOutsideTheJurisdictionAreEachRefusedWithTheReason(Route route) {
    Drafts drafts = draft(route, expiredAndElsewhere(route), Fixtures.DATE);
    assertThat(drafts.notices()).isEmpty();
    assertThat(drafts.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(DraftProblem.Kind.NO_FITTING_RIGHT);
      assertThat(p.message()).contains("is not in force on 2026-06-15")
          .containsPattern("it expired on 2020-12-31|it expired on 2020-01-01")
          .containsPattern("applies in (China|South Korea|Korea), not in ");
    });
  }

  @ParameterizedTest
  @MethodSource("routes")
  void anAgentWithoutAValidAuthorisationMakesEveryNoticeIncomplete(Route route) {
    String agent = "\"agent\": {\"name\": \"Lantern IP GmbH\", \"email\": \"n@lantern.example\","
        + " \"address\": \"Hafenstrasse 9, Hamburg\", \"phone\": \"+49 40 5550 0101\","
        + " \"country\": \"DE\", \"authorization\": {\"reference\": \"LIP-2026-04\","
        + " \"validFrom\": \"2026-01-01\", \"validUntil\": \"2026-12-31\"}}, ";
    String rights = "{\"type\": \"trademark\", \"mark\": \"VIREO\", \"registrationNumber\":"
        + " \"1\", \"office\": \"WIPO\", \"designations\": [\"US\", \"GB\", \"EU\", \"CN\"],"
        + " \"classes\": [18]}, {\"type\": \"copyright\", \"work\": \"Photos\","
        + " \"registrationNumber\": \"VA 1\", \"registeredIn\": \"US\"}";
    String json = portfolio(rights).replace("\"brands\"", agent + "\"brands\"");
    Notice late = NoticeDrafter.builder(Fixtures.portfolio(json)).date(LocalDate.parse(
        "2027-02-01")).build().draft(route, List.of(finding(marketplaceFor(route))))
        .notices().get(0);
    assertThat(late.problems()).filteredOn(p -> p.element().equals("authority"))
        .singleElement().satisfies(p -> {
          assertThat(p.kind()).isEqualTo(ElementProblem.Kind.INVALID);
          assertThat(p.message()).isEqualTo("the agent Lantern IP GmbH's authorisation"
              + " LIP-2026-04 is valid from 2026-01-01 until 2026-12-31, not on the notice"
              + " date 2027-02-01: renew it or date the notice within it");
        });

    String noLetter = json.replaceAll(", \"authorization\": \\{[^}]*\\}", "");
    Notice unauthorised = NoticeDrafter.builder(Fixtures.portfolio(noLetter))
        .date(Fixtures.DATE).build().draft(route, List.of(finding(marketplaceFor(route))))
        .notices().get(0);
    assertThat(unauthorised.problems()).filteredOn(p -> p.element().equals("authority"))
        .singleElement().extracting(ElementProblem::message).asString()
        .contains("has no authorisation from Vireo Leather Ltd on file");
    if (route.requires(dev.marque.notices.law.Requirement.AUTHORIZATION_LETTER)) {
      assertThat(unauthorised.problems()).extracting(ElementProblem::element)
          .contains(route.elements(dev.marque.notices.law.Requirement.AUTHORIZATION_LETTER)
              .get(0).name());
    }
  }

  @Test
  void findingsBelowTheThresholdOnOtherMarketplacesOrTwiceAreReportedNotDropped() {
    Drafts drafts = NoticeDrafter.builder(Fixtures.samplePortfolio()).date(Fixtures.DATE)
        .build().draft(Routes.EBAY_VERO, Fixtures.sampleFindings());
    int inNotices = drafts.notices().stream().mapToInt(n -> n.items().size()).sum();
    assertThat(inNotices + drafts.problems().size())
        .as("every finding is in a notice or reported").isEqualTo(Fixtures.sampleFindings()
            .size());
    assertThat(drafts.problems()).extracting(DraftProblem::kind).contains(
        DraftProblem.Kind.BELOW_THRESHOLD, DraftProblem.Kind.WRONG_MARKETPLACE,
        DraftProblem.Kind.NO_FITTING_RIGHT);

    Finding f = finding("EBAY");
    Drafts twice = NoticeDrafter.builder(Fixtures.portfolio(portfolio("{\"type\": \"trademark\","
        + " \"mark\": \"VIREO\", \"registrationNumber\": \"7\", \"office\": \"USPTO\","
        + " \"classes\": [18]}"))).date(Fixtures.DATE).build().draft(Routes.EBAY_VERO,
        List.of(f, f));
    assertThat(twice.notices()).singleElement().extracting(n -> n.items().size()).isEqualTo(1);
    assertThat(twice.problems()).singleElement().extracting(DraftProblem::kind)
        .isEqualTo(DraftProblem.Kind.DUPLICATE);
  }

  @Test
  void chinaNoticesCarryTheArticle43WindowForCaseTracking() {
    assertThat(Routes.CN_ECOMMERCE.followUp()).hasValueSatisfying(f -> {
      assertThat(f.days()).isEqualTo(15);
      assertThat(f.deadlineAfter(LocalDate.parse("2026-06-20")))
          .isEqualTo(LocalDate.parse("2026-07-05"));
    });
    Notice n = NoticeDrafter.builder(Fixtures.samplePortfolio()).date(Fixtures.DATE).build()
        .draft(Routes.CN_ECOMMERCE, Fixtures.sampleFindings()).notices().get(0);
    assertThat(n.advisories()).anySatisfy(a -> assertThat(a).contains("within 15 days")
        .contains("the seller's declaration that its listing does not infringe reaches the"
            + " rights holder"));
  }
}
