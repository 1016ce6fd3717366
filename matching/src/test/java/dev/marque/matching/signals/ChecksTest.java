package dev.marque.matching.signals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.core.AuthorizedSeller;
import dev.marque.core.Brand;
import dev.marque.core.BrandMention;
import dev.marque.core.Listing;
import dev.marque.core.ListingField;
import dev.marque.core.Marketplace;
import dev.marque.core.MatchMethod;
import dev.marque.core.Seller;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small checks: cue words near or far, compatibility wording, authorised sellers. */
class ChecksTest {

  private static BrandMention mention(String text, String brand, String matched, ListingField field,
      MatchMethod method) {
    int start = text.indexOf(matched);
    return new BrandMention(brand, field, start, start + matched.length(), matched, method, 1.0);
  }

  @Test
  void aCueWordNextToTheBrandIsNearOneFarAwayOrInAnotherFieldIsNot() {
    String title = "Aurelia tote replica, " + "x".repeat(60) + " AAA";
    List<BrandMention> mentions = List.of(mention(title, "Aurelia", "Aurelia", ListingField.TITLE,
        MatchMethod.EXACT));
    List<PhraseHit> hits = new java.util.ArrayList<>(
        PhraseList.cueWords().find(title, ListingField.TITLE));
    hits.addAll(PhraseList.cueWords().find("replica", ListingField.DESCRIPTION));
    List<Signal.CueWord> cues = CueWordCheck.find("Aurelia", mentions, mentions, hits, 40);
    assertThat(cues).extracting(c -> c.hit().phrase() + "/" + c.hit().field() + "/" + c.near())
        .containsExactly("replica/TITLE/true", "AAA/TITLE/false", "replica/DESCRIPTION/false");
    assertThat(cues.get(0).reason().message())
        .isEqualTo("The title says 'replica', a counterfeit cue word, next to Aurelia");
  }

  @Test
  void aCueWordInsideABrandMentionIsPartOfTheBrand() {
    String title = "Fake Nails Co press-on set";
    BrandMention brand = mention(title, "Fake Nails Co", "Fake Nails Co", ListingField.TITLE,
        MatchMethod.EXACT);
    List<PhraseHit> hits = PhraseList.cueWords().find(title, ListingField.TITLE);
    assertThat(hits).isNotEmpty();
    assertThat(CueWordCheck.find("Fake Nails Co", List.of(brand), List.of(brand), hits, 40))
        .isEmpty();
  }

  @Test
  void compatibilityWordingMustStandJustBeforeTheBrand() {
    PhraseList compat = PhraseList.compatibilityPhrases();
    String accessory = "Ear pads compatible with Kestrel K7";
    Listing a = Listing.builder("1", accessory).build();
    BrandMention m = mention(accessory, "Kestrel Audio", "Kestrel", ListingField.TITLE,
        MatchMethod.ALIAS);
    assertThat(CompatibilityCheck.find("Kestrel Audio", a, List.of(m),
        compat.find(accessory, ListingField.TITLE)))
        .hasValueSatisfying(s -> assertThat(s.reason().message()).isEqualTo(
            "'compatible with Kestrel' in the title names Kestrel Audio as what an accessory or"
                + " spare part fits (nominative use)"));

    String bag = "Aurelia bag for women";
    Listing b = Listing.builder("2", bag).build();
    BrandMention m2 = mention(bag, "Aurelia", "Aurelia", ListingField.TITLE, MatchMethod.EXACT);
    assertThat(CompatibilityCheck.find("Aurelia", b, List.of(m2),
        compat.find(bag, ListingField.TITLE))).isEmpty();

    String gift = "Gift for her Aurelia bag";
    Listing c = Listing.builder("3", gift).build();
    BrandMention m3 = mention(gift, "Aurelia", "Aurelia", ListingField.TITLE, MatchMethod.EXACT);
    assertThat(CompatibilityCheck.find("Aurelia", c, List.of(m3),
        compat.find(gift, ListingField.TITLE))).isEmpty();
  }

  @Test
  void anAuthorisedSellerIsRecognisedOnItsMarketplaceOnly() {
    Brand brand = new Brand("Aurelia", List.of(), List.of(), List.of(),
        List.of(new AuthorizedSeller(Marketplace.AMAZON, "A2AURELIAMODA")));
    Listing onAmazon = Listing.builder("1", "Aurelia tote").marketplace(Marketplace.AMAZON)
        .seller(Seller.of("a2aureliamoda")).build();
    assertThat(AuthorizationCheck.find(brand, onAmazon)).hasValueSatisfying(s ->
        assertThat(s.reason().message())
            .isEqualTo("Seller a2aureliamoda is an authorised Aurelia seller on Amazon"));
    assertThat(AuthorizationCheck.find(brand, onAmazon.toBuilder().marketplace(Marketplace.EBAY)
        .build())).isEmpty();
    assertThat(AuthorizationCheck.find(brand, Listing.builder("2", "Aurelia tote")
        .marketplace(Marketplace.AMAZON).build())).isEmpty();
  }

  @Test
  void aDisguiseExplainsHowTheBrandWasHidden() {
    BrandMention leet = new BrandMention("Aurelia", ListingField.TITLE, 0, 7, "Aurel1a",
        MatchMethod.LEET, 0.95);
    assertThat(new Signal.Disguise(leet).reason().message()).isEqualTo(
        "Aurelia is disguised in the title as 'Aurel1a' with digits or symbols for letters:"
            + " honest sellers do not hide the brand they sell");
  }
}
