package dev.marque.notices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.core.Finding;
import dev.marque.core.Portfolio;
import dev.marque.core.Reason;
import dev.marque.notices.draft.Drafts;
import dev.marque.notices.draft.ElementProblem;
import dev.marque.notices.draft.Item;
import dev.marque.notices.draft.Notice;
import dev.marque.notices.internal.InfringementTypes;
import dev.marque.notices.internal.Labels;
import dev.marque.notices.internal.ModelBuilder;
import dev.marque.notices.law.Element;
import dev.marque.notices.law.Language;
import dev.marque.notices.law.Route;
import dev.marque.notices.law.Routes;
import dev.marque.notices.render.Format;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every route: a complete notice shows each required element; a bare one names each it lacks. */
class RouteElementsTest {

  static List<Route> routes() {
    return Routes.all();
  }

  /** How the HTML shows what the text shows as a label and value. */
  private static String inHtml(String expected) {
    if (expected.startsWith("Item ")) {
      return "<td>" + expected.substring(5) + "</td>";
    }
    if (expected.startsWith("Nice classes: ")) {
      return "Nice classes</dt><dd>" + expected.substring(14) + "</dd>";
    }
    return html(expected);
  }

  /** Escaped as JMustache escapes HTML. */
  static String html(String text) {
    return text.replace("&", "&amp;").replace("'", "&#39;").replace("\"", "&quot;")
        .replace("<", "&lt;").replace(">", "&gt;").replace("`", "&#x60;").replace("=", "&#x3D;");
  }

  private static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }

  /** What the rendered text must show for the element, read from the notice's own values. */
  private static List<String> evidence(Element e, Notice n) {
    List<String> out = new ArrayList<>();
    switch (e.requirement()) {
      case SENDER_NAME -> out.add(n.sender().name());
      case SENDER_ADDRESS -> out.add(n.sender().address().orElseThrow().lines().findFirst()
          .orElseThrow());
      case SENDER_PHONE -> out.add(n.sender().phone().orElseThrow());
      case SENDER_EMAIL -> out.add(n.sender().email().orElseThrow());
      case PRINCIPAL_IDENTITY -> {
        out.add(n.principal().name());
        out.add(n.principal().country().orElseThrow().displayName());
      }
      case SIGNATURE -> {
        out.add("/s/ " + n.signatory());
        n.signatoryCapacity().ifPresent(out::add);
      }
      case COMPANY_SEAL -> out.add(n.sender().name() + " (company seal, 盖章)");
      case OFFERED_IN_TERRITORY -> n.items().forEach(i -> out.add(i.offeredIn().orElseThrow().text()));
      case AUTHORITY, AUTHORIZATION_LETTER ->
          out.add(n.authorization().orElseThrow().reference());
      case RIGHT_IDENTIFIED -> out.add(n.right().orElseThrow().subject());
      case REGISTRATION, REGISTRATION_OR_DESCRIPTION ->
          out.add(n.right().orElseThrow().registrationNumber().orElseThrow());
      case MARK_CLASSES -> out.add("Nice classes: 18");
      case LOCATIONS -> n.items().forEach(i -> out.add(i.url().orElseThrow()));
      case ITEM_NUMBERS -> n.items().forEach(i -> out.add("Item " + i.listingId()));
      case ASINS -> n.items().forEach(i -> out.add("ASIN " + i.listingId()));
      case ITEM_REASONS -> n.items().forEach(i -> i.reasons().stream().map(Reason::message)
          .forEach(out::add));
      case RECIPIENT_SELLER -> n.items().forEach(i -> out.add(i.seller().orElseThrow().id()));
      case DEADLINE -> out.add(Labels.date(n.deadline().orElseThrow(), Language.EN));
      case JURISDICTION_CONSENT -> out.add("consent to the jurisdiction");
      case STATEMENT -> out.add(ModelBuilder.statementText(n, e, Language.EN));
      case STATUTE -> out.add(n.statute().orElseThrow());
      case INFRINGEMENT_TYPE -> n.items().forEach(i -> out.add(InfringementTypes.of(
          n.marketplace(), n.right().orElseThrow(), i).orElseThrow().text()));
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("routes")
  void aCompleteNoticeShowsEveryRequiredElement(Route route) {
    Drafts drafts = NoticeDrafter.builder(Fixtures.portfolioResource("test-portfolio.json"))
        .date(Fixtures.DATE).build().draft(route, Fixtures.findings("test-findings.jsonl"));
    assertThat(drafts.notices()).isNotEmpty();
    Notice notice = drafts.notices().get(0);
    assertThat(notice.problems()).isEmpty();
    String text = flat(NoticeRenderer.standard().render(notice, Format.TEXT, Language.EN));
    String html = NoticeRenderer.standard().render(notice, Format.HTML, Language.EN);
    for (Element e : route.elements()) {
      for (String expected : evidence(e, notice)) {
        assertThat(text).as("%s: element %s in the text", route, e.name())
            .contains(flat(expected));
        assertThat(html).as("%s: element %s in the HTML", route, e.name())
            .contains(inHtml(expected));
      }
    }
  }

  private static final String BARE_PORTFOLIO = """
      {"holder": {"name": "Vireo Leather Ltd"},
       "brands": [{"name": "Vireo", "rights": [
         {"type": "trademark", "mark": "VIREO", "registrationNumber": "7000001",
          "office": "USPTO", "classes": [18]},
         {"type": "trademark", "mark": "VIREO", "registrationNumber": "018000002",
          "office": "EUIPO", "classes": [18]},
         {"type": "trademark", "mark": "VIREO", "registrationNumber": "UK00003000003",
          "office": "UKIPO", "classes": [18]},
         {"type": "trademark", "mark": "VIREO", "registrationNumber": "40000004",
          "office": "CNIPA", "classes": [18]},
         {"type": "copyright", "work": "Vireo product photographs"}]}]}
      """;

  /**
   * A finding with no URL or seller, priced in the currency of the route's territory (so that
   * DSA and UK take it as offered there) and with an image match of the copyrighted work (so
   * that DMCA may rely on it).
   */
  private static Finding bareFinding(String marketplace) {
    String currency = marketplace.equals("EBAY-UK") ? "GBP" : "EUR";
    return Fixtures.finding("{\"listingId\":\"abc\",\"marketplace\":\""
        + marketplace.replace("-UK", "") + "\",\"price\":{\"amount\":\"30\",\"currency\":\""
        + currency + "\"},\"evidence\":[{\"type\":\"image-copy\","
        + "\"right\":\"Vireo product photographs\",\"listingImage\":\"https://img.example/abc.jpg\","
        + "\"workImage\":\"photos/satchel.jpg\",\"algorithm\":\"PDQ\",\"distance\":10,"
        + "\"threshold\":31}],"
        + "\"title\":\"Vireo satchel replica\",\"mentions\":[{\"brand\":\"Vireo\","
        + "\"field\":\"TITLE\",\"start\":0,\"end\":5,\"matched\":\"Vireo\",\"method\":\"EXACT\","
        + "\"similarity\":1.0}],\"assessment\":{\"score\":0.9,\"verdict\":\"LIKELY_COUNTERFEIT\","
        + "\"reasons\":[{\"code\":\"CUE_WORD\",\"message\":\"replica\"}]}}");
  }

  static Stream<Arguments> bareNotices() {
    return Stream.of(
        Arguments.of(Routes.DMCA, "EBAY", List.of("signature", "infringing-material",
            "complainant-address", "complainant-phone", "complainant-email")),
        Arguments.of(Routes.DSA, "EBAY", List.of("exact-location", "notifier-email",
            "signature")),
        Arguments.of(Routes.UK, "EBAY-UK", List.of("sender-address", "content-location",
            "signature")),
        Arguments.of(Routes.CN_ECOMMERCE, "ALIEXPRESS", List.of("rights-holder-identity",
            "listing-locations", "sender-email", "sender-phone")),
        Arguments.of(Routes.ALIBABA_IPP, "ALIEXPRESS", List.of("rights-holder-identity",
            "listing-links", "contact-email", "signature")),
        Arguments.of(Routes.AMAZON, "AMAZON", List.of("rights-owner", "asins",
            "contact-email", "signature")),
        Arguments.of(Routes.EBAY_VERO, "EBAY", List.of("rights-owner", "item-numbers",
            "contact-email", "signature")),
        Arguments.of(Routes.TEMU, "TEMU", List.of("rights-owner", "listing-links",
            "contact-email", "signature")),
        Arguments.of(Routes.CEASE_AND_DESIST, "EBAY", List.of("recipient", "listing-locations",
            "sender-address", "sender-email", "signature")));
  }

  @ParameterizedTest
  @MethodSource("bareNotices")
  void aBareNoticeNamesEveryMissingElementAtOnce(Route route, String marketplace,
      List<String> missing) {
    Portfolio bare = Fixtures.portfolio(BARE_PORTFOLIO);
    Drafts drafts = NoticeDrafter.builder(bare).date(Fixtures.DATE).build()
        .draft(route, List.of(bareFinding(marketplace)));
    assertThat(drafts.problems()).isEmpty();
    Notice notice = drafts.notices().get(0);
    assertThat(notice.problems()).extracting(ElementProblem::element)
        .containsExactlyInAnyOrderElementsOf(missing);
    assertThat(notice.problems()).allSatisfy(p -> {
      assertThat(p.route()).isEqualTo(route.id());
      assertThat(p.toString()).startsWith(route.id() + ": " + p.element());
    });
    // Every missing value reads as a marker in a draft the caller asked for.
    String draft = NoticeRenderer.standard().allowingIncomplete().render(notice, Format.TEXT,
        Language.EN);
    assertThat(draft).startsWith("*** INCOMPLETE DRAFT - NOT FOR SENDING ***");
    for (String element : missing) {
      assertThat(draft).contains(element);
    }
  }

  @ParameterizedTest
  @MethodSource("routes")
  void anIncompleteNoticeIsRefusedInEveryFormat(Route route) {
    Portfolio bare = Fixtures.portfolio(BARE_PORTFOLIO);
    String marketplace = route == Routes.UK ? "EBAY-UK" : route.marketplaces().isEmpty() ? "EBAY"
        : route.marketplaces().stream().sorted().findFirst().orElseThrow().name();
    Notice notice = NoticeDrafter.builder(bare).date(Fixtures.DATE).build()
        .draft(route, List.of(bareFinding(marketplace))).notices().get(0);
    for (Format f : Format.values()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
          () -> NoticeRenderer.standard().render(notice, f))
          .isInstanceOf(dev.marque.notices.render.IncompleteNoticeException.class)
          .hasMessageContaining("is incomplete and was not rendered")
          .hasMessageContaining(notice.problems().get(0).element());
    }
  }

  @org.junit.jupiter.api.Test
  void theMissingValuesReadAsMarkersInAnAllowedDraft() {
    Notice notice = NoticeDrafter.builder(Fixtures.portfolio(BARE_PORTFOLIO))
        .date(Fixtures.DATE).build().draft(Routes.DMCA, List.of(bareFinding("EBAY")))
        .notices().get(0);
    NoticeRenderer drafts = NoticeRenderer.standard().allowingIncomplete();
    assertThat(drafts.render(notice, Format.TEXT)).contains("[MISSING: complainant-phone]")
        .contains("[MISSING: infringing-material]");
    assertThat(drafts.render(notice, Format.HTML))
        .contains("<div class=\"marque-incomplete\" role=\"alert\">")
        .contains("[MISSING: complainant-email]");
    assertThat(drafts.render(notice, Format.JSON))
        .contains("\"status\" : \"INCOMPLETE DRAFT - NOT FOR SENDING\"")
        .contains("\"element\" : \"complainant-address\"");
    Item item = notice.items().get(0);
    assertThat(item.url()).isEmpty();
    assertThat(Map.of()).isEmpty();
  }
}
