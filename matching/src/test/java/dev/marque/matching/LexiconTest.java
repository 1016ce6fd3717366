package dev.marque.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {
  private final Lexicon all = Lexicon.available();

  @Test
  void theShippedLanguagesAreOnTheTestClassPath() {
    assertThat(Lexicon.availableLanguages()).contains("en", "fr", "es", "nl");
    assertThat(MatchOptions.defaults().lexicon().languages())
        .isEqualTo(Lexicon.availableLanguages());
  }

  @Test
  void inflectedFormsAreWords() {
    Lexicon en = Lexicon.of(List.of("en"));
    assertThat(en.contains("twinkled")).isTrue();
    assertThat(en.contains("boggles")).isTrue();
    assertThat(en.contains("Hoodie")).isTrue();
    assertThat(en.contains("carolers")).isTrue();
    assertThat(Lexicon.of(List.of("fr")).contains("réarme")).isTrue();
    assertThat(Lexicon.of(List.of("fr")).contains("REARME")).isTrue();
    assertThat(Lexicon.of(List.of("es")).contains("panada")).isTrue();
    assertThat(Lexicon.of(List.of("nl")).contains("fietsen")).isTrue();
  }

  @Test
  void theListsProperNamesAreNamesNotWords() {
    // Places and people the shipped dictionaries hold as names: no words, but no misspelt brands.
    assertThat(Lexicon.of(List.of("en")).isName("London")).isTrue();
    assertThat(Lexicon.of(List.of("nl")).isName("Texel")).isTrue();
    assertThat(Lexicon.of(List.of("fr")).isName("Lyon")).isTrue();
    assertThat(all.contains("Texel")).isFalse();
    for (String w : List.of("hoodie", "xqzzv", "", "g00d", "two words")) {
      assertThat(all.isName(w)).as(w).isFalse();
    }
    // A name a user adds as a word, or takes out, is no longer a name.
    assertThat(all.withWords(List.of("texel")).isName("Texel")).isFalse();
    assertThat(all.withoutWords(List.of("texel")).isName("Texel")).isFalse();
  }

  @Test
  void aNameIsNoMisspeltBrand() {
    BrandIndex index = BrandIndex.of(List.of(dev.marque.core.Brand.of("Texal"),
        dev.marque.core.Brand.of("Lomdon")));
    assertThat(index.find("Texel sheep wool blanket", dev.marque.core.ListingField.TITLE)).isEmpty();
    assertThat(index.find("London skyline poster", dev.marque.core.ListingField.TITLE)).isEmpty();
    assertThat(index.find("Texall wool blanket", dev.marque.core.ListingField.TITLE))
        .singleElement().satisfies(m -> assertThat(m.brand()).isEqualTo("Texal"));
    // A name is written with its capital: in lower case it may be the seller's misspelling.
    assertThat(index.find("texel wool blanket", dev.marque.core.ListingField.TITLE))
        .singleElement().satisfies(m -> assertThat(m.brand()).isEqualTo("Texal"));
  }

  @Test
  void brandsAndNonsenseAreNotWords() {
    for (String w : List.of("gucci", "verizon", "jdoodle", "sketchup", "creality", "viblo", "xqzzv",
        "", "g00d", "two words")) {
      assertThat(all.contains(w)).as(w).isFalse();
    }
  }

  @Test
  void wordsCanBeAddedAndRemoved() {
    Lexicon mine = Lexicon.of(List.of("en")).withWords(List.of("Kawaii")).withoutWords(List.of("orchid"));
    assertThat(mine.contains("kawaii")).isTrue();
    assertThat(mine.contains("orchid")).isFalse();
    assertThat(mine.withWords(List.of("orchid")).contains("orchid")).isTrue();
    assertThat(mine.languagesOf("orchid")).containsExactly("en");
  }

  @Test
  void languagesOfSaysWhichListsAWord() {
    assertThat(all.languagesOf("chancel")).contains("en");
    assertThat(all.languagesOf("réarme")).contains("fr").doesNotContain("en");
    assertThat(all.languagesOf("gucci")).isEmpty();
  }

  @Test
  void foldingLowersAndDropsMarks() {
    assertThat(Lexicon.fold("Réarme")).isEqualTo("rearme");
    assertThat(Lexicon.fold("Straße")).isEqualTo("strasse");
    assertThat(Lexicon.fold("ŒUVRE")).isEqualTo("oeuvre");
  }

  @Test
  void anUnknownLanguageIsRefusedByName() {
    assertThatThrownBy(() -> Lexicon.of(List.of("en", "xx")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("languages[1]")
        .hasMessageContaining("'xx'");
    assertThatThrownBy(() -> MatchOptions.defaults().withLanguages(List.of("klingon")))
        .hasMessageContaining("klingon");
  }

  @Test
  void germanWithoutItsArtifactIsRefusedNamingTheArtifact() {
    // matching's tests have marque-lexicons but not marque-lexicons-languagetool
    assertThat(Lexicon.availableLanguages()).doesNotContain("de", "it");
    assertThatThrownBy(() -> Lexicon.of(List.of("de")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no word list for 'de'")
        .hasMessageContaining("marque-lexicons-languagetool");
  }

  @Test
  void anEmptyLexiconHasNoWord() {
    assertThat(Lexicon.empty().contains("hoodie")).isFalse();
    assertThat(Lexicon.empty().size()).isZero();
  }
}
