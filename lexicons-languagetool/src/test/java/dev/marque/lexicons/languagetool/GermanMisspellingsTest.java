package dev.marque.lexicons.languagetool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.core.Brand;
import dev.marque.core.ListingField;
import dev.marque.core.MatchMethod;
import dev.marque.matching.BrandIndex;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * German words one edit from a brand, with the German lexicon on the class path: a regular
 * inflection, a compound with a linking element or a name the dictionary knows is no misspelling;
 * the brand misspelt still is.
 */
class GermanMisspellingsTest {
  static final BrandIndex INDEX = BrandIndex.of(List.of(Brand.of("Kolm"), Brand.of("Wandra"),
      Brand.of("Stottar"), Brand.of("Kinderwagon"), Brand.of("Blumentapf")));

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "Souvenir aus Köln",           // a city (EIG): no Kolm
      "ich wandre gern",             // wandern, the stem's e dropped: no Wandra
      "stotter nicht so",            // stottern, imperative: no Stottar
      "Kinderwagen mit Tasche",      // Kind-er-Wagen: no Kinderwagon
      "Blumentopf aus Ton",          // Blume-n-Topf: no Blumentapf
  })
  void isNotReported(String title) {
    assertThat(INDEX.find(title, ListingField.TITLE)).as(title).isEmpty();
  }

  static final BrandIndex LONG_BRANDS = BrandIndex.of(List.of(Brand.of("SingleStore"),
      Brand.of("Kickstarter")));

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "Ich kickstarte den Motor",    // kick + starte, in a German text: no Kickstarter
      "Motor kickstarte sofort",
  })
  void aCompoundTheDictionaryLacksIsAWordInAGermanText(String title) {
    assertThat(LONG_BRANDS.find(title, ListingField.TITLE))
        .filteredOn(m -> m.method() == MatchMethod.FUZZY).as(title).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // German compounds by rule only (Single + Sore, kick + starte), in titles that show no
      // German: the long brand misspelt
      "singlesore Pescado Práctico Hormigon, SingleStore",
      "kickstarte Ensalada Fantástico Metal, Kickstarter",
  })
  void aCompoundTheDictionaryLacksIsNoWordInATextOfAnotherLanguage(String title, String brand) {
    assertThat(LONG_BRANDS.find(title, ListingField.TITLE)).as(title).singleElement()
        .satisfies(m -> {
          assertThat(m.brand()).isEqualTo(brand);
          assertThat(m.method()).isEqualTo(MatchMethod.FUZZY);
        });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "Kollm Schal aus Wolle, Kolm",
      "Wandrra Rucksack, Wandra",
      "Stottarr Kopfhörer, Stottar",
      "Kinderwagonn gebraucht, Kinderwagon",
      "Blumentapff Set, Blumentapf",
  })
  void theBrandMisspeltIsStillFound(String title, String brand) {
    assertThat(INDEX.find(title, ListingField.TITLE)).as(title).singleElement().satisfies(m -> {
      assertThat(m.brand()).isEqualTo(brand);
      assertThat(m.method()).isEqualTo(MatchMethod.FUZZY);
    });
  }
}
