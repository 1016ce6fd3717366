package dev.marque.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped goods vocabulary: its three sources, and the forms it finds by rule. */
class GoodsVocabularyTest {
  static final GoodsVocabulary VOCABULARY = GoodsVocabulary.standard();
  static final OrdinaryWords ORDINARY =
      OrdinaryWords.standard(java.util.Set.of(), dev.marque.matching.Lexicon.available());

  static List<Integer> classes(long bits) {
    return IntStream.range(0, 64).filter(i -> (bits >>> i & 1) != 0).boxed().toList();
  }

  static List<Integer> of(String word) {
    return classes(VOCABULARY.classesOf(GoodsVocabulary.fold(word)));
  }

  @ParameterizedTest(name = "{0}: class {1}")
  @CsvSource({
      "apron, 25", "fedora, 25", "turban, 25", "baggage, 18", "lipstick, 3", // WordNet
      "Lippenstift, 3", "Badeanzug, 25", "casquette, 25", "gorra, 25", // CLDR
      "cappello, 25", "gravata, 25", "zonnebril, 9",
      "knives, 8", "berries, 31", "Kleider, 25", "cuscini, 20", "turbans, 25", // plurals by rule
      "Lederhandtasche, 18", "Baseballmützen, 25"}) // German compounds by their last part
  void namesGoodsOfItsClass(String word, int nice) {
    assertThat(of(word)).contains(nice);
  }

  @ParameterizedTest(name = "{0}: class {1}")
  @CsvSource({
      "Strickjacke, 25", "Kulturbeutel, 18", "Kartenspiel, 28", // Shopify's taxonomy, de
      "chemisier, 25", "gourde, 21", "riñonera, 18", "billetera, 18", "felpa, 25", "sciarpa, 25",
      "cinto, 25", "sutiã, 25", "sjaal, 25", "regenjas, 25", "zonnebril, 9",
      "Holzkohle, 4", "charbon, 4"}) // fuels (class 4): WordNet's fuel, then the taxonomy's
  void namesGoodsOfItsClassInTheSingularOfATaxonomysPlural(String word, int nice) {
    assertThat(of(word)).contains(nice);
  }

  @ParameterizedTest(name = "{0}: class {1}")
  @CsvSource({
      "bistecca, 29", "tabarro, 25", "cinturone, 25", "apriscatole, 8", "zufolo, 15"})
  void namesGoodsOfItsClassInItalianFromMultiWordNet(String word, int nice) {
    assertThat(of(word)).contains(nice);
  }

  @ParameterizedTest(name = "{0}: class {1}")
  @CsvSource({
      "calamares, 29", "camisola, 25", "cucharilla, 21", "limosina, 12", "alhaja, 14"})
  void namesGoodsOfItsClassInSpanishFromTheMultilingualCentralRepository(String word, int nice) {
    assertThat(of(word)).contains(nice);
  }

  @Test
  void aWordnetsNounThatIsAnAdjectiveTooNamesNoGoods() {
    // the Spanish wordnet's automático is an automatic rifle (13), but mostly it is "automatic"
    assertThat(of("automático")).isEmpty();
  }

  @ParameterizedTest(name = "{0}: class {1}")
  @CsvSource({
      "lard, 29", "suet, 29", "shortening, 29", // class 29's oils and fats for food
      "flour, 30", "rice, 30", "sugar, 30", "salt, 30", "vinegar, 30", "chutney, 30"}) // class 30
  void namesTheGoodsOfTheNiceClassHeadings(String word, int nice) {
    assertThat(of(word)).contains(nice);
  }

  @Test
  void aCompoundOfAWordAndAPartListedInItsOtherNumberNamesThePartsGoods() {
    int de = OrdinaryWords.bit("de");
    OrdinaryWords german = w -> Set.of("filz", "schulter", "wer").contains(w) ? de : 0;
    // Filz + Hut, listed as Hüte; Schulter + Gurt, listed as Gurte
    assertThat(classes(VOCABULARY.classesAt(List.of("filzhut"), 0, true, german))).contains(25);
    assertThat(classes(VOCABULARY.classesAt(List.of("schultergurt"), 0, true, german)))
        .contains(25);
    // the first part must be a German or Dutch word: an unknown one is not cut at random
    assertThat(VOCABULARY.classesAt(List.of("filzhut"), 0, true, w -> 0)).isZero();
    // and of the last part's language: German wer and Dutch muts (a cap) make no Wermut
    assertThat(VOCABULARY.classesAt(List.of("wermut"), 0, true, german)).isZero();
    // a word not taken for German or Dutch is not cut at all
    assertThat(VOCABULARY.classesAt(List.of("filzhut"), 0, false, german)).isZero();
  }

  @Test
  void foldsAsTheLexiconsDoAndSpellsOutLigatures() {
    assertThat(GoodsVocabulary.fold("Wĳnglas")).isEqualTo("wijnglas");
    assertThat(GoodsVocabulary.fold("Œuf")).isEqualTo("oeuf");
    assertThat(GoodsVocabulary.fold("Straße")).isEqualTo("strasse");
    assertThat(GoodsVocabulary.fold("bag")).isEqualTo("bag");
  }

  @Test
  void aPhraseIsFoundByItsWordsJoined() {
    assertThat(classes(VOCABULARY.classesAt(List.of("pressed", "face", "powder"), 1, false, ORDINARY)))
        .contains(3);
    assertThat(classes(VOCABULARY.classesAt(List.of("sac", "a", "main"), 0, true, ORDINARY))).contains(18);
    assertThat(classes(VOCABULARY.classesAt(List.of("t", "shirt"), 0, false, ORDINARY))).contains(25);
    // English words joined are no German phrase: for men is not Formen (baking moulds)
    assertThat(classes(VOCABULARY.classesAt(List.of("for", "men"), 0, false, ORDINARY))).isEmpty();
  }

  @Test
  void anEnglishWordIsNoCompound() {
    // harvest ends in the Dutch vest, offspring in the German Ring: only a caller that knows the
    // language can say, and WordBrandContext does.
    assertThat(VOCABULARY.classesOf("harvest", false)).isZero();
    assertThat(VOCABULARY.classesOf("offspring", false)).isZero();
    assertThat(VOCABULARY.classesOf("lederhandtasche", true)).isNotZero();
    // nor is it looked up by a German plural (the taxonomy lists Seismographen): only a caller
    // that knows the word may be German or Dutch asks so
    assertThat(VOCABULARY.classesOf("seismograph", false)).isZero();
    assertThat(VOCABULARY.classesOf("seismograph", true)).isNotZero();
  }

  @Test
  void aVegetableIsGoodsThoughWordNetNamesItsPlantFirst() {
    // WordNet's carrot is the plant, then its root, then the vegetable; class 31 is all three
    assertThat(List.of("carrot", "onion", "lettuce", "parsnip")).allSatisfy(
        w -> assertThat(classes(VOCABULARY.classesOf(w, false))).as(w).contains(31));
  }

  @Test
  void aDrinkWordNetCapitalisesIsGoodsAndOtherNamesAreNot() {
    // WordNet writes Cognac and Chianti with a capital, as it writes Stetson (a hat, the
    // maker's name): the drinks are kinds of goods in trade, the hat's name stays a name
    assertThat(classes(VOCABULARY.classesOf("cognac", false))).contains(33);
    assertThat(classes(VOCABULARY.classesOf("chianti", false))).contains(33);
    assertThat(VOCABULARY.classesOf("stetson", false)).isZero();
  }

  @ParameterizedTest(name = "{0}: class {1}")
  @CsvSource({
      "avental, 25", "batedor, 21", // the taxonomy's aventais, batedores
      "automóveis, 12", "móveis, 20"}) // its automóvel, móvel
  void aPortugueseWordIsFoundInItsOtherNumberByPortuguesesOwnRules(String word, int nice) {
    assertThat(of(word)).contains(nice);
  }

  @Test
  void aPortuguesePluralRuleFindsOnlyPortugueseWords() {
    // German Regal (a shelf) is listed; Portuguese regais is no plural of it
    assertThat(of("Regal")).isNotEmpty();
    assertThat(of("regais")).isEmpty();
  }

  @Test
  void aShortDutchNounIsFoundByItsPluralWhereNoOtherLanguageHasTheWord() {
    int nl = OrdinaryWords.bit("nl");
    OrdinaryWords words = w -> switch (w) {
      case "sok" -> nl;
      case "das" -> nl | OrdinaryWords.bit("de");
      case "mes" -> nl | OrdinaryWords.bit("fr");
      default -> 0;
    };
    // sok, listed as sokken
    assertThat(classes(VOCABULARY.classesAt(List.of("sok"), 0, true, words))).contains(25);
    // Dutch das (a tie, dassen) is the German article too, Dutch mes (a knife) French for "my"
    assertThat(VOCABULARY.classesAt(List.of("das"), 0, true, words)).isZero();
    assertThat(VOCABULARY.classesAt(List.of("mes"), 0, true, words)).isZero();
    // a word not known as Dutch is left alone
    assertThat(VOCABULARY.classesAt(List.of("sok"), 0, true, w -> 0)).isZero();
  }

  @Test
  void aDutchDiminutiveNamesItsBasesGoods() {
    // bankje, stoeltjes, balletje: a little bench, little chairs, a little ball
    assertThat(classes(VOCABULARY.classesOf("bankje", true))).contains(20);
    assertThat(classes(VOCABULARY.classesOf("stoeltjes", true))).contains(20);
    assertThat(classes(VOCABULARY.classesOf("balletje", true))).contains(28);
    // only for a word that may be Dutch
    assertThat(VOCABULARY.classesOf("bankje", false)).isZero();
  }

  @Test
  void aWordOfAnotherSenseIsLeftOut() {
    // WordNet files a grey uniform, a wind instrument and a lighter under goods; those senses are
    // rare, and the words are not taken as goods words.
    assertThat(of("grey")).isEmpty();
    assertThat(of("blue")).isEmpty(); // WordNet: a blue uniform; mostly an adjective
    assertThat(of("light")).doesNotContain(34); // a lamp (11) in the hand-written list, no lighter
    assertThat(of("fur")).isEmpty(); // would be German "für" folded
  }

  @Test
  void eachWordHasItsLanguages() {
    assertThat(VOCABULARY.languagesOf("apron")).isEqualTo(OrdinaryWords.bit("en"));
    assertThat(VOCABULARY.languagesOf("casquette") & OrdinaryWords.bit("fr")).isNotZero();
    assertThat(VOCABULARY.languagesOf("lippenstift") & OrdinaryWords.bit("de")).isNotZero();
    assertThat(VOCABULARY.words()).hasSizeGreaterThan(25_000);
  }
}
