package dev.marque.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.matching.similarity.EditDistanceReferenceTest;
import dev.marque.matching.similarity.OptimalStringAlignment;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The matcher's own fast kernels give exactly what the general ones give. */
class FastPathPropertyTest {

  /**
   * The window's path to the one bit-parallel kernel ({@link WindowDistance}: {@link OsaKernel}
   * with a window's masks built once for many keys, as {@link OptimalStringAlignment} runs it per
   * pair) against the plain dynamic programme: not against the other path, which would prove
   * nothing if both were wrong alike.
   */
  @Property(tries = 1000)
  void windowDistanceIsThePlainProgramme(@ForAll("short") String window, @ForAll("short") String key,
      @ForAll @IntRange(min = 0, max = 3) int max) {
    WindowDistance d = new WindowDistance();
    d.load("zz".toCharArray(), 2); // a previous window must leave nothing behind
    d.load(window.toCharArray(), window.length());
    int plain = EditDistanceReferenceTest.reference(window, key, true);
    assertThat(d.distance(key.toCharArray(), max)).as("%s / %s within %d", window, key, max)
        .isEqualTo(Math.min(plain, max + 1))
        .isEqualTo(OptimalStringAlignment.INSTANCE.distance(window, key, max));
  }

  @Property(tries = 300)
  void deletionHashesAreThoseOfTheStringsWithoutTheCharacters(@ForAll("short") String s) {
    char[] c = s.toCharArray();
    int n = c.length;
    long[] prefix = new long[n + 1];
    Hashing.prefixes(c, n, prefix);
    long[] out = new long[n + n * (n - 1) / 2];
    int count = Hashing.deletions(prefix, n, true, new long[n], out, 0);
    assertThat(count).isEqualTo(out.length);
    int k = 0;
    for (int i = 0; i < n; i++) {
      String without = s.substring(0, i) + s.substring(i + 1);
      assertThat(out[k]).isEqualTo(Hashing.without(prefix, n, i)).isEqualTo(Hashing.of(without));
      k++;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        String without = s.substring(0, i) + s.substring(i + 1, j) + s.substring(j + 1);
        assertThat(out[k]).isEqualTo(Hashing.without(prefix, n, i, j)).isEqualTo(Hashing.of(without));
        k++;
      }
    }
  }

  @Property(tries = 300)
  void whitespaceCollapsesAsTheRegularExpressionDoes(@ForAll("spaced") String s) {
    assertThat(PhraseMatcher.collapseWhitespace(s)).isEqualTo(s.replaceAll("\\s+", " "));
  }

  @Provide("short")
  Arbitrary<String> shortStrings() {
    return Arbitraries.oneOf(Arbitraries.strings().withCharRange('a', 'd').ofMinLength(1).ofMaxLength(12),
        Arbitraries.strings().withCharRange('a', 'c').withChars('é', '*').ofMinLength(1).ofMaxLength(8),
        Arbitraries.strings().withCharRange('a', 'b').ofMinLength(60).ofMaxLength(70));
  }

  @Provide
  Arbitrary<String> spaced() {
    return Arbitraries.strings().withChars('a', 'b', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u00a0')
        .ofMaxLength(20);
  }
}
