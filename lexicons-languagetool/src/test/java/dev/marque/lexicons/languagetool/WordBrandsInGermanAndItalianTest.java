package dev.marque.lexicons.languagetool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.core.Brand;
import dev.marque.core.BrandMention;
import dev.marque.core.ListingField;
import dev.marque.core.Product;
import dev.marque.core.rights.IpRight;
import dev.marque.core.rights.Office;
import dev.marque.core.rights.Trademark;
import dev.marque.matching.BrandIndex;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Word-brands judged in German and Italian listings, with the German and Italian lexicons on the
 * class path: the name is judged where it is a word of the listing's language.
 */
class WordBrandsInGermanAndItalianTest {

  static Brand brand(String name, int[] classes, String... products) {
    List<IpRight> rights = List.of(
        Trademark.word(name.toUpperCase(Locale.ROOT), "1", Office.EUIPO, classes));
    return new Brand(name, List.of(), rights, Arrays.stream(products)
        .map(p -> new Product(p, Optional.empty(), Optional.empty(), Optional.empty())).toList(),
        List.of());
  }

  static final BrandIndex INDEX = BrandIndex.of(List.of(
      brand("Dove", new int[] {3}, "Dove Beauty Cream Bar"),
      brand("Mango", new int[] {25, 18}),
      brand("Coach", new int[] {18, 25}),
      brand("Puma", new int[] {25, 28}, "Puma Suede Classic"),
      brand("Ring", new int[] {9}, "Ring Video Doorbell"),
      brand("Stella", new int[] {25}),
      brand("Sonne", new int[] {25})));

  static List<String> brands(String title) {
    return INDEX.find(title, ListingField.TITLE).stream().map(BrandMention::brand).toList();
  }

  @ParameterizedTest(name = "{0} mentions {1}")
  @CsvSource(delimiter = '|', value = {
      "Dove Körpercreme für trockene Haut | Dove", // de: cosmetics, class 3
      "Mango Sommerkleid aus Leinen | Mango", // de: dress
      "Coach Umhängetasche aus Leder | Coach",
      "Ring Video Türklingel mit Kamera | Ring",
      "Sonne Damen Sommerkleid gestreift | Sonne", // de: Sonne is a German word, a dress is 25
      "Crema idratante Dove per il corpo | Dove", // it: cream, class 3
      "Vestito Mango in lino | Mango", // it: dress
      "Borsa a tracolla Coach in pelle | Coach",
      "Scarpe Puma da corsa | Puma",
      "Vestito Stella a righe da donna | Stella", // it: stella (star) is Italian, a dress is 25
      "Coach Filzhut braun | Coach", // de: Filz + Hut, which the vocabulary lists as Hüte
      "Schultergurt Coach schwarz | Coach"}) // de: Schulter + Gurt, listed as Gurte
  void aUseForTheBrandsGoodsIsAMention(String title, String brand) {
    assertThat(brands(title)).containsExactly(brand);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Getrocknete Mango ohne Zucker 500 g", // de: dried fruit
      "Ring aus Sterlingsilber mit Zirkonia", // de: jewellery
      "Sonne Wandtattoo für das Kinderzimmer", // de: a sun wall sticker, class 27
      "Dove Ölwechsel", // de: an oil change: Öl-wechsel is German, so the listing is
      "Kuscheltier Puma aus Plüsch 30 cm", // de: a soft toy... class 28, see below
      "Dove comprare cuscini in lino", // it: dove = where; cushions
      "Anello in argento con zirconi", // it: no brand at all
      "Mango essiccato senza zucchero", // it: dried fruit
      "Adesivo murale stella per cameretta"}) // it: a star wall sticker
  void anOrdinaryUseIsNot(String title) {
    // Puma is registered for class 28 here, so the soft toy is its goods: see the next test.
    if (title.startsWith("Kuscheltier")) {
      assertThat(brands(title)).containsExactly("Puma");
    } else {
      assertThat(brands(title)).isEmpty();
    }
  }

  static final BrandIndex CAMEL_CASE = BrandIndex.of(List.of(
      brand("KakaoTalk", new int[] {9}), brand("HandTuch", new int[] {25})));

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // Kakao + Talk is a German compound by rule, listed nowhere: KakaoTalk, written with a
      // capital inside, is a coined name, not a word-brand, and is found with no goods named
      "KAKAOTALK teilbar Bordeauxrot Klappstuhl | KakaoTalk",
      "kakaotalk Sticker Set | KakaoTalk",
      // Handtuch (a towel) is a listed German word, however the brand writes it: judged by goods
      "Handtuch für das Gästebad | ",
      "HandTuch Damen Sommerkleid | HandTuch"})
  void aCoinedNameInCamelCaseIsNoWordBrandUnlessAListHoldsIt(String title, String brand) {
    List<String> found = CAMEL_CASE.find(title, ListingField.TITLE).stream()
        .map(BrandMention::brand).toList();
    assertThat(found).isEqualTo(brand == null ? List.of() : List.of(brand));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Stella leather wallet for men", // en: a wallet is no clothing (25), whatever the language
      "Sonne Lederbrieftasche für Herren", // de
      "Portafoglio Stella in pelle"}) // it
  void aListingNamingOtherGoodsIsJudgedByThem(String title) {
    assertThat(brands(title)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Dove new season collection for men", // en: Dove is an English word, no goods named
      "Stella new season collection for men", // en: stella is no English word: the brand
      "Sonne new season collection for men"}) // en: nor is sonne
  void inAnEnglishListingNamingNoGoodsOnlyEnglishWordsAreJudged(String title) {
    if (title.startsWith("Dove")) {
      assertThat(brands(title)).isEmpty();
    } else {
      assertThat(brands(title)).hasSize(1);
    }
  }
}
