package dev.marque.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.core.Brand;
import dev.marque.core.BrandMention;
import dev.marque.core.ListingField;
import dev.marque.core.MatchMethod;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lookups the matcher skips to stay fast must not lose a mention: windows of common words probe
 * only for the exact phrase, and windows of several words look only among phrases of several words.
 */
class WindowShortcutsTest {
  private static final BrandIndex INDEX = BrandIndex.of(List.of(Brand.of("Tommy Hilfiger Denim"),
      Brand.of("Ralph Lauren"), Brand.of("Kalumi"), Brand.of("Gold Star"), Brand.of("Walet")));

  private static List<BrandMention> find(String text) {
    return INDEX.find(text, ListingField.TITLE);
  }

  @Test
  void aWindowSeenBeforeIsJudgedInItsOwnTextAsIfSeenFirst() {
    // The matcher remembers what the misspelling probes found for recent windows; a text must
    // give what it gives to a matcher that has seen nothing, whatever came before it.
    List<String> texts = List.of("Kalumu bag", "kalumu", "Ka lumu bag", "new Kalumu Kalumu",
        "leather w@llet on sale", "leather wallet on sale", "walet", "w4let and wallet",
        "Ralf Lauren polo", "ralf", "Ralf Laurens", "Tomy Hilfiger Denim jacket",
        "Tomy Hilfiger Denim", "tomy", "Kalumi Kalumo Kalumu", "gold stars pendant",
        "Gold Starr pendant", "g0ld starr", "Kalu mu", "KALUMU", "Kalumu-bag");
    List<List<BrandMention>> alone = new java.util.ArrayList<>();
    for (String text : texts) {
      BrandIndex fresh = BrandIndex.of(List.of(Brand.of("Tommy Hilfiger Denim"),
          Brand.of("Ralph Lauren"), Brand.of("Kalumi"), Brand.of("Gold Star"), Brand.of("Walet")));
      alone.add(fresh.find(text, ListingField.TITLE));
    }
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < texts.size(); i++) {
        int k = round == 1 ? texts.size() - 1 - i : i;
        assertThat(find(texts.get(k))).as(texts.get(k)).isEqualTo(alone.get(k));
      }
    }
  }

  @Test
  void aThreeWordBrandMisspeltAcrossItsWordsIsFound() {
    List<BrandMention> found = find("new Tomy Hilfiger Denim jacket");
    assertThat(found).singleElement().satisfies(m -> {
      assertThat(m.brand()).isEqualTo("Tommy Hilfiger Denim");
      assertThat(m.matched()).isEqualTo("Tomy Hilfiger Denim");
      assertThat(m.method()).isEqualTo(MatchMethod.FUZZY);
    });
  }

  @Test
  void aTwoWordBrandMisspeltIsFoundAmongOneWordBrands() {
    assertThat(find("Ralf Lauren polo shirt")).singleElement()
        .satisfies(m -> assertThat(m.brand()).isEqualTo("Ralph Lauren"));
  }

  @Test
  void aOneWordBrandSpreadOverWordsMustBeExact() {
    assertThat(find("Kal umi sandals")).singleElement()
        .satisfies(m -> assertThat(m.method()).isEqualTo(MatchMethod.SEPARATED));
    assertThat(find("Kal uma sandals")).isEmpty();
  }

  @Test
  void commonWordsAreFoundExactlyButNotAsMisspellings() {
    assertThat(find("gold star pendant")).singleElement()
        .satisfies(m -> assertThat(m.brand()).isEqualTo("Gold Star"));
    assertThat(find("gold stars pendant")).isEmpty(); // two common words, one edit away
    assertThat(find("leather wallet on sale")).isEmpty(); // a common word one edit from the brand
    assertThat(find("leather w@llet on sale")).singleElement()
        .satisfies(m -> assertThat(m.brand()).isEqualTo("Walet"));
  }

  @Test
  void aWordThatIsOneBrandExactlyIsThatBrandAndNotItsNeighbour() {
    BrandIndex near = BrandIndex.of(List.of(Brand.of("Kalumi"), Brand.of("Kalumo"), Brand.of("Kalumis")));
    assertThat(near.find("KALUMI bag", ListingField.TITLE)).singleElement().satisfies(m -> {
      assertThat(m.brand()).isEqualTo("Kalumi");
      assertThat(m.method()).isEqualTo(MatchMethod.CASE);
    });
    assertThat(near.find("Kalumu bag", ListingField.TITLE)).singleElement()
        .satisfies(m -> assertThat(m.method()).isEqualTo(MatchMethod.FUZZY));
  }
  @Test
  void aOneWordBrandSpreadOverManyPiecesIsFoundButNotOverACommonWord() {
    BrandIndex one = BrandIndex.of(List.of(Brand.of("Kalumiro")));
    assertThat(one.find("Ka lu mi ro sandals", ListingField.TITLE)).singleElement()
        .satisfies(m -> assertThat(m.method()).isEqualTo(MatchMethod.SEPARATED));
    assertThat(one.find("Ka lu mir o sandals", ListingField.TITLE)).singleElement()
        .satisfies(m -> assertThat(m.matched()).isEqualTo("Ka lu mir o"));
    assertThat(one.find("Kal umiro", ListingField.TITLE)).singleElement();
    // Not over a common word; nor is the lone "lumiro" a misspelling: it does not start as the brand.
    assertThat(one.find("Ka new lumiro", ListingField.TITLE)).isEmpty();
    assertThat(one.find("Ka new kalumro", ListingField.TITLE)).singleElement()
        .satisfies(m -> assertThat(m.matched()).isEqualTo("kalumro"));
  }

  @Test
  void aBrandGluedToAPartThatIsNoBrandOrWordIsNotFound() {
    BrandIndex glued = BrandIndex.of(List.of(Brand.of("Kalumi")));
    assertThat(glued.find("kalumitote", ListingField.TITLE)).singleElement()
        .satisfies(m -> assertThat(m.method()).isEqualTo(MatchMethod.JOINED));
    assertThat(glued.find("kalumzxtote", ListingField.TITLE)).isEmpty();
  }

  @Test
  void ordinaryProductWordsAreNotMisspeltBrands() {
    BrandIndex near = BrandIndex.of(List.of(Brand.of("Tove"), Brand.of("Crossbodi"), Brand.of("Sneakor")));
    assertThat(near.find("tote crossbody sneakers", ListingField.TITLE)).isEmpty();
  }

  @Test
  void ofTwoBrandsEquallyCloseTheOneListedFirstIsReported() {
    List<Brand> brands = List.of(Brand.of("Kalumo"), Brand.of("Kalumu"));
    assertThat(BrandIndex.of(brands).find("Kaluma bag", ListingField.TITLE)).singleElement()
        .satisfies(m -> assertThat(m.brand()).isEqualTo("Kalumo"));
    assertThat(BrandIndex.of(List.of(brands.get(1), brands.get(0))).find("Kaluma bag", ListingField.TITLE)).singleElement()
        .satisfies(m -> assertThat(m.brand()).isEqualTo("Kalumu"));
  }
}
