package dev.marque.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.marque.core.BrandMention;
import dev.marque.core.Limits;
import dev.marque.core.ListingField;
import dev.marque.matching.text.TextNormalizer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fuzz target for the normaliser and the mention matcher (Jazzer): any text — the bytes read as
 * UTF-16, so unpaired surrogates and every control character occur — is normalised without an
 * exception, and each mention lies inside the text, on code-point boundaries, in order, with the
 * matched text its span, at most the cap per brand.
 *
 * <p>{@code mvn verify} replays {@code MentionFuzzTestInputs/mentions};
 * {@code JAZZER_FUZZ=1 mvn -pl matching test -Dtest=MentionFuzzTest} fuzzes for {@code maxDuration}.
 */
class MentionFuzzTest {
  private static final BrandIndex INDEX = BrandIndexTest.INDEX;

  @FuzzTest(maxDuration = "5m")
  void mentions(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_16LE);
    TextNormalizer.standard().normalize(text);
    List<BrandMention> found = INDEX.find(text, ListingField.TITLE);
    int previous = 0;
    Map<String, Integer> perBrand = new HashMap<>();
    for (BrandMention m : found) {
      assertThat(m.start()).isBetween(previous, text.length());
      assertThat(m.end()).isBetween(m.start(), text.length());
      assertThat(onBoundary(text, m.start())).as("start %d of %s", m.start(), m).isTrue();
      assertThat(onBoundary(text, m.end())).as("end %d of %s", m.end(), m).isTrue();
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.matched());
      assertThat(perBrand.merge(m.brand(), 1, Integer::sum))
          .isLessThanOrEqualTo(Limits.defaults().maxMentionsPerBrandAndField());
      previous = m.end();
    }
  }

  private static boolean onBoundary(String text, int i) {
    return i == 0 || i == text.length()
        || !(Character.isHighSurrogate(text.charAt(i - 1)) && Character.isLowSurrogate(text.charAt(i)));
  }
}
