package dev.marque.matching.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The one-pass ASCII path must give exactly what the five steps give one after another. */
class AsciiChainTest {

  private static NormalizedText stepByStep(String s) {
    NormalizedText t = NormalizedText.identity(s);
    for (NormalizationStep step : TextNormalizer.standard().steps()) {
      t = step.apply(t);
    }
    return t;
  }

  private static void assertSame(String s) {
    NormalizedText fast = TextNormalizer.standard().normalize(s);
    NormalizedText slow = stepByStep(s);
    assertThat(fast.text()).as("text of [%s]", s).isEqualTo(slow.text());
    for (int i = 0; i < slow.length(); i++) {
      assertThat(fast.originalStart(i)).as("start %d of [%s]", i, s).isEqualTo(slow.originalStart(i));
      assertThat(fast.originalEnd(i)).as("end %d of [%s]", i, s).isEqualTo(slow.originalEnd(i));
      assertThat(fast.changes(i)).as("changes %d of [%s]", i, s).isEqualTo(slow.changes(i));
    }
  }

  @Property(tries = 400)
  void titleLikeAsciiIsNormalisedAsTheStepsDo(@ForAll("titleLike") String s) {
    assertSame(s);
  }

  @Property(tries = 200)
  void anyAsciiIsNormalisedAsTheStepsDo(@ForAll @CharRange(from = 0, to = 127) @StringLength(max = 40) String s) {
    assertSame(s);
  }

  @Test
  void disguisesTheStepsKnow() {
    for (String s : new String[] {"", " ", "G U C C I bag", "G.U.C.C.I", "Gucc1 2024 iPhone 14", "$upreme @didas",
        "Ch@nel!", "R0lex", "g*cci ro__x", "levi's", "a b", "x - y - z", "l|!1", "1:1", "AB123456",
        "Gucci!!", "a\tb\nc\rd e", "\u007f\u0000gucci", "9ucci 88", "a'b'c", "06!A", "26!ab 6 0!x"}) {
      assertSame(s);
    }
  }

  @Provide
  Arbitrary<String> titleLike() {
    return Arbitraries.strings().withCharRange('a', 'e').withCharRange('A', 'C')
        .withChars(' ', ' ', '.', '-', '*', '_', '#', '\'', '0', '1', '3', '4', '5', '7', '8', '9', '!', '|',
            '@', '$', '+', 'l', '\n', '\t', ':')
        .ofMaxLength(40);
  }
}
