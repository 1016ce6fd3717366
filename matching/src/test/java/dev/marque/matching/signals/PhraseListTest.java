package dev.marque.matching.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marque.core.ListingField;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhraseListTest {
  private final PhraseList cues = PhraseList.cueWords();

  private List<String> found(String text) {
    return cues.find(text, ListingField.TITLE).stream().map(h -> h.span().text()).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Aurelia bag replica|replica",
      "Aurelia bag R3PL1CA|R3PL1CA",
      "Aurelia bag r e p l i c a|r e p l i c a",
      "Aurelia bag Rеplica|Rеplica", // Cyrillic е
      "tote 1:1 quality|1:1",
      "super-copy watch|super-copy",
      "高仿奥蕾莉亚女包|高仿",
      "奥蕾莉亚女包1比1|1比1",
      "Cartera réplica calidad espejo|réplica",
      "Sac qualité miroir|qualité miroir",
      "Tasche Fälschung|Fälschung",
      "Bolsa primeira linha|primeira linha",
      "Borsa imitazione|imitazione",
      "Сумка реплика|реплика"})
  void findsCueWordsHoweverWrittenInEveryLanguage(String text, String cue) {
    assertThat(found(text)).contains(cue);
  }

  @Test
  void aPhraseInASpacedScriptMustBeWholeWords() {
    assertThat(found("fakel torch, oemissions, dupes")).containsExactly("dupes");
  }

  @Test
  void theLongestOverlappingPhraseWinsAndOffsetsPointIntoTheOriginal() {
    String text = "AURELIA 1:1 copy bag";
    List<PhraseHit> hits = cues.find(text, ListingField.DESCRIPTION);
    assertThat(hits).singleElement().satisfies(h -> {
      assertThat(h.phrase()).isEqualTo("1:1 copy");
      assertThat(h.language()).isEqualTo("en");
      assertThat(h.field()).isEqualTo(ListingField.DESCRIPTION);
      assertThat(text.substring(h.span().start(), h.span().end())).isEqualTo("1:1 copy");
    });
  }

  @Test
  void usersExtendTheShippedList() {
    PhraseList mine = cues.plus(PhraseList.of("nl", List.of("namaak")));
    assertThat(mine.size()).isEqualTo(cues.size() + 1);
    assertThat(mine.find("Aurelia tas namaak", ListingField.TITLE))
        .extracting(PhraseHit::language).containsExactly("nl");
    assertThat(cues.find("Aurelia tas namaak", ListingField.TITLE)).isEmpty();
  }

  @Test
  void readsTheTextFormatAndNamesTheLineOfEveryProblem() throws Exception {
    PhraseList read = PhraseList.read(new StringReader("# mine\n[de]\nNachbau\n\n[fr]\ntoc\n"),
        "mine.txt");
    assertThat(read.phrases()).containsExactly("Nachbau", "toc");
    assertThat(read.find("un sac toc", ListingField.TITLE)).extracting(PhraseHit::language)
        .containsExactly("fr");
    assertThatThrownBy(() -> PhraseList.read(new StringReader("[en\nok\n--\n"), "bad.txt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.txt:1: '[en' is not a language section")
        .hasMessageContaining("bad.txt:3: '--' has no letters or digits");
  }

  @Test
  void compatibilityPhrasesShipInSeveralLanguages() {
    PhraseList compat = PhraseList.compatibilityPhrases();
    assertThat(compat.find("Funda para Kestrel", ListingField.TITLE)).extracting(PhraseHit::phrase)
        .containsExactly("para");
    assertThat(compat.find("Armband kompatibel mit Nordlys", ListingField.TITLE))
        .extracting(PhraseHit::phrase).containsExactly("kompatibel mit");
    assertThat(compat.find("适用于凯斯翠耳机", ListingField.TITLE)).extracting(PhraseHit::phrase)
        .containsExactly("适用于");
  }
}
