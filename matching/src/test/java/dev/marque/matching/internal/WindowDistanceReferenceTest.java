package dev.marque.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The matcher's own path to the transposition kernel ({@link WindowDistance}: {@link OsaKernel}
 * with the window's masks kept across keys) equals the plain optimal-string-alignment programme with its cut-off, for
 * windows and keys of any characters — outside ASCII, astral, longer than 64 — and whatever
 * windows were loaded before.
 */
class WindowDistanceReferenceTest {

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("gucia").ofMaxLength(12),
        Arbitraries.strings().withChars("gucia\u00e9\u0441\uD83D\uDE00").ofMaxLength(14),
        Arbitraries.strings().withChars("ab").ofMinLength(60).ofMaxLength(80),
        Arbitraries.strings().all().ofMaxLength(20));
  }

  @Property(tries = 1500)
  void isThePlainProgrammeWithItsCutOff(
      @ForAll @Size(max = 3) List<@net.jqwik.api.From("text") String> earlier,
      @ForAll("text") String window, @ForAll @Size(max = 4) List<@net.jqwik.api.From("text") String> keys,
      @ForAll @IntRange(min = 0, max = 4) int max) {
    WindowDistance d = new WindowDistance();
    for (String w : earlier) {
      d.load(w.toCharArray(), w.length());
    }
    d.load(window.toCharArray(), window.length());
    for (String key : keys) {
      int expected = dev.marque.matching.similarity.EditDistanceReferenceTest.reference(window, key,
          true);
      assertThat(d.distance(key.toCharArray(), max)).as("%s / %s within %d", window, key, max)
          .isEqualTo(Math.min(expected, max + 1));
    }
  }
}
