package dev.marque.matching.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Every edit-distance kernel, in each of its paths (one 64-bit word, several words, the band
 * beyond 64 characters, the table of characters outside ASCII), equals the plain dynamic
 * programme over UTF-16 units written here, and its bounded form gives {@code min(d, max + 1)}:
 * on short and long strings, small and large alphabets, and astral code points (surrogate pairs).
 */
public class EditDistanceReferenceTest {

  /** For JUnit; the class is public so that other kernels' tests share its reference. */
  public EditDistanceReferenceTest() {}

  /** Letters of many scripts, astral ones included: far more than the 128-slot table holds. */
  private static final String WIDE = wideAlphabet();

  private static String wideAlphabet() {
    StringBuilder b = new StringBuilder("abcAB ");
    for (int cp : new int[] {0xE9, 0x436, 0x53E4, 0x1F600, 0x1F601, 0x1D400, 0x20000, 0x10FFFF}) {
      b.appendCodePoint(cp);
    }
    for (int i = 0; i < 200; i++) {
      b.appendCodePoint(0x4E00 + i * 37); // CJK, colliding in the table's 128 slots
    }
    return b.toString();
  }

  @Provide
  Arbitrary<String> text() {
    Arbitrary<String> astral = Arbitraries.of(WIDE.codePoints().boxed().toList())
        .list().ofMaxSize(90).map(cps -> new String(cps.stream().mapToInt(Integer::intValue)
            .toArray(), 0, cps.size()));
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("abc").ofMaxLength(10),
        Arbitraries.strings().withChars("abcdefgh").ofMinLength(50).ofMaxLength(140),
        astral,
        // a lone surrogate is text too, as a feed may carry it
        Arbitraries.strings().withChars("ab\uD83D\uDE00\uD800\uDC00").ofMaxLength(70),
        Arbitraries.strings().all().ofMaxLength(40));
  }

  @Property(tries = 800)
  void levenshteinIsThePlainProgramme(@ForAll("text") String a, @ForAll("text") String b,
      @ForAll @IntRange(min = 0, max = 8) int max) {
    int d = reference(a, b, false);
    assertThat(Levenshtein.INSTANCE.distance(a, b)).isEqualTo(d);
    assertThat(Levenshtein.INSTANCE.distance(a, b, max)).isEqualTo(Math.min(d, max + 1));
  }

  @Property(tries = 800)
  void optimalStringAlignmentIsThePlainProgramme(@ForAll("text") String a,
      @ForAll("text") String b, @ForAll @IntRange(min = 0, max = 8) int max) {
    int d = reference(a, b, true);
    assertThat(OptimalStringAlignment.INSTANCE.distance(a, b)).isEqualTo(d);
    assertThat(OptimalStringAlignment.INSTANCE.distance(a, b, max)).isEqualTo(Math.min(d, max + 1));
  }

  @Property(tries = 800)
  void indelIsThePlainProgramme(@ForAll("text") String a, @ForAll("text") String b,
      @ForAll @IntRange(min = 0, max = 8) int max) {
    int d = a.length() + b.length() - 2 * longestCommonSubsequence(a, b);
    assertThat(Indel.INSTANCE.distance(a, b)).isEqualTo(d);
    assertThat(Indel.INSTANCE.distance(a, b, max)).isEqualTo(Math.min(d, max + 1));
  }

  @Property(tries = 300)
  void aKernelGivesTheSameAnswerWhateverItComputedBefore(@ForAll("text") String first,
      @ForAll("text") String a, @ForAll("text") String b) {
    // the character table is reused per thread: nothing of an earlier pattern may remain
    Levenshtein.INSTANCE.distance(first, a);
    OptimalStringAlignment.INSTANCE.distance(first, b);
    Indel.INSTANCE.distance(first, a + b);
    assertThat(Levenshtein.INSTANCE.distance(a, b)).isEqualTo(reference(a, b, false));
    assertThat(OptimalStringAlignment.INSTANCE.distance(a, b)).isEqualTo(reference(a, b, true));
  }

  /**
   * The textbook recurrence over UTF-16 units, the whole table; with transpositions, optimal string
   * alignment.
   *
   * @param a one text
   * @param b the other
   * @param transpositions whether a swap of two adjacent units is one edit
   * @return the distance
   */
  public static int reference(String a, String b, boolean transpositions) {
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
        if (transpositions && i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  static int longestCommonSubsequence(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        d[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? d[i - 1][j - 1] + 1
            : Math.max(d[i - 1][j], d[i][j - 1]);
      }
    }
    return d[a.length()][b.length()];
  }
}
