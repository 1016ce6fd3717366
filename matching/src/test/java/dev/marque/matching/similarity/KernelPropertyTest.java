package dev.marque.matching.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Our kernels give the same results as commons-text's, and as the textbook recurrences. */
class KernelPropertyTest {
  private static final LevenshteinDistance COMMONS_LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();
  private static final JaroWinklerSimilarity COMMONS_JARO_WINKLER = new JaroWinklerSimilarity();

  /** Small alphabets make near-misses common; a few non-ASCII characters exercise the slow table. */
  @Provide
  Arbitrary<String> text() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("abcde").ofMaxLength(12),
        Arbitraries.strings().withChars("abcdxyzéж古").ofMaxLength(70),
        Arbitraries.strings().withChars("ab").ofMinLength(60).ofMaxLength(150));
  }

  @Property(tries = 600)
  void levenshteinMatchesCommonsText(@ForAll("text") String a, @ForAll("text") String b) {
    assertThat(Levenshtein.INSTANCE.distance(a, b)).isEqualTo(COMMONS_LEVENSHTEIN.apply(a, b));
  }

  @Property(tries = 600)
  void levenshteinWithABoundMatchesCommonsText(@ForAll("text") String a, @ForAll("text") String b,
      @ForAll("bound") int max) {
    int expected = new LevenshteinDistance(max).apply(a, b);
    int actual = Levenshtein.INSTANCE.distance(a, b, max);
    assertThat(actual).isEqualTo(expected < 0 ? max + 1 : expected);
  }

  @Provide
  Arbitrary<Integer> bound() {
    return Arbitraries.integers().between(0, 6);
  }

  @Property(tries = 600)
  void jaroWinklerMatchesCommonsText(@ForAll("text") String a, @ForAll("text") String b) {
    assertThat(JaroWinkler.INSTANCE.score(a, b)).isCloseTo(COMMONS_JARO_WINKLER.apply(a, b), within(1e-12));
  }

  @Property(tries = 600)
  void osaMatchesTheTextbookRecurrence(@ForAll("text") String a, @ForAll("text") String b,
      @ForAll("bound") int max) {
    int expected = osa(a, b);
    assertThat(OptimalStringAlignment.INSTANCE.distance(a, b)).isEqualTo(expected);
    assertThat(OptimalStringAlignment.INSTANCE.distance(a, b, max)).isEqualTo(Math.min(expected, max + 1));
  }

  @Property(tries = 600)
  void indelIsLengthsLessTwiceTheLongestCommonSubsequence(@ForAll("text") String a, @ForAll("text") String b) {
    assertThat(Indel.INSTANCE.distance(a, b)).isEqualTo(a.length() + b.length() - 2 * lcs(a, b));
  }

  @Property(tries = 300)
  void scoresStayBetweenZeroAndOne(@ForAll("text") String a, @ForAll("text") String b) {
    for (SimilarityScore s : new SimilarityScore[] {Levenshtein.INSTANCE, OptimalStringAlignment.INSTANCE,
        JaroWinkler.INSTANCE, Indel.INSTANCE, FuzzRatio.RATIO, FuzzRatio.PARTIAL_RATIO,
        FuzzRatio.TOKEN_SET_RATIO}) {
      assertThat(s.score(a, b)).isBetween(0.0, 1.0);
    }
  }

  static int osa(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  static int lcs(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        d[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? d[i - 1][j - 1] + 1 : Math.max(d[i - 1][j], d[i][j - 1]);
      }
    }
    return d[a.length()][b.length()];
  }
}
