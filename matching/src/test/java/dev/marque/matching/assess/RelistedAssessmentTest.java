package dev.marque.matching.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.core.Assessment;
import dev.marque.core.Finding;
import dev.marque.core.Listing;
import dev.marque.core.Marketplace;
import dev.marque.core.Money;
import dev.marque.core.Reason;
import dev.marque.core.ReasonCode;
import dev.marque.core.Seller;
import dev.marque.core.Verdict;
import dev.marque.matching.fingerprint.RelistingIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A listing that comes back after a takedown says so in its assessment. */
class RelistedAssessmentTest {
  private static final Assessor ASSESSOR = AssessorTest.ASSESSOR;

  private static Listing listing(String id, String title, String price, String seller,
      Marketplace marketplace) {
    return Listing.builder(id, title).marketplace(marketplace).price(Money.of(price, "USD"))
        .seller(Seller.of(seller)).build();
  }

  private static final RelistingIndex REMOVED = RelistingIndex.builder()
      .add(listing("1005001", "Aurelia Laurel tote bag genuine leather women handbag large", "49",
          "shop-88", Marketplace.ALIEXPRESS), List.of())
      .build();

  @Test
  void aReListingGetsARelistedReasonNamingTheRemovedListingAndAtLeastSuspicious() {
    Listing back = listing("1005999", "women handbag large Aurelia Laurel tote bag genuine leather",
        "400", "shop-90", Marketplace.ALIEXPRESS);
    Finding plain = ASSESSOR.assess(back);
    Finding relisted = ASSESSOR.assess(back, List.of(), REMOVED);

    assertThat(relisted.mentions()).isEqualTo(plain.mentions());
    Reason last = relisted.assessment().reasons().get(relisted.assessment().reasons().size() - 1);
    assertThat(last.code()).isEqualTo(ReasonCode.RELISTED);
    assertThat(last.message()).startsWith("Re-lists removed listing 1005001:")
        .endsWith("another seller");
    assertThat(relisted.assessment().reasons()).startsWith(
        plain.assessment().reasons().toArray(new Reason[0]));
    assertThat(relisted.assessment().score()).isGreaterThan(plain.assessment().score());
    assertThat(relisted.assessment().verdict()).isGreaterThanOrEqualTo(Verdict.SUSPICIOUS);
  }

  @Test
  void aReListingWithTheBrandTakenOutOfTheTitleIsStillSuspicious() {
    Listing removed = listing("1005002", "Laurel tote bag genuine leather women handbag large", "49",
        "shop-88", Marketplace.ALIEXPRESS);
    RelistingIndex index = RelistingIndex.builder().add(removed, List.of()).build();
    Listing back = listing("1005998", removed.title(), "49", "shop-88", Marketplace.ALIEXPRESS);
    assertThat(ASSESSOR.assess(back).assessment().verdict()).isEqualTo(Verdict.CLEAR);

    Assessment a = ASSESSOR.assess(back, List.of(), index).assessment();
    assertThat(a.verdict()).isEqualTo(Verdict.SUSPICIOUS);
    assertThat(a.reasons()).singleElement().satisfies(r -> {
      assertThat(r.code()).isEqualTo(ReasonCode.RELISTED);
      assertThat(r.message()).endsWith("the same seller");
      assertThat(r.facts()).containsEntry("removedId", "1005002");
    });
  }

  @Test
  void aListingThatReListsNothingIsAssessedAsWithoutTheIndex() {
    Listing other = listing("1005997", "Aurelia Mini Crossbody replica 1:1", "30", "shop-91",
        Marketplace.ALIEXPRESS);
    assertThat(ASSESSOR.assess(other, List.of(), REMOVED)).isEqualTo(ASSESSOR.assess(other));
  }

  @Test
  void anAuthorisedSellerStaysAuthorisedWithTheReasonGiven() {
    RelistingIndex index = RelistingIndex.builder().add(listing("B0OLD",
        "Aurelia Laurel Tote genuine leather handbag women", "850", "A2AURELIAMODA",
        Marketplace.AMAZON), List.of()).build();
    Listing back = listing("B0NEW", "Aurelia Laurel Tote genuine leather handbag women", "850",
        "A2AURELIAMODA", Marketplace.AMAZON);
    Assessment a = ASSESSOR.assess(back, List.of(), index).assessment();
    assertThat(a.verdict()).isEqualTo(Verdict.AUTHORIZED);
    assertThat(a.reasons()).extracting(Reason::code).contains(ReasonCode.RELISTED);
  }
}
