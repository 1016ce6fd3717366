package dev.marque.notices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.core.Finding;
import dev.marque.core.Portfolio;
import dev.marque.notices.draft.Drafts;
import dev.marque.notices.draft.Notice;
import dev.marque.notices.draft.SellerRole;
import dev.marque.notices.draft.ThreatsReview;
import dev.marque.notices.law.Language;
import dev.marque.notices.law.Routes;
import dev.marque.notices.render.Format;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The UK's Intellectual Property (Unjustified Threats) Act 2017, as a lawyer reading the letters
 * would check it: the Act is keyed on acts done in the UK (not on where the seller lives); a
 * letter before action goes only to a maker or importer, or with the risk accepted explicitly;
 * any other seller gets a permitted communication that makes no demand; and the letter says
 * "our client" only when an agent writes, citing the statute the claim rests on.
 */
class ThreatsTest {

  private static final String UK_MARK = "{\"type\": \"trademark\", \"mark\": \"VIREO\","
      + " \"registrationNumber\": \"UK00003999001\", \"office\": \"UKIPO\", \"classes\": [18]}";
  private static final String US_MARK = "{\"type\": \"trademark\", \"mark\": \"VIREO\","
      + " \"registrationNumber\": \"7000001\", \"office\": \"USPTO\", \"classes\": [18]}";

  private static final String HOLDER = "\"holder\": {\"name\": \"Vireo Leather Ltd\","
      + " \"email\": \"l@vireo.example\", \"address\": \"3 Tanner Row, Leeds\", \"phone\":"
      + " \"+44 113 496 0000\", \"country\": \"GB\", \"signatory\": {\"name\": \"Ada Marsh\","
      + " \"capacity\": \"Company Secretary\"}}";

  private static Portfolio holderWrites(String rights) {
    return Fixtures.portfolio("{" + HOLDER + ", \"brands\": [{\"name\": \"Vireo\", \"rights\": ["
        + rights + "]}]}");
  }

  private static Portfolio agentWrites(String rights) {
    return Fixtures.portfolio("{" + HOLDER + ", \"agent\": {\"name\": \"Castell & Reeve LLP\","
        + " \"email\": \"b@castellreeve.example\", \"address\": \"14 Bream's Buildings, London\","
        + " \"country\": \"GB\", \"authorization\": {\"reference\": \"CR-POA-1\", \"validFrom\":"
        + " \"2026-01-01\"}, \"signatory\": {\"name\": \"Eleanor Reeve\", \"capacity\":"
        + " \"Partner\"}}, \"brands\": [{\"name\": \"Vireo\", \"rights\": [" + rights + "]}]}");
  }

  /** A counterfeit listing by seller {@code s1}, on a storefront, priced in a currency. */
  private static Finding listing(String url, String currency, String sellerCountry) {
    return Fixtures.finding("{\"listingId\":\"123456789012\",\"marketplace\":\"EBAY\","
        + "\"url\":\"" + url + "\",\"title\":\"Vireo satchel\",\"price\":{\"amount\":\"30\","
        + "\"currency\":\"" + currency + "\"},\"seller\":{\"id\":\"s1\",\"name\":\"Satchel"
        + " Outlet\",\"country\":\"" + sellerCountry + "\"},\"mentions\":[{\"brand\":\"Vireo\","
        + "\"field\":\"TITLE\",\"start\":0,\"end\":5,\"matched\":\"Vireo\",\"method\":\"EXACT\","
        + "\"similarity\":1.0}],\"assessment\":{\"score\":0.9,\"verdict\":\"LIKELY_COUNTERFEIT\","
        + "\"reasons\":[{\"code\":\"CUE_WORD\",\"message\":\"The title says 'replica'\"}]}}");
  }

  private static final Finding ON_EBAY_UK = listing("https://www.ebay.co.uk/itm/123456789012",
      "GBP", "CN");

  private static Notice letter(NoticeDrafter.Builder b, Finding f) {
    Drafts drafts = b.date(Fixtures.DATE).build().draft(Routes.CEASE_AND_DESIST, List.of(f));
    assertThat(drafts.problems()).isEmpty();
    return drafts.notices().get(0);
  }

  private static String text(Notice n) {
    return NoticeRenderer.standard().render(n, Format.TEXT, Language.EN).replaceAll("\\s+", " ");
  }

  @Test
  void aSellerNotShownToBeTheMakerOrImporterGetsAPermittedCommunicationThatDemandsNothing() {
    Notice n = letter(NoticeDrafter.builder(holderWrites(UK_MARK)), ON_EBAY_UK);
    assertThat(n.route()).isEqualTo(Routes.UK_PERMITTED_COMMUNICATION);
    assertThat(n.isComplete()).isTrue();
    assertThat(n.threats()).hasValueSatisfying(t -> {
      assertThat(t.outcome()).isEqualTo(ThreatsReview.Outcome.PERMITTED_COMMUNICATION);
      assertThat(t.actsInUk()).contains("ebay.co.uk, the storefront for the United Kingdom");
      assertThat(t.section()).isEqualTo("Trade Marks Act 1994, ss.21A and 21B");
    });
    String text = text(n);
    assertThat(text).contains("We write to give you notice that the registered trade mark"
            + " described below exists, belongs to Vireo Leather Ltd and is in force")
        .contains("UK00003999001").contains("please tell us, if you know: the name and address"
            + " of the person from whom you obtained them")
        .contains("https://www.ebay.co.uk/itm/123456789012");
    // what a permitted communication may never do (s.21B(4)), nor threaten
    assertThat(text.toLowerCase(java.util.Locale.ROOT)).doesNotContain("require you")
        .doesNotContain("proceedings").doesNotContain("stop").doesNotContain("remove")
        .doesNotContain("undertaking").doesNotContain("destr").doesNotContain("deliver up")
        .doesNotContain("counterfeit").doesNotContain("replica").doesNotContain("infring");
    assertThat(n.advisories()).anySatisfy(a -> assertThat(a)
        .contains("nothing records whether s1 made or imported the goods")
        .contains("--seller-role s1=manufacturer").contains("--accept-threats-risk"));
  }

  @Test
  void aRecordedRetailerStillGetsOnlyAPermittedCommunication() {
    Notice n = letter(NoticeDrafter.builder(holderWrites(UK_MARK)).sellerRole("s1",
        SellerRole.retailer("an eBay shop reselling many brands", List.of(
            "2026-06-01: asked eBay for the seller's supplier"))), ON_EBAY_UK);
    assertThat(n.route()).isEqualTo(Routes.UK_PERMITTED_COMMUNICATION);
    assertThat(n.advisories()).anySatisfy(a -> assertThat(a)
        .contains("s1 is recorded as a retailer (an eBay shop reselling many brands)"));
  }

  @Test
  void theMakerOrImporterGetsTheLetterBeforeActionWithTheBasisStated() {
    Notice n = letter(NoticeDrafter.builder(holderWrites(UK_MARK)).sellerRole("s1",
        SellerRole.importer("its listing says it imports the satchels from its own factory in"
            + " Guangzhou")), ON_EBAY_UK);
    assertThat(n.route()).isEqualTo(Routes.CEASE_AND_DESIST);
    assertThat(n.threats()).map(ThreatsReview::outcome)
        .contains(ThreatsReview.Outcome.LETTER_TO_PRIMARY_ACTOR);
    assertThat(text(n)).contains("We write to you as the importer of these goods: its listing"
            + " says it imports the satchels from its own factory in Guangzhou")
        .contains("infringe our trade mark under section 10 of the Trade Marks Act 1994")
        .contains("We therefore require you");
  }

  @Test
  void aLetterToARetailerNeedsTheRiskAcceptedExplicitlyAndRecordsIt() {
    Notice n = letter(NoticeDrafter.builder(holderWrites(UK_MARK)).acceptThreatsRisk()
        .sellerRole("s1", SellerRole.retailer("resells", List.of("2026-06-01: asked eBay for"
            + " the seller's supplier; no answer"))), ON_EBAY_UK);
    assertThat(n.route()).isEqualTo(Routes.CEASE_AND_DESIST);
    assertThat(n.threats()).map(ThreatsReview::outcome)
        .contains(ThreatsReview.Outcome.RISK_ACCEPTED);
    assertThat(n.threats().orElseThrow().fields()).containsKeys("section", "actsInUk")
        .containsEntry("outcome", "RISK_ACCEPTED").containsEntry("recipientRole", "RETAILER")
        .containsEntry("roleBasis", "resells").containsEntry("riskAccepted", true)
        .containsEntry("stepsToFindMaker",
            List.of("2026-06-01: asked eBay for the seller's supplier; no answer"));
    assertThat(text(n)).contains("we have taken the following steps, without success: -"
        + " 2026-06-01: asked eBay for the seller's supplier; no answer");
    String json = NoticeRenderer.standard().render(n, Format.JSON, Language.EN);
    assertThat(json).contains("\"outcome\" : \"RISK_ACCEPTED\"")
        .contains("\"riskAccepted\" : true").contains("\"recipientRole\" : \"RETAILER\"");
    assertThat(n.advisories()).anySatisfy(a -> assertThat(a)
        .contains("the risk of an unjustified-threats claim was accepted explicitly"));
  }

  @Test
  void theActKeysOnActsDoneInTheUkNotOnWhereTheSellerLives() {
    // a seller living in the UK, but the listing is on ebay.com in dollars under a US mark
    Notice usListing = letter(NoticeDrafter.builder(holderWrites(US_MARK + ", " + UK_MARK)),
        listing("https://www.ebay.com/itm/123456789012", "USD", "GB"));
    assertThat(usListing.route()).isEqualTo(Routes.CEASE_AND_DESIST);
    assertThat(usListing.threats()).isEmpty();
    assertThat(usListing.advisories()).noneSatisfy(a -> assertThat(a).contains("Threats"));
    assertThat(text(usListing)).contains("under section 32 of the Lanham Act (15 U.S.C."
        + " § 1114)");
    // a seller in China offering to UK buyers on ebay.co.uk: the Act reaches the letter
    Notice ukListing = letter(NoticeDrafter.builder(holderWrites(UK_MARK)), ON_EBAY_UK);
    assertThat(ukListing.threats()).isPresent();
  }

  @Test
  void aPlatformNoticeAboutUkListingsIsRecordedAndStatesNoIntentionToSue() {
    Drafts drafts = NoticeDrafter.builder(holderWrites(UK_MARK)).date(Fixtures.DATE).build()
        .draft(Routes.UK, List.of(ON_EBAY_UK));
    Notice n = drafts.notices().get(0);
    assertThat(n.threats()).map(ThreatsReview::outcome)
        .contains(ThreatsReview.Outcome.PLATFORM_NOTICE);
    assertThat(text(n).toLowerCase(java.util.Locale.ROOT)).doesNotContain("proceedings")
        .doesNotContain("sue");
  }

  @Test
  void ourClientOnlyWhenAnAgentWrites() {
    Finding us = listing("https://www.ebay.com/itm/123456789012", "USD", "US");
    String byHolder = text(letter(NoticeDrafter.builder(holderWrites(US_MARK)), us));
    assertThat(byHolder).doesNotContainIgnoringCase("our client")
        .contains("1. Our right").contains("We have found that you offer")
        .contains("we may start proceedings").contains("without prejudice to our rights");
    String byAgent = text(letter(NoticeDrafter.builder(agentWrites(US_MARK)), us));
    assertThat(byAgent).contains("1. Our client's right")
        .contains("Our client has found that you offer")
        .contains("our client may start proceedings")
        .contains("without prejudice to our client's rights");
  }

  @Test
  void aLetterCitingNoKnownStatuteIsRefusedNamingTheElement() {
    // a copyright applies everywhere; a listing on a marketplace without a national storefront
    Finding other = RefusalsTest.finding("OTHER");
    Drafts drafts = NoticeDrafter.builder(holderWrites("{\"type\": \"copyright\", \"work\":"
        + " \"Photos\", \"author\": \"Vireo Leather Ltd\", \"evidence\": [\"drafts\"]}")).date(Fixtures.DATE).build()
        .draft(Routes.CEASE_AND_DESIST, List.of(other));
    Notice n = drafts.notices().get(0);
    assertThat(n.isComplete()).isFalse();
    assertThat(n.problems()).singleElement().satisfies(p -> {
      assertThat(p.element()).isEqualTo("statute");
      assertThat(p.message()).contains("marque knows no statute for a copyright in");
    });
  }
}
