package dev.marque.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marque.core.Brand;
import dev.marque.core.BrandMention;
import dev.marque.core.Listing;
import dev.marque.core.ListingField;
import dev.marque.core.MatchMethod;
import dev.marque.core.Product;
import dev.marque.core.rights.IpRight;
import dev.marque.core.rights.Office;
import dev.marque.core.rights.Trademark;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Word-brands judged by context: a brand that is an ordinary word, reported only for its goods. */
class WordBrandsTest {

  static Brand brand(String name, int[] classes, String... products) {
    List<IpRight> rights = classes.length == 0 ? List.of()
        : List.of(Trademark.word(name.toUpperCase(java.util.Locale.ROOT), "1", Office.EUIPO, classes));
    return new Brand(name, List.of(), rights, Arrays.stream(products)
        .map(p -> new Product(p, Optional.empty(), Optional.empty(), Optional.empty())).toList(),
        List.of());
  }

  static int[] classes(int... c) {
    return c;
  }

  static final List<Brand> PORTFOLIO = List.of(
      brand("Ring", classes(9), "Ring Video Doorbell"),
      brand("Apple", classes(9), "Apple iPhone 15"),
      brand("Coach", classes(18, 25), "Coach Tabby Shoulder Bag"),
      brand("Dove", classes(3), "Dove Beauty Cream Bar"),
      brand("Shell", classes(4), "Shell Helix Ultra"),
      brand("Mango", classes(25, 18)),
      brand("Puma", classes(25, 18), "Puma Suede Classic"),
      brand("Gap", classes(25), "Gap Logo Hoodie"),
      Brand.of("Gucci"));
  static final BrandIndex INDEX = BrandIndex.of(PORTFOLIO);

  static List<String> brands(String title) {
    return INDEX.find(title, ListingField.TITLE).stream().map(BrandMention::brand).toList();
  }

  @Nested
  class TheIssuesExamples {
    @ParameterizedTest(name = "{0} mentions {1}")
    @CsvSource(delimiter = '|', value = {
        "Apple iPhone 15 case | Apple",
        "Coach tabby shoulder bag | Coach",
        "Ring video doorbell 2nd gen | Ring",
        "Dove beauty cream bar 4 pack | Dove",
        "Shell Helix Ultra 5W-40 engine oil 4L | Shell",
        "Mango linen dress, size M | Mango",
        "Puma Suede Classic sneakers | Puma",
        "GAP logo hoodie grey | Gap"})
    void aUseForTheBrandsGoodsIsAMention(String title, String brand) {
      assertThat(brands(title)).containsExactly(brand);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "apple corer stainless steel",
        "dog training coach whistle",
        "sterling silver ring with zirconia",
        "dove grey cushion cover 45x45",
        "sea shell necklace handmade",
        "dried mango slices 500g",
        "puma plush toy 30cm",
        "gap filler foam 750ml"})
    void anOrdinaryUseOfTheWordIsNot(String title) {
      assertThat(brands(title)).isEmpty();
    }
  }

  @Nested
  class InEachLanguage {
    @ParameterizedTest(name = "{0} mentions {1}")
    @CsvSource(delimiter = '|', value = {
        "Coach Umhängetasche aus Leder | Coach", // de: bag
        "Apple Handyhülle für iPhone 15 | Apple", // de: a compound, phone case
        "Sac à main Coach en cuir | Coach", // fr
        "Coque Apple pour téléphone | Apple", // fr
        "Bolso bandolera Coach de piel | Coach", // es
        "Sudadera con capucha GAP | Gap", // es: clothing
        "Borsa a tracolla Coach in pelle | Coach", // it
        "Scarpe Puma da corsa | Puma", // it: shoes
        "Bolsa Coach de couro | Coach", // pt
        "Vestido Mango de linho | Mango", // pt: dress
        "Coach schoudertas van leer | Coach", // nl
        "Ring deurbel met camera | Ring"}) // nl: doorbell, camera
    void aUseForTheBrandsGoods(String title, String brand) {
      assertThat(brands(title)).containsExactly(brand);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Ring aus Sterlingsilber mit Zirkonia", // de: a ring of jewellery, class 14
        "Getrocknete Mango ohne Zucker", // de: dried fruit
        "Bague en argent, ring ajustable", // fr
        "Peluche puma géante pour enfants", // fr: plush toy
        "Peluche puma de 30 cm para niños", // es: plush toy
        "Mango deshidratado 500 g", // es
        "Pelúcia puma para crianças", // pt: plush toy
        "Manga de mango seco 200 g", // pt
        "Zilveren ring met steentje", // nl: a ring of jewellery
        "Gedroogde mango reepjes 250 g"}) // nl: dried fruit
    void anOrdinaryUse(String title) {
      assertThat(brands(title)).isEmpty();
    }
  }

  /**
   * A name is judged only where it is an ordinary word of the listing's language: a Spanish word
   * in an English listing names the brand.
   */
  @Nested
  class InTheListingsLanguage {
    final BrandIndex index = BrandIndex.of(List.of(brand("Toalla", classes(25), "Toalla Linen Shirt"),
        brand("Coach", classes(18, 25))));

    List<String> found(String title) {
      return index.find(title, ListingField.TITLE).stream().map(BrandMention::brand).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Toalla new season collection for men", // en: toalla is no English word
        "Toalla новая коллекция 2026", // ru: no word of it is known
        "Toalla nouvelle collection homme"}) // fr
    void aWordOfAnotherLanguageIsTheBrandWhereNoGoodsAreNamed(String title) {
      assertThat(found(title)).containsExactly("Toalla");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Toalla leather wallet for men", // en: a wallet is no clothing (25)
        "Toalla Herren Geldbörse aus Leder", // de
        "Portefeuille Toalla en cuir pour homme", // fr
        "Sifflet coach pour dressage de chien", // fr: Coach is an English word, a whistle no bag
        "Coach Pfeife für Hundetraining", // de
        "Silbato coach para perros", // es
        "Fischietto coach per cani", // it
        "Apito coach para cães", // pt
        "Coach fluitje voor honden"}) // nl
    void aListingNamingOtherGoodsIsJudgedByThemInAnyLanguage(String title) {
      assertThat(found(title)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Toalla Herrenhemd aus Leinen", // de: a shirt is clothing
        "Chemise Toalla en lin", // fr
        "Coach Rucksack aus Leder", // de: a backpack is a bag (18)
        "Sac à dos Coach en cuir", // fr: a phrase, its head first
        "Mochila Coach de piel", // es
        "Tabarro Coach nero", // it: a cloak (MultiWordNet's Italian), clothing
        "Camisola Coach negra"}) // es: a shirt (the Multilingual Central Repository's Spanish)
    void andItsGoodsFoundInAnyLanguage(String title) {
      assertThat(found(title)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Toalla de playa y bolsa de algodón", // es: a towel and a bag
        "Toalla de baño con bolsa de regalo"})
    void inItsOwnLanguageItIsJudged(String title) {
      assertThat(found(title)).isEmpty();
    }

    @Test
    void aListingOfNoKnownLanguageIsJudgedInEvery() {
      // Every word but the goods is unknown: judged as a word of any language, and it names a bag.
      assertThat(found("Toalla xyzzy bolsa")).isEmpty();
    }

    @Test
    void aCounterfeitCueWordShowsTheBrand() {
      assertThat(found("dog training coach whistle replica")).containsExactly("Coach");
      assertThat(found("dog training coach whistle")).isEmpty();
      // "unbranded" says the item has no brand at all: no sign that coach names one
      assertThat(found("unbranded dog training coach whistle")).isEmpty();
    }
  }

  /**
   * Goods words the hand-compiled list lacked, from WordNet (English) and CLDR (the others), with
   * their forms found by rule: plurals, phrases by their head or their words joined, compounds.
   */
  @Nested
  class TheLargerVocabulary {
    @ParameterizedTest(name = "{0} mentions {1}")
    @CsvSource(delimiter = '|', value = {
        "Gap leather apron with pockets | Gap", // en: apron, WordNet
        "Puma wool fedora | Puma", // en
        "Dove pressed face powder | Dove", // en: a phrase, found by its words joined
        "Dove loose powder, translucent | Dove", // en: its head
        "Mango turbans for women, set of 3 | Mango", // en: a plural
        "Coach baggage tag in leather | Coach", // en
        "Apple earbuds with charging case | Apple",
        "Mango Badeanzug mit Blumen | Mango", // de
        "Mango Baseballmützen für Damen | Mango", // de: a compound, plural
        "Chaussons de danse Mango | Mango", // fr: a plural
        "Casquette Puma noire | Puma", // fr
        "Gorra Puma negra | Puma", // es
        "Cappello Mango di paglia | Mango", // it
        "Gravata Gap de seda | Gap", // pt
        "Gap sjaal van wol | Gap"}) // nl
    void aUseForTheBrandsGoods(String title, String brand) {
      assertThat(brands(title)).containsExactly(brand);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "apple pie baking dish", // en: a dish is tableware (21), Apple is 9
        "coach bus toy model 1:50", // en: a toy (28)
        "dove shaped cookie cutter", // en: a kitchen utensil, Dove is 3
        "shell pendant on a silver chain", // en: jewellery, Shell is 4
        "gap insulation tape 10m", // en: tape (16), Gap is 25
        "Mango-Chutney im Glas 250 g", // de
        "Ring-Ordner A4 blau", // de: a ring binder (16), Ring is 9
        "Confiture de mangue et mango séchée", // fr
        "Puma de peluche gigante", // es: a plush toy
        "Anello d'argento con ring inciso", // it
        "Colar de concha shell", // pt
        "Mango smoothie mix 1 kg", // en: a fruit drink
      "Korinthe apple getrocknet", // de: no goods known, and apple is English, borrowed anywhere
      "Coach lenteja roja"}) // es: likewise
    void anOrdinaryUse(String title) {
      assertThat(brands(title)).isEmpty();
    }
  }

  @Nested
  class WhatIsAlwaysReported {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "C0ach whistle | LEET",
        "C*ach whistle | MASKED",
        "C o a c h whistle | SEPARATED",
        "\u0421oach whistle | CONFUSABLE"}) // a Cyrillic С
    void aDisguisedWordBrandIsNoOrdinaryUse(String title, MatchMethod method) {
      List<BrandMention> found = INDEX.find(title, ListingField.TITLE);
      assertThat(found).extracting(BrandMention::brand).containsExactly("Coach");
      assertThat(found.get(0).method()).isEqualTo(method);
    }

    @Test
    void aBrandThatIsNoOrdinaryWordIsNotJudged() {
      assertThat(brands("Gucci corer")).containsExactly("Gucci");
    }

    @Test
    void aWordBrandWithNeitherClassesNorProductsKeepsTodaysBehaviour() {
      BrandIndex index = BrandIndex.of(List.of(Brand.of("Coach")));
      assertThat(index.find("dog training coach whistle", ListingField.TITLE))
          .extracting(BrandMention::brand).containsExactly("Coach");
    }

    @Test
    void withTheRuleOffEveryUseIsReported() {
      BrandIndex index = BrandIndex.of(PORTFOLIO,
          MatchOptions.defaults().withWordBrandsByContext(false));
      assertThat(index.options().wordBrandsByContext()).isFalse();
      assertThat(index.find("apple corer stainless steel", ListingField.TITLE))
          .extracting(BrandMention::brand).containsExactly("Apple");
    }
  }

  @Nested
  class TheWholeListing {
    @Test
    void theDescriptionCanShowTheGoods() {
      Listing listing = Listing.builder("1", "Coach Tabby 26")
          .description("Pebbled leather shoulder bag with a detachable strap").build();
      assertThat(INDEX.find(listing)).extracting(BrandMention::brand).containsExactly("Coach");
    }

    @Test
    void andItsMentionIsJudgedTooWhileOtherBrandsStay() {
      Listing listing = Listing.builder("2", "Whistle for a football coach")
          .description("Loud pea-less whistle, not Gucci").build();
      assertThat(INDEX.find(listing)).extracting(BrandMention::brand, BrandMention::field)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("Gucci", ListingField.DESCRIPTION));
    }

    @Test
    void theGoodsAProductsNameNamesCountAsTheBrandsClasses() {
      BrandIndex index = BrandIndex.of(List.of(brand("Laurel", classes(), "Laurel Tote")));
      assertThat(index.find("Laurel leather shoulder bag", ListingField.TITLE)) // a tote is a bag
          .extracting(BrandMention::brand).containsExactly("Laurel");
      assertThat(index.find("Laurel wreath for a door", ListingField.TITLE)).isEmpty();
    }

    @Test
    void aListingOfNoKnownWordKeepsTheMention() {
      // a title in a language neither the lexicons nor the vocabulary cover shows no ordinary use
      BrandIndex index = BrandIndex.of(List.of(brand("Laurel", classes(), "Laurel Tote")));
      assertThat(index.find("Сумка Laurel люкс", ListingField.TITLE))
          .extracting(BrandMention::brand).containsExactly("Laurel");
      assertThat(index.find("Сумка Laurel реплика люкс", ListingField.TITLE))
          .extracting(BrandMention::brand).containsExactly("Laurel");
      assertThat(index.find("Laurel wreath, 40 cm", ListingField.TITLE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "star apple", "apple turnover", "pitching coach", "basketball coach", "generation gap",
        "there was a gap in his account", "ring the bells", "mourning dove", "Puma concolor"})
    void aListingOfKnownWordsNamingNoGoodsAtAllIsAnOrdinaryUse(String title) {
      // WordNet's compounds and examples, MentionEval's held-out generic uses: no goods of any kind
      assertThat(brands(title)).isEmpty();
    }

    @Test
    void aProductNameWordAloneIsEnough() {
      assertThat(brands("Apple iPhone 15 Pro 256GB blue")).containsExactly("Apple");
      assertThat(brands("Tabby by Coach, pebbled")).containsExactly("Coach");
    }
  }

  /**
   * Goods words of Shopify's product taxonomy in the six languages besides English, found in the
   * singular though the taxonomy names its categories in the plural, and words of one language
   * run together.
   */
  @Nested
  class TheTaxonomysWords {
    @ParameterizedTest(name = "{0} mentions {1}")
    @CsvSource(delimiter = '|', value = {
        "Coach Strickjacke aus Wolle | Coach", // de: Strickjacken, its singular
        "Kulturbeutel Coach aus Leder | Coach", // de: a bag (18)
        "Chemisier Mango en soie | Mango", // fr: chemisiers
        "Riñonera Coach de piel | Coach", // es: riñoneras, a bag
        "Mango falda plisada | Mango", // es: faldas
        "Felpa Puma con cappuccio | Puma", // it: felpe
        "Sciarpa Gap in lana | Gap", // it: sciarpe
        "Cinto Coach de couro | Coach", // pt: cintos
        "Sjaal Mango van wol | Mango", // nl: sjaals
        "Coach regenjas voor dames | Coach"}) // nl: regenjassen, a consonant doubled
    void aUseForTheBrandsGoods(String title, String brand) {
      assertThat(brands(title)).containsExactly(brand);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Ring Tretroller für Kinder", // de: a kick scooter (12), Ring is 9
        "Gourde puma isotherme 500 ml", // fr: a water bottle (21), Puma is 25 and 18
        "coach station"}) // en: no goods; the taxonomy's Charging Stations name none
    void anOrdinaryUse(String title) {
      assertThat(brands(title)).isEmpty();
    }

    @Test
    void wordsOfOneLanguageRunTogetherShowTheListingsLanguage() {
      // armario ropero, colcha de cama: Spanish words, so dove is the English word borrowed
      assertThat(brands("Dove armarioropero")).isEmpty();
      assertThat(brands("colchadecama dove")).isEmpty();
      // English words run together are product names, no sign of an ordinary use
      assertThat(brands("Apple AirTag")).containsExactly("Apple");
      assertThat(brands("Сумка Coach люкс")).containsExactly("Coach");
    }

    @Test
    void aLigatureIsSpeltOut() {
      assertThat(brands("zĳden sjaal Mango")).containsExactly("Mango");
    }
  }

  /** The goods a brand's trade marks are registered for, as the register words them. */
  @Nested
  class TheMarksRegisteredGoods {
    static Brand withGoods(String name, int[] classes, String... goods) {
      Trademark tm = Trademark.word(name.toUpperCase(java.util.Locale.ROOT), "1", Office.EUIPO,
          classes).withGoods(List.of(goods));
      return new Brand(name, List.of(), List.of(tm), List.of(), List.of());
    }

    static final BrandIndex CLASSES_ONLY = BrandIndex.of(List.of(brand("Puma", classes(25))));
    static final BrandIndex WITH_GOODS = BrandIndex.of(List.of(withGoods("Puma", classes(25),
        "Bekleidungsstücke", "Mieder", "Morgenhauben", "paletots", "bas de soie", "vêtements")));

    static List<String> found(BrandIndex index, String title) {
      return index.find(title, ListingField.TITLE).stream().map(BrandMention::brand).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Puma Mieder schwarz",          // the term as registered
        "Mieder Puma Größe 75B",
        "Puma Seidenmieder schwarz",    // the last part of a German compound
        "Puma Morgenhaube aus Baumwolle", // the singular of a term registered in the plural
        "puma paletot en laine",
        "Puma bas de soie noirs",       // a term of three words, as a phrase
    })
    void aListingNamingATermOfTheMarksGoodsIsAMention(String title) {
      assertThat(found(CLASSES_ONLY, title)).as("the shipped vocabulary lacks the word").isEmpty();
      assertThat(found(WITH_GOODS, title)).containsExactly("Puma");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Puma de la montagne, affiche", // de and soie, words of a term, are no terms
        "Puma de soie, affiche",
        "Puma Plüschtier für Kinder",   // other goods: a plush toy, class 28
        "Puma concolor",
        "puma nuit étoilée",
    })
    void aWordOfATermOrOtherGoodsIsNot(String title) {
      assertThat(found(CLASSES_ONLY, title)).as("without the terms").isEmpty();
      assertThat(found(WITH_GOODS, title)).isEmpty();
    }

    @Test
    void aWordBrandWithItsGoodsAloneIsJudgedAndNotNoisy() {
      Brand onlyGoods = withGoods("Puma", classes(), "Mieder");
      BrandIndex index = BrandIndex.of(List.of(onlyGoods));
      assertThat(found(index, "Puma Mieder schwarz")).containsExactly("Puma");
      assertThat(found(index, "Puma Plüschtier für Kinder")).isEmpty();
      assertThat(WordBrands.noisy(List.of(onlyGoods), MatchOptions.defaults())).isEmpty();
    }
  }

  @Nested
  class NoisyWordBrands {
    @Test
    void aWordBrandWithoutClassesOrProductsIsNoisy() {
      List<Brand> brands = List.of(Brand.of("Shell"), brand("Coach", classes(18)), Brand.of("Gucci"),
          brand("Apple", classes(), "Apple iPhone 15"), brand("Dove", classes(43)));
      assertThat(WordBrands.noisy(brands, MatchOptions.defaults())).extracting(Brand::name)
          .containsExactly("Shell", "Dove"); // class 43 is a service: no goods to judge by
    }

    @Test
    void withTheRuleOffEveryWordBrandIsNoisy() {
      List<Brand> brands = List.of(Brand.of("Shell"), brand("Coach", classes(18)), Brand.of("Gucci"));
      assertThat(WordBrands.noisy(brands, MatchOptions.defaults().withWordBrandsByContext(false)))
          .extracting(Brand::name).containsExactly("Shell", "Coach");
    }

    @Test
    void aNullBrandIsNamed() {
      assertThatThrownBy(() -> WordBrands.noisy(Arrays.asList(Brand.of("Shell"), null),
          MatchOptions.defaults())).hasMessage("brands[1] must not be null");
    }
  }
}
