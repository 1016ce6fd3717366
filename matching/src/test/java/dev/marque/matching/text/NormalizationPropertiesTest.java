package dev.marque.matching.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The standard normalisation on the text sellers write to disguise a brand — lookalike letters of
 * other scripts, leet digits and symbols, separators, combining marks, invisible and bidi
 * characters, fullwidth and enclosed letters, astral code points, lone surrogates: its map back to
 * the original is monotone (starts and ends never go back), never empty, and falls on code-point
 * boundaries of the original; and normalising its result again changes nothing.
 */
class NormalizationPropertiesTest {
  private static final TextNormalizer NORM = TextNormalizer.standard();

  /** Characters a disguised brand is made of, in every step's reach. */
  private static final String DISGUISES = "Gucci GUCCI gu\u0441\u0441\u0456 G.U.C.C.I g-u-c-c-i"
      + " G*cci Gucc1 6ucc! $hop @ 0 3 4 7 | \u00e9 e\u0301 \u0435 \u03bf \u0399"
      + " \uff27\uff55\uff43 \u24bc \ud83c\udd76 \ud83c\udd50 \ud83c\uddec \u200b \u200d \u00ad"
      + " \u202e \u202c \u2066 \u0300\u0301 \u1e9e \u00df \u0130 \u0131 \ufb01 \u3000 \t"
      + " \ud835\udc06 \ud800 \udc00 \u53e4\u9a70 \u0644\u0627";

  @Provide
  Arbitrary<String> disguised() {
    return Arbitraries.oneOf(
        Arbitraries.of(DISGUISES.codePoints().boxed().toList()).list().ofMaxSize(40)
            .map(cps -> cps.stream().collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString()),
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.strings().withChars(DISGUISES).ofMaxLength(40));
  }

  /**
   * Normalised text is a fixed point: the steps read the text as a later pass would (leet rules on
   * the word as folded, marks dropped on digits, separators joined whatever the gap's length, leet
   * read again on joined words). It takes jqwik's default number of tries, so that {@code
   * -Djqwik.tries.default=100000} runs it longer.
   */
  @Property
  void normalisingTheResultAgainChangesNothing(@ForAll("disguised") String text) {
    String once = NORM.normalize(text).text();
    assertThat(NORM.normalize(once).text()).as("normalised from %s", escape(text))
        .isEqualTo(once);
  }

  @Property(tries = 1000)
  void theMapBackIsMonotoneAndOnCodePointBoundaries(@ForAll("disguised") String text) {
    NormalizedText n = NORM.normalize(text);
    int start = 0;
    int end = 0;
    for (int i = 0; i < n.length(); i++) {
      assertThat(n.originalStart(i)).as("start of %d in %s", i, escape(text))
          .isBetween(start, text.length() - 1);
      assertThat(n.originalEnd(i)).as("end of %d in %s", i, escape(text))
          .isBetween(Math.max(end, n.originalStart(i) + 1), text.length());
      start = n.originalStart(i);
      end = n.originalEnd(i);
      assertThat(onBoundary(text, start) && onBoundary(text, end))
          .as("[%d, %d) of %s", start, end, escape(text)).isTrue();
    }
    assertThat(n.originalText(0, n.length())).isEqualTo(n.length() == 0 ? ""
        : text.substring(n.originalStart(0), n.originalEnd(n.length() - 1)));
  }

  private static boolean onBoundary(String text, int i) {
    return i == 0 || i == text.length()
        || !(Character.isHighSurrogate(text.charAt(i - 1)) && Character.isLowSurrogate(text.charAt(i)));
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder();
    s.chars().forEach(c -> b.append(c < 0x7f && c >= 0x20 ? String.valueOf((char) c)
        : String.format("\\u%04x", c)));
    return b.toString();
  }
}
