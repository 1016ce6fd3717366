package dev.marque.notices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.core.Finding;
import dev.marque.core.Marketplace;
import dev.marque.core.Portfolio;
import dev.marque.notices.draft.DraftProblem;
import dev.marque.notices.draft.Drafts;
import dev.marque.notices.draft.Notice;
import dev.marque.notices.draft.OfferedIn;
import dev.marque.notices.law.Language;
import dev.marque.notices.law.Route;
import dev.marque.notices.law.Routes;
import dev.marque.notices.render.Format;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a listing is offered decides which routes and which rights reach it: the listing's
 * ships-to list first, then a national storefront (and where the goods ship from), then currency
 * and language; the notice states the basis, and a listing offered nowhere the route or the
 * right reaches is set aside with what was looked at.
 */
class TargetingTest {

  private static final String HOLDER = "{\"name\": \"Vireo Leather Ltd\", \"email\":"
      + " \"l@vireo.example\", \"address\": \"3 Tanner Row, Leeds\", \"phone\": \"+44 113 496"
      + " 0000\", \"country\": \"GB\", \"signatory\": {\"name\": \"Ada Marsh\", \"capacity\":"
      + " \"Company Secretary\"}}";
  private static final String EU_MARK = "{\"type\": \"trademark\", \"mark\": \"VIREO\","
      + " \"registrationNumber\": \"018000002\", \"office\": \"EUIPO\", \"classes\": [18]}";
  private static final String UK_MARK = "{\"type\": \"trademark\", \"mark\": \"VIREO\","
      + " \"registrationNumber\": \"UK00003000003\", \"office\": \"UKIPO\", \"classes\": [18]}";
  private static final String US_MARK = "{\"type\": \"trademark\", \"mark\": \"VIREO\","
      + " \"registrationNumber\": \"7000001\", \"office\": \"USPTO\", \"classes\": [18]}";

  private static Portfolio portfolio(String... rights) {
    return Fixtures.portfolio("{\"holder\": " + HOLDER + ", \"brands\": [{\"name\": \"Vireo\","
        + " \"rights\": [" + String.join(", ", rights) + "]}]}");
  }

  /** A counterfeit listing at the URL; {@code extra} adds price, shipsTo, language... */
  private static Finding finding(String url, String extra) {
    return Fixtures.finding("{\"listingId\":\"123456789012\",\"marketplace\":\""
        + Marketplace.fromUrl(url).name() + "\",\"url\":\"" + url + "\","
        + "\"title\":\"Vireo satchel\",\"seller\":{\"id\":\"s1\"}," + extra
        + (extra.isEmpty() ? "" : ",")
        + "\"mentions\":[{\"brand\":\"Vireo\",\"field\":\"TITLE\",\"start\":0,\"end\":5,"
        + "\"matched\":\"Vireo\",\"method\":\"EXACT\",\"similarity\":1.0}],\"assessment\":"
        + "{\"score\":0.9,\"verdict\":\"LIKELY_COUNTERFEIT\",\"reasons\":[{\"code\":\"CUE_WORD\","
        + "\"message\":\"the title says replica\"}]}}");
  }

  private static Drafts draft(Portfolio p, Route route, Finding f) {
    return NoticeDrafter.builder(p).date(Fixtures.DATE).build().draft(route, List.of(f));
  }

  private static String text(Notice n, Language language) {
    return NoticeRenderer.standard().render(n, Format.TEXT, language).replaceAll("\\s+", " ");
  }

  private static String onlyProblem(Drafts drafts, DraftProblem.Kind kind) {
    assertThat(drafts.notices()).isEmpty();
    assertThat(drafts.problems()).singleElement()
        .satisfies(p -> assertThat(p.kind()).isEqualTo(kind));
    return drafts.problems().get(0).message();
  }

  @Test
  void anEuListingOnEbayDeGetsADsaNoticeThatSaysItIsListedOnTheGermanStorefront() {
    Drafts drafts = draft(portfolio(EU_MARK), Routes.DSA,
        finding("https://www.ebay.de/itm/123456789012", "\"price\":{\"amount\":\"40\","
            + "\"currency\":\"EUR\"}"));
    assertThat(drafts.problems()).isEmpty();
    Notice n = drafts.notices().get(0);
    assertThat(n.isComplete()).isTrue();
    OfferedIn basis = n.items().get(0).offeredIn().orElseThrow();
    assertThat(basis.decidedBy()).isEqualTo(OfferedIn.Ground.STOREFRONT);
    assertThat(basis.text()).isEqualTo("Offered to buyers in the European Union: it is listed"
        + " on ebay.de, the storefront for Germany.");
    assertThat(text(n, Language.EN)).contains("Where: Offered to buyers in the European Union:"
        + " it is listed on ebay.de, the storefront for Germany.");
  }

  @Test
  void anAmazonComListingThatShipsToGermanyIsOfferedInTheEuBecauseShipsToBeatsTheStorefront() {
    Finding f = finding("https://www.amazon.com/dp/B0VIREO001", "\"price\":{\"amount\":\"40\","
        + "\"currency\":\"USD\"},\"shipsTo\":[\"US\",\"DE\",\"CA\"]");
    Drafts drafts = draft(portfolio(EU_MARK), Routes.DSA, f);
    assertThat(drafts.problems()).isEmpty();
    OfferedIn basis = drafts.notices().get(0).items().get(0).offeredIn().orElseThrow();
    assertThat(basis.decidedBy()).isEqualTo(OfferedIn.Ground.SHIPS_TO);
    assertThat(basis.text()).isEqualTo("Offered to buyers in the European Union: it ships to"
        + " Germany, as the listing states.");
    // the same listing without its ships-to list is amazon.com's, the US storefront's, alone
    Drafts without = draft(portfolio(EU_MARK), Routes.DSA,
        finding("https://www.amazon.com/dp/B0VIREO001", "\"price\":{\"amount\":\"40\","
            + "\"currency\":\"USD\"}"));
    assertThat(onlyProblem(without, DraftProblem.Kind.NOT_TARGETED))
        .contains("its storefront is amazon.com (United States)");
  }

  @Test
  void aShopeeSingaporeListingIsSetAsideFromTheDsaWithWhatWasLookedAt() {
    String message = onlyProblem(draft(portfolio(EU_MARK), Routes.DSA,
        finding("https://shopee.sg/product/1/2", "\"price\":{\"amount\":\"40\","
            + "\"currency\":\"SGD\"},\"language\":\"en\"")), DraftProblem.Kind.NOT_TARGETED);
    assertThat(message).isEqualTo("dsa reaches only listings offered to buyers in the European"
        + " Union, and nothing shows the listing is offered to buyers in the European Union: it"
        + " gives no ships-to list, its storefront is shopee.sg (Singapore), it does not say"
        + " where it ships from, its currency (SGD) and language (en) are not looked at on a"
        + " national storefront, where they follow the viewer's settings; give its ships-to"
        + " list, or use a route for where it is offered");
  }

  @Test
  void aUkMarkDoesNotReachAnEbayDeListingThatDoesNotShipToTheUk() {
    Finding notToGb = finding("https://www.ebay.de/itm/123456789012", "\"price\":{\"amount\":"
        + "\"40\",\"currency\":\"GBP\"},\"shipsTo\":[\"DE\",\"AT\",\"FR\"]");
    // the UK route: set aside, and the currency (GBP) does not count against a ships-to list
    assertThat(onlyProblem(draft(portfolio(UK_MARK), Routes.UK, notToGb),
        DraftProblem.Kind.NOT_TARGETED)).contains("its ships-to list (DE, AT, FR) leaves out the"
            + " United Kingdom, and a ships-to list decides over storefront, currency and"
            + " language");
    // a route with no territory of its own: the right must apply where the listing is offered
    assertThat(onlyProblem(draft(portfolio(UK_MARK), Routes.EBAY_VERO, notToGb),
        DraftProblem.Kind.NO_FITTING_RIGHT)).contains("fits route ebay-vero in Germany,"
            + " Austria, France").contains("trade mark VIREO (UKIPO UK00003000003) applies in"
            + " United Kingdom, not in Germany (DE) or Austria (AT) or France (FR)");
    // a cease-and-desist letter likewise
    assertThat(onlyProblem(draft(portfolio(UK_MARK), Routes.CEASE_AND_DESIST, notToGb),
        DraftProblem.Kind.NO_FITTING_RIGHT)).contains("applies in United Kingdom, not in");
  }

  @Test
  void aUkMarkReachesAnEbayDeListingThatShipsToTheUkAndTheNoticeSaysSo() {
    Finding toGb = finding("https://www.ebay.de/itm/123456789012", "\"price\":{\"amount\":"
        + "\"40\",\"currency\":\"EUR\"},\"shipsTo\":[\"DE\",\"GB\"]");
    Drafts vero = draft(portfolio(UK_MARK), Routes.EBAY_VERO, toGb);
    assertThat(vero.problems()).isEmpty();
    Notice n = vero.notices().get(0);
    assertThat(n.items().get(0).offeredIn()).map(OfferedIn::text).contains("Offered to buyers"
        + " in the United Kingdom: it ships to the United Kingdom, as the listing states.");
    assertThat(text(n, Language.EN)).contains("Where: Offered to buyers in the United Kingdom");
    Drafts uk = draft(portfolio(UK_MARK), Routes.UK, toGb);
    assertThat(uk.problems()).isEmpty();
  }

  @Test
  void onANationalStorefrontTheCurrencyDoesNotMoveTheListingElsewhere() {
    // amazon.com priced in EUR (Amazon's currency converter): the US storefront decides
    Finding f = finding("https://www.amazon.com/dp/B0VIREO001", "\"price\":{\"amount\":\"40\","
        + "\"currency\":\"EUR\"},\"language\":\"de-DE\"");
    assertThat(onlyProblem(draft(portfolio(EU_MARK), Routes.DSA, f),
        DraftProblem.Kind.NOT_TARGETED)).contains("its currency (EUR) and language (de-DE) are"
            + " not looked at on a national storefront");
    // an Amazon report relies on the US mark there, and says so
    Drafts amazon = draft(portfolio(EU_MARK, US_MARK), Routes.AMAZON, f);
    assertThat(amazon.problems()).isEmpty();
    assertThat(amazon.notices().get(0).right().orElseThrow().registrationNumber())
        .contains("7000001");
    assertThat(amazon.notices().get(0).items().get(0).offeredIn()).map(OfferedIn::text)
        .contains("Offered to buyers in the United States: it is listed on amazon.com, the"
            + " storefront for the United States.");
  }

  @Test
  void withoutANationalStorefrontCurrencyOrLanguageDecideAndTheNoticeSaysWhy() {
    Finding polish = finding("https://www.aliexpress.com/item/1.html", "\"price\":{\"amount\":"
        + "\"40\",\"currency\":\"USD\"},\"language\":\"pl\"");
    Drafts drafts = draft(portfolio(EU_MARK), Routes.DSA, polish);
    assertThat(drafts.problems()).isEmpty();
    OfferedIn basis = drafts.notices().get(0).items().get(0).offeredIn().orElseThrow();
    assertThat(basis.decidedBy()).isEqualTo(OfferedIn.Ground.LANGUAGE);
    assertThat(basis.text()).isEqualTo("Offered to buyers in the European Union: it is written"
        + " in Polish (pl).");
    // German without a region points nowhere: it is spoken in Switzerland too
    Finding german = finding("https://www.aliexpress.com/item/1.html", "\"price\":{\"amount\":"
        + "\"40\",\"currency\":\"USD\"},\"language\":\"de\"");
    assertThat(onlyProblem(draft(portfolio(EU_MARK), Routes.DSA, german),
        DraftProblem.Kind.NOT_TARGETED)).contains("it is written in de");
  }

  @Test
  void aListingThatSaysNothingIsTakenToBeWhereItsMarketplaceIsOperatedFrom() {
    Finding temu = Fixtures.finding("{\"listingId\":\"601099512345678\",\"marketplace\":"
        + "\"TEMU\",\"url\":\"https://www.temu.com/goods.html?goods_id=601099512345678\","
        + "\"title\":\"Vireo satchel\",\"mentions\":[{\"brand\":\"Vireo\",\"field\":\"TITLE\","
        + "\"start\":0,\"end\":5,\"matched\":\"Vireo\",\"method\":\"EXACT\",\"similarity\":1.0}],"
        + "\"assessment\":{\"score\":0.9,\"verdict\":\"LIKELY_COUNTERFEIT\",\"reasons\":[{\"code\""
        + ":\"CUE_WORD\",\"message\":\"the title says replica\"}]}}");
    Drafts drafts = draft(portfolio(EU_MARK, US_MARK), Routes.TEMU, temu);
    assertThat(drafts.problems()).isEmpty();
    OfferedIn basis = drafts.notices().get(0).items().get(0).offeredIn().orElseThrow();
    assertThat(basis.decidedBy()).isEqualTo(OfferedIn.Ground.MARKETPLACE);
    assertThat(basis.text()).isEqualTo("Taken to be offered in the United States: Temu is"
        + " operated from the United States, and nothing in the listing points to buyers"
        + " elsewhere.");
    assertThat(drafts.notices().get(0).right().orElseThrow().registrationNumber())
        .contains("7000001");
  }

  @Test
  void chineseNoticesStateTheBasisInChinese() {
    Finding taobao = finding("https://item.taobao.com/item.htm?id=1", "\"price\":{\"amount\":"
        + "\"180\",\"currency\":\"CNY\"}");
    String cnMark = "{\"type\": \"trademark\", \"mark\": \"VIREO\", \"registrationNumber\":"
        + " \"40000004\", \"office\": \"CNIPA\", \"classes\": [18]}";
    Drafts drafts = draft(portfolio(cnMark), Routes.CN_ECOMMERCE, taobao);
    assertThat(drafts.problems()).isEmpty();
    Notice n = drafts.notices().get(0);
    assertThat(text(n, Language.ZH).replace(" ", "")).contains("销售地区：面向中国买家：以CNY标价。");
  }
}
