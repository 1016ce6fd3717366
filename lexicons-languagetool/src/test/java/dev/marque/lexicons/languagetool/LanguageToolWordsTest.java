package dev.marque.lexicons.languagetool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.matching.Lexicon;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageToolWordsTest {

  @Test
  void germanHasInflectedFormsWhateverTheirCaseOrUmlauts() {
    GermanWords de = new GermanWords();
    assertThat(List.of("tasche", "taschen", "grun", "grune", "strasse", "gekauft", "leder",
        "kissen", "halskette", "ring"))
        .allSatisfy(w -> assertThat(de.contains(w)).as(w).isTrue());
  }

  @Test
  void germanCompoundsAreWordsWhenTheirPartsAre() {
    GermanWords de = new GermanWords();
    assertThat(List.of("handtasche", "lederhandtaschen", "geburtstagsgeschenk", "handyhulle"))
        .allSatisfy(w -> assertThat(de.contains(w)).as(w).isTrue());
    assertThat(de.contains("handtaschxe")).isFalse();
  }

  @Test
  void aCompoundTheDictionaryLacksIsAWordByRuleNotAListedOne() {
    GermanWords de = new GermanWords();
    assertThat(de.isListed("tasche")).isTrue();
    assertThat(de.isListed("lederhandtaschen")).isFalse();
    assertThat(de.isListed("wandre")).isFalse(); // wandern's regular inflection, not listed
    Lexicon lexicon = Lexicon.of(List.of("de"));
    assertThat(lexicon.languagesOf("Lederhandtaschen")).containsExactly("de");
    assertThat(lexicon.languagesListing("Lederhandtaschen")).isEmpty();
    assertThat(lexicon.languagesListing("Taschen")).containsExactly("de");
  }

  @Test
  void aTwoLetterFirstPartCountsOnlyAsANounBeforeANoun() {
    GermanWords de = new GermanWords();
    // Öl-tuch, Öl-farbe, Ei-becher: a noun of two letters before a noun
    assertThat(List.of("oltuch", "olfarbe", "eibecher"))
        .allSatisfy(w -> assertThat(de.contains(w)).as(w).isTrue());
    // zu-, an-, ab- are no nouns, and a noun before a verb form is no compound (Pi-meng: the
    // misspelling of PrimeNG that leaves out its r)
    assertThat(List.of("zugabel", "anhose", "abmantel", "pimeng"))
        .allSatisfy(w -> assertThat(de.contains(w)).as(w).isFalse());
  }

  @Test
  void germanRegularInflectionsTheDictionaryLacksAreWords() {
    GermanWords de = new GermanWords();
    // Morphy lists wandere, stottere, zwitschere, not these: the imperative and spoken first
    // person without the final e (stotter, zwitscher), the -ern verb's stem without its e (wandre).
    assertThat(List.of("stotter", "zwitscher", "wander", "wandre", "stottre"))
        .allSatisfy(w -> assertThat(de.contains(w)).as(w).isTrue());
    // Compounds joined by a linking element: Blume-n-topf, Kind-er-wagen, Hund-e-hütte.
    assertThat(List.of("blumentopf", "kinderwagen", "hundehutte", "geburtstagsgeschenk"))
        .allSatisfy(w -> assertThat(de.contains(w)).as(w).isTrue());
    // An ending on something that is no stem of that kind stays no word.
    assertThat(List.of("taschne", "stotterx", "wandrx", "samsunge", "berline", "hoodiee"))
        .allSatisfy(w -> assertThat(de.contains(w)).as(w).isFalse());
  }

  @Test
  void germanAndItalianProperNamesAreNamesNotWords() {
    GermanWords de = new GermanWords();
    assertThat(List.of("koln", "trier", "mainz", "samsung"))
        .allSatisfy(w -> {
          assertThat(de.isName(w)).as(w).isTrue();
          assertThat(de.contains(w)).as(w).isFalse();
        });
    assertThat(List.of("tasche", "stotter", "hoodiee", "")).allSatisfy(
        w -> assertThat(de.isName(w)).as(w).isFalse());
    ItalianWords it = new ItalianWords();
    assertThat(it.isName("milano")).isTrue();
    assertThat(it.isName("borsa")).isFalse();
    assertThat(Lexicon.of(List.of("de", "it")).isName("Köln")).isTrue();
  }

  @Test
  void germanProperNamesAndNonWordsAreNotWords() {
    GermanWords de = new GermanWords();
    // Samsung, Porsche and Berlin are names (EIG) in the dictionary; the rest are no German words.
    assertThat(List.of("samsung", "porsche", "berlin", "gucci", "hoodiee", "taschne", "xq"))
        .allSatisfy(w -> assertThat(de.contains(w)).as(w).isFalse());
  }

  @Test
  void italianHasInflectedFormsAndAccentsFolded() {
    ItalianWords it = new ItalianWords();
    assertThat(List.of("borsa", "borse", "citta", "anello", "comperiamo", "collana", "scarpe"))
        .allSatisfy(w -> assertThat(it.contains(w)).as(w).isTrue());
  }

  @Test
  void italianProperNamesAreNotWordsSoBrandsStayBrands() {
    ItalianWords it = new ItalianWords();
    assertThat(List.of("gucci", "prada", "ferrari", "armani", "milano", "borsza"))
        .allSatisfy(w -> assertThat(it.contains(w)).as(w).isFalse());
  }

  @Test
  void onlyFoldedLettersAreAsked() {
    GermanWords de = new GermanWords();
    assertThat(de.contains("Tasche")).isFalse(); // not folded: the lexicon folds first
    assertThat(de.contains("")).isFalse();
    assertThat(de.contains("tasche1")).isFalse();
  }

  @Test
  void theLexiconFindsBothLanguagesOnTheClassPath() {
    assertThat(Lexicon.availableLanguages()).contains("de", "it");
    Lexicon lexicon = Lexicon.of(List.of("de", "it")).load();
    assertThat(lexicon.contains("Grüne")).isTrue();
    assertThat(lexicon.contains("Città")).isTrue();
    assertThat(lexicon.languagesOf("Handtaschen")).containsExactly("de");
    assertThat(lexicon.languagesOf("scarpe")).containsExactly("it");
    assertThat(lexicon.languagesOf("borse")).containsExactlyInAnyOrder("de", "it"); // Börse
    assertThat(lexicon.contains("Gucci")).isFalse();
  }

  @Test
  void onTheModulePathTheServicesAndLanguageToolsAutomaticModulesAreResolved() {
    // Surefire runs these tests on the module path, as an application would (module-info.java):
    // the words above were read from LanguageTool's jars as automatic modules.
    Module self = GermanWords.class.getModule();
    assertThat(self.getName()).isEqualTo("dev.marque.lexicons.languagetool");
    assertThat(self.getLayer().findModule("german.pos.dict")).isPresent();
    assertThat(self.getLayer().findModule("language.it")).isPresent();
    assertThat(self.getDescriptor().provides()).singleElement()
        .satisfies(p -> assertThat(p.providers()).containsExactly(
            GermanWords.class.getName(), ItalianWords.class.getName()));
  }
}
