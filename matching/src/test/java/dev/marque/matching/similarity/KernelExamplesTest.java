package dev.marque.matching.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class KernelExamplesTest {
  @Test
  void levenshteinCountsEditsAndStopsAtTheBound() {
    assertThat(Levenshtein.INSTANCE.distance("gucci", "guci")).isEqualTo(1);
    assertThat(Levenshtein.INSTANCE.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Levenshtein.INSTANCE.distance("kitten", "sitting", 1)).isEqualTo(2);
    assertThat(Levenshtein.INSTANCE.distance("", "abc", 1)).isEqualTo(2);
    assertThat(Levenshtein.INSTANCE.score("gucci", "gucci")).isEqualTo(1.0);
  }

  @Test
  void osaCountsASwapAsOneEdit() {
    assertThat(OptimalStringAlignment.INSTANCE.distance("gucic", "gucci")).isEqualTo(1);
    assertThat(Levenshtein.INSTANCE.distance("gucic", "gucci")).isEqualTo(2);
    assertThat(OptimalStringAlignment.INSTANCE.distance("ca", "abc")).isEqualTo(3);
  }

  @Test
  void jaroWinklerGivesCommonsTextsDocumentedValues() {
    assertThat(JaroWinkler.INSTANCE.score("frog", "fog")).isCloseTo(0.925, within(0.001));
    assertThat(JaroWinkler.INSTANCE.score("hello", "hallo")).isCloseTo(0.88, within(0.001));
    assertThat(JaroWinkler.INSTANCE.score("fly", "ant")).isZero();
  }

  /** Values published in RapidFuzz's (and TheFuzz's) documentation, divided by 100. */
  @Test
  void fuzzRatiosGiveRapidFuzzsDocumentedValues() {
    assertThat(FuzzRatio.RATIO.score("this is a test", "this is a test!")).isCloseTo(0.9655172413793104, within(1e-12));
    assertThat(FuzzRatio.PARTIAL_RATIO.score("this is a test", "this is a test!")).isEqualTo(1.0);
    assertThat(FuzzRatio.RATIO.score("fuzzy wuzzy was a bear", "wuzzy fuzzy was a bear")).isCloseTo(0.9090909, within(1e-6));
    assertThat(FuzzRatio.TOKEN_SET_RATIO.score("fuzzy was a bear", "fuzzy fuzzy was a bear")).isEqualTo(1.0);
    assertThat(FuzzRatio.RATIO.score("", "")).isEqualTo(1.0);
    assertThat(FuzzRatio.TOKEN_SET_RATIO.score("", "a")).isZero();
  }

  @Test
  void rejectsBadArgumentsByName() {
    assertThatThrownBy(() -> Levenshtein.INSTANCE.distance("a", "b", -1)).hasMessageContaining("maxDistance");
    assertThatThrownBy(() -> JaroWinkler.INSTANCE.score(null, "b")).hasMessageContaining("left");
  }
}
