package dev.marque.matching.internal;

import dev.marque.core.Brand;
import dev.marque.core.BrandMention;
import dev.marque.core.ListingField;
import dev.marque.core.MatchMethod;
import dev.marque.core.Product;
import dev.marque.core.rights.IpRight;
import dev.marque.core.rights.NiceClass;
import dev.marque.core.rights.Trademark;
import dev.marque.matching.signals.PhraseHit;
import dev.marque.matching.signals.PhraseList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Judges a mention of a <em>word-brand</em> (a brand whose name is an ordinary word: Ring, Apple,
 * Coach, Dove) by the listing around it: the mention stands only where the listing is about the
 * brand's kind of goods, shown by a word naming goods of one of its trade marks' Nice classes
 * ({@code Coach tabby shoulder bag}: bag, class 18), a term of the goods its trade marks are
 * registered for ({@link Trademark#goods()}: {@code Puma Mieder} where a mark lists {@code Mieder},
 * which the shipped vocabulary lacks) or a word of one of its products' names or its aliases
 * ({@code Apple iPhone 15 case}: iPhone). The goods its products' names name count as its
 * classes too: a brand selling an {@code Aurelia Laurel Tote} is judged as one with class 18. {@code apple corer}, {@code coach whistle} and
 * {@code sterling silver ring} (for Ring, class 9) are ordinary uses of the word and are dropped,
 * and so are {@code star apple} and {@code pitching coach}, which name no goods at all.
 *
 * <p>A listing that names goods is judged by them, whatever its language: {@code Coach
 * Trillerpfeife} and {@code sifflet coach} name a whistle, no goods of Coach's classes, just as
 * {@code coach whistle} does (a trade mark covers the goods it is registered for, and marketplace
 * titles mix languages). A listing that names no goods is judged by its language: the name is an
 * ordinary use only where it is an ordinary word of the language the listing is written in (told by
 * which language's words its other words are, ties kept) or an English word, since marketplace
 * titles in every language borrow English ones. So {@code star apple} and {@code Korinthe apple}
 * are dropped, while {@code Toalla new collection 2026} (toalla is a Spanish word only) and a
 * listing of no known word ({@code Сумка Laurel люкс}) keep the mention. Words of one language
 * other than English run together count as that language's ({@code Dove armarioropero}: armario
 * ropero, Spanish), as sellers write hashtags; English ones do not, as product names run English
 * words together ({@code Apple AirTag}).
 *
 * <p>Only plain mentions are judged (written as the brand is, in any case, misspelt or joined): a
 * disguised one (leet, lookalike letters, separators, masking) is no ordinary use of a word and
 * always stands, as does a match of an alias, and so does any mention in a listing with a
 * counterfeit cue word ({@code Coach whistle replica}): no one copies a whistle's brand by accident.
 * A word-brand with no goods classes and no products cannot be judged and is reported as before
 * ({@link #unjudgeable}).
 */
public final class WordBrandContext {
  /**
   * Goods-class bits, context words and the languages ({@link OrdinaryWords} bits) whose ordinary
   * word the name is, of one word-brand.
   */
  private record Rule(long classes, Set<String> productWords, GoodsVocabulary registered,
      Set<String> ownWords, int languages) {}

  private static final int EN = OrdinaryWords.bit("en");
  private static final int COMPOUNDING = OrdinaryWords.bit("de") | OrdinaryWords.bit("nl");

  private final Map<String, Rule> rules;
  private final GoodsVocabulary vocabulary;
  private final OrdinaryWords ordinary;

  private WordBrandContext(Map<String, Rule> rules, GoodsVocabulary vocabulary,
      OrdinaryWords ordinary) {
    this.rules = Map.copyOf(rules);
    this.vocabulary = vocabulary;
    this.ordinary = ordinary;
  }

  /** The rule for the brands that are word-brands and have goods classes or products. */
  public static WordBrandContext of(Collection<Brand> brands, OrdinaryWords ordinary) {
    GoodsVocabulary vocabulary = GoodsVocabulary.standard();
    Map<String, Rule> rules = new HashMap<>();
    Map<String, List<Brand>> byName = new HashMap<>();
    for (Brand b : brands) {
      byName.computeIfAbsent(b.name(), k -> new ArrayList<>()).add(b);
    }
    byName.forEach((name, entries) -> {
      if (!isWordBrand(entries.get(0), ordinary)) {
        return;
      }
      Set<String> own = new HashSet<>(words(name));
      long classes = 0;
      Set<String> productWords = new HashSet<>();
      Set<String> terms = new HashSet<>();
      for (Brand b : entries) {
        classes |= goodsClasses(b);
        for (String term : registeredGoods(b)) {
          terms.add(String.join("", words(term)));
        }
        for (Product p : b.products()) {
          productWords.addAll(words(p.name()));
        }
        for (String alias : b.aliases()) {
          productWords.addAll(words(alias));
        }
      }
      productWords.removeAll(own);
      productWords.removeIf(w -> w.length() < 2 || w.chars().allMatch(Character::isDigit));
      // A product's name says the kind of goods of a brand that registered none: a tote is a bag,
      // so a bag listing is about it. A brand's registered classes are its goods, though: the words
      // of "Coach Tabby Shoulder Bag" (a bag is also a baseball base) must not widen Coach's.
      if (classes == 0) {
        for (String w : productWords) {
          classes |= vocabulary.classesOf(w);
        }
      }
      terms.removeAll(own);
      GoodsVocabulary registered = terms.isEmpty() ? null : GoodsVocabulary.ofTerms(terms);
      if (classes != 0 || !productWords.isEmpty() || registered != null) {
        rules.put(name, new Rule(classes, Set.copyOf(productWords), registered, Set.copyOf(own),
            languages(own, ordinary)));
      }
    });
    return new WordBrandContext(rules, vocabulary, ordinary);
  }

  /**
   * Whether the brand is a word-brand that cannot be judged: its name is an ordinary word and it
   * has neither a trade mark in a goods class or with its goods' terms nor a product, so every use
   * of the word is reported.
   */
  public static boolean unjudgeable(Brand brand, OrdinaryWords ordinary) {
    return isWordBrand(brand, ordinary) && goodsClasses(brand) == 0 && brand.products().isEmpty()
        && registeredGoods(brand).isEmpty();
  }

  /**
   * Whether every word of the brand's name is an ordinary word, of one language, and none is a
   * coined one ({@link #coined}).
   */
  public static boolean isWordBrand(Brand brand, OrdinaryWords ordinary) {
    return languages(words(brand.name()), ordinary) != 0 && !coined(brand.name(), ordinary);
  }

  /**
   * Whether the name holds a word written with a capital inside it that no list holds as it is:
   * a coined name ({@code KakaoTalk}, {@code WordPress}), though a rule for the forms no list holds
   * would take it for a word (German's compounds: Kakao + Talk). A listed word keeps its sense
   * however it is capitalised ({@code PayDay}, if a list holds payday).
   */
  private static boolean coined(String name, OrdinaryWords ordinary) {
    for (String run : runs(name)) {
      if (hasInnerCapital(run) && !ordinary.isListed(GoodsVocabulary.fold(run))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a capital follows a small letter in the word ({@code KakaoTalk}). */
  private static boolean hasInnerCapital(String word) {
    for (int i = 1; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The languages (bits) every one of the words is an ordinary word of; {@link OrdinaryWords#ANY}
   * stands for every language. 0 when there are no words or no language has them all.
   */
  private static int languages(Collection<String> words, OrdinaryWords ordinary) {
    if (words.isEmpty()) {
      return 0;
    }
    int all = OrdinaryWords.ALL_LANGUAGES | OrdinaryWords.ANY;
    for (String w : words) {
      int bits = ordinary.languages(w);
      all &= (bits & OrdinaryWords.ANY) != 0 ? OrdinaryWords.ALL_LANGUAGES | OrdinaryWords.ANY : bits;
    }
    return all;
  }

  /** Whether no brand is judged: the rule changes nothing. */
  public boolean isEmpty() {
    return rules.isEmpty();
  }

  /**
   * The mentions without the ordinary uses of word-brands, judged by {@code title} and {@code
   * description} (either may be empty). The list is returned as it is when nothing is dropped.
   */
  public List<BrandMention> judge(List<BrandMention> mentions, String title, String description) {
    if (rules.isEmpty() || mentions.isEmpty()) {
      return mentions;
    }
    List<String> words = null;
    Boolean cue = null;
    List<BrandMention> kept = null;
    for (int i = 0; i < mentions.size(); i++) {
      BrandMention m = mentions.get(i);
      Rule rule = judged(m.method()) ? rules.get(m.brand()) : null;
      boolean keep = true;
      if (rule != null) {
        if (words == null) {
          words = new ArrayList<>(words(title));
          words.addAll(words(description));
          words = splitRunTogether(words);
        }
        String matched = fold(m.matched());
        Goods goods = goods(rule, words, matched);
        if (goods != Goods.THE_BRANDS) {
          // A listing naming other goods is judged by them in any language; one naming none by
          // its language: the name is an ordinary use where it is a word of that language, or an
          // English word, which titles in every language borrow.
          boolean ordinary = goods == Goods.OTHER;
          if (!ordinary) {
            int here = listingLanguages(words, rule, matched);
            ordinary = here != 0 && (rule.languages & (here | EN | OrdinaryWords.ANY)) != 0;
          }
          if (ordinary && cue == null) {
            cue = hasCueWord(title) || hasCueWord(description);
          }
          keep = !ordinary || cue;
        }
      }
      if (!keep && kept == null) {
        kept = new ArrayList<>(mentions.subList(0, i));
      } else if (keep && kept != null) {
        kept.add(m);
      }
    }
    return kept == null ? mentions : List.copyOf(kept);
  }

  /** What goods a listing names, as far as one word-brand is concerned. */
  private enum Goods {
    /** Goods of the brand's classes or registered terms, or a word of its products or aliases. */
    THE_BRANDS,
    /** Goods, but none of the brand's ({@code apple corer}, {@code coach whistle}). */
    OTHER,
    /** No goods the vocabulary knows ({@code star apple}, {@code pitching coach}). */
    NONE
  }

  /** Which goods the listing's words (folded, in order) name, the brand's own words aside. */
  private Goods goods(Rule rule, List<String> words, String matched) {
    boolean other = false;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (rule.ownWords.contains(w) || w.equals(matched)) {
        continue;
      }
      if (rule.productWords.contains(w)) {
        return Goods.THE_BRANDS;
      }
      // A word of English or of a Romance language only is no compound of German or Dutch ones
      // (harvest, offspring; nouvelle).
      int languages = ordinary.languages(w) & (OrdinaryWords.ALL_LANGUAGES | OrdinaryWords.ANY);
      boolean compound = languages == 0 || (languages & (COMPOUNDING | OrdinaryWords.ANY)) != 0;
      if (rule.registered != null && rule.registered.classesAt(words, i, compound, ordinary) != 0) {
        return Goods.THE_BRANDS;
      }
      long classes = vocabulary.classesAt(words, i, compound, ordinary);
      if ((classes & rule.classes) != 0) {
        return Goods.THE_BRANDS;
      }
      other |= classes != 0;
    }
    return other ? Goods.OTHER : Goods.NONE;
  }

  /**
   * The languages the listing is written in, as {@link OrdinaryWords} bits: those of which its
   * words (the brand's own aside) are most often ordinary words, a word of several languages
   * counting for each in part, ties kept; 0 when none of its words is known.
   */
  private int listingLanguages(Collection<String> context, Rule rule, String matched) {
    // A word of k languages gives each 1/k: "bambini" says Italian more than "per" does.
    float[] scores = new float[Integer.SIZE];
    float best = 0;
    for (String w : context) {
      if (rule.ownWords.contains(w) || w.equals(matched) || !isLetters(w)) {
        continue;
      }
      int bits = ordinary.languages(w) & OrdinaryWords.ALL_LANGUAGES;
      float share = 1f / Math.max(1, Integer.bitCount(bits));
      for (int b = bits; b != 0; b &= b - 1) {
        int l = Integer.numberOfTrailingZeros(b);
        scores[l] += share;
        best = Math.max(best, scores[l]);
      }
    }
    if (best == 0) {
      return 0;
    }
    int out = 0;
    for (int l = 0; l < scores.length; l++) {
      if (scores[l] >= best - 1e-4f) {
        out |= 1 << l;
      }
    }
    return out;
  }

  /** Words run together are split only from this length ({@code colchadecama}: 12). */
  private static final int MIN_RUN_TOGETHER = 9;
  /** Each word of a run-together word has at least this many letters, a linking word aside. */
  private static final int MIN_RUN_PART = 4;

  /**
   * The words with those that no language knows but that are words of one language other than
   * English run together split into them: {@code armarioropero} (armario ropero), {@code
   * colchadecama} (colcha de cama, around a short linking word), as sellers write hashtags and as
   * some dictionaries join a phrase. English is left out, and so are parts under four letters, as
   * product names run English words together ({@code AirTag}, {@code MagSafe}) and are no sign of
   * the listing's language. The list is returned as it is when nothing is split.
   */
  private List<String> splitRunTogether(List<String> words) {
    List<String> out = null;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      List<String> parts = w.length() >= MIN_RUN_TOGETHER && isLetters(w)
          && ordinary.languages(w) == 0 ? runTogether(w) : null;
      if (parts != null && out == null) {
        out = new ArrayList<>(words.subList(0, i));
      }
      if (out != null) {
        if (parts != null) {
          out.addAll(parts);
        } else {
          out.add(w);
        }
      }
    }
    return out == null ? words : out;
  }

  /** The words of one language, not English, that {@code w} is made of; null if none. */
  private List<String> runTogether(String w) {
    int n = w.length();
    for (int i = MIN_RUN_PART; i <= n - MIN_RUN_PART; i++) {
      String first = w.substring(0, i);
      int left = ordinary.languages(first) & OrdinaryWords.ALL_LANGUAGES & ~EN;
      if (left == 0) {
        continue;
      }
      String rest = w.substring(i);
      if ((ordinary.languages(rest) & left) != 0) {
        return List.of(first, rest);
      }
      for (int j = 2; j <= 3 && rest.length() - j >= MIN_RUN_PART; j++) {
        String link = rest.substring(0, j);
        int both = ordinary.languages(link) & left;
        if (both != 0 && (ordinary.languages(rest.substring(j)) & both) != 0) {
          return List.of(first, link, rest.substring(j));
        }
      }
    }
    return null;
  }

  private static boolean isLetters(String w) {
    if (w.length() < 2) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isLetter(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A counterfeit cue word (replica, dupe, 1:1) says the word names the brand being copied; the
   * cues that say an item has no brand ({@code unbranded}, {@code OEM}, {@code inspired by}) do
   * not.
   */
  private static boolean hasCueWord(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (PhraseHit hit : PhraseList.cueWords().find(text, ListingField.TITLE)) {
      if (!NO_BRAND_CUES.contains(hit.phrase().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Cue words that say an item carries no brand: no sign that a word names one. */
  private static final Set<String> NO_BRAND_CUES = Set.of("unbranded", "oem", "inspired by");

  /** Plain mentions are judged; disguises and aliases stand. */
  private static boolean judged(MatchMethod method) {
    return switch (method) {
      case EXACT, CASE, FUZZY, JOINED -> true;
      case CONFUSABLE, LEET, SEPARATED, MASKED, ALIAS -> false;
    };
  }

  /** The terms of the goods its trade marks are registered for ({@link Trademark#goods()}). */
  private static List<String> registeredGoods(Brand brand) {
    List<String> terms = new ArrayList<>();
    for (IpRight right : brand.rights()) {
      if (right instanceof Trademark t) {
        terms.addAll(t.goods());
      }
    }
    return terms;
  }

  /**
   * The goods classes of the brand's trade marks, as a bit set (bit {@code n} for Nice class {@code
   * n}); 0 when it has none.
   */
  public static long goodsClasses(Brand brand) {
    long bits = 0;
    for (IpRight right : brand.rights()) {
      if (right instanceof Trademark t) {
        for (NiceClass c : t.classes()) {
          if (c.isGoods()) {
            bits |= 1L << c.number();
          }
        }
      }
    }
    return bits;
  }

  private static String fold(String s) {
    return GoodsVocabulary.fold(s.strip());
  }

  /** The folded words (runs of letters and digits) of a text. */
  static List<String> words(String text) {
    List<String> out = runs(text);
    out.replaceAll(GoodsVocabulary::fold);
    return out;
  }

  /** The runs of letters and digits of a text, as written. */
  private static List<String> runs(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean part = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (part && start < 0) {
        start = i;
      } else if (!part && start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      }
    }
    return out;
  }
}
