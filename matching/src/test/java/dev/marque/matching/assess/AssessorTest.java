package dev.marque.matching.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marque.core.Assessment;
import dev.marque.core.AuthorizedSeller;
import dev.marque.core.Brand;
import dev.marque.core.Finding;
import dev.marque.core.Listing;
import dev.marque.core.Marketplace;
import dev.marque.core.Money;
import dev.marque.core.Portfolio;
import dev.marque.core.Product;
import dev.marque.core.Reason;
import dev.marque.core.RightsHolder;
import dev.marque.core.Seller;
import dev.marque.core.Verdict;
import dev.marque.matching.signals.PhraseList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Verdicts on hand-written listings, as a brand manager would judge them. */
class AssessorTest {
  static final Portfolio PORTFOLIO = Portfolio.of(RightsHolder.of("Aurelia Moda S.p.A."), List.of(
      new Brand("Aurelia", List.of("奥蕾莉亚"), List.of(), List.of(
          new Product("Aurelia Laurel Tote", Optional.of("AUR-TOTE-LRL"), Optional.empty(),
              Optional.of(Money.of("850.00", "USD"))),
          Product.of("Aurelia Mini Crossbody", Money.of("420.00", "USD"))),
          List.of(new AuthorizedSeller(Marketplace.AMAZON, "A2AURELIAMODA"))),
      new Brand("Kestrel Audio", List.of("Kestrel"), List.of(), List.of(
          Product.of("Kestrel K7 Wireless Headphones", Money.of("349.00", "USD"))), List.of())));

  static final Assessor ASSESSOR = Assessor.of(PORTFOLIO);

  private static Listing listing(String title, String price) {
    return Listing.builder("L1", title).marketplace(Marketplace.ALIEXPRESS)
        .price(Money.of(price, "USD")).seller(Seller.of("shop-1")).build();
  }

  private static List<String> codes(Assessment a) {
    return a.reasons().stream().map(r -> r.code().name()).toList();
  }

  @Test
  void noBrandIsClearWithoutReasons() {
    Finding f = ASSESSOR.assess(listing("Women canvas tote bag, replica of nothing", "5"));
    assertThat(f.mentions()).isEmpty();
    assertThat(f.assessment()).isEqualTo(Assessment.clear());
  }

  @Test
  void anAuthorisedSellerIsAuthorizedWhateverElseTheListingSays() {
    Listing l = Listing.builder("B0C1", "Aurelia Laurel Tote replica 1:1")
        .marketplace(Marketplace.AMAZON).price(Money.of("25", "USD"))
        .seller(Seller.of("A2AURELIAMODA")).build();
    Assessment a = ASSESSOR.assess(l).assessment();
    assertThat(a.verdict()).isEqualTo(Verdict.AUTHORIZED);
    assertThat(codes(a)).startsWith("AUTHORIZED_SELLER").contains("CUE_WORD", "PRICE_ANOMALY");
  }

  @Test
  void anAccessoryNamingWhatItFitsIsAMention() {
    Assessment a = ASSESSOR.assess(listing("Replacement ear pads for Kestrel K7", "9.99"))
        .assessment();
    assertThat(a.verdict()).isEqualTo(Verdict.MENTION);
    assertThat(codes(a)).contains("BRAND_MENTION", "COMPATIBILITY_USE");
  }

  @Test
  void anAccessoryWithCueWordsIsNotExcused() {
    Assessment a = ASSESSOR.assess(listing("Replica case for Kestrel K7, 1:1 AAA", "9.99"))
        .assessment();
    assertThat(a.verdict()).isEqualTo(Verdict.LIKELY_COUNTERFEIT);
  }

  @Test
  void aReplicaWithADisguisedBrandIsLikelyCounterfeit() {
    Finding f = ASSESSOR.assess(listing("A U R E L I A tote replica", "300"));
    assertThat(f.assessment().verdict()).isEqualTo(Verdict.LIKELY_COUNTERFEIT);
    assertThat(codes(f.assessment()))
        .containsExactly("BRAND_MENTION", "DISGUISED_BRAND", "CUE_WORD");
    assertThat(f.assessment().reasons().get(1).spans()).singleElement()
        .satisfies(s -> assertThat(s.text()).isEqualTo("A U R E L I A"));
  }

  @Test
  void aCheapPriceAloneIsSuspicious() {
    Assessment a = ASSESSOR.assess(listing("Aurelia Laurel Tote, genuine leather", "25"))
        .assessment();
    assertThat(a.verdict()).isEqualTo(Verdict.SUSPICIOUS);
    assertThat(a.reasons()).extracting(Reason::message).contains(
        "25 USD is 3% of the 850 USD MSRP of Aurelia Laurel Tote");
  }

  @Test
  void aCueWordAloneIsSuspicious() {
    Assessment a = ASSESSOR.assess(listing("Aurelia tote bag replica", "700")).assessment();
    assertThat(a.verdict()).isEqualTo(Verdict.SUSPICIOUS);
    assertThat(codes(a)).containsExactly("BRAND_MENTION", "CUE_WORD");
  }

  @Test
  void aPlainMentionAtAFairPriceIsAMention() {
    Assessment a = ASSESSOR.assess(listing("Aurelia Mini Crossbody, pre-owned", "300"))
        .assessment();
    assertThat(a.verdict()).isEqualTo(Verdict.MENTION);
    assertThat(codes(a)).containsExactly("BRAND_MENTION");
  }

  @Test
  void theTitleWeighsMoreThanTheDescription() {
    double inTitle = ASSESSOR.assess(listing("Aurelia tote replica", "700")).assessment().score();
    Listing described = Listing.builder("L2", "Aurelia tote").price(Money.of("700", "USD"))
        .description("Aurelia tote, replica").build();
    double inDescription = ASSESSOR.assess(described).assessment().score();
    assertThat(inDescription).isLessThan(inTitle).isGreaterThan(
        ASSESSOR.assess(listing("Aurelia tote", "700")).assessment().score());
  }

  @Test
  void aChineseReplicaListingIsRead() {
    Assessment a = ASSESSOR.assess(listing("高仿奥蕾莉亚女包 1比1", "300")).assessment();
    assertThat(a.verdict()).isEqualTo(Verdict.LIKELY_COUNTERFEIT);
    assertThat(a.reasons()).extracting(r -> r.facts().get("cue")).contains("高仿", "1比1");
  }

  @Test
  void theConfigurationDecidesTheVerdict() {
    Listing l = listing("Aurelia tote bag replica", "700");
    assertThat(Assessor.of(PORTFOLIO, AssessorConfig.builder().suspiciousThreshold(0.7).build())
        .assess(l).assessment().verdict()).isEqualTo(Verdict.MENTION);
    assertThat(Assessor.of(PORTFOLIO, AssessorConfig.builder().cueWords(PhraseList.empty()).build())
        .assess(l).assessment().verdict()).isEqualTo(Verdict.MENTION);
    assertThat(Assessor.of(PORTFOLIO, AssessorConfig.builder()
        .cueWords(PhraseList.of("en", List.of("bag"))).build())
        .assess(listing("Aurelia tote bag", "700")) // tote: this word-brand's own goods
        .assessment().verdict()).isEqualTo(Verdict.SUSPICIOUS);
  }

  @Test
  void aListingNamingTwoBrandsIsJudgedByTheRiskierAndExplainsBoth() {
    Listing l = Listing.builder("L3", "Aurelia tote + K3strel headphones")
        .marketplace(Marketplace.AMAZON).seller(Seller.of("A2AURELIAMODA"))
        .price(Money.of("300", "USD")).build();
    Assessment a = ASSESSOR.assess(l).assessment();
    assertThat(a.verdict()).isEqualTo(Verdict.SUSPICIOUS);
    assertThat(a.reasons()).extracting(r -> r.facts().get("brand"))
        .containsSubsequence("Kestrel Audio", "Aurelia");
  }

  @Test
  void sameInputSameOutputFromManyThreads() {
    List<Listing> listings = List.of(listing("A U R E L I A tote replica", "25"),
        listing("Replacement ear pads for Kestrel K7", "9.99"), listing("Aurelia tote", "300"));
    List<Finding> once = listings.stream().map(ASSESSOR::assess).toList();
    IntStream.range(0, 200).parallel().forEach(i ->
        assertThat(ASSESSOR.assess(listings.get(i % 3))).isEqualTo(once.get(i % 3)));
  }

  @Test
  void aPriceNoRateCanCompareIsSaidSoInANoteThatWeighsNothing() {
    Listing inPounds = Listing.builder("L2", "Aurelia Laurel Tote").marketplace(Marketplace.EBAY)
        .price(Money.of("30", "GBP")).seller(Seller.of("shop-1")).build();

    Assessment silent = ASSESSOR.assess(inPounds).assessment();
    assertThat(codes(silent)).containsExactly("BRAND_MENTION", "NO_EXCHANGE_RATE");
    assertThat(silent.reasons().get(1).message()).isEqualTo("The price 30 GBP was not compared"
        + " with the MSRPs of Aurelia (USD): no exchange rate from GBP");
    assertThat(silent.verdict()).isEqualTo(Verdict.MENTION);
    assertThat(silent.score()).isEqualTo(ASSESSOR.assess(Listing.builder("L3",
        "Aurelia Laurel Tote").marketplace(Marketplace.EBAY).seller(Seller.of("shop-1")).build())
        .assessment().score());

    Assessor withRates = Assessor.of(PORTFOLIO, AssessorConfig.builder()
        .rates(dev.marque.core.ExchangeRates.of("USD",
            java.util.Map.of("GBP", new java.math.BigDecimal("0.8")))).build());
    assertThat(codes(withRates.assess(inPounds).assessment()))
        .containsExactly("BRAND_MENTION", "PRICE_ANOMALY");
    // a price in the MSRP's own currency needs no rate, low or not
    assertThat(codes(ASSESSOR.assess(listing("Aurelia Laurel Tote", "800")).assessment()))
        .containsExactly("BRAND_MENTION");
  }
}
