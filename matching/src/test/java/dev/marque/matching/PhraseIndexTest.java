package dev.marque.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.core.MatchMethod;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The general matcher, as the assessor uses it for counterfeit cue words. */
class PhraseIndexTest {
  private final PhraseIndex cues = PhraseIndex.of(Map.of(
      "replica", List.of("replika"),
      "1:1", List.of("one to one"),
      "AAA", List.of(),
      "高仿", List.of()));

  @Test
  void findsCueWordsPlainAndDisguised() {
    String text = "R3plica bag 1:1 AAA quality 高仿";
    List<PhraseMatch> found = cues.find(text);
    assertThat(found).extracting(PhraseMatch::name).containsExactly("replica", "1:1", "AAA", "高仿");
    assertThat(found).extracting(PhraseMatch::matched).containsExactly("R3plica", "1:1", "AAA", "高仿");
    assertThat(found.get(0).method()).isEqualTo(MatchMethod.LEET);
    assertThat(found.get(1).method()).isEqualTo(MatchMethod.EXACT);
    assertThat(found.get(1).start()).isEqualTo(text.indexOf("1:1"));
  }

  @Test
  void findsAnAliasAndSaysWhichSpellingMatched() {
    PhraseMatch m = cues.find("it is one to one").get(0);
    assertThat(m.name()).isEqualTo("1:1");
    assertThat(m.spelling()).isEqualTo("one to one");
    assertThat(m.method()).isEqualTo(MatchMethod.ALIAS);
  }

  @Test
  void reportsNothingInOrdinaryText() {
    assertThat(cues.find("a genuine leather bag, 11 inches, grade A")).isEmpty();
    assertThat(cues.size()).isEqualTo(4);
  }
}
