package dev.marque.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.core.Assessment;
import dev.marque.core.Authorization;
import dev.marque.core.BrandMention;
import dev.marque.core.Finding;
import dev.marque.core.Listing;
import dev.marque.core.ListingField;
import dev.marque.core.MatchMethod;
import dev.marque.core.Money;
import dev.marque.core.Reason;
import dev.marque.core.ReasonCode;
import dev.marque.core.Seller;
import dev.marque.core.Span;
import dev.marque.core.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoundTripTest {
  private final MarqueJson json = MarqueJson.standard();

  private final Listing listing = Listing.builder("1005006", "G U C C I bag {{holder.name}} <b>")
      .url("https://www.aliexpress.com/item/1005006.html").description("1:1 mirror quality")
      .price(Money.of("25.00", "USD")).seller(new Seller("shop-88", Optional.of("Best Bags"),
          Optional.of("CN"), Optional.of("Room 1203, 88 Huaqiang Rd, Futian, Shenzhen")))
      .shipsFrom("Guangdong").images(List.of("https://img.example/1.jpg"))
      .capturedAt(Instant.parse("2026-11-28T09:30:00Z")).build();

  private final Finding finding = new Finding(listing,
      List.of(new BrandMention("Gucci", ListingField.TITLE, 0, 9, "G U C C I",
          MatchMethod.SEPARATED, 0.95)),
      new Assessment(0.92, Verdict.LIKELY_COUNTERFEIT, List.of(
          new Reason(ReasonCode.DISGUISED_BRAND, "the brand is written G U C C I, letters split apart",
              List.of(new Span(ListingField.TITLE, 0, 9, "G U C C I")), Map.of()),
          new Reason(ReasonCode.PRICE_ANOMALY, "25.00 USD is 3% of the 850 USD MSRP", List.of(),
              Map.of("price", "25.00 USD", "msrp", "850 USD", "ratio", "0.03")))));

  @Test
  void aListingRoundTripsThroughTheFeedFormat() {
    String line = json.write(listing);
    assertThat(line).doesNotContain("\n");
    assertThat(json.readListing(line)).isEqualTo(listing);
  }

  @Test
  void aFindingRoundTripsThroughTheScanOutputFormat() {
    String line = json.writeFinding(finding);
    assertThat(line).startsWith("{\"listingId\":\"1005006\",\"marketplace\":\"ALIEXPRESS\","
        + "\"url\":\"https://www.aliexpress.com/item/1005006.html\",\"title\":");
    assertThat(line).contains("\"mentions\":[{\"brand\":\"Gucci\",\"field\":\"TITLE\",\"start\":0,"
        + "\"end\":9,\"matched\":\"G U C C I\",\"method\":\"SEPARATED\",\"similarity\":0.95}]");
    assertThat(line).contains("\"assessment\":{\"score\":0.92,\"verdict\":\"LIKELY_COUNTERFEIT\"");
    Finding back = json.readFinding(line);
    assertThat(back.mentions()).isEqualTo(finding.mentions());
    assertThat(back.assessment()).isEqualTo(finding.assessment());
    // the scan line carries what a notice needs of the listing, not its description or images
    assertThat(back.listing().url()).isEqualTo(listing.url());
    assertThat(back.listing().price()).isEqualTo(listing.price());
    assertThat(back.listing().seller()).isEqualTo(listing.seller());
  }

  /**
   * A seller, a price and reasons have one JSON form, in a line of scan output, in a listing and
   * alone: the form pinned here, byte for byte, as marque wrote it before the scan line's writer
   * became the only writer of these types.
   */
  @Test
  void aSellerAPriceAndReasonsHaveOneFormWhereverTheyAreWritten() {
    Seller seller = new Seller("shop\"88", Optional.of("Caf\u00e9 <b>\u2028\u0001/\\"),
        Optional.of("CN"), Optional.of("\u6df1\u5733\u5e02 \"88\" <b>"));
    Reason reason = new Reason(ReasonCode.PRICE_ANOMALY, "tab\there\nnewline \ud83d\ude00",
        List.of(new Span(ListingField.SELLER_NAME, 1, 3, "af"),
            new Span(ListingField.TITLE, 0, 0, "")),
        Map.of("z", "last", "a", "first \u0000", "m", "\"quoted\""));
    Assessment assessment = new Assessment(0.5, Verdict.SUSPICIOUS,
        List.of(reason, Reason.of(ReasonCode.BRAND_MENTION, "no evidence")));
    String sellerJson =
        "{\"id\":\"shop\\\"88\",\"name\":\"Caf\u00e9 <b>\u2028\\u0001/\\\\\",\"country\":\"CN\","
        + "\"address\":\"\u6df1\u5733\u5e02 \\\"88\\\" <b>\"}";
    String reasonsJson = "[{\"code\":\"PRICE_ANOMALY\",\"message\":\"tab\\there\\nnewline"
        + " \ud83d\ude00\",\"spans\":[{\"field\":\"SELLER_NAME\",\"start\":1,\"end\":3,"
        + "\"text\":\"af\"},{\"field\":\"TITLE\",\"start\":0,\"end\":0,\"text\":\"\"}],"
        + "\"facts\":{\"a\":\"first \\u0000\",\"m\":\"\\\"quoted\\\"\",\"z\":\"last\"}},"
        + "{\"code\":\"BRAND_MENTION\",\"message\":\"no evidence\",\"spans\":[],\"facts\":{}}]";
    assertThat(json.write(seller)).isEqualTo(sellerJson);
    assertThat(json.write(assessment.reasons())).isEqualTo(reasonsJson);
    List<String> written = List.of("25", "19.90", "1E+3", "1E-8", "1234567890123456789.5");
    List<String> amounts = List.of("25", "19.90", "1E+3", "0.00000001", "1234567890123456789.5");
    for (int i = 0; i < amounts.size(); i++) {
      String priceJson = "{\"amount\":" + written.get(i) + ",\"currency\":\"EUR\"}";
      Listing l = Listing.builder("1", "t").seller(seller).price(Money.of(amounts.get(i), "EUR"))
          .build();
      assertThat(json.write(l.price().get())).isEqualTo(priceJson);
      assertThat(json.writeFinding(new Finding(l, List.of(), assessment))).isEqualTo(
          "{\"listingId\":\"1\",\"marketplace\":\"OTHER\",\"title\":\"t\",\"seller\":"
              + sellerJson + ",\"price\":" + priceJson + ",\"mentions\":[],\"assessment\":"
              + "{\"score\":0.5,\"verdict\":\"SUSPICIOUS\",\"reasons\":" + reasonsJson + "}}");
      assertThat(json.write(l)).isEqualTo("{\"id\":\"1\",\"marketplace\":\"OTHER\","
          + "\"title\":\"t\",\"price\":" + priceJson + ",\"seller\":" + sellerJson
          + ",\"images\":[],\"shipsTo\":[]}");
    }
    Listing bare = Listing.builder("1", "t").seller(Seller.of("s")).build();
    assertThat(json.writeFinding(new Finding(bare, List.of(), Assessment.clear()))).isEqualTo(
        "{\"listingId\":\"1\",\"marketplace\":\"OTHER\",\"title\":\"t\",\"seller\":{\"id\":\"s\"},"
            + "\"mentions\":[],\"assessment\":{\"score\":0.0,\"verdict\":\"CLEAR\",\"reasons\":[]}}");
  }

  @Test
  void aFindingIsWrittenAsALineOfScanOutputByEveryWriter() {
    String line = json.writeFinding(finding);
    assertThat(json.write(finding)).isEqualTo(line);
    assertThat(json.write(Map.of("finding", finding))).isEqualTo("{\"finding\":" + line + "}");
    assertThat(json.readFinding(json.writePretty(finding)).assessment())
        .isEqualTo(finding.assessment());
  }

  @Test
  void otherValuesRoundTripThroughGenericJson() {
    Authorization poa = new Authorization("POA-1", LocalDate.parse("2026-01-01"),
        Optional.of(LocalDate.parse("2027-12-31")));
    assertThat(json.write(poa)).isEqualTo(
        "{\"reference\":\"POA-1\",\"validFrom\":\"2026-01-01\",\"validUntil\":\"2027-12-31\"}");
    assertThat(json.write(Money.of("19.90", "EUR")))
        .isEqualTo("{\"amount\":19.90,\"currency\":\"EUR\"}");
  }

  @Test
  void aRejectedLineIsWrittenAsTheErrorContractSays() {
    assertThat(json.writeRejected(new FeedLine.Rejected(7, "id: is required")))
        .isEqualTo("{\"line\":7,\"error\":\"id: is required\"}");
    assertThat(json.writeRejected(new FeedLine.Rejected(12, "bad \"x\"\t\u0000 caf\u00e9")))
        .isEqualTo("{\"line\":12,\"error\":\"bad \\\"x\\\"\\t\\u0000 caf\u00e9\"}");
  }
}
