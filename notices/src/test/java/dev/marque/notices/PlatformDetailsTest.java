package dev.marque.notices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.core.Finding;
import dev.marque.core.Portfolio;
import dev.marque.notices.draft.Drafts;
import dev.marque.notices.draft.Notice;
import dev.marque.notices.law.Language;
import dev.marque.notices.law.Route;
import dev.marque.notices.law.Routes;
import dev.marque.notices.render.Format;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What each platform's form asks for, as the person filing it would check. */
class PlatformDetailsTest {

  private static final String MARK = "{\"type\": \"trademark\", \"mark\": \"VIREO\","
      + " \"registrationNumber\": \"7000001\", \"office\": \"USPTO\", \"classes\": [18]}";
  private static final String PHOTOS = "{\"type\": \"copyright\", \"work\": \"Photos\","
      + " \"author\": \"Vireo Leather Ltd\", \"evidence\": [\"photos/raw/\"]}";

  private static Portfolio portfolio(String rights) {
    return Fixtures.portfolio("{\"holder\": {\"name\": \"Vireo Leather Ltd\", \"email\":"
        + " \"l@vireo.example\", \"address\": \"3 Tanner Row, Leeds\", \"phone\": \"+44 113 496"
        + " 0000\", \"country\": \"GB\", \"signatory\": {\"name\": \"Ada Marsh\", \"capacity\":"
        + " \"Company Secretary\"}}, \"brands\": [{\"name\": \"Vireo\", \"rights\": [" + rights
        + "]}]}");
  }

  /** A finding on the marketplace with the verdict and evidence (JSON array, may be empty). */
  private static Finding finding(String id, String marketplace, String url, String verdict,
      String evidence) {
    return Fixtures.finding("{\"listingId\":\"" + id + "\",\"marketplace\":\"" + marketplace
        + "\",\"url\":\"" + url + "\",\"title\":\"Vireo satchel\",\"seller\":{\"id\":\"s1\"},"
        + "\"evidence\":" + evidence + ",\"mentions\":[{\"brand\":\"Vireo\",\"field\":\"TITLE\","
        + "\"start\":0,\"end\":5,\"matched\":\"Vireo\",\"method\":\"EXACT\",\"similarity\":1.0}],"
        + "\"assessment\":{\"score\":0.9,\"verdict\":\"" + verdict + "\",\"reasons\":"
        + "[{\"code\":\"CUE_WORD\",\"message\":\"The title says 'replica'\"}]}}");
  }

  private static final String IMAGE = "[{\"type\":\"image-copy\",\"right\":\"Photos\","
      + "\"listingImage\":\"https://example.com/1.jpg\",\"workImage\":\"photos/1.jpg\","
      + "\"algorithm\":\"PDQ\",\"distance\":3,\"threshold\":31}]";
  private static final String TEXT = "[{\"type\":\"text-copy\",\"right\":\"Photos\","
      + "\"field\":\"DESCRIPTION\",\"listingText\":\"Hand-stitched in Leeds\","
      + "\"workText\":\"Hand-stitched in Leeds\"}]";

  private static Notice first(Route route, String rights, Finding... findings) {
    Drafts d = NoticeDrafter.builder(portfolio(rights)).date(Fixtures.DATE).build()
        .draft(route, List.of(findings));
    assertThat(d.problems()).isEmpty();
    return d.notices().get(0);
  }

  private static String text(Notice n, Language lang) {
    return NoticeRenderer.standard().render(n, Format.TEXT, lang).replaceAll("\\s+", " ");
  }

  @Test
  void ebayItemsCarryTheVeroReasonCodeTheEvidenceSupports() {
    String counterfeit = text(first(Routes.EBAY_VERO, MARK, finding("123456789012", "EBAY",
        "https://www.ebay.com/itm/123456789012", "LIKELY_COUNTERFEIT", "[]")), Language.EN);
    assertThat(counterfeit).contains("Item 123456789012: reason code 1.1 (Trademark - item"
        + " infringement: item(s) is a counterfeit product)");
    String mere = text(first(Routes.EBAY_VERO, MARK, finding("123456789012", "EBAY",
        "https://www.ebay.com/itm/123456789012", "SUSPICIOUS", "[]")), Language.EN);
    assertThat(mere).contains("reason code 2.1 (Trademark - listing content infringement:"
        + " listing(s) contains unlawful use of trademark or logo)")
        .doesNotContain("counterfeit product");
    String image = text(first(Routes.EBAY_VERO, PHOTOS, finding("123456789012", "EBAY",
        "https://www.ebay.com/itm/123456789012", "SUSPICIOUS", IMAGE)), Language.EN);
    assertThat(image).contains("reason code 4.2 (Copyright - listing content infringement:"
        + " listing(s) contains unlawful copy of copyrighted image)");
    String copiedText = text(first(Routes.EBAY_VERO, PHOTOS, finding("123456789012", "EBAY",
        "https://www.ebay.com/itm/123456789012", "SUSPICIOUS", TEXT)), Language.EN);
    assertThat(copiedText).contains("reason code 4.1");
  }

  @Test
  void amazonReportsNameTheReportTypeAndSplitAtFiftyListings() {
    List<Finding> many = new ArrayList<>();
    IntStream.range(0, 51).forEach(i -> many.add(finding(String.format("B0VIREO%03d", i),
        "AMAZON", String.format("https://www.amazon.com/dp/B0VIREO%03d", i),
        "LIKELY_COUNTERFEIT", "[]")));
    Drafts d = NoticeDrafter.builder(portfolio(MARK)).date(Fixtures.DATE).build()
        .draft(Routes.AMAZON, many);
    assertThat(d.notices()).extracting(n -> n.items().size()).containsExactly(50, 1);
    assertThat(text(d.notices().get(0), Language.EN))
        .contains("ASIN B0VIREO000: Vireo satchel Report type: Trademark: the product is"
            + " counterfeit");
    String image = text(first(Routes.AMAZON, PHOTOS, finding("B0VIREO001", "AMAZON",
        "https://www.amazon.com/dp/B0VIREO001", "SUSPICIOUS", IMAGE)), Language.EN);
    assertThat(image).contains("Report type: Copyright: the listing copies an image of the"
        + " work");
  }

  @Test
  void aCopyrightBackedOnlyByAnAttachedFileLacksTheTypeAmazonAsksFor() {
    String attached = "[{\"type\":\"attached\",\"right\":\"Photos\",\"shows\":\"a comparison\","
        + "\"file\":{\"path\":\"c.pdf\",\"sha256\":\"" + "ab".repeat(32) + "\"}}]";
    Drafts d = NoticeDrafter.builder(portfolio(PHOTOS)).date(Fixtures.DATE).build()
        .draft(Routes.AMAZON, List.of(finding("B0VIREO001", "AMAZON",
            "https://www.amazon.com/dp/B0VIREO001", "SUSPICIOUS", attached)));
    assertThat(d.notices().get(0).problems()).singleElement().satisfies(p -> {
      assertThat(p.element()).isEqualTo("report-type");
      assertThat(p.message()).contains("listing B0VIREO001 has no type of infringement")
          .contains("add image-copy or text-copy evidence");
    });
  }

  @Test
  void temuComplaintsGiveTheTypeAndASwornStatementSignedByAPerson() {
    String t = text(first(Routes.TEMU, MARK, finding("601099512345678", "TEMU",
        "https://www.temu.com/g-601099512345678.html", "LIKELY_COUNTERFEIT", "[]")),
        Language.EN);
    assertThat(t).contains("Type: Trademark, on the product: counterfeit goods")
        .contains("I declare under penalty of perjury that the information in this complaint"
            + " is accurate")
        .contains("/s/ Ada Marsh").contains("Company Secretary");
  }

  @Test
  void chineseNoticesGiveReasonsInChineseAndThePlatformByItsChineseName() {
    Notice n = NoticeDrafter.builder(Fixtures.samplePortfolio()).date(Fixtures.DATE).build()
        .draft(Routes.CN_ECOMMERCE, Fixtures.sampleFindings()).notices().get(0);
    String zh = text(n, Language.ZH);
    assertThat(zh).contains("致：　全球速卖通（AliExpress）")
        .contains("标题中写有“高仿”，系假冒商品常用语，紧邻品牌“Aurelia”")
        .contains("售价28.50 USD仅为Aurelia Laurel Tote建议零售价850.00 USD的3%")
        .contains("第18类").doesNotContain("a term for replicas");
    assertThat(text(n, Language.EN)).contains("a term for replicas");
  }

  @Test
  void theArticle43PeriodRunsFromTheDeclarationReachingTheHolder() {
    assertThat(Routes.CN_ECOMMERCE.followUp()).hasValueSatisfying(f -> assertThat(
        f.startsWhen()).startsWith("the seller's declaration that its listing does not"
            + " infringe reaches the rights holder"));
  }
}
