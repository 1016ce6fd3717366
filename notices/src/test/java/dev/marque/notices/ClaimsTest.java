package dev.marque.notices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.core.Finding;
import dev.marque.core.Portfolio;
import dev.marque.notices.draft.DraftProblem;
import dev.marque.notices.draft.Drafts;
import dev.marque.notices.draft.ElementProblem;
import dev.marque.notices.draft.Notice;
import dev.marque.notices.draft.OfferedIn;
import dev.marque.notices.law.Language;
import dev.marque.notices.law.Route;
import dev.marque.notices.law.Routes;
import dev.marque.notices.render.Format;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a notice may claim: a right other than a trade mark only with evidence of copying, a
 * territory's route only for a listing offered there, and a signature only from a named person.
 */
class ClaimsTest {

  private static final String HOLDER = "{\"name\": \"Vireo Leather Ltd\", \"email\":"
      + " \"l@vireo.example\", \"address\": \"3 Tanner Row, Leeds\", \"phone\": \"+44 113 496"
      + " 0000\", \"country\": \"GB\", \"signatory\": {\"name\": \"Ada Marsh\", \"capacity\":"
      + " \"Company Secretary\"}}";

  private static Portfolio portfolio(String holder, String rights) {
    return Fixtures.portfolio("{\"holder\": " + holder + ", \"brands\": [{\"name\": \"Vireo\","
        + " \"rights\": [" + rights + "]}]}");
  }

  private static final String MARKS = "{\"type\": \"trademark\", \"mark\": \"VIREO\","
      + " \"registrationNumber\": \"7000001\", \"office\": \"USPTO\", \"classes\": [18]},"
      + " {\"type\": \"trademark\", \"mark\": \"VIREO\", \"registrationNumber\": \"018000002\","
      + " \"office\": \"EUIPO\", \"classes\": [18]}, {\"type\": \"trademark\", \"mark\":"
      + " \"VIREO\", \"registrationNumber\": \"UK00003000003\", \"office\": \"UKIPO\","
      + " \"classes\": [18]}, {\"type\": \"trademark\", \"mark\": \"VIREO\","
      + " \"registrationNumber\": \"40000004\", \"office\": \"CNIPA\", \"classes\": [18]}";
  private static final String PHOTOS = "{\"type\": \"copyright\", \"work\": \"Vireo 2026"
      + " photographs\", \"created\": \"2025-11-01\", \"registrationNumber\": \"VA 2-000-005\","
      + " \"registeredIn\": \"US\"}";
  private static final String EXPIRED_EU_MARK_AND_DESIGN = "{\"type\": \"trademark\", \"mark\":"
      + " \"VIREO\", \"registrationNumber\": \"018000002\", \"office\": \"EUIPO\", \"classes\":"
      + " [18], \"registered\": \"2010-01-01\", \"expires\": \"2020-01-01\"}, {\"type\":"
      + " \"design\", \"design\": \"Vireo clasp\", \"registrationNumber\": \"008000001-0001\","
      + " \"office\": \"EUIPO\", \"registered\": \"2022-01-01\", \"expires\": \"2027-01-01\"}";

  /** A counterfeit listing; {@code extra} adds properties such as price, shipsFrom, evidence. */
  private static Finding finding(String marketplace, String url, String extra) {
    return Fixtures.finding("{\"listingId\":\"123456789012\",\"marketplace\":\"" + marketplace
        + "\",\"url\":\"" + url + "\",\"title\":\"Vireo satchel\",\"seller\":{\"id\":\"s1\"},"
        + extra + (extra.isEmpty() ? "" : ",")
        + "\"mentions\":[{\"brand\":\"Vireo\",\"field\":\"TITLE\",\"start\":0,\"end\":5,"
        + "\"matched\":\"Vireo\",\"method\":\"EXACT\",\"similarity\":1.0}],\"assessment\":"
        + "{\"score\":0.9,\"verdict\":\"LIKELY_COUNTERFEIT\",\"reasons\":[{\"code\":\"CUE_WORD\","
        + "\"message\":\"the title says replica\"}]}}");
  }

  private static Drafts draft(Portfolio p, Route route, Finding f) {
    return NoticeDrafter.builder(p).date(Fixtures.DATE).build().draft(route, List.of(f));
  }

  private static String text(Notice n) {
    return NoticeRenderer.standard().render(n, Format.TEXT).replaceAll("\\s+", " ");
  }

  private static final String IMAGE = "\"evidence\":[{\"type\":\"image-copy\",\"right\":"
      + "\"Vireo 2026 photographs\",\"listingImage\":\"https://i.ebayimg.example/1.jpg\","
      + "\"workImage\":\"photos/satchel-front.jpg\",\"algorithm\":\"PDQ\",\"distance\":%d,"
      + "\"threshold\":31}]";

  @Test
  void aCopyrightIsNotClaimedForACounterfeitWithoutEvidenceOfCopyingAndTheReasonNamesIt() {
    Drafts drafts = draft(portfolio(HOLDER, MARKS + ", " + PHOTOS), Routes.DMCA,
        finding("EBAY", "https://www.ebay.com/itm/123456789012", ""));
    assertThat(drafts.notices()).isEmpty();
    assertThat(drafts.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(DraftProblem.Kind.NO_EVIDENCE);
      assertThat(p.message()).contains("copyright Vireo 2026 photographs (US VA 2-000-005) is"
          + " not claimed: nothing in the finding shows the listing copies it")
          .contains("a listing image matching one of the work's images by a perceptual hash"
              + " within its threshold (image-copy)")
          .contains("text copied from the work (text-copy)");
    });
  }

  @Test
  void anImageMatchBeyondItsThresholdIsNoEvidenceAndSaysSo() {
    Drafts drafts = draft(portfolio(HOLDER, PHOTOS), Routes.DMCA,
        finding("EBAY", "https://www.ebay.com/itm/123456789012", String.format(IMAGE, 40)));
    assertThat(drafts.problems()).singleElement().extracting(DraftProblem::message).asString()
        .contains("is 40 bits from photos/satchel-front.jpg by PDQ, beyond the threshold of 31:"
            + " not a match");
  }

  @Test
  void anImageMatchCarriesTheCopyrightAndTheNoticeShowsIt() {
    Drafts drafts = draft(portfolio(HOLDER, MARKS + ", " + PHOTOS), Routes.DMCA,
        finding("EBAY", "https://www.ebay.com/itm/123456789012", String.format(IMAGE, 12)));
    assertThat(drafts.problems()).isEmpty();
    Notice n = drafts.notices().get(0);
    assertThat(n.right().orElseThrow().subject()).isEqualTo("Vireo 2026 photographs");
    assertThat(n.isComplete()).isTrue();
    assertThat(text(n)).contains("Evidence of copying: - The listing image"
        + " https://i.ebayimg.example/1.jpg matches photos/satchel-front.jpg, an image of the"
        + " work, by PDQ perceptual hash: Hamming distance 12 (a match is 31 or less).");
  }

  @Test
  void copiedTextCarriesTheCopyright() {
    String copied = "\"evidence\":[{\"type\":\"text-copy\",\"right\":\"VA 2-000-005\","
        + "\"field\":\"DESCRIPTION\",\"listingText\":\"full-grain leather cut in Leeds\","
        + "\"workText\":\"full-grain leather cut in Leeds\"}]";
    Notice n = draft(portfolio(HOLDER, PHOTOS), Routes.DMCA,
        finding("EBAY", "https://www.ebay.com/itm/123456789012", copied)).notices().get(0);
    assertThat(text(n)).contains("The listing's description copies the work:"
        + " \u201cfull-grain leather cut in Leeds\u201d");
  }

  @Test
  void noSilentFallbackFromAnExpiredMarkToADesignOnEbay() {
    Drafts drafts = draft(portfolio(HOLDER, EXPIRED_EU_MARK_AND_DESIGN), Routes.EBAY_VERO,
        finding("EBAY", "https://www.ebay.de/itm/123456789012", "\"price\":{\"amount\":\"40\","
            + "\"currency\":\"EUR\"}"));
    assertThat(drafts.notices()).as("the design is not claimed on the mark's behalf").isEmpty();
    assertThat(drafts.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(DraftProblem.Kind.NO_EVIDENCE);
      assertThat(p.message()).contains("trade mark VIREO (EUIPO 018000002) is not in force")
          .contains("registered design Vireo clasp (EUIPO 008000001-0001) is not claimed")
          .contains("a claim in a design needs evidence you attach that the product has that"
              + " design (attached");
    });
  }

  @Test
  void aDesignIsClaimedWithAttachedEvidenceAndTheFallbackIsStated() {
    String attached = "\"evidence\":[{\"type\":\"attached\",\"right\":\"008000001-0001\","
        + "\"shows\":\"Side-by-side comparison of the listed clasp with the registered views\","
        + "\"file\":{\"path\":\"evidence/clasp.pdf\",\"sha256\":\"" + "0f".repeat(32) + "\"}}]";
    Drafts drafts = draft(portfolio(HOLDER, EXPIRED_EU_MARK_AND_DESIGN), Routes.EBAY_VERO,
        finding("EBAY", "https://www.ebay.de/itm/123456789012", attached));
    Notice n = drafts.notices().get(0);
    assertThat(n.right().orElseThrow().subject()).isEqualTo("Vireo clasp");
    assertThat(n.advisories()).anySatisfy(a -> assertThat(a).contains("not on a trade mark,"
        + " because no trade mark fits (trade mark VIREO (EUIPO 018000002) is not in force"));
    assertThat(text(n)).contains("Side-by-side comparison of the listed clasp with the"
        + " registered views (attached: evidence/clasp.pdf, SHA-256 0f0f");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "dsa | https://www.amazon.de/dp/B0VIREO001 | | | it is listed on amazon.de, the"
          + " storefront for Germany",
      "dsa | https://www.aliexpress.com/item/1.html | EUR | | it is priced in EUR",
      "dsa | https://www.amazon.com/dp/B0VIREO001 | USD | FR | the goods ship from France",
      "uk | https://www.amazon.co.uk/dp/B0VIREO001 | | | it is listed on amazon.co.uk, the"
          + " storefront for the United Kingdom",
      "uk | https://www.aliexpress.com/item/1.html | GBP | | it is priced in GBP",
      "uk | https://www.amazon.com/dp/B0VIREO001 | USD | GB | the goods ship from the United"
          + " Kingdom"})
  void aTerritorysRouteTakesAListingOfferedThereAndStatesTheBasis(String route, String url,
      String currency, String shipsFrom, String basis) {
    String extra = (currency == null ? "" : "\"price\":{\"amount\":\"40\",\"currency\":\""
        + currency + "\"}") + (shipsFrom == null ? "" : (currency == null ? "" : ",")
        + "\"shipsFrom\":\"" + shipsFrom + "\"");
    Drafts drafts = draft(portfolio(HOLDER, MARKS), Routes.byId(route),
        finding(url.contains("aliexpress") ? "ALIEXPRESS" : "AMAZON", url, extra));
    assertThat(drafts.problems()).isEmpty();
    Notice n = drafts.notices().get(0);
    assertThat(n.isComplete()).isTrue();
    assertThat(n.items().get(0).offeredIn()).map(OfferedIn::text)
        .hasValueSatisfying(b -> assertThat(b)
        .startsWith((shipsFrom == null ? "Offered to buyers in the " : "Offered from the ")
            + (route.equals("dsa") ? "European Union" : "United Kingdom")).contains(basis));
    assertThat(text(n)).contains("Where: Offered ").contains(basis);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "dsa | https://www.amazon.com/dp/B0VIREO001 | USD | its storefront is amazon.com (United"
          + " States)",
      "dsa | https://www.amazon.com/dp/B0VIREO001 | EUR | its currency (EUR) and language are"
          + " not looked at on a national storefront",
      "dsa | https://www.amazon.co.uk/dp/B0VIREO001 | GBP | its storefront is amazon.co.uk",
      "uk | https://www.ebay.de/itm/123456789012 | EUR | its storefront is ebay.de (Germany)",
      "uk | https://www.shopee.sg/item/1 | SGD | its storefront is shopee.sg (Singapore)"})
  void aTerritorysRouteSetsAsideAListingNotOfferedThere(String route, String url,
      String currency, String seen) {
    String marketplace = url.contains("amazon") ? "AMAZON" : url.contains("ebay") ? "EBAY"
        : "SHOPEE";
    Drafts drafts = draft(portfolio(HOLDER, MARKS), Routes.byId(route), finding(marketplace,
        url, "\"price\":{\"amount\":\"40\",\"currency\":\"" + currency + "\"}"));
    assertThat(drafts.notices()).isEmpty();
    assertThat(drafts.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(DraftProblem.Kind.NOT_TARGETED);
      assertThat(p.message()).contains("reaches only listings offered to buyers in the")
          .contains(seen);
    });
  }

  @Test
  void aNationalStorefrontInsideTheEuNeedsARightThatAppliesInThatState() {
    String frenchMark = "{\"type\": \"trademark\", \"mark\": \"VIREO\", \"registrationNumber\":"
        + " \"4000001\", \"office\": \"FR\", \"classes\": [18]}";
    Drafts drafts = draft(portfolio(HOLDER, frenchMark), Routes.DSA,
        finding("AMAZON", "https://www.amazon.de/dp/B0VIREO001", ""));
    assertThat(drafts.problems()).singleElement().extracting(DraftProblem::message).asString()
        .contains("applies in France, not in Germany (DE)");
  }

  @ParameterizedTest
  @CsvSource({"dmca, EBAY, https://www.ebay.com/itm/123456789012",
      "dsa, EBAY, https://www.ebay.de/itm/123456789012",
      "uk, EBAY, https://www.ebay.co.uk/itm/123456789012",
      "amazon, AMAZON, https://www.amazon.com/dp/B0VIREO001",
      "alibaba-ipp, ALIEXPRESS, https://www.aliexpress.com/item/123456789012.html",
      "ebay-vero, EBAY, https://www.ebay.com/itm/123456789012",
      "cease-and-desist, EBAY, https://www.ebay.com/itm/123456789012"})
  void aNamedPersonAndCapacitySignOrTheNoticeIsRefused(String routeId, String marketplace,
      String url) {
    Route route = Routes.byId(routeId);
    Finding f = finding(marketplace, url, String.format(IMAGE, 5));
    String rights = MARKS + ", " + PHOTOS;
    String firmOnly = HOLDER.replaceAll(", \"signatory\": \\{[^}]*\\}", "");
    Notice unsigned = draft(portfolio(firmOnly, rights), route, f).notices().get(0);
    assertThat(unsigned.problems()).filteredOn(p -> p.element().equals("signature"))
        .singleElement().extracting(ElementProblem::message).asString()
        .contains("Vireo Leather Ltd is a firm, not a person who signs: add"
            + " holder.signatory {name, capacity}");

    Notice noCapacity = NoticeDrafter.builder(portfolio(firmOnly, rights)).date(Fixtures.DATE)
        .signatory("Ada Marsh").build().draft(route, List.of(f)).notices().get(0);
    assertThat(noCapacity.problems()).filteredOn(p -> p.element().equals("signature"))
        .singleElement().extracting(ElementProblem::message).asString()
        .contains("Ada Marsh signs in no stated capacity");

    Notice signed = NoticeDrafter.builder(portfolio(firmOnly, rights)).date(Fixtures.DATE)
        .signatory("Ada Marsh", "Company Secretary").build().draft(route, List.of(f))
        .notices().get(0);
    assertThat(signed.problems()).isEmpty();
    assertThat(text(signed)).contains("/s/ Ada Marsh Company Secretary, Vireo Leather Ltd");
  }

  @Test
  void chineseNoticesCarryTheCompanySealLine() {
    Notice n = draft(portfolio(HOLDER, MARKS), Routes.CN_ECOMMERCE, finding("TAOBAO",
        "https://item.taobao.com/item.htm?id=123456789012", "")).notices().get(0);
    assertThat(n.isComplete()).isTrue();
    assertThat(NoticeRenderer.standard().render(n, Format.TEXT, Language.ZH))
        .contains("签署：Ada Marsh（Company Secretary）\nVireo Leather Ltd（盖章）");
    assertThat(NoticeRenderer.standard().render(n, Format.TEXT, Language.EN))
        .contains("Seal:   Vireo Leather Ltd (company seal, 盖章)");
  }

  @Test
  void lazadaIsNotOnAlibabasIpPlatform() {
    Drafts drafts = draft(portfolio(HOLDER, MARKS), Routes.ALIBABA_IPP, finding("LAZADA",
        "https://www.lazada.sg/products/i123456789012.html", ""));
    assertThat(drafts.notices()).isEmpty();
    assertThat(drafts.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(DraftProblem.Kind.WRONG_MARKETPLACE);
      assertThat(p.message()).contains("Lazada is not on Alibaba's IP Protection platform: file"
          + " it through Lazada's own IP protection portal");
    });
  }

  private static final String PRINT = "{\"type\": \"copyright\", \"work\": \"Vireo 2026"
      + " photographs\", \"author\": \"Marta Ferri\", \"created\": \"2025-11-01\"%s}";

  @Test
  void aWorkByAnotherAuthorIsClaimedOnlyWithAChainOfTitleToTheHolder() {
    Finding f = finding("EBAY", "https://www.ebay.com/itm/123456789012", String.format(IMAGE, 5));
    Drafts none = draft(portfolio(HOLDER, String.format(PRINT, "")), Routes.DMCA, f);
    assertThat(none.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(DraftProblem.Kind.NO_FITTING_RIGHT);
      assertThat(p.message()).contains("its recorded author is Marta Ferri, and nothing shows how"
          + " title passed to Vireo Leather Ltd; add ownership.chainOfTitle");
    });

    String assigned = ", \"ownership\": {\"chainOfTitle\": [{\"basis\": \"author\", \"party\":"
        + " \"Marta Ferri\"}, {\"basis\": \"assignment\", \"party\": \"Vireo Leather Ltd\","
        + " \"date\": \"2025-12-01\", \"document\": \"VL-ASSIGN-7\"}]}";
    Notice n = draft(portfolio(HOLDER, String.format(PRINT, assigned)), Routes.DMCA, f)
        .notices().get(0);
    assertThat(text(n)).contains("Ownership: Vireo Leather Ltd owns it by this chain of title:"
        + " author Marta Ferri; written assignment to Vireo Leather Ltd dated 2025-12-01"
        + " (VL-ASSIGN-7)");

    String elsewhere = assigned.replace("\"Vireo Leather Ltd\"", "\"Ferri Studio Srl\"");
    assertThat(draft(portfolio(HOLDER, String.format(PRINT, elsewhere)), Routes.DMCA, f)
        .problems()).singleElement().extracting(DraftProblem::message).asString()
        .contains("is owned by Ferri Studio Srl (by its chain of title), not by Vireo Leather Ltd");
  }

  @Test
  void anAssignmentWithoutItsDateOrDocumentIsAPortfolioError() {
    String undated = ", \"ownership\": {\"chainOfTitle\": [{\"basis\": \"author\", \"party\":"
        + " \"Marta Ferri\"}, {\"basis\": \"assignment\", \"party\": \"Vireo Leather Ltd\"}]}";
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> portfolio(HOLDER, String.format(PRINT, undated)))
        .hasMessageContaining("brands[0].rights[0].ownership.chainOfTitle[1].basis: assignment"
            + " needs the date and the written document");
  }

  @Test
  void everyNoticeStatesTheBasisOfOwnershipAndChineseNoticesListClassesOneByOne() {
    Notice n = draft(portfolio(HOLDER, MARKS.replace("\"classes\": [18]}", "\"classes\": [18, 25]}")),
        Routes.CN_ECOMMERCE, finding("TAOBAO", "https://item.taobao.com/item.htm?id=1", ""))
        .notices().get(0);
    String zh = NoticeRenderer.standard().render(n, Format.TEXT, Language.ZH);
    assertThat(zh).contains("核定类别：第18类、第25类")
        .contains("权属依据：Vireo Leather Ltd为注册权利人（CNIPA 40000004）");
    assertThat(NoticeRenderer.standard().render(n, Format.TEXT, Language.EN)
        .replaceAll("\\s+", " ")).contains("Ownership: Vireo Leather Ltd is the registered"
            + " proprietor (CNIPA 40000004)");
  }
}
