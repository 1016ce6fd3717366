package dev.marque.matching.internal;

import dev.marque.matching.Lexicon;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The goods vocabulary marque ships: product words of marketplace listings in English, German,
 * French, Spanish, Italian, Portuguese and Dutch, each with the Nice classes whose goods it names
 * ({@code bag} 18, {@code Handyhülle} 9, {@code collier} 14, {@code fedora} 25). Four sources, see
 * NOTICE: a list compiled by hand ({@code goods-vocabulary.tsv}); English nouns from Princeton
 * WordNet 3.0, the hyponyms of anchor synsets per class; the names of goods emoji in Unicode
 * CLDR's annotations; and the category names of Shopify's Standard Product Taxonomy in the six
 * languages besides English, classed by their English names ({@code
 * goods-vocabulary-generated.tsv}, written by {@code matching/generate/goods/generate.sh}). Words
 * are held {@linkplain #fold folded}, each with its classes and languages packed in one {@code
 * long}: loaded once, about 27,000 words.
 *
 * <p>Forms are found by rule, not listed: plurals and other inflections by their endings ({@code
 * bags}, {@code knives}, {@code Taschen}, {@code Kleider}, {@code cuscini}, {@code botões}), and a
 * singular whose plural is listed, in a language that forms it so ({@code Strickjacke}: the
 * taxonomy's Strickjacken; {@code regenjas}: regenjassen); a German or Dutch compound by its last
 * part ({@code Lederhandtasche}: Tasche); a phrase by its head word, which the listing holds as a
 * word of its own ({@code leather apron}: apron), or by its words joined ({@link #classesAt}:
 * {@code face powder}, {@code T-shirt}, {@code sac à main}).
 */
public final class GoodsVocabulary {
  private static final String[] RESOURCES = {
    "/dev/marque/matching/goods-vocabulary.tsv",
    "/dev/marque/matching/goods-vocabulary-generated.tsv"
  };
  private static final GoodsVocabulary STANDARD = load();
  /** Plural and inflection endings tried when a word is not found as written, longest first. */
  private static final String[] ENDINGS = {"es", "en", "er", "s", "n", "e"};
  /**
   * Endings replaced to find a singular: knives knife, berries berry; Portuguese ones are {@link
   * #PORTUGUESE_PLURALS}.
   */
  private static final String[][] REPLACED = {{"ves", "f"}, {"ves", "fe"}, {"ies", "y"}};
  /**
   * Portuguese singular endings and the plural endings that replace them: avental aventais, anel
   * anéis, lençol lençóis, pão pães, mão mãos, botão botões, item itens; and the other way round,
   * for a singular listed in Portuguese ({@code aventais} avental; German {@code Regal}, a shelf,
   * makes no Portuguese regais).
   */
  private static final String[][] PORTUGUESE_PLURALS = {
    {"al", "ais"}, {"el", "eis"}, {"ol", "ois"}, {"ul", "uis"},
    {"ao", "oes"}, {"ao", "aes"}, {"ao", "aos"}, {"m", "ns"}
  };
  /** The endings of a Portuguese singular whose plural adds -es: colher colheres, cruz cruzes. */
  private static final String PORTUGUESE_ES = "rzs";
  /** Compounds (Handyhülle, Lederhandtasche) are looked up by their last part from this length. */
  private static final int MIN_COMPOUND_PART = 4;
  /** The bit of the first language in a packed entry; classes take the bits below. */
  private static final int LANGUAGE_SHIFT = 48;
  private static final long CLASS_MASK = (1L << LANGUAGE_SHIFT) - 1;
  /** The languages that write compounds as one word. */
  private static final int COMPOUNDING = OrdinaryWords.bit("de") | OrdinaryWords.bit("nl");
  /** The longest word taken for a linking word (for, de, à) when words are joined. */
  private static final int MAX_LINKING = 3;
  /** Adjacent words joined to find a phrase of the vocabulary, at most this many. */
  private static final int MAX_JOINED = 3;

  /** Per folded word: its classes (bit n for class n) and, from bit 48, its languages. */
  private final Map<String, Long> entries;

  private GoodsVocabulary(Map<String, Long> entries) {
    this.entries = Map.copyOf(entries);
  }

  /** The shipped vocabulary, loaded once. */
  public static GoodsVocabulary standard() {
    return STANDARD;
  }

  /** The bit a term of {@link #ofTerms} stands for: no Nice class has the number 0. */
  public static final long TERM = 1L;

  /**
   * A vocabulary of the given terms (each the {@linkplain #fold folded} words of one term joined,
   * as {@code sacamain} for {@code sac à main}), each naming the goods {@link #TERM} stands for, in
   * every language: found as the shipped words are, in their other number, as the last part of a
   * German or Dutch compound and, up to three words, as a phrase.
   */
  public static GoodsVocabulary ofTerms(java.util.Collection<String> joinedTerms) {
    long packed = TERM | (long) OrdinaryWords.ALL_LANGUAGES << LANGUAGE_SHIFT;
    Map<String, Long> entries = new HashMap<>();
    for (String term : joinedTerms) {
      if (!term.isEmpty()) {
        entries.put(term, packed);
      }
    }
    return new GoodsVocabulary(entries);
  }

  /** Every word of the vocabulary, folded. */
  public Set<String> words() {
    return entries.keySet();
  }

  /**
   * The classes of the goods a folded word names, as a bit set (bit {@code n} for class {@code n}):
   * the word as written, else its singular ({@code bags}, {@code Taschen}, {@code cuscini}), else,
   * for a German or Dutch word, the last part of a compound ({@code lederhandtasche}); 0 when it
   * names no goods the vocabulary knows.
   */
  public long classesOf(String folded) {
    return classesOf(folded, true);
  }

  /**
   * The classes of the goods a folded word names, as {@link #classesOf(String)}, the last part of a
   * compound tried only if {@code compound}: a caller that knows the word to be English (harvest,
   * offspring) says so.
   */
  public long classesOf(String folded, boolean compound) {
    long entry = entry(folded, compound);
    if (entry != 0 || !compound) {
      return entry & CLASS_MASK;
    }
    // The first part of a compound is a word too (handy, leder), hence at least three letters.
    // English joins few words without a space, and its words end in others by chance
    // (harvest, lawsuit): only a part listed in a compounding language counts.
    for (int i = 3; folded.length() - i >= MIN_COMPOUND_PART; i++) {
      Long part = entries.get(folded.substring(i));
      if (part != null && (part >>> LANGUAGE_SHIFT & COMPOUNDING) != 0) {
        return part & CLASS_MASK;
      }
    }
    return 0L;
  }

  /** The shortest last part of a compound found in its other number ({@code Filz-hut}: Hüte). */
  private static final int MIN_OTHER_NUMBER_PART = 3;

  /**
   * The classes of a German or Dutch compound whose last part the vocabulary lists only in its
   * other number or as a diminutive ({@code Schultergurt} by Gurte, {@code Filzhut} by Hüte,
   * {@code Wollsocke} by Socken), where the first part is a German or Dutch word of {@code
   * ordinary}, bare or with a linking {@code s} ({@code Schulter}, {@code Filz}, {@code Woll},
   * {@code Arbeits}): a word, so that an unknown word of another language is not cut at random
   * ({@code dyschatell} is no {@code dyscha} + Teller) and a word of another language is not
   * cut at all (the caller asks only for a word that may be German or Dutch); 0 when none.
   */
  private long compoundOfAWord(String folded, OrdinaryWords ordinary) {
    for (int i = MIN_FIRST_WORD; folded.length() - i >= MIN_OTHER_NUMBER_PART; i++) {
      String first = folded.substring(0, i);
      int languages = ordinary.languages(first) & COMPOUNDING;
      if (languages == 0 && first.endsWith("s") && i > MIN_FIRST_WORD) {
        languages = ordinary.languages(first.substring(0, i - 1)) & COMPOUNDING;
      }
      if (languages == 0) {
        continue;
      }
      String last = folded.substring(i);
      Long part = singular(last);
      if (part == null) {
        part = otherNumber(last);
      }
      if (part == null) {
        part = diminutive(last);
      }
      // both parts of one language: German wer and Dutch muts make no Wermut
      if (part != null && (part >>> LANGUAGE_SHIFT & languages) != 0) {
        return part & CLASS_MASK;
      }
    }
    return 0L;
  }

  /**
   * The classes of a Dutch noun of three letters listed in its plural, its consonant doubled
   * ({@code sok} sokken, {@code das} dassen), where {@code ordinary} knows the word as Dutch and
   * as no word of German, French, Spanish, Italian or Portuguese: German {@code das}, French
   * {@code mes} (my; Dutch knife, messen) stay articles; 0 when none.
   */
  private long shortDutchNoun(String folded, OrdinaryWords ordinary) {
    int languages = ordinary.languages(folded);
    if (folded.length() < 3 || (languages & NL) == 0 || (languages & NOT_DUTCH) != 0) {
      return 0L;
    }
    Long v = doubledPlural(folded, NL);
    return v == null ? 0L : v & CLASS_MASK;
  }

  /**
   * The entry of a Dutch plural with its last consonant doubled after one vowel ({@code tas}
   * tassen, {@code sok} sokken), listed in one of {@code languages} (Dutch or none); null if none.
   */
  private Long doubledPlural(String folded, int languages) {
    int n = folded.length();
    char last = folded.charAt(n - 1);
    if (!isConsonant(last) || isConsonant(folded.charAt(n - 2))) {
      return null;
    }
    return inLanguages(folded + last + "en", NL & languages);
  }

  /**
   * The shortest first part of a compound whose last part is found in its other number: a noun or
   * stem of four letters or more (Filz, Woll, Schulter), not a short word such as {@code wer}.
   */
  private static final int MIN_FIRST_WORD = 4;

  /** The German or Dutch plural of a part, a short one too ({@code hut}: Hüte); null if none. */
  private Long otherNumber(String part) {
    for (int k = 0; k < ADDED.length; k++) {
      Long v = inLanguages(part + ADDED[k], ADDED_IN[k] & COMPOUNDING);
      if (v != null) {
        return v;
      }
    }
    return doubledPlural(part, NL);
  }

  /**
   * The classes of the goods named at {@code words.get(i)}: that word's ({@link #classesOf}; for
   * a German or Dutch compound not found so, its last part's in its other number after a word of
   * {@code ordinary}: {@code Filzhut}), or those of a phrase of the vocabulary that starts there,
   * its words joined ({@code face powder}, {@code T shirt}, {@code sac a main}); 0 if none. A phrase counts only in a language its short
   * words are words of, as far as {@code ordinary} knows them: English {@code for men} is no
   * German {@code Formen}. Words are folded; {@code compound} as for {@link #classesOf(String, boolean)}.
   */
  public long classesAt(List<String> words, int i, boolean compound, OrdinaryWords ordinary) {
    long classes = classesOf(words.get(i), compound);
    if (classes == 0 && compound) {
      classes = compoundOfAWord(words.get(i), ordinary);
    }
    if (classes == 0 && compound && words.get(i).length() < MIN_PLURAL_BASE) {
      classes = shortDutchNoun(words.get(i), ordinary);
    }
    StringBuilder joined = new StringBuilder(words.get(i));
    for (int j = i + 1; j < words.size() && j < i + MAX_JOINED; j++) {
      joined.append(words.get(j));
      long entry = entry(joined.toString());
      if (entry != 0 && inTheirLanguage(entry, words, i, j, ordinary)) {
        classes |= entry & CLASS_MASK;
      }
    }
    return classes;
  }

  /**
   * Whether each short word from i to j (a preposition, an article: three letters at most) is a
   * word of a language of the entry, or unknown: English {@code for men} is no German {@code
   * Formen}, while {@code tumbler glass} is the Dutch {@code tumblerglas}.
   */
  private static boolean inTheirLanguage(long entry, List<String> words, int i, int j,
      OrdinaryWords ordinary) {
    int languages = (int) (entry >>> LANGUAGE_SHIFT);
    for (int k = i; k <= j; k++) {
      if (words.get(k).length() > MAX_LINKING) {
        continue;
      }
      int of = ordinary.languages(words.get(k));
      if (of != 0 && (of & OrdinaryWords.ANY) == 0 && (of & languages) == 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The languages a folded word is listed for, as {@link OrdinaryWords#bit} bits: the word as
   * written, else its singular; 0 when the vocabulary does not list it.
   */
  public int languagesOf(String folded) {
    return (int) (entry(folded) >>> LANGUAGE_SHIFT);
  }

  /**
   * The packed entry of the word as written, else of its singular, else of its plural (a taxonomy
   * names its categories in the plural: {@code Handschuhe}, {@code mangeoires}); 0 if none.
   */
  private long entry(String folded) {
    return entry(folded, true);
  }

  /**
   * The packed entry as {@link #entry(String)}, a German or Dutch plural tried only if {@code
   * compound} (the word may be German or Dutch, as {@link #classesOf(String, boolean)} says): an
   * English word takes no German plural ({@code station} is no Stationen).
   */
  private long entry(String folded, boolean compound) {
    Long direct = entries.get(folded);
    if (direct != null) {
      return direct;
    }
    Long singular = singular(folded);
    if (singular != null) {
      return singular;
    }
    Long plural = plural(folded, compound ? -1 : ~COMPOUNDING);
    if (plural != null) {
      return plural;
    }
    Long base = compound ? diminutive(folded) : null;
    return base == null ? 0L : base;
  }

  /** The shortest base of a Dutch diminutive looked up ({@code sok} of sokje). */
  private static final int MIN_DIMINUTIVE_BASE = 3;

  /**
   * The entry of a Dutch diminutive's base, in the singular or the plural ({@code bankje} bank,
   * {@code stoeltjes} stoel, {@code boompje} boom, {@code balletje} bal), as a German or Dutch
   * word; null if none. Dutch makes a diminutive of nearly any noun, and no list holds them all.
   */
  private Long diminutive(String folded) {
    String w = folded.endsWith("jes") ? folded.substring(0, folded.length() - 1) : folded;
    int n = w.length();
    if (!w.endsWith("je") || n < MIN_DIMINUTIVE_BASE + 2) {
      return null;
    }
    String stem = w.substring(0, n - 2);
    List<String> bases = new ArrayList<>(3);
    bases.add(stem);
    if (stem.length() > MIN_DIMINUTIVE_BASE && (stem.endsWith("t") || stem.endsWith("p"))) {
      bases.add(stem.substring(0, stem.length() - 1)); // stoel-tje, boom-pje
    }
    int m = stem.length();
    if (m > MIN_DIMINUTIVE_BASE + 2 && stem.endsWith("et")
        && stem.charAt(m - 3) == stem.charAt(m - 4)) {
      bases.add(stem.substring(0, m - 3)); // bal-l-etje
    }
    for (String b : bases) {
      Long v = inLanguages(b, COMPOUNDING);
      if (v == null) {
        v = plural(b, COMPOUNDING);
      }
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static final int EN = OrdinaryWords.bit("en");
  private static final int DE = OrdinaryWords.bit("de");
  private static final int FR = OrdinaryWords.bit("fr");
  private static final int ES = OrdinaryWords.bit("es");
  private static final int IT = OrdinaryWords.bit("it");
  private static final int PT = OrdinaryWords.bit("pt");
  private static final int NL = OrdinaryWords.bit("nl");
  /** The languages other than Dutch (and English, whose lexicon holds stray Dutch words). */
  private static final int NOT_DUTCH = DE | FR | ES | IT | PT;
  /**
   * The shortest word whose plural is sought: shorter ones are mostly articles and prepositions
   * (German {@code das} is no Dutch das, a tie, plural dassen).
   */
  private static final int MIN_PLURAL_BASE = 4;
  /** Endings added to a singular to find a plural, as {@link #plural}. */
  private static final String[] ADDED = {"s", "e", "n", "en", "er", "es", "x"};
  /** The languages whose plurals each of {@link #ADDED} ends: Italian has none in -s. */
  private static final int[] ADDED_IN = {
    EN | DE | FR | ES | PT | NL, DE, DE | NL, DE | NL, DE, EN | ES | FR, FR
  };

  /**
   * The entry of the word's plural, of a language that forms it so: with a plural ending added
   * ({@code Handschuh} Handschuhe, {@code Jacke} Jacken, {@code Kleid} Kleider, {@code chapeau}
   * chapeaux, {@code pantalón} pantalones), a Dutch consonant doubled ({@code tas} tassen), an
   * Italian ending changed ({@code borsa} borse, {@code cuscino} cuscini) or a Portuguese one
   * ({@code botão} botões, {@code avental} aventais, {@code colher} colheres); null if none is
   * known.
   */
  private Long plural(String folded, int languages) {
    int n = folded.length();
    if (n < MIN_PLURAL_BASE) {
      return null;
    }
    for (int i = 0; i < ADDED.length; i++) {
      Long v = inLanguages(folded + ADDED[i], ADDED_IN[i] & languages);
      if (v != null) {
        return v;
      }
    }
    char last = folded.charAt(n - 1);
    String base = folded.substring(0, n - 1);
    String[] changed = last == 'a' ? new String[] {"e", "i"} : last == 'o' ? new String[] {"i"}
        : last == 'e' ? new String[] {"i"} : new String[0];
    for (String c : changed) {
      Long v = inLanguages(base + c, IT);
      if (v != null) {
        return v;
      }
    }
    for (String[] p : PORTUGUESE_PLURALS) {
      if (folded.endsWith(p[0])) {
        Long v = inLanguages(folded.substring(0, n - p[0].length()) + p[1], PT & languages);
        if (v != null) {
          return v;
        }
      }
    }
    if (PORTUGUESE_ES.indexOf(last) >= 0) {
      Long v = inLanguages(folded + "es", PT & languages);
      if (v != null) {
        return v;
      }
    }
    return doubledPlural(folded, languages);
  }

  /** The entry of a word listed in one of the languages, null if none. */
  private Long inLanguages(String folded, int languages) {
    Long v = entries.get(folded);
    return v != null && ((v >>> LANGUAGE_SHIFT) & languages) != 0 ? v : null;
  }

  private static boolean isConsonant(char c) {
    return c >= 'a' && c <= 'z' && "aeiouy".indexOf(c) < 0;
  }

  /**
   * The entry of the word's singular: without a plural ending, with a plural ending replaced
   * ({@code knives} knife), or an Italian plural's singular ({@code cuscini} cuscino, {@code borse}
   * borsa, {@code lampade} lampada); null if none is known.
   */
  private Long singular(String folded) {
    int n = folded.length();
    for (String[] r : REPLACED) {
      if (n > r[0].length() + 2 && folded.endsWith(r[0])) {
        Long v = entries.get(folded.substring(0, n - r[0].length()) + r[1]);
        if (v != null) {
          return v;
        }
      }
    }
    for (String[] p : PORTUGUESE_PLURALS) {
      if (n > p[1].length() + 2 && folded.endsWith(p[1])) {
        Long v = inLanguages(folded.substring(0, n - p[1].length()) + p[0], PT);
        if (v != null) {
          return v;
        }
      }
    }
    for (String ending : ENDINGS) {
      if (n > ending.length() + 2 && folded.endsWith(ending)) {
        Long stem = entries.get(folded.substring(0, n - ending.length()));
        if (stem != null) {
          return stem;
        }
      }
    }
    if (n > 3) {
      String base = folded.substring(0, n - 1);
      char last = folded.charAt(n - 1);
      for (String singular : last == 'i' ? new String[] {"o", "e"}
          : last == 'e' ? new String[] {"a"} : new String[0]) {
        Long v = entries.get(base + singular);
        if (v != null) {
          return v;
        }
      }
    }
    return null;
  }

  /**
   * A word as the vocabulary holds it: {@linkplain Lexicon#fold folded} as the lexicons hold
   * words (lower case, marks removed, {@code ß} as {@code ss}, {@code œ} as {@code oe}), after
   * compatibility forms are spelt out ({@code ĳ} as {@code ij}, as Dutch text sometimes writes it;
   * {@code ﬁ} as {@code fi}). ASCII lower case is returned as it is.
   */
  public static String fold(String word) {
    boolean plain = true;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 0x80 || (c >= 'A' && c <= 'Z')) {
        plain = false;
        break;
      }
    }
    if (plain) {
      return word;
    }
    return Lexicon.fold(Normalizer.normalize(word, Normalizer.Form.NFKC));
  }

  private static GoodsVocabulary load() {
    Map<String, Long> entries = new HashMap<>();
    for (String resource : RESOURCES) {
      read(resource, entries);
    }
    return new GoodsVocabulary(entries);
  }

  private static void read(String resource, Map<String, Long> entries) {
    try (InputStream in = GoodsVocabulary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("marque-matching is missing its resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNumber = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t");
        if (parts.length != 3) {
          throw new IllegalStateException(resource + ":" + lineNumber
              + ": expected classes<TAB>language<TAB>words");
        }
        long bits = 0;
        for (String c : parts[0].split(",")) {
          int n = Integer.parseInt(c.strip());
          if (n < 1 || n > 45) {
            throw new IllegalStateException(resource + ":" + lineNumber + ": no Nice class " + n);
          }
          bits |= 1L << n;
        }
        int language = OrdinaryWords.bit(parts[1].strip());
        if (language == 0) {
          throw new IllegalStateException(resource + ":" + lineNumber + ": unknown language '"
              + parts[1] + "'");
        }
        long packed = bits | (long) language << LANGUAGE_SHIFT;
        for (String w : parts[2].split(" ")) {
          if (!w.isEmpty()) {
            entries.merge(fold(w), packed, (a, b) -> a | b);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
