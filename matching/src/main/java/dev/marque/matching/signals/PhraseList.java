package dev.marque.matching.signals;

import static dev.marque.core.internal.Checks.notNull;

import dev.marque.core.ListingField;
import dev.marque.core.Span;
import dev.marque.matching.text.NormalizedText;
import dev.marque.matching.text.TextNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A list of phrases to look for in listings, in several languages, matched the way brands are:
 * through the {@link TextNormalizer}, so that {@code R3PL1CA}, {@code r e p l i c a} and
 * {@code Rеplica} with a Cyrillic {@code е} are all found as {@code replica}. Immutable and
 * thread-safe; compile once and share.
 *
 * <p>Two lists ship with marque as resources: {@linkplain #cueWords() counterfeit cue words}
 * ({@code replica}, {@code 1:1}, {@code AAA}, {@code 高仿}, {@code réplica}, {@code реплика}, …) and
 * {@linkplain #compatibilityPhrases() compatibility phrases} ({@code for}, {@code compatible with},
 * {@code fits}, {@code 适用于}, …). Extend them with words of your own:
 *
 * <pre>{@code
 * PhraseList cues = PhraseList.cueWords()
 *     .plus(PhraseList.of("nl", List.of("namaak", "replica kwaliteit")));
 * }</pre>
 *
 * <p>The text format {@link #read} takes, and the shipped lists use: one phrase per line, blank lines
 * and lines starting with {@code #} ignored, and a line such as {@code [de]} starting the phrases
 * of a language. A phrase written in a script that separates words with spaces must stand as whole
 * words in the text ({@code fake} is not found in {@code fakel}); a phrase in a script that does
 * not ({@code 高仿}) is found anywhere, as Chinese text has no spaces to tell words apart.
 *
 * @since 0.1.0
 */
public final class PhraseList {

  /** The longest phrase, in characters: longer lines are refused as not phrases. */
  public static final int MAX_PHRASE_CHARS = 100;

  /** The most phrases a list holds. */
  public static final int MAX_PHRASES = 100_000;

  private static final Pattern SECTION = Pattern.compile("\\[([A-Za-z][A-Za-z0-9_-]{0,15})]");
  private static final String UNKNOWN_LANGUAGE = "und";

  private static final PhraseList CUE_WORDS = resource("cue-words.txt");
  private static final PhraseList COMPATIBILITY = resource("compatibility-phrases.txt");

  /** One listed phrase with its normalised form. */
  private record Entry(String phrase, String language, String normalized) {}

  /** Characters below this have their root child in {@link #rootAscii}. */
  private static final int ASCII = 128;

  private final List<Entry> entries;
  private final Node root;
  /** The root's children for ASCII characters, looked up without a search. */
  private final Node[] rootAscii = new Node[ASCII];
  private final TextNormalizer normalizer;

  private PhraseList(List<Entry> entries, TextNormalizer normalizer) {
    this.entries = List.copyOf(entries);
    this.normalizer = normalizer;
    this.root = new Node();
    for (int i = 0; i < this.entries.size(); i++) {
      Node node = root;
      String key = this.entries.get(i).normalized;
      for (int k = 0; k < key.length(); k++) {
        node = node.add(key.charAt(k));
      }
      node.entry = i;
    }
    for (char c = 0; c < ASCII; c++) {
      rootAscii[c] = root.child(c);
    }
  }

  /**
   * {@return the counterfeit cue words marque ships, in English, Chinese, Spanish, French, German,
   * Portuguese, Italian and Russian: {@code replica}, {@code fake}, {@code 1:1}, {@code AAA},
   * {@code mirror quality}, {@code super copy}, {@code dupe}, {@code inspired by}, {@code OEM},
   * {@code 高仿}, {@code 复刻}, {@code A货}, {@code réplica}, {@code contrefaçon}, {@code Fälschung},
   * {@code primeira linha}, {@code imitazione}, {@code реплика} and more}
   */
  public static PhraseList cueWords() {
    return CUE_WORDS;
  }

  /**
   * {@return the phrases that, just before a brand, mark an accessory or spare part naming the
   * product it fits: {@code for}, {@code compatible with}, {@code fits}, {@code replacement for},
   * {@code para}, {@code pour}, {@code für}, {@code 适用于} and more}
   */
  public static PhraseList compatibilityPhrases() {
    return COMPATIBILITY;
  }

  /** {@return an empty list, to build one of your own with {@link #plus}} */
  public static PhraseList empty() {
    return new PhraseList(List.of(), TextNormalizer.standard());
  }

  /**
   * {@return a list of phrases in one language}
   *
   * @param language a short tag such as {@code "en"}, reported with each hit
   * @param phrases the phrases
   * @throws IllegalArgumentException naming a phrase that is blank, too long, or normalises to
   * nothing (such as {@code "--"})
   */
  public static PhraseList of(String language, Collection<String> phrases) {
    notNull(language, "language");
    notNull(phrases, "phrases");
    if (!SECTION.matcher("[" + language + "]").matches()) {
      throw new IllegalArgumentException("language must be a short tag such as 'en': '"
          + language + "'");
    }
    List<Entry> entries = new ArrayList<>();
    int i = 0;
    for (String phrase : phrases) {
      notNull(phrase, "phrases[" + i + "]");
      String error = check(phrase);
      if (error != null) {
        throw new IllegalArgumentException("phrases[" + i + "] " + error);
      }
      entries.add(entry(phrase.strip(), language, TextNormalizer.standard()));
      i++;
    }
    return new PhraseList(dedupe(entries), TextNormalizer.standard());
  }

  /**
   * Reads a list in the text format described above.
   *
   * @param reader the text; not closed
   * @param source a name for the text in error messages, such as its file name
   * @return the list
   * @throws IllegalArgumentException naming the line of every problem found
   * @throws IOException when the text cannot be read
   */
  public static PhraseList read(Reader reader, String source) throws IOException {
    notNull(reader, "reader");
    notNull(source, "source");
    BufferedReader lines = new BufferedReader(reader);
    List<Entry> entries = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    String language = UNKNOWN_LANGUAGE;
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      String text = line.strip();
      if (number == 1 && text.startsWith("\uFEFF")) {
        text = text.substring(1).strip();
      }
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      if (text.startsWith("[")) {
        var m = SECTION.matcher(text);
        if (m.matches()) {
          language = m.group(1).toLowerCase(Locale.ROOT);
        } else {
          problems.add(source + ":" + number + ": '" + text
              + "' is not a language section such as [en]");
        }
        continue;
      }
      String error = check(text);
      if (error != null) {
        problems.add(source + ":" + number + ": " + error);
      } else if (entries.size() >= MAX_PHRASES) {
        problems.add(source + ":" + number + ": more than " + MAX_PHRASES + " phrases");
        break;
      } else {
        entries.add(entry(text, language, TextNormalizer.standard()));
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems));
    }
    return new PhraseList(dedupe(entries), TextNormalizer.standard());
  }

  /**
   * {@return this list followed by the phrases of {@code other} it does not already have}
   *
   * @param other the phrases to add
   */
  public PhraseList plus(PhraseList other) {
    notNull(other, "other");
    List<Entry> all = new ArrayList<>(entries);
    all.addAll(other.entries);
    return new PhraseList(dedupe(all), normalizer);
  }

  /** {@return the phrases, as listed} */
  public List<String> phrases() {
    return entries.stream().map(Entry::phrase).toList();
  }

  /** {@return how many phrases the list holds} */
  public int size() {
    return entries.size();
  }

  /**
   * Finds the listed phrases in text normalised with {@link TextNormalizer#standard()}, in order of
   * appearance; where phrases overlap, the longest that starts first wins.
   *
   * @param text the normalised text of a listing field
   * @param field the field it came from, for the hits' spans
   * @return the hits, in order of appearance
   */
  public List<PhraseHit> find(NormalizedText text, ListingField field) {
    notNull(text, "text");
    notNull(field, "field");
    if (entries.isEmpty()) {
      return List.of();
    }
    String s = text.text();
    List<PhraseHit> hits = null;
    for (int i = nextStart(s, 0); i >= 0; i = nextStart(s, i)) {
      long match = longestAt(s, i);
      int end = (int) (match >>> 32);
      if (hits == null) {
        hits = new ArrayList<>(2);
      }
      hits.add(hit(entries.get((int) match), text, i, end, field));
      i = end;
    }
    return hits == null ? List.of() : hits;
  }

  /**
   * The index of the listed phrase {@link #find} would report first, without building the hit;
   * -1 when there is none.
   */
  int firstEntry(NormalizedText text) {
    String s = text.text();
    int i = entries.isEmpty() ? -1 : nextStart(s, 0);
    return i < 0 ? -1 : (int) longestAt(s, i);
  }

  /** The phrase listed at {@code index}, as listed. */
  String phrase(int index) {
    return entries.get(index).phrase;
  }

  /**
   * Finds the listed phrases in raw text; a shorthand for {@code find(TextNormalizer.standard()
   * .normalize(text), field)}.
   *
   * @param text the text of a listing field, as the listing gives it
   * @param field which field it is, for the hits' spans
   * @return the hits, in order of appearance
   */
  public List<PhraseHit> find(String text, ListingField field) {
    notNull(text, "text");
    return find(normalizer.normalize(text), field);
  }

  @Override
  public String toString() {
    return "PhraseList" + phrases();
  }

  // ---------------------------------------------------------------- internals

  private static PhraseHit hit(Entry e, NormalizedText text, int start, int end,
      ListingField field) {
    int from = text.originalStart(start);
    int to = text.originalEnd(end - 1);
    return new PhraseHit(e.phrase, e.language,
        new Span(field, from, to, text.original().substring(from, to)));
  }

  /**
   * The first index from {@code from} on where a listed phrase starts; -1 when none does. A phrase
   * cannot start inside a word of a spaced script.
   */
  private int nextStart(String s, int from) {
    int n = s.length();
    boolean afterWord = from > 0 && isSpacedWordChar(s.charAt(from - 1));
    for (int i = from; i < n; i++) {
      boolean word = isSpacedWordChar(s.charAt(i));
      if (!(word && afterWord) && longestAt(s, i) >= 0) {
        return i;
      }
      afterWord = word;
    }
    return -1;
  }

  /**
   * The longest listed phrase starting at {@code start} and ending at a word boundary, as its end
   * index in the high and its entry index in the low 32 bits; -1 when there is none.
   */
  private long longestAt(String s, int start) {
    int n = s.length();
    char first = s.charAt(start);
    Node node = first < ASCII ? rootAscii[first] : root.child(first);
    long best = -1;
    for (int k = start; node != null; ) {
      if (node.entry >= 0 && (k + 1 == n || !isSpacedWordChar(s.charAt(k))
          || !isSpacedWordChar(s.charAt(k + 1)))) {
        best = ((long) (k + 1) << 32) | node.entry;
      }
      if (++k == n) {
        break;
      }
      node = node.child(s.charAt(k));
    }
    return best;
  }

  /**
   * A trie node over normalised characters; built once, then only read. Children are kept in
   * sorted arrays, searched without boxing: this runs for every character of every listing.
   */
  private static final class Node {
    /** Up to this many children are searched one by one rather than by halves. */
    private static final int LINEAR = 8;

    private char[] keys = new char[0];
    private Node[] next = new Node[0];
    int entry = -1;

    Node child(char c) {
      char[] k = keys;
      if (k.length <= LINEAR) {
        for (int i = 0; i < k.length; i++) {
          if (k[i] == c) {
            return next[i];
          }
        }
        return null;
      }
      int i = java.util.Arrays.binarySearch(k, c);
      return i >= 0 ? next[i] : null;
    }

    Node add(char c) {
      int i = java.util.Arrays.binarySearch(keys, c);
      if (i >= 0) {
        return next[i];
      }
      int at = -i - 1;
      char[] k = new char[keys.length + 1];
      Node[] n = new Node[next.length + 1];
      System.arraycopy(keys, 0, k, 0, at);
      System.arraycopy(next, 0, n, 0, at);
      k[at] = c;
      n[at] = new Node();
      System.arraycopy(keys, at, k, at + 1, keys.length - at);
      System.arraycopy(next, at, n, at + 1, next.length - at);
      keys = k;
      next = n;
      return n[at];
    }
  }

  /** Whether {@link #of} takes the text as a phrase: not blank, not too long, something to find. */
  static boolean isPhrase(String text) {
    return check(text) == null;
  }

  private static String check(String phrase) {
    String text = phrase.strip();
    if (text.isEmpty()) {
      return "is blank";
    }
    if (text.length() > MAX_PHRASE_CHARS) {
      return "is " + text.length() + " characters long; a phrase may have at most "
          + MAX_PHRASE_CHARS;
    }
    if (TextNormalizer.standard().normalize(text).text().isBlank()) {
      return "'" + text + "' has no letters or digits to look for";
    }
    return null;
  }

  private static Entry entry(String phrase, String language, TextNormalizer normalizer) {
    return new Entry(phrase, language, normalizer.normalize(phrase).text().strip());
  }

  private static List<Entry> dedupe(List<Entry> entries) {
    Map<String, Entry> byKey = new LinkedHashMap<>();
    for (Entry e : entries) {
      byKey.putIfAbsent(e.normalized, e);
    }
    return List.copyOf(byKey.values());
  }

  /**
   * Whether the character is part of a word in a script that puts spaces between words, so that a
   * phrase must not start or end next to it.
   */
  static boolean isSpacedWordChar(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }
    if (!Character.isLetterOrDigit(c)) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return switch (script) {
      case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN, YI -> false;
      default -> true;
    };
  }

  private static PhraseList resource(String name) {
    try (InputStream in = PhraseList.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("marque's resource " + name + " is missing");
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read marque's resource " + name, e);
    }
  }
}
