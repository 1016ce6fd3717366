package dev.marque.matching.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The goods vocabulary marque ships: common product words of marketplace listings in English,
 * German, French, Spanish, Italian, Portuguese and Dutch, each with the Nice classes whose goods it
 * usually names ({@code bag} 18, {@code Handyhülle} 9, {@code collier} 14). Words are held {@linkplain
 * #fold folded}; classes as a bit set, bit {@code n} for class {@code n}.
 */
public final class GoodsVocabulary {
  private static final String RESOURCE = "/dev/marque/matching/goods-vocabulary.tsv";
  private static final GoodsVocabulary STANDARD = load();
  /** Plural and inflection endings tried when a word is not found as written, longest first. */
  private static final String[] ENDINGS = {"es", "en", "s", "n", "e"};
  /** Compounds (Handyhülle, Lederhandtasche) are looked up by their last part from this length. */
  private static final int MIN_COMPOUND_PART = 4;

  private final Map<String, Long> classes;
  /** The languages each word is listed for, as {@link OrdinaryWords#bit} bits. */
  private final Map<String, Integer> languages;

  private GoodsVocabulary(Map<String, Long> classes, Map<String, Integer> languages) {
    this.classes = Map.copyOf(classes);
    this.languages = Map.copyOf(languages);
  }

  /** The shipped vocabulary, loaded once. */
  public static GoodsVocabulary standard() {
    return STANDARD;
  }

  /** Every word of the vocabulary, folded. */
  public Set<String> words() {
    return classes.keySet();
  }

  /**
   * The classes of the goods a folded word names, as a bit set (bit {@code n} for class {@code n}):
   * the word as written, else its singular ({@code bags}, {@code Taschen}, {@code cuscini}), else the last
   * part of a compound ({@code lederhandtasche}); 0 when it names no goods the vocabulary knows.
   */
  public long classesOf(String folded) {
    Long direct = classes.get(folded);
    if (direct != null) {
      return direct;
    }
    Long singular = singular(classes, folded);
    if (singular != null) {
      return singular;
    }
    // The first part of a compound is a word too (handy, leder), hence at least three letters.
    for (int i = 3; folded.length() - i >= MIN_COMPOUND_PART; i++) {
      Long part = classes.get(folded.substring(i));
      if (part != null) {
        return part;
      }
    }
    return 0L;
  }

  /**
   * The languages a folded word is listed for, as {@link OrdinaryWords#bit} bits: the word as
   * written, else without a plural ending; 0 when the vocabulary does not list it.
   */
  public int languagesOf(String folded) {
    Integer direct = languages.get(folded);
    if (direct != null) {
      return direct;
    }
    Integer singular = singular(languages, folded);
    return singular == null ? 0 : singular;
  }

  /**
   * The value of the word's singular: without a plural ending, or an Italian plural's singular
   * ({@code cuscini} cuscino, {@code borse} borsa, {@code lampade} lampada); null if none is known.
   */
  private static <V> V singular(Map<String, V> map, String folded) {
    for (String ending : ENDINGS) {
      if (folded.length() > ending.length() + 2 && folded.endsWith(ending)) {
        V stem = map.get(folded.substring(0, folded.length() - ending.length()));
        if (stem != null) {
          return stem;
        }
      }
    }
    int n = folded.length();
    if (n > 3) {
      String base = folded.substring(0, n - 1);
      char last = folded.charAt(n - 1);
      for (String singular : last == 'i' ? new String[] {"o", "e"}
          : last == 'e' ? new String[] {"a"} : new String[0]) {
        V v = map.get(base + singular);
        if (v != null) {
          return v;
        }
      }
    }
    return null;
  }

  /**
   * A word as the vocabulary holds it: lower case, accents and other marks removed, {@code ß} as
   * {@code ss}. ASCII lower case is returned as it is.
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
    String lower = word.toLowerCase(Locale.ROOT).replace("ß", "ss");
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static GoodsVocabulary load() {
    Map<String, Long> classes = new HashMap<>();
    Map<String, Integer> languages = new HashMap<>();
    try (InputStream in = GoodsVocabulary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("marque-matching is missing its resource " + RESOURCE);
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
          throw new IllegalStateException(RESOURCE + ":" + lineNumber
              + ": expected classes<TAB>language<TAB>words");
        }
        long bits = 0;
        for (String c : parts[0].split(",")) {
          bits |= 1L << Integer.parseInt(c.strip());
        }
        int language = OrdinaryWords.bit(parts[1].strip());
        if (language == 0) {
          throw new IllegalStateException(RESOURCE + ":" + lineNumber + ": unknown language '"
              + parts[1] + "'");
        }
        for (String w : parts[2].split(" ")) {
          if (!w.isEmpty()) {
            classes.merge(fold(w), bits, (a, b) -> a | b);
            languages.merge(fold(w), language, (a, b) -> a | b);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new GoodsVocabulary(classes, languages);
  }
}
