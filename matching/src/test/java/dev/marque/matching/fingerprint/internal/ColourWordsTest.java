package dev.marque.matching.fingerprint.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The colours a listing names, by family, in the seven languages. */
class ColourWordsTest {

  @ParameterizedTest(name = "{0} names {1}")
  @CsvSource(delimiter = '|', value = {
      "Aurelia tote bag burgundy leather | red",
      "Laurel Tasche aus Leder, weinrot | red",
      "sac cabas Laurel rouge bordeaux | red",
      "Handtasche Schwarz mit Goldschnalle | black",
      "sac à main noir | black",
      "bolso de mano negro | black",
      "borsa in pelle nera | black",
      "bolsa de couro preta | black",
      "zwarte leren tas | black",
      "Tasche weiß | white",
      "Pullover GRÜN | green",
      "tote navy blue | blue",
      "sac marron | brown",
      "tote in tan calf | brown",
  })
  void namesTheFamilyInEachLanguage(String text, String family) {
    assertThat(ColourWords.name(ColourWords.of(text))).isEqualTo(family);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Aurelia Laurel tote bag leather gold clasp", // gold is a material as often as a colour
      "fresh orange juice 1 l", "rose gold bracelet", "face cream 50 ml", "olive oil",
      "a bordo del barco", "Blackberry charger", "Redmi Note 13", "browning hunting knife",
  })
  void wordsThatNameOtherThingsOrOnlyHoldAColourAreNoColour(String text) {
    assertThat(ColourWords.of(text)).isZero();
  }

  @Test
  void listingsContradictOnlyWhenBothNameColoursAndShareNoFamily() {
    int brown = ColourWords.of("Laurel tote brown leather");
    int burgundy = ColourWords.of("Laurel tote burgundy leather");
    int brownAndRed = ColourWords.of("available in brown, red and black");
    assertThat(ColourWords.contradict(brown, burgundy)).isTrue();
    assertThat(ColourWords.contradict(brown, ColourWords.of("sac cabas marron"))).isFalse();
    assertThat(ColourWords.contradict(brown, brownAndRed)).isFalse();
    assertThat(ColourWords.contradict(burgundy, brownAndRed)).isFalse();
    assertThat(ColourWords.contradict(brown, ColourWords.of("Laurel tote leather"))).isFalse();
    assertThat(ColourWords.contradict(0, 0)).isFalse();
  }
}
