package dev.marque.matching.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

class TextNormalizerPropertyTest {
  private final TextNormalizer norm = TextNormalizer.standard();

  @Property(tries = 500)
  void offsetsAreValidAndInOrderForAnyText(@ForAll @StringLength(max = 60) String any) {
    NormalizedText n = norm.normalize(any);
    int previousStart = 0;
    for (int i = 0; i < n.length(); i++) {
      int start = n.originalStart(i);
      int end = n.originalEnd(i);
      assertThat(start).isBetween(previousStart, any.length());
      assertThat(end).isBetween(start + 1, any.length());
      previousStart = start;
    }
  }

  @Property(tries = 300)
  void normalizingTwiceChangesNothingMore(@ForAll("words") String word) {
    String once = norm.normalize(word).text();
    assertThat(norm.normalize(once).text()).isEqualTo(once);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> words() {
    return net.jqwik.api.Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '-', 'É', 'с')
        .ofMaxLength(30);
  }
}
