package dev.marque.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marque.core.Brand;
import dev.marque.core.BrandMention;
import dev.marque.core.Listing;
import dev.marque.core.ListingField;
import dev.marque.core.MatchMethod;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BrandIndexTest {
  static final List<Brand> BRANDS = List.of(
      Brand.of("Gucci", "古驰"),
      Brand.of("Prada"),
      Brand.of("Rolex"),
      Brand.of("Chanel", "香奈儿"),
      Brand.of("Supreme"),
      Brand.of("Louis Vuitton", "LV"),
      Brand.of("Dior"),
      Brand.of("Tide"),
      Brand.of("Deno"),
      Brand.of("Anta"));
  static final BrandIndex INDEX = BrandIndex.of(BRANDS);

  /** The one mention in {@code text}, checked to point at exactly {@code matched} in it. */
  static BrandMention only(String text) {
    List<BrandMention> found = INDEX.find(text, ListingField.TITLE);
    assertThat(found).as("mentions in %s", text).hasSize(1);
    BrandMention m = found.get(0);
    assertThat(text.substring(m.start(), m.end())).isEqualTo(m.matched());
    return m;
  }

  static void finds(String text, String brand, String matched, MatchMethod method) {
    BrandMention m = only(text);
    assertThat(m.brand()).isEqualTo(brand);
    assertThat(m.matched()).isEqualTo(matched);
    assertThat(m.start()).isEqualTo(text.indexOf(matched));
    assertThat(m.method()).isEqualTo(method);
    assertThat(m.field()).isEqualTo(ListingField.TITLE);
  }

  @Nested
  class ExactAndAnyCase {
    @Test
    void theBrandAsWritten() {
      finds("Gucci Marmont bag", "Gucci", "Gucci", MatchMethod.EXACT);
      assertThat(only("Gucci Marmont bag").similarity()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @CsvSource({"GUCCI belt, GUCCI", "new gUcCi belt, gUcCi", "gucci, gucci"})
    void inAnyCase(String text, String matched) {
      finds(text, "Gucci", matched, MatchMethod.CASE);
    }
  }

  @Nested
  class Lookalikes {
    @ParameterizedTest
    @CsvSource({
        "Guссі Marmont bag, Guссі, Gucci",        // Cyrillic es and i
        "ΡRADA nylon, ΡRADA, Prada",               // Greek capital rho
        "ＧＵＣＣＩ belt, ＧＵＣＣＩ, Gucci",         // fullwidth
        "𝐆𝐮𝐜𝐜𝐢 belt, 𝐆𝐮𝐜𝐜𝐢, Gucci",                 // mathematical bold
    })
    void areFoundAsConfusable(String text, String matched, String brand) {
      finds(text, brand, matched, MatchMethod.CONFUSABLE);
    }

    @Test
    void aLatinLetterWithAMarkIsAMisspellingNotALookalike() {
      // Marks are how French, Spanish or German spell: the brand is found, but not as a disguise.
      finds("Gùcci loafers", "Gucci", "Gùcci", MatchMethod.FUZZY);
    }
  }

  @Nested
  class Invisibles {
    @ParameterizedTest
    @CsvSource({"Gu\u200Bcci bag", "Gu\u200Dcci bag", "Gu\u00ADcci bag", "G\u2060ucci bag"})
    void insideTheWordAreSeenThrough(String text) {
      BrandMention m = only(text);
      assertThat(m.brand()).isEqualTo("Gucci");
      assertThat(m.start()).isZero();
      assertThat(m.end()).isEqualTo(6);
      assertThat(m.method()).isEqualTo(MatchMethod.SEPARATED);
    }
  }

  @Nested
  class Leetspeak {
    @ParameterizedTest
    @CsvSource({
        "Gucc1 bag, Gucc1, Gucci",
        "R0lex Submariner, R0lex, Rolex",
        "Ch@nel No 5, Ch@nel, Chanel",
        "$upreme box logo, $upreme, Supreme",
        "Pr4da nylon, Pr4da, Prada",
        "Pr@da nylon, Pr@da, Prada",
    })
    void digitsAndSymbolsForLetters(String text, String matched, String brand) {
      finds(text, brand, matched, MatchMethod.LEET);
    }
  }

  @Nested
  class Separated {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "New G U C C I bag|G U C C I",
        "G.U.C.C.I wallet|G.U.C.C.I",
        "G-u-c-c-i wallet|G-u-c-c-i",
        "G*U*C*C*I wallet|G*U*C*C*I",
        "Gu cci wallet|Gu cci",
    })
    void lettersSplitApart(String text, String matched) {
      finds(text, "Gucci", matched, MatchMethod.SEPARATED);
    }
  }

  @Nested
  class Masked {
    @ParameterizedTest
    @CsvSource({"G*cci bag, G*cci, Gucci", "Ro**x watch, Ro**x, Rolex", "Ch_nel bag, Ch_nel, Chanel"})
    void lettersBehindAMask(String text, String matched, String brand) {
      finds(text, brand, matched, MatchMethod.MASKED);
      assertThat(only(text).similarity()).isLessThan(1.0);
    }

    @Test
    void notMoreMasksThanTheLengthAllows() {
      assertThat(INDEX.find("R***x watch", ListingField.TITLE)).isEmpty();
      assertThat(INDEX.find("D*or", ListingField.TITLE)).extracting(BrandMention::brand).containsExactly("Dior");
      assertThat(INDEX.find("D**r", ListingField.TITLE)).isEmpty();
    }
  }

  @Nested
  class Misspellings {
    @ParameterizedTest
    @CsvSource({
        "Guci replica bag, Guci",        // omission
        "Guccci replica bag, Guccci",    // repetition
        "Gucic replica bag, Gucic",      // transposition
        "Gucxi replica bag, Gucxi",      // keyboard neighbour
        "Gucchi replica bag, Gucchi",    // insertion
        "Gacci replica bag, Gacci",      // vowel swap
        "Gucci replica bag, Gucci",      // (control: exact)
    })
    void withinOneEditOfAFiveLetterBrandWithACueWord(String text, String matched) {
      BrandMention m = only(text);
      assertThat(m.brand()).isEqualTo("Gucci");
      assertThat(m.matched()).isEqualTo(matched);
      assertThat(m.method()).isIn(MatchMethod.FUZZY, MatchMethod.EXACT);
    }

    @Test
    void twoEditsOnlyForLongerBrands() {
      finds("Suprmee hoodie", "Supreme", "Suprmee", MatchMethod.FUZZY);
      finds("Supremmee hoodie", "Supreme", "Supremmee", MatchMethod.FUZZY);
      assertThat(INDEX.find("Gxcxi bag", ListingField.TITLE)).isEmpty();
    }

    @Test
    void aBitFlipIsOneEdit() {
      // 'c' (0x63) with its lowest bit flipped is 'b' (0x62).
      finds("Gubci bag AAA", "Gucci", "Gubci", MatchMethod.FUZZY);
      assertThat(only("Gubci bag AAA").similarity()).isEqualTo(0.8);
    }
  }

  @Nested
  class MultiWordBrands {
    @Test
    void joinedSplitOrHyphenated() {
      finds("LouisVuitton Neverfull", "Louis Vuitton", "LouisVuitton", MatchMethod.JOINED);
      finds("Louis-Vuitton Neverfull", "Louis Vuitton", "Louis-Vuitton", MatchMethod.JOINED);
      finds("Louis  Vuiton Neverfull", "Louis Vuitton", "Louis  Vuiton", MatchMethod.FUZZY);
      finds("LOUIS VUITTON Neverfull", "Louis Vuitton", "LOUIS VUITTON", MatchMethod.CASE);
    }
  }

  @Nested
  class GluedToAWord {
    @ParameterizedTest
    @CsvSource({"Guccibag black, Guccibag, Guccibag", "rolexwatch men, rolexwatch, rolexwatch",
        "newgucci belt, newgucci, newgucci"})
    void brandAndProductWordInOneToken(String text, String token, String ignored) {
      BrandMention m = only(text);
      assertThat(m.method()).isEqualTo(MatchMethod.JOINED);
      assertThat(token.toLowerCase()).contains(m.matched().toLowerCase());
      assertThat(m.matched().toLowerCase()).isIn("gucci", "rolex");
    }

    @Test
    void pointsAtTheBrandPartOnly() {
      String text = "Guccibag black";
      BrandMention m = only(text);
      assertThat(m.start()).isZero();
      assertThat(m.end()).isEqualTo(5);
      assertThat(m.matched()).isEqualTo("Gucci");
    }
  }

  @Nested
  class OtherScripts {
    @Test
    void aliasesInsideTextWithoutSpaces() {
      String text = "新款古驰女包";
      BrandMention m = only(text);
      assertThat(m.brand()).isEqualTo("Gucci");
      assertThat(m.matched()).isEqualTo("古驰");
      assertThat(m.start()).isEqualTo(2);
      assertThat(m.end()).isEqualTo(4);
      assertThat(m.method()).isEqualTo(MatchMethod.ALIAS);
    }

    @Test
    void latinBrandInsideChineseText() {
      finds("新款Gucci女包", "Gucci", "Gucci", MatchMethod.EXACT);
    }

    final BrandIndex japanese = BrandIndex.of(List.of(Brand.of("Sony", "ソニー"),
        Brand.of("Louis Vuitton", "ルイ・ヴィトン"), Brand.of("EasyEDA", "嘉立创EDA")));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the prolonged sound mark ー belongs to no script, but to the word
        "ソニーのヘッドホン|Sony|ソニー",
        "ｿﾆｰ ヘッドホン|Sony|ｿﾆｰ",
        // the middle dot between a name's words, which sellers also leave out
        "ルイ・ヴィトンのバッグ|Louis Vuitton|ルイ・ヴィトン",
        "ルイヴィトン 財布|Louis Vuitton|ルイヴィトン",
        // an alias going on in Latin letters, to the end of their word
        "嘉立创EDA专业版|EasyEDA|嘉立创EDA",
        "嘉立创eda 2024|EasyEDA|嘉立创eda"})
    void aliasesWithKanaMarksMiddleDotsAndLatinLetters(String text, String brand, String matched) {
      assertThat(japanese.find(text, ListingField.TITLE)).singleElement().satisfies(m -> {
        assertThat(m.brand()).isEqualTo(brand);
        assertThat(m.matched()).isEqualTo(matched);
        assertThat(text.substring(m.start(), m.end())).isEqualTo(matched);
      });
    }

    @Test
    void anAliasEndingInLatinLettersEndsAWord() {
      assertThat(japanese.find("嘉立创EDAX 开发板", ListingField.TITLE)).isEmpty();
      assertThat(japanese.find("ソニ", ListingField.TITLE)).isEmpty();
    }
  }

  @Nested
  class MustNotReport {
    @ParameterizedTest
    @CsvSource({"a public denouncement", "the cantata was long", "open the door", "keep it tidy",
        "Doors and tides", "Glucose tablets", "Anthem for us", "plain cotton shirt"})
    void ordinaryWords(String text) {
      assertThat(INDEX.find(text, ListingField.TITLE)).isEmpty();
    }

    @Test
    void butADisguisedDictionaryWordIsReported() {
      // d00r is door, but leet in a listing is a disguise: it is one edit from Dior.
      BrandMention m = only("d00r bag");
      assertThat(m.brand()).isEqualTo("Dior");
      assertThat(m.method()).isEqualTo(MatchMethod.LEET);
    }

    @Test
    void usersAddTheirOwnWords() {
      BrandIndex index = BrandIndex.of(List.of(Brand.of("Kalumiro")),
          MatchOptions.defaults().withAdditionalCommonWords(List.of("kalumira")));
      assertThat(index.find("kalumira", ListingField.TITLE)).isEmpty();
      assertThat(BrandIndex.of(List.of(Brand.of("Kalumiro"))).find("kalumira", ListingField.TITLE))
          .hasSize(1);
      BrandIndex lexicon = BrandIndex.of(List.of(Brand.of("Kalumiro")), MatchOptions.defaults()
          .withLexicon(MatchOptions.defaults().lexicon().withWords(List.of("Kalumira"))));
      assertThat(lexicon.find("kalumira", ListingField.TITLE)).isEmpty();
    }

    @Test
    void urlsEmailsAndSkusWhenAsked() {
      String text = "see www.gucci-outlet.cn or mail gucci@shop.com, sku GUCCI-4412-BK";
      MatchOptions ignoring = MatchOptions.defaults().withIgnoreUrlsAndEmails(true).withIgnoreSkus(true);
      assertThat(BrandIndex.of(List.of(Brand.of("Gucci")), ignoring).find(text, ListingField.DESCRIPTION))
          .isEmpty();
      // Without the option, the address and the product code are reported (the e-mail's @ reads as a).
      assertThat(BrandIndex.of(List.of(Brand.of("Gucci"))).find(text, ListingField.DESCRIPTION))
          .extracting(BrandMention::matched).containsExactly("gucci", "GUCCI");
    }

    @Test
    void fuzzyCanBeTurnedOff() {
      BrandIndex exactOnly = BrandIndex.of(List.of(Brand.of("Gucci")), MatchOptions.defaults().withFuzzy(false));
      assertThat(exactOnly.find("Guci bag", ListingField.TITLE)).isEmpty();
      assertThat(exactOnly.find("Gucc1 bag", ListingField.TITLE)).hasSize(1);
    }
  }

  @Test
  void severalMentionsComeInTextOrderAndOverlapsResolveToTheBest() {
    String text = "Gucci and Prada, not Gucchi; Rolex";
    List<BrandMention> found = INDEX.find(text, ListingField.DESCRIPTION);
    assertThat(found).extracting(BrandMention::brand).containsExactly("Gucci", "Prada", "Gucci", "Rolex");
    assertThat(found).extracting(BrandMention::field).containsOnly(ListingField.DESCRIPTION);
    assertThat(found.get(2).method()).isEqualTo(MatchMethod.FUZZY); // corroborated by the Gucci before
  }

  @Test
  void findsInAListingsTitleAndDescription() {
    Listing listing = Listing.builder("L1", "R0lex Submariner").description("Like Gucci quality").build();
    assertThat(INDEX.find(listing)).extracting(BrandMention::brand, BrandMention::field).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Rolex", ListingField.TITLE),
        org.assertj.core.groups.Tuple.tuple("Gucci", ListingField.DESCRIPTION));
  }

  /** Texts of every kind: disguised, in two scripts, empty, none, and longer than most. */
  private static final List<String> MIXED = List.of("New G*cci bag", "Louis Vuitton wallet, R0lex watch",
      "古驰 包 and 香奈儿", "", "tide pods", "Gu cci and Pr ada", "leather bag",
      "Fresh G*cci and R0lex deals, ".repeat(400), "Guссі Marmont ΡRADA", "Pucci and Dio");

  @Test
  void aLookupLeavesNothingBehindForTheNextOnTheSameThread() {
    List<List<BrandMention>> fresh = MIXED.stream()
        .map(t -> BrandIndex.of(BRANDS).find(t, ListingField.TITLE)).toList();
    for (int round = 0; round < 3; round++) {
      for (int i = MIXED.size() - 1; i >= 0; i--) {
        assertThat(INDEX.find(MIXED.get(i), ListingField.TITLE)).as(MIXED.get(i)).isEqualTo(fresh.get(i));
      }
    }
  }

  @Test
  void oneIndexSharedByManyThreadsGivesEachTheSameAnswers() {
    List<List<BrandMention>> once = MIXED.stream().map(t -> INDEX.find(t, ListingField.TITLE)).toList();
    IntStream.range(0, 2000).parallel().forEach(i -> assertThat(INDEX.find(MIXED.get(i % MIXED.size()),
        ListingField.TITLE)).isEqualTo(once.get(i % MIXED.size())));
  }

  @Test
  void isSizedAndChecksItsArguments() {
    assertThat(INDEX.size()).isEqualTo(10);
    assertThat(BrandIndex.of(List.of()).find("Gucci", ListingField.TITLE)).isEmpty();
    assertThatThrownBy(() -> INDEX.find(null, ListingField.TITLE)).hasMessageContaining("text");
    assertThatThrownBy(() -> INDEX.find("x", null)).hasMessageContaining("field");
    assertThatThrownBy(() -> BrandIndex.of(null)).hasMessageContaining("brands");
  }
}
