package dev.marque.matching.internal;

import dev.marque.core.ListingField;
import dev.marque.core.MatchMethod;
import dev.marque.matching.Lexicon;
import dev.marque.matching.MatchOptions;
import dev.marque.matching.PhraseMatch;
import dev.marque.matching.signals.PhraseList;
import dev.marque.matching.similarity.OptimalStringAlignment;
import dev.marque.matching.text.Change;
import dev.marque.matching.text.NormalizedText;
import dev.marque.matching.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The compiled matcher behind {@code PhraseIndex}: normalised phrase keys, their deletion
 * neighbourhoods in one hash table, and the rules that accept or reject a candidate. Immutable after
 * {@link #compile} and safe to share: each thread looks up with buffers of its own, kept for its next
 * lookup so that a lookup allocates little beyond its answer.
 */
public final class PhraseMatcher {
  /** Tokens joined into one window at most: {@code G U CCI}, {@code Louis Vuitton Paris}. */
  private static final int MAX_WINDOW_TOKENS = 4;
  private static final int MAX_MASKS = 2;
  private static final int MIN_GLUE_REST = 3;
  private static final int MIN_JOINED = 5;
  /** A masked letter in normalised text ({@code g*cci}). */
  static final char MASK = '*';
  /**
   * The longest normalised text whose buffers a thread keeps for its next lookup: longer text (a whole
   * scraped page) gets buffers of its own, so that one such text does not hold memory for good.
   */
  private static final int MAX_KEPT_LENGTH = 4096;
  /** The most probe hashes a thread's buffers hold from the start (32 KB): keys of 88 letters. */
  private static final int MAX_KEPT_PROBES = 4096;
  /** Endings after which a common word is still common; normalised, so "ing" reads "ing". */
  private static final String[] INFLECTIONS = {"s", "es", "d", "ed", "ing", "er", "ers", "y"};
  /** The endings as char arrays, for the hot loop: most words end in none of their last letters. */
  private static final char[][] ENDINGS = Arrays.stream(INFLECTIONS).map(String::toCharArray)
      .toArray(char[][]::new);
  private static final int DISGUISE_BITS = bit(Change.COMPATIBILITY) | bit(Change.CONFUSABLE)
      | bit(Change.LEET) | bit(Change.SEPARATED) | bit(Change.INVISIBLE);

  private final TextNormalizer normalizer = TextNormalizer.standard();
  /** The step before normalisation that blanks what is never a mention: web addresses, SKUs. */
  private final IgnoredText blanking;
  private final MatchOptions options;
  private final Entry[] entries;
  private final VariantTable variants;
  /**
   * The same variants for the phrases of two words or more only: a window of several words can be a
   * misspelling only of such a phrase (a one-word phrase spread over words must be exact), and this
   * table is small enough to stay in cache.
   */
  private final VariantTable multiWordVariants;
  /**
   * The long keys' variants, of their first {@value VariantTable#PREFIX} characters only: the table
   * that keeps a portfolio of long aliases and legal names small (see {@link VariantTable}). The
   * long keys themselves are in {@link #variants}, for the exact probe.
   */
  private final VariantTable prefixVariants;
  /** The most words of a phrase that may be misspelt: wider windows need only their exact probe. */
  private final int maxFuzzyWords;
  /**
   * The most words of any phrase in the table: a window of more tokens can only be a phrase spread
   * over them, which none of them may be a common word for.
   */
  private final int maxWords;
  private final Map<Character, int[]> unspacedByFirst;
  private final LongSet commonWords;
  /** The words a misspelling must not be, unless disguised beyond its edits: see report. */
  private final Lexicon lexicon;
  /**
   * Per phrase name, the words (folded) that corroborate a misspelling of a short phrase: its
   * products' words. Empty for a matcher whose short misspellings need no corroboration.
   */
  private final Map<String, Set<String>> corroborating;
  /**
   * Per phrase name, the goods it is for, as {@link GoodsVocabulary#classesOf} bits: its trade
   * marks' goods classes and those its products' words name. A word of the text naming such goods
   * corroborates a misspelling of a short phrase.
   */
  private final Map<String, Long> goods;
  /** Whether a misspelling of a short phrase needs corroboration (brands do; cue words do not). */
  private final boolean corroborateShort;
  /**
   * The hashes of the keys themselves (the table holds them among many more variants): a glued word
   * has a phrase at a cut only if this holds the part, and it is small enough to stay in cache.
   */
  private final LongSet keyHashes;
  private final int maxKeyLength;
  /** Per entry, flat for the hot loop: the key, its length and the edits it allows. */
  private final char[][] keyChars;
  private final int[] keyLength;
  private final int[] keyEdits;
  /** Whether some key has this length: most cut points of a glued word can be skipped at once. */
  private final boolean[] keyLengths;

  /** Each thread's buffers, reused by its lookups: lookups on different threads share nothing. */
  private final ThreadLocal<Scratch> scratch;
  /** The most characters of a window: the longest key, plus two misspelt ones, plus mask gaps. */
  private final int windowCapacity;
  /**
   * Room for the probes of a window two letters longer than the longest key: itself, its deletions of
   * one and two letters, and itself without its masks; so that a thread's buffers need not grow while
   * it looks up (up to a bound).
   */
  private final int probeCapacity;

  /**
   * One spelling to look for. {@code letters} and {@code collapsed} are what {@link
   * PhraseMatcher#letters} and {@link PhraseMatcher#collapseWhitespace} make of the spelling, kept so
   * that a match need not make them again.
   */
  private record Entry(String name, String spelling, boolean alias, String key, int words,
      int maxEdits, int maxMasks, String letters, String collapsed, String folded) {
    Entry(String name, String spelling, boolean alias, String key, int words, int maxEdits,
        int maxMasks) {
      this(name, spelling, alias, key, words, maxEdits, maxMasks, PhraseMatcher.letters(spelling),
          collapseWhitespace(spelling), Lexicon.fold(PhraseMatcher.letters(spelling)));
    }
  }

  private PhraseMatcher(MatchOptions options, Entry[] entries, VariantTable variants,
      VariantTable multiWordVariants, VariantTable prefixVariants,
      Map<Character, int[]> unspacedByFirst, LongSet commonWords,
      LongSet keyHashes, int maxKeyLength, Map<String, Set<String>> corroborating,
      Map<String, Long> goods, boolean corroborateShort) {
    this.options = options;
    this.blanking = new IgnoredText(options.ignoreUrlsAndEmails(), options.ignoreSkus());
    this.lexicon = options.lexicon();
    this.corroborating = corroborating;
    this.goods = goods;
    this.corroborateShort = corroborateShort;
    this.entries = entries;
    this.variants = variants;
    this.multiWordVariants = multiWordVariants;
    this.prefixVariants = prefixVariants;
    int fuzzyWords = 0;
    int words = 0;
    for (Entry e : entries) {
      if (e.maxEdits > 0) {
        fuzzyWords = Math.max(fuzzyWords, e.words);
      }
      words = Math.max(words, e.words);
    }
    this.maxFuzzyWords = fuzzyWords;
    this.maxWords = words;
    this.unspacedByFirst = unspacedByFirst;
    this.commonWords = commonWords;
    this.keyHashes = keyHashes;
    this.maxKeyLength = maxKeyLength;
    this.keyLengths = new boolean[maxKeyLength + 1];
    this.keyChars = new char[entries.length][];
    this.keyLength = new int[entries.length];
    this.keyEdits = new int[entries.length];
    for (int i = 0; i < entries.length; i++) {
      keyChars[i] = entries[i].key.toCharArray();
      keyLength[i] = entries[i].key.length();
      keyEdits[i] = entries[i].maxEdits;
    }
    for (Entry e : entries) {
      if (e.key.length() <= maxKeyLength) {
        keyLengths[e.key.length()] = true;
      }
    }
    int capacity = maxKeyLength + 10;
    int word = maxKeyLength + 2;
    int probes = Math.min(2 + word + word * (word - 1) / 2, MAX_KEPT_PROBES);
    this.windowCapacity = capacity;
    this.probeCapacity = probes;
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(capacity, probes));
  }

  private static int bit(Change c) {
    return 1 << c.ordinal();
  }

  /** The edits a key of {@code length} characters allows: Elasticsearch's AUTO fuzziness. */
  static int autoEdits(int length) {
    return length <= 2 ? 0 : length <= 5 ? 1 : 2;
  }

  /** The masked letters a key of {@code length} allows while at least half of it stays readable. */
  static int allowedMasks(int length) {
    return length < 4 ? 0 : Math.min(MAX_MASKS, (length - 1) / 2);
  }

  /**
   * Compiles the phrases: name to every spelling, the name first. A misspelling of a short phrase
   * needs no corroboration (cue words).
   */
  public static PhraseMatcher compile(Map<String, List<String>> spellingsByName, MatchOptions options) {
    return compile(spellingsByName, Map.of(), Map.of(), false, options);
  }

  /**
   * Compiles the phrases, as {@link #compile(Map, MatchOptions)}; with {@code corroborateShort},
   * a misspelling of a short phrase ({@value #SHORT_BRAND} letters or fewer) is kept only when
   * corroborated: by another mention of the phrase that is not a misspelling, by a counterfeit cue
   * word, by one of the {@code corroborating} words given for its name (brands: the words of their
   * products' names), or by a word naming goods of its {@code goodsClasses} (brands: their trade
   * marks' Nice classes) or of its products' kinds.
   */
  public static PhraseMatcher compile(Map<String, List<String>> spellingsByName,
      Map<String, ? extends Collection<String>> corroborating, Map<String, Long> goodsClasses,
      boolean corroborateShort, MatchOptions options) {
    try {
      return compile(spellingsByName, corroborating, goodsClasses, corroborateShort, options, true);
    } catch (OutOfMemoryError e) {
      throw VariantTable.outOfMemory(spellingsByName, true); // one line: how much it needs
    }
  }

  /**
   * {@link #compile(Map, Map, Map, boolean, MatchOptions)} with no goods classes, with the long keys
   * posted by their prefixes' variants ({@code longKeysByPrefix}) or, as before there were
   * prefixes, by all their own: the tests hold the two to the same matches.
   */
  static PhraseMatcher compile(Map<String, List<String>> spellingsByName,
      Map<String, ? extends Collection<String>> corroborating, boolean corroborateShort,
      MatchOptions options, boolean longKeysByPrefix) {
    return compile(spellingsByName, corroborating, Map.of(), corroborateShort, options,
        longKeysByPrefix);
  }

  private static PhraseMatcher compile(Map<String, List<String>> spellingsByName,
      Map<String, ? extends Collection<String>> corroborating, Map<String, Long> goodsClasses,
      boolean corroborateShort, MatchOptions options, boolean longKeysByPrefix) {
    options.lexicon().load();
    Map<String, Set<String>> context = new HashMap<>();
    corroborating.forEach((name, words) -> {
      Set<String> folded = new HashSet<>();
      for (String phrase : words) {
        for (String w : phrase.split("[^\\p{L}\\p{N}]+")) {
          if (w.length() >= 3) {
            folded.add(Lexicon.fold(w));
          }
        }
      }
      if (!folded.isEmpty()) {
        context.put(name, Set.copyOf(folded));
      }
    });
    Map<String, Long> goods = new HashMap<>(goodsClasses);
    GoodsVocabulary vocabulary = GoodsVocabulary.standard();
    corroborating.forEach((name, phrases) -> {
      for (String phrase : phrases) {
        for (String w : WordBrandContext.words(phrase)) {
          goods.merge(name, vocabulary.classesOf(w), (a, b) -> a | b);
        }
      }
    });
    goods.values().removeIf(classes -> classes == 0L);
    TextNormalizer norm = TextNormalizer.standard();
    List<Entry> entries = new ArrayList<>();
    int expected = 0;
    for (Map.Entry<String, List<String>> e : spellingsByName.entrySet()) {
      List<String> spellings = e.getValue();
      for (int i = 0; i < spellings.size(); i++) {
        NormalizedText n = norm.normalize(spellings.get(i));
        String text = n.text();
        String key = text.replace(" ", "");
        if (key.isEmpty()) {
          continue; // a spelling of punctuation alone can never be found
        }
        int words = text.isEmpty() ? 0 : text.split(" ").length;
        boolean unspaced = hasUnspacedScript(key);
        int edits = options.fuzzy() && !unspaced ? autoEdits(key.length()) : 0;
        int masks = unspaced ? 0 : allowedMasks(key.length());
        entries.add(new Entry(e.getKey(), spellings.get(i), i > 0, key, words, edits, masks));
        expected += 1 + key.length() * (1 + key.length() / 2);
      }
    }
    VariantTable table = new VariantTable(expected);
    int expectedMulti = 0;
    for (Entry e : entries) {
      if (e.words > 1) {
        expectedMulti += 1 + e.key.length() * (1 + e.key.length() / 2);
      }
    }
    VariantTable multi = new VariantTable(expectedMulti);
    VariantTable prefixTable = new VariantTable(entries.size() * 8);
    long[] raw = new long[VariantTable.PREFIX];
    Map<Character, List<Integer>> unspaced = new HashMap<>();
    int maxKey = 0;
    long[] prefix = new long[64];
    long[] hashes = new long[256];
    Set<Long> keyHashes = new HashSet<>();
    for (int id = 0; id < entries.size(); id++) {
      Entry e = entries.get(id);
      if (hasUnspacedScript(e.key)) {
        unspaced.computeIfAbsent(e.key.charAt(0), k -> new ArrayList<>()).add(id);
        continue;
      }
      maxKey = Math.max(maxKey, e.key.length());
      char[] k = e.key.toCharArray();
      int n = k.length;
      if (prefix.length < n + 1) {
        prefix = new long[n + 1];
      }
      Hashing.prefixes(k, n, prefix);
      int depth = Math.max(e.maxEdits, e.maxMasks);
      boolean byPrefix = longKeysByPrefix && depth >= 1 && VariantTable.isLong(n);
      int needed = 1 + (depth >= 1 ? n : 0) + (depth >= 2 ? n * (n - 1) / 2 : 0);
      if (hashes.length < needed) {
        hashes = new long[needed];
      }
      int count = 0;
      hashes[count++] = Hashing.finish(prefix[n], n);
      keyHashes.add(hashes[0]);
      if (depth >= 1 && !byPrefix) {
        for (int i = 0; i < n; i++) {
          hashes[count++] = Hashing.without(prefix, n, i);
        }
      }
      if (depth >= 2 && !byPrefix) {
        for (int i = 0; i < n; i++) {
          for (int j = i + 1; j < n; j++) {
            hashes[count++] = Hashing.without(prefix, n, i, j);
          }
        }
      }
      // Deleting either of two equal letters gives one variant; post each variant once per entry.
      Arrays.sort(hashes, 0, count);
      for (int i = 0; i < count; i++) {
        if (i == 0 || hashes[i] != hashes[i - 1]) {
          table.add(hashes[i], id);
          if (e.words > 1) {
            multi.add(hashes[i], id);
          }
        }
      }
      if (byPrefix) {
        count = VariantTable.keyPrefixVariants(prefix, depth, raw, hashes);
        Arrays.sort(hashes, 0, count);
        for (int i = 0; i < count; i++) {
          if (i == 0 || hashes[i] != hashes[i - 1]) {
            prefixTable.add(hashes[i], id);
          }
        }
      }
    }
    table.trim();
    multi.trim();
    prefixTable.trim();
    Map<Character, int[]> unspacedByFirst = new HashMap<>();
    unspaced.forEach((c, ids) -> unspacedByFirst.put(c, ids.stream().mapToInt(Integer::intValue).toArray()));
    Set<Long> common = new HashSet<>();
    for (String w : options.commonWords()) {
      String nw = norm.normalize(w).text();
      if (!nw.isEmpty() && nw.indexOf(' ') < 0) {
        common.add(Hashing.of(nw));
      }
    }
    return new PhraseMatcher(options, entries.toArray(new Entry[0]), table, multi, prefixTable,
        Map.copyOf(unspacedByFirst), new LongSet(common), new LongSet(keyHashes), maxKey,
        Map.copyOf(context), Map.copyOf(goods), corroborateShort);
  }

  static boolean isUnspaced(char c) {
    Character.UnicodeScript s;
    if (c < 0x2E80) {
      return c >= 0x0E00 && c <= 0x0EFF || c >= 0x1000 && c <= 0x109F || c >= 0x1780 && c <= 0x17FF;
    }
    if (Character.isSurrogate(c)) {
      return c >= 0xD840 && c <= 0xD87F; // the supplementary ideographs
    }
    if (isKanaMark(c)) {
      return true;
    }
    s = Character.UnicodeScript.of(c);
    return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
  }

  /**
   * The marks Japanese writes inside its words that Unicode files under no script (Common): the
   * prolonged sound mark ({@code ー} in ソニー, Sony), its halfwidth form, the middle dot between
   * the words of a name (ルイ・ヴィトン) and the voiced sound marks.
   */
  private static boolean isKanaMark(char c) {
    return c == 0x30FC || c == 0xFF70 || c == 0x30FB || c == 0xFF65 || c == 0x309B || c == 0x309C;
  }

  private static boolean hasUnspacedScript(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isUnspaced(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Lookup

  /** A candidate before overlaps are resolved: a span of the normalised text and what matched it. */
  record Candidate(int from, int to, int entry, MatchMethod method, double similarity, int check) {
    Candidate(int from, int to, int entry, MatchMethod method, double similarity) {
      this(from, to, entry, method, similarity, NO_CHECK);
    }
  }

  /** A candidate that needs no check when it wins its span. */
  private static final int NO_CHECK = 0;
  /** A candidate equal to its phrase only once l and i are folded: it must not be a word. */
  private static final int WORD_CHECK = 1;
  /** A misspelling: the full rule of {@link #misspelling} and {@link #corroborated}. */
  private static final int MISSPELLING_CHECK = 2;

  /**
   * The order candidates are kept in: the most similar, then the longest, then the method listed
   * first; then, of two phrases equally good for one span, the one listed first, not whichever the
   * table's layout happened to offer first, so that the answer does not depend on how lookup works.
   */
  private static final Comparator<Candidate> BEST_FIRST = PhraseMatcher::compareBestFirst;
  private static final Comparator<Candidate> BY_START = PhraseMatcher::compareByStart;
  /** Up to this many candidates, as a listing has, are sorted by insertion. */
  private static final int FEW_CANDIDATES = 16;

  private static int compareBestFirst(Candidate a, Candidate b) {
    int c = Double.compare(b.similarity, a.similarity);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(b.to - b.from, a.to - a.from);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(a.method.ordinal(), b.method.ordinal());
    if (c != 0) {
      return c;
    }
    c = Integer.compare(a.from, b.from);
    return c != 0 ? c : Integer.compare(a.entry, b.entry);
  }

  private static int compareByStart(Candidate a, Candidate b) {
    return Integer.compare(a.from, b.from);
  }

  /** Finds the phrases in {@code text}. */
  public List<PhraseMatch> find(String text) {
    if (entries.length == 0 || text.isEmpty()) {
      return List.of();
    }
    NormalizedText n = normalizer.normalize(blanking.apply(text));
    Scratch sc = n.length() <= MAX_KEPT_LENGTH ? scratch.get()
        : new Scratch(windowCapacity, probeCapacity, false);
    sc.load(n);
    markCommonWords(sc);
    try {
      for (int t = 0; t < sc.tokenCount(); t++) {
        if (sc.unspaced(t)) {
          substrings(t, sc);
        } else {
          windows(t, sc);
          glued(t, sc);
        }
      }
      report(sc);
      return resolve(text, sc);
    } finally {
      sc.finish();
    }
  }

  /** Windows of one or more tokens starting at token {@code t}, looked up in the deletion table. */
  private void windows(int t, Scratch sc) {
    char[] s = sc.text();
    Window w = sc.window();
    w.clear();
    int spaceGaps = 0;
    for (int u = t; u < sc.tokenCount() && u < t + MAX_WINDOW_TOKENS && !sc.unspaced(u); u++) {
      if (u > t) {
        // Between tokens is either a space (a word gap) or mask characters, which belong to the word.
        boolean maskGap = false;
        boolean spaceGap = false;
        for (int i = sc.tokenTo(u - 1); i < sc.tokenFrom(u); i++) {
          if (s[i] == MASK) {
            maskGap = true;
            if (!w.appendMask()) {
              return;
            }
          } else if (s[i] == ' ') {
            spaceGap = true;
          }
        }
        if (spaceGap && maskGap) {
          return;
        }
        if (spaceGap || sc.tokenTo(u - 1) == sc.tokenFrom(u)) {
          spaceGaps++;
        }
      }
      int add = sc.tokenTo(u) - sc.tokenFrom(u);
      if (w.length() + add > maxKeyLength + 2) {
        return;
      }
      if (spaceGaps + 1 > maxWords && anyCommonWord(sc, t, u) && !hyphenated(sc, t, u)) {
        return; // nothing can match this window, nor the wider ones after it (see accept)
      }
      if (!w.append(s, sc.tokenFrom(u), add)) {
        return;
      }
      int masks = w.masks();
      if (masks <= MAX_MASKS && masks * 2 < w.length()) {
        int from = sc.tokenFrom(t);
        int to = sc.tokenTo(u);
        w.describe(t, u, from, to, spaceGaps + 1, sc.normalized().changeBits(from, to), DISGUISE_BITS);
        if (masks == 0) {
          lookup(w, sc);
        } else {
          lookupMasked(w, sc);
        }
      }
    }
  }

  /** How deep the window's deletion probes go: none, one deleted character, or two. */
  private int depth(Window w) {
    int len = w.length();
    return !options.fuzzy() || len < 3 ? 0 : len == 3 || w.words() > 1 ? 1 : 2;
  }

  /**
   * Looks up window {@code w}, which has no masked letters: in two rounds, its exact probe, then, if
   * that found no phrase the window is whole, its deletions.
   */
  private void lookup(Window w, Scratch sc) {
    w.probeExact();
    // A one-word phrase spread over several tokens is rejected when one of them is a common word (see
    // accept), so such a window, as most windows of several words are, can only match a phrase of
    // several words: the small table, which stays in cache, holds all its exact probe can find.
    boolean multiWordTable = w.words() > 1 && anyCommonWord(sc, w.firstToken(), w.lastToken())
        && !hyphenated(sc, w);
    w.collect(multiWordTable ? multiWordVariants : variants, keyLength, keyEdits);
    // The candidates the probe added, each within its edit bound or not.
    boolean whole = false;
    for (int k = 0; k < w.candidateCount(); k++) {
      int id = w.candidate(k);
      int max = keyEdits[id];
      int edits = w.distanceTo(keyChars[id], max);
      if (edits <= max) {
        whole |= accept(id, edits, w, sc);
      }
    }
    // A misspelling found for a window that some phrase matches with similarity 1 would be dropped
    // when overlaps are resolved (same span, less similar), so it need not be looked for: a brand
    // written as it is, in any case, leet or spelled out, costs one probe.
    if (whole || !mayBeMisspelt(w, sc)) {
      return;
    }
    // What the misspelling round finds depends on the window's letters, its words and the table
    // above alone: a window seen lately is judged on what was found for it then.
    Misspellings memo = sc.misspellings();
    int[] known = memo == null ? null : memo.get(w.chars(), w.length(),
        Hashing.finish(w.prefixHashes()[w.length()], w.length()), w.words(), multiWordTable);
    if (known != null) {
      for (int i = 0; i < known.length; i += 2) {
        accept(known[i], known[i + 1], w, sc);
      }
      return;
    }
    int verified = w.candidateCount();
    if (w.length() >= VariantTable.PREFIX - 1 && prefixVariants.postings() > 0) {
      collectLongKeys(w);
    }
    w.probeDeletions(depth(w) >= 2);
    w.collect(w.words() > 1 ? multiWordVariants : variants, keyLength, keyEdits);
    int[] found = sc.misspelt(2 * (w.candidateCount() - verified));
    int size = 0;
    for (int k = verified; k < w.candidateCount(); k++) {
      int id = w.candidate(k);
      int max = keyEdits[id];
      int edits = w.distanceTo(keyChars[id], max);
      if (edits <= max) {
        found[size++] = id;
        found[size++] = edits;
        accept(id, edits, w, sc);
      }
    }
    if (memo != null) {
      memo.put(w.chars(), w.length(), found, size);
    }
  }

  /**
   * Whether the window needs probes for misspellings. A misspelling of an undisguised common word is
   * never reported (see accept), so a window of common words needs only its exact probe: most words
   * of most titles cost one probe, not dozens. So does a window of more words than any phrase that may
   * be misspelt has.
   */
  private boolean mayBeMisspelt(Window w, Scratch sc) {
    return depth(w) >= 1 && w.words() <= maxFuzzyWords && (w.disguised() || !isCommonWindow(w, sc));
  }

  /**
   * Adds to the window's candidates the long keys it shares a prefix variant with ({@link
   * VariantTable#prefixProbes}), as many as its own deletion probes would find among the long keys'
   * whole variants: a window of several words probes one deletion deep, and only for keys of
   * several words.
   */
  private void collectLongKeys(Window w) {
    int depth = depth(w);
    w.probePrefixes(depth);
    for (int i = 0, n = w.probeCount(); i < n; i++) {
      long range = prefixVariants.find(w.probe(i));
      for (int p = VariantTable.from(range), end = VariantTable.to(range); p < end; p++) {
        int id = prefixVariants.value(p);
        if (Math.abs(keyLength[id] - w.length()) <= keyEdits[id]
            && (w.words() == 1 || entries[id].words > 1)
            && (depth >= keyEdits[id]
                || VariantTable.shareVariant(w.chars(), w.length(), keyChars[id], depth, 2))) {
          w.addCandidate(id);
        }
      }
    }
  }

  /**
   * Looks up a window with masked letters (rare): its exact probe and its deletions, then the window
   * with its masks deleted, and keeps the candidates of its length that it equals but for the masks.
   */
  private void lookupMasked(Window w, Scratch sc) {
    w.probeMasked(depth(w));
    // Only entries of the window's length can match, and collect keeps all of those.
    w.collect(variants, keyLength, keyEdits);
    int len = w.length();
    if (len > VariantTable.PREFIX && prefixVariants.postings() > 0) {
      // A long key's masked spelling shares with it its prefix less the masks in the prefix.
      char[] c = w.chars();
      long hp = 0;
      int kept = 0;
      for (int i = 0; i < VariantTable.PREFIX; i++) {
        if (c[i] != MASK) {
          hp = hp * Hashing.BASE + c[i];
          kept++;
        }
      }
      w.probeOnly(Hashing.finish(hp, kept));
      w.collect(prefixVariants, keyLength, keyEdits);
    }
    for (int k = 0, end = w.candidateCount(); k < end; k++) {
      int id = w.candidate(k);
      Entry e = entries[id];
      if (e.key.length() == w.length() && w.masks() <= e.maxMasks && w.equalsButMasks(e.key)) {
        accept(id, 0, w, sc);
      }
    }
  }

  /**
   * Records that window {@code w} matches entry {@code id} with {@code edits} edits (or its masks),
   * unless a rule rejects it. Returns whether the match is whole: similarity 1, the phrase as written
   * but for disguise.
   */
  private boolean accept(int id, int edits, Window w, Scratch sc) {
    Entry e = entries[id];
    if (w.words() < e.words && w.length() < MIN_JOINED) {
      return false; // "11" is a number, not "1:1" written without its colon
    }
    boolean split = w.words() > e.words;
    // A one-word phrase spread over tokens ("Gu cci") must be exact, and its pieces not words, unless
    // the pieces are joined by hyphens: "Deep-Seek" is DeepSeek written as a compound.
    if (split && (edits > 0
        || anyCommonWord(sc, w.firstToken(), w.lastToken()) && !hyphenated(sc, w))) {
      return false;
    }
    if (edits > 0 && !w.disguised() && isCommonWindow(w, sc)) {
      return false;
    }
    sc.addMatch(w, id, edits, split, w.words() < e.words);
    // What report would find: a disguise or a split is never FUZZY, nor are the same letters.
    return edits == 0 && w.masks() == 0 && (split || w.disguised() || sameLetters(sc, w, e));
  }

  /** Whether the window's tokens are joined in the original by one hyphen each, and nothing else. */
  private static boolean hyphenated(Scratch sc, Window w) {
    return hyphenated(sc, w.firstToken(), w.lastToken());
  }

  /** Whether tokens {@code first..last} are joined in the original by one hyphen each. */
  private static boolean hyphenated(Scratch sc, int first, int last) {
    NormalizedText n = sc.normalized();
    String original = n.original();
    for (int t = first; t < last; t++) {
      int from = n.originalEnd(sc.tokenTo(t) - 1);
      int to = n.originalStart(sc.tokenFrom(t + 1));
      if (to - from != 1 || !isHyphen(original.charAt(from))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  /**
   * Whether the window's original text has the spelling's letters, as {@link #letters} makes them:
   * without making them, for ASCII text.
   */
  private static boolean sameLetters(Scratch sc, Window w, Entry e) {
    NormalizedText n = sc.normalized();
    // Read from a copy: a loop over a String reads Latin-1 and UTF-16 text by different paths.
    int start = n.originalStart(w.from());
    int length = n.originalEnd(w.to() - 1) - start;
    char[] original = sc.original(start, start + length);
    String letters = e.letters;
    int k = 0;
    for (int i = 0; i < length; i++) {
      char c = original[i];
      if (c >= 0x80) {
        return letters(n.originalText(w.from(), w.to())).equals(letters);
      }
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (k == letters.length() || letters.charAt(k) != c) {
          return false;
        }
        k++;
      }
    }
    return k == letters.length();
  }

  /**
   * Turns the window matches into candidates: how each was recognised, and how closely. A misspelling
   * (a match with edits, of a window not disguised beyond the marks on its letters) is kept only if a
   * lawyer would call it one: see {@link #misspelling} and {@link #corroborated}.
   */
  private void report(Scratch sc) {
    NormalizedText n = sc.normalized();
    for (int k = 0; k < sc.matchCount(); k++) {
      Scratch.WindowMatch m = sc.match(k);
      Entry e = entries[m.entry];
      double similarity = m.masks > 0 ? 1.0 - 0.5 * m.masks / m.len
          : m.edits == 0 ? 1.0 : 1.0 - (double) m.edits / Math.max(m.len, e.key.length());
      MatchMethod method = method(n, m.from, m.to, e, m.bits, m.masks > 0, m.split, m.joined, m.edits);
      // Marks on Latin letters are no disguise (see hasLookalike), so such a match is FUZZY too.
      boolean misspelt = m.edits > 0 && m.masks == 0 && method == MatchMethod.FUZZY;
      int check = NO_CHECK;
      if (misspelt || m.edits == 0 && m.masks == 0 && method == MatchMethod.FUZZY) {
        // Checked only if it wins its span (see resolve): most lose to the brand written as it is.
        check = misspelt ? MISSPELLING_CHECK : WORD_CHECK;
        method = MatchMethod.FUZZY;
      }
      if (method == MatchMethod.FUZZY && m.edits == 0) {
        similarity = lettersSimilarity(n.originalText(m.from, m.to), e);
      }
      sc.addFound(new Candidate(m.from, m.to, m.entry, method, similarity, check));
    }
  }

  /** Whether a candidate that wins its span may be reported: see report. */
  private boolean passes(Candidate c, Scratch sc, Corroboration corroboration) {
    if (c.check == NO_CHECK) {
      return true;
    }
    Entry e = entries[c.entry];
    String original = sc.normalized().originalText(c.from, c.to);
    boolean gluedLetterSymbol = gluedSymbol(sc.normalized(), c, LETTER_SYMBOLS);
    if (!gluedLetterSymbol && insideWord(sc.normalized(), c.from, c.to)) {
      return false; // a misspelling is of a word, not of part of one: see insideWord
    }
    if (c.check == WORD_CHECK) {
      if (Lexicon.fold(letters(original)).equals(e.folded)) {
        return true; // the phrase as written but for its marks
      }
      return !allWords(original)
          && (!shortBrand(e) || corroborated(e, c, sc, corroboration));
    }
    return switch (misspelling(original, e, gluedLetterSymbol, sc, c)) {
      case NEVER -> false;
      case STANDS -> true;
      case IF_CORROBORATED -> corroborateShort && corroborated(e, c, sc, corroboration);
    };
  }

  /** Whether a misspelling of the entry needs corroboration: a phrase of few letters. */
  private boolean shortBrand(Entry e) {
    return corroborateShort && e.folded.length() <= shortLimit(e);
  }

  /**
   * The most letters of a phrase whose misspelling needs corroboration (brands) or is never
   * reported (cue words): {@value #SHORT_BRAND} for a brand that declares its goods (a trade mark in
   * a goods class, or a product), which its listings can show; {@value #SHORT_PHRASE} otherwise.
   */
  private int shortLimit(Entry e) {
    return corroborateShort && (goods.containsKey(e.name) || corroborating.containsKey(e.name))
        ? SHORT_BRAND : SHORT_PHRASE;
  }

  /** What a misspelling's letters alone say: see {@link #misspelling}. */
  enum Misspelling { NEVER, STANDS, IF_CORROBORATED }

  /**
   * A phrase of this many letters or fewer that is no brand (a cue word) is never reported misspelt:
   * one edit of three letters changes a third of the word.
   */
  static final int SHORT_PHRASE = 3;

  /**
   * A brand of this many letters or fewer is reported misspelt only when something else in the text
   * corroborates it (issue #11): a word one edit from a short brand is too often another word, a
   * name or an abbreviation that no lexicon lists ({@code Nikke}, {@code Fgma}).
   */
  static final int SHORT_BRAND = 5;

  /**
   * Whether the undisguised {@code original} text may be reported as a misspelling of the entry, on
   * its letters alone or with corroboration; compared as written (folded: case and marks aside, {@code l} and {@code i} apart): the edit
   * budget of the phrase's length (Elasticsearch's AUTO: none up to 2 letters, one up to 5, two
   * beyond), where the edits fall, and whether it is a word.
   *
   * <ul>
   * <li>{@link Misspelling#NEVER}: beyond the budget, or a word of the lexicon or a common word
   *   ({@code version} is not Verizon, {@code bail} not Bali), or a proper name the lexicon knows
   *   written with its capital ({@code Graz} is no Grav), with no symbol for a letter glued to it ({@code Nur@} may be Nura,
   *   {@code nur} alone is a word);
   * <li>{@link Misspelling#STANDS}: a phrase longer than {@link #shortLimit} with its first letter
   *   kept ({@code Cartierr}; {@code Guci} for a Gucci that declares no goods), or changed as its
   *   only edit ({@code Kartier}, {@code Qartier});
   * <li>{@link Misspelling#IF_CORROBORATED}: the rest within the budget: a short phrase ({@code
   *   Guci} for a Gucci with a trade mark in class 18), and a phrase whose first letter changed
   *   beside another edit ({@code Kartiar}).
   * </ul>
   */
  private Misspelling misspelling(String original, Entry e, boolean gluedSymbol, Scratch sc,
      Candidate c) {
    String a = Lexicon.fold(letters(original));
    String b = e.folded;
    if (a.equals(b)) {
      return Misspelling.STANDS; // Hermes for Hermès: the phrase, as written but for its marks
    }
    int budget = autoEdits(b.length());
    if (a.isEmpty() || b.isEmpty()
        || OptimalStringAlignment.INSTANCE.distance(a, b, budget) > budget) {
      return Misspelling.NEVER;
    }
    // The phrase as written with a number glued to it (kickstarter2, as gucci2024) is no word
    // that happens to be near the phrase, whatever the phrase is.
    boolean gluedNumber = b.equals(withoutEndDigits(a));
    if (!gluedSymbol && !gluedNumber && allWords(original)
        && !wordsByRuleAlone(original, sc, c)) {
      return Misspelling.NEVER; // a word, unless a symbol for a letter is glued to it: Nur@ for Nura
    }
    if (!gluedSymbol && !gluedNumber && allNames(original)) {
      return Misspelling.NEVER; // a place or a person the lexicon knows: Graz is no Grav
    }
    boolean firstKept = a.charAt(0) == b.charAt(0);
    if (b.length() <= shortLimit(e)) {
      return Misspelling.IF_CORROBORATED;
    }
    if (!gluedSymbol && hasMarksNotOf(original, e.spelling())) {
      // a mark the brand is not spelt with, beside an edit: a word of a language spelt with
      // marks that no list holds (the Spanish verdigón, grafómana, trillón), not Verizon,
      // Grafana, Triller, unless something corroborates it
      return Misspelling.IF_CORROBORATED;
    }
    if (firstKept || OptimalStringAlignment.INSTANCE.distance(a, b, 1) <= 1) {
      return Misspelling.STANDS;
    }
    return Misspelling.IF_CORROBORATED;
  }

  /**
   * Whether the span's original text has a letter the normaliser folded as a lookalike that is not
   * a Latin letter with marks: a Cyrillic or Greek letter, a small capital, a Latin alpha. A marked
   * Latin letter ({@code é}, {@code ó}, {@code ñ}, {@code ü}, {@code ç}, {@code ß}) is how the
   * languages written in Latin letters spell (Spanish {@code astrólogo}, French {@code réarme}),
   * so on its own it is no disguise: a match whose letters differ from the brand's only by such
   * marks is a misspelling ({@code FUZZY}), checked as one, and a brand spelt with its own marks
   * ({@code Hermès}) is the brand as written.
   */
  private static boolean hasLookalike(NormalizedText n, int from, int to) {
    String original = n.originalText(from, to);
    for (int i = 0; i < original.length(); i++) {
      char c = original.charAt(i);
      if (c >= 0x80 && Character.getType(c) != Character.FORMAT && !isMarkedLatin(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The marked letters of the seven languages the lexicons cover (German, French, Spanish,
   * Italian, Portuguese, Dutch; English borrows from them), in lower case: a letter outside them
   * ({@code č}, {@code ł}, {@code ĥ}, {@code ę}) in such a listing is a lookalike's, not the spelling.
   */
  private static final String LANGUAGE_MARKS = "áàâãäçéèêëíìîïñóòôõöúùûüÿ";

  /**
   * Whether {@code original} is spelt as a word of one of the lexicons' languages is: exactly one
   * marked letter, one those languages write ({@link #LANGUAGE_MARKS}: the Spanish {@code
   * verdigón}, {@code tábida}), and one the brand's {@code spelling} does not have. Lookalike
   * disguises scatter marks (two, or letters no such language writes: {@code têamviêvver},
   * {@code reclmině}); a word of Spanish or Italian carries one.
   */
  private static boolean hasMarksNotOf(String original, String spelling) {
    char mark = 0;
    for (int i = 0; i < original.length(); i++) {
      char c = original.charAt(i);
      if (c >= 0x80 && Character.isLetter(c)) {
        if (mark != 0) {
          return false;
        }
        mark = Character.toLowerCase(c);
      }
    }
    return mark != 0 && LANGUAGE_MARKS.indexOf(mark) >= 0
        && spelling.toLowerCase(Locale.ROOT).indexOf(mark) < 0;
  }

  /**
   * Whether {@code c} is a letter of Latin-1 or Latin Extended-A, the letters the languages of
   * Europe spell with, that {@link Lexicon#fold} spells in a-z: é, ñ, ß, ø, ł, œ. Rarer marked
   * letters ({@code ǎ}, {@code ạ}) stay lookalikes.
   */
  private static boolean isMarkedLatin(char c) {
    return Character.isLetter(c)
        && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN
        && c < 0x180 && isAsciiLetters(Lexicon.fold(String.valueOf(c)));
  }

  private static boolean isAsciiLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return !s.isEmpty();
  }

  /**
   * Whether {@code original} is one word written as a name is, with a capital ({@code Graz}, not
   * {@code graz}: a seller's lower-case misspelling is no name), that the lexicon knows as a
   * proper name ({@link Lexicon#isName}).
   */
  private boolean allNames(String original) {
    if (original.isEmpty() || !Character.isUpperCase(original.charAt(0))) {
      return false;
    }
    for (int i = 0; i < original.length(); i++) {
      if (!Character.isLetter(original.charAt(i))) {
        return false;
      }
    }
    return lexicon.isName(original);
  }

  /** The fewest letters of a word of the text that shows its language (German {@code aus}). */
  private static final int MIN_SHOWING = 3;

  /**
   * Whether {@code original}, all words, holds a word that no list holds as it is and that is a
   * word only by a rule of languages ({@link Lexicon#languagesListing}: a German compound or
   * regular inflection the German list lacks) of which the rest of the text shows no word: a word
   * of {@value #MIN_SHOWING} letters or more that a list of those languages holds and the English
   * list does not (English words are written in listings of every language). {@code singlesore}
   * in {@code singlesore Pescado Práctico Hormigon} is SingleStore misspelt, not the German Single +
   * Sore; {@code wirdpress} in {@code wirdpress kollegial Feuerrot} stays a German compound.
   */
  private boolean wordsByRuleAlone(String original, Scratch sc, Candidate c) {
    Set<String> byRule = null;
    for (String w : letterRuns(original)) {
      if (options.commonWords().contains(w.toLowerCase(Locale.ROOT))
          || lexicon.addedWords().contains(Lexicon.fold(w))
          || !lexicon.languagesListing(w).isEmpty()) {
        continue;
      }
      if (byRule == null) {
        byRule = new HashSet<>();
      }
      byRule.addAll(lexicon.languagesOf(w));
    }
    return byRule != null && !textShows(byRule, sc, c);
  }

  /** Whether a word of the text outside the candidate's span shows one of the languages. */
  private boolean textShows(Set<String> languages, Scratch sc, Candidate c) {
    for (int t = 0; t < sc.tokenCount(); t++) {
      int from = sc.tokenFrom(t);
      int to = sc.tokenTo(t);
      if (to > c.from && from < c.to) {
        continue;
      }
      String w = sc.normalized().originalText(from, to);
      if (w.length() < MIN_SHOWING) {
        continue;
      }
      Set<String> listing = lexicon.languagesListing(w);
      if (listing.contains("en") || options.commonWords().contains(w.toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (String language : listing) {
        if (languages.contains(language)) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code s} without the digits it starts or ends with. */
  private static String withoutEndDigits(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && Character.isDigit(s.charAt(from))) {
      from++;
    }
    while (to > from && Character.isDigit(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  /**
   * Whether every word of {@code original} is a word of the lexicon or a common word; a digit
   * between two letters makes no two words ({@code test2ail}, TestRail with its r's bit flipped,
   * is no {@code test} + {@code ail}).
   */
  private boolean allWords(String original) {
    for (int i = 1; i + 1 < original.length(); i++) {
      if (Character.isDigit(original.charAt(i)) && Character.isLetter(original.charAt(i - 1))
          && Character.isLetter(original.charAt(i + 1))) {
        return false;
      }
    }
    List<String> words = letterRuns(original);
    for (String w : words) {
      if (!lexicon.contains(w) && !options.commonWords().contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return !words.isEmpty();
  }

  /** The runs of letters of {@code original}, its words as written. */
  private static List<String> letterRuns(String original) {
    List<String> out = new ArrayList<>(2);
    for (int i = 0; i < original.length(); ) {
      if (!Character.isLetter(original.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < original.length() && Character.isLetter(original.charAt(j))) {
        j++;
      }
      out.add(original.substring(i, j));
      i = j;
    }
    return out;
  }

  /**
   * Whether a misspelling of a short phrase (match {@code k}) is corroborated: the text also has the
   * phrase not misspelt (written as it is, or disguised), a counterfeit cue word, or a word of the
   * phrase's products.
   */
  private boolean corroborated(Entry e, Candidate m, Scratch sc, Corroboration c) {
    if (gluedSymbol(sc.normalized(), m, LEET_SYMBOLS)) {
      return true; // another disguise glued to it: Nur@ for Nura
    }
    if (c.namesFound().contains(e.name)) {
      return true; // the brand elsewhere, written as it is, disguised, or glued to a word
    }
    if (c.hasCueWord()) {
      return true;
    }
    Set<String> words = corroborating.get(e.name);
    if (words != null && c.hasAnyWord(words)) {
      return true;
    }
    Long classes = goods.get(e.name);
    return classes != null && c.namesGoodsOf(classes);
  }

  /**
   * Whether the span {@code [from, to)} of the normalised text starts or ends inside a word of the
   * original: a letter of a script written with spaces right before or after it. A misspelling must
   * be a word of its own ({@code zlich} inside the German {@code nützlich} is no Zilch, {@code
   * ruci} inside {@code Bruciatore} no Gucci); a brand glued to a word ({@code nikeshoes}) is found
   * only written as it is, or disguised.
   */
  static boolean insideWord(NormalizedText n, int from, int to) {
    String original = n.original();
    int start = n.originalStart(from);
    int end = n.originalEnd(to - 1);
    return start > 0 && isWordLetter(original.codePointBefore(start))
        || end < original.length() && isWordLetter(original.codePointAt(end));
  }

  /** A letter of a script written with spaces, so one that continues a word. */
  private static boolean isWordLetter(int c) {
    return Character.isLetter(c) && !(Character.isBmpCodePoint(c) ? isUnspaced((char) c)
        : Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /** Whether one of {@code symbols} is glued to the candidate's span in the original. */
  private static boolean gluedSymbol(NormalizedText n, Candidate m, String symbols) {
    return disguiseSymbol(n.original(), n.originalStart(m.from) - 1, symbols)
        || disguiseSymbol(n.original(), n.originalEnd(m.to - 1), symbols);
  }

  /** Whether {@code s.charAt(i)} is one of {@code symbols}. */
  private static boolean disguiseSymbol(String s, int i, String symbols) {
    return i >= 0 && i < s.length() && symbols.indexOf(s.charAt(i)) >= 0;
  }

  /**
   * Symbols that stand only for letters: glued to a word, they make it a disguise, not a word
   * ({@code Nur@}). Digits and {@code !} also end ordinary words ({@code version2}, {@code sale!}).
   */
  private static final String LETTER_SYMBOLS = "@$|\u20ac\u00a3";

  private static final String LEET_SYMBOLS = "@$!|0123456789\u20ac\u00a3*";

  /** What a text offers to corroborate short misspellings, worked out once a text, when first asked. */
  private final class Corroboration {
    private final NormalizedText text;
    private final Candidate[] found;
    private final int count;
    private Boolean cue;
    private Set<String> words;
    private Set<String> names;
    private Long goodsNamed;

    /** For the text's candidates {@code found[0..count)}, as they stand before resolve keeps some. */
    Corroboration(NormalizedText text, Candidate[] found, int count) {
      this.text = text;
      this.found = Arrays.copyOf(found, count);
      this.count = count;
    }

    /** The names of the candidates that are not misspellings. */
    Set<String> namesFound() {
      if (names == null) {
        names = new HashSet<>();
        for (int i = 0; i < count; i++) {
          if (found[i].check == NO_CHECK) {
            names.add(entries[found[i].entry].name);
          }
        }
      }
      return names;
    }

    boolean hasCueWord() {
      if (cue == null) {
        cue = !PhraseList.cueWords().find(text, ListingField.TITLE).isEmpty();
      }
      return cue;
    }

    /** Whether a word of the text names goods of one of the {@code classes} (bits). */
    boolean namesGoodsOf(long classes) {
      if (goodsNamed == null) {
        long named = 0;
        GoodsVocabulary vocabulary = GoodsVocabulary.standard();
        for (String w : WordBrandContext.words(text.original())) {
          named |= vocabulary.classesOf(w);
        }
        goodsNamed = named;
      }
      return (goodsNamed & classes) != 0;
    }

    boolean hasAnyWord(Set<String> wanted) {
      if (words == null) {
        words = new HashSet<>();
        for (String w : text.original().split("[^\\p{L}\\p{N}]+")) {
          if (w.length() >= 3) {
            words.add(Lexicon.fold(w));
          }
        }
      }
      for (String w : wanted) {
        if (words.contains(w)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Whether {@code s[from..to)}, whose prefix hashes are {@code prefix}, is a common word or a regular
   * inflection of one: tides, tidied, doors.
   */
  private boolean isCommonWord(char[] s, long[] prefix, int from, int to) {
    if (commonWords.isEmpty()) {
      return false;
    }
    if (commonWords.contains(hash(prefix, from, to))) {
      return true;
    }
    char last = s[to - 1];
    for (char[] ending : ENDINGS) {
      int stem = to - ending.length;
      if (ending[ending.length - 1] == last && stem - from >= 3 && endsWith(s, to, ending)
          && commonWords.contains(hash(prefix, from, stem))) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWith(char[] s, int to, char[] ending) {
    for (int i = 0; i < ending.length; i++) {
      if (s[to - ending.length + i] != ending[i]) {
        return false;
      }
    }
    return true;
  }

  /** The hash {@link Hashing#of} gives {@code s[from..to)}, from the prefix hashes of {@code s}. */
  private static long hash(long[] prefix, int from, int to) {
    return Hashing.finish(Hashing.range(prefix, from, to), to - from);
  }

  /** Whether the window, or else each of its several tokens, is a common word. */
  private boolean isCommonWindow(Window w, Scratch sc) {
    int first = w.firstToken();
    if (w.words() == 1 && sc.tokenTo(first) - sc.tokenFrom(first) == w.length()) {
      return sc.isCommon(first); // the window is the token
    }
    // Both asked, and joined without a branch: a window of several words that is one common word
    // ("t shirt") is rare, and a branch a compiled lookup has never seen taken costs a recompile.
    return (w.words() > 1 && allCommonWords(sc, first, w.lastToken()))
        | isCommonWord(w.chars(), w.prefixHashes(), 0, w.length());
  }

  /** Marks which of the text's tokens are common words: most windows ask of theirs. */
  private void markCommonWords(Scratch sc) {
    for (int t = 0; t < sc.tokenCount(); t++) {
      sc.markCommon(t, isCommonWord(sc.text(), sc.textPrefix(), sc.tokenFrom(t), sc.tokenTo(t)));
    }
  }

  private boolean anyCommonWord(Scratch sc, int first, int last) {
    for (int t = first; t <= last; t++) {
      if (sc.tokenTo(t) - sc.tokenFrom(t) >= 3 && sc.isCommon(t)) {
        return true;
      }
    }
    return false;
  }

  private boolean allCommonWords(Scratch sc, int first, int last) {
    for (int t = first; t <= last; t++) {
      if (!sc.isCommon(t)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A brand glued to a word in token {@code t}: {@code guccibag}, {@code rolexwatch}, {@code newgucci},
   * {@code gucci2024}. The rest of the token must be a common word (or two) or digits, so that a short
   * phrase inside an ordinary longer word ({@code deno} in {@code denouncement}) is not reported;
   * and the token itself must be no word: a common word or a word of the lexicon, in any of its
   * languages, is that word, not a phrase glued to another ({@code ter} in {@code winter}, {@code
   * apple} in {@code applesauce}, {@code astró} in the Spanish {@code astrólogo}), unless the
   * phrase's own letters are disguised: {@code winT3R} for a {@code TER} is still found, {@code
   * w1nter} is not. (Marks alone are no disguise: {@code astró}, equal to Astro only once its mark
   * is removed, is checked as a misspelling, and a misspelling inside a longer word is none.)
   */
  private void glued(int t, Scratch sc) {
    int from = sc.tokenFrom(t);
    int to = sc.tokenTo(t);
    int len = to - from;
    if (len < 3 + 2 || len > maxKeyLength + 2 * 12) {
      return;
    }
    int word = UNKNOWN; // whether the token is a word: asked once, when it matters
    for (int cut = from + 3; cut < to - 1; cut++) {
      // Phrase first, then the rest; only where a key of that length exists and the part is a key
      // (one cached filter word, usually), before the dearer common-word test of the rest.
      if (cut - from <= maxKeyLength && keyLengths[cut - from] && isKey(sc, from, cut)
          && isRest(sc, cut, to)) {
        word = word == UNKNOWN ? isWord(sc, t) ? YES : NO : word;
        if (word == NO || disguised(sc, from, cut)) {
          gluedPhrase(from, cut, sc);
        }
      }
      if (to - cut >= 3 && to - cut <= maxKeyLength && keyLengths[to - cut] && isKey(sc, cut, to)
          && isRest(sc, from, cut)) {
        word = word == UNKNOWN ? isWord(sc, t) ? YES : NO : word;
        if (word == NO || disguised(sc, cut, to)) {
          gluedPhrase(cut, to, sc);
        }
      }
    }
  }

  private static final int UNKNOWN = 0;
  private static final int YES = 1;
  private static final int NO = 2;

  /**
   * Whether token {@code t} is a word: a common word once normalised, or a word of the lexicon as
   * written in the original ({@code winter}, {@code astrólogo}).
   */
  private boolean isWord(Scratch sc, int t) {
    int from = sc.tokenFrom(t);
    int to = sc.tokenTo(t);
    return sc.isCommon(t) || lexicon.contains(sc.normalized().originalText(from, to));
  }

  /** Whether {@code [from, to)} of the normalised text was disguised (or marked) as written. */
  private static boolean disguised(Scratch sc, int from, int to) {
    return (sc.normalized().changeBits(from, to) & DISGUISE_BITS) != 0;
  }

  private boolean isKey(Scratch sc, int from, int to) {
    return keyHashes.contains(hash(sc.textPrefix(), from, to));
  }

  private boolean isRest(Scratch sc, int from, int to) {
    char[] s = sc.text();
    boolean digits = true;
    for (int i = from; i < to && digits; i++) {
      digits = Character.isDigit(s[i]);
    }
    if (digits) {
      return true;
    }
    if (to - from < MIN_GLUE_REST) {
      return false;
    }
    if (isCommonWord(s, sc.textPrefix(), from, to)) {
      return true;
    }
    for (int cut = from + MIN_GLUE_REST; cut <= to - MIN_GLUE_REST; cut++) {
      if (isCommonWord(s, sc.textPrefix(), from, cut) && isCommonWord(s, sc.textPrefix(), cut, to)) {
        return true;
      }
    }
    return false;
  }

  private void gluedPhrase(int from, int to, Scratch sc) {
    NormalizedText n = sc.normalized();
    String s = n.text();
    long h = hash(sc.textPrefix(), from, to);
    long range = variants.find(h);
    for (int p = VariantTable.from(range), end = VariantTable.to(range); p < end; p++) {
      Entry e = entries[variants.value(p)];
      if (e.key.length() == to - from && s.regionMatches(from, e.key, 0, to - from)) {
        int bits = n.changeBits(from, to);
        MatchMethod method = method(n, from, to, e, bits, false, false, true, 0);
        if (method != MatchMethod.FUZZY) {
          sc.addFound(new Candidate(from, to, variants.value(p), method, 1.0));
        } else if (!insideWord(n, from, to)) {
          // Equal only once l and i are folded or marks removed, glued to a number: checked as report
          // checks it.
          sc.addFound(new Candidate(from, to, variants.value(p), MatchMethod.FUZZY,
              lettersSimilarity(n.originalText(from, to), e), WORD_CHECK));
        }
        // Otherwise part of a longer word: "zlich" in nützlich is no misspelling of Zilch.
      }
    }
  }

  /**
   * Phrases in scripts written without spaces, found starting anywhere inside token {@code t}:
   * spaces count for nothing in them (a space in the phrase or the text, as the normaliser writes
   * the middle dot of ルイ・ヴィトン, may be there or not: ルイヴィトン), and one that goes on in
   * letters written with spaces ({@code 嘉立创EDA}) runs to the end of a word.
   */
  private void substrings(int t, Scratch sc) {
    NormalizedText n = sc.normalized();
    String s = n.text();
    int to = sc.tokenTo(t);
    for (int i = sc.tokenFrom(t); i < to; i++) {
      int[] ids = unspacedByFirst.get(s.charAt(i));
      if (ids == null) {
        continue;
      }
      for (int id : ids) {
        Entry e = entries[id];
        int end = unspacedEnd(s, i, e.key);
        if (end >= 0 && endsAWord(s, end, e.key)) {
          int bits = n.changeBits(i, end);
          sc.addFound(new Candidate(i, end, id, method(n, i, end, e, bits, false, false, false, 0), 1.0));
        }
      }
    }
  }

  /**
   * Whether a phrase may end at {@code end} of {@code s}: anywhere if it ends in a script written
   * without spaces, else at the end of a word ({@code 嘉立创EDA} in 嘉立创EDA专业版 or 嘉立创EDA
   * 2024, not in 嘉立创EDAX).
   */
  private static boolean endsAWord(String s, int end, String key) {
    return isUnspaced(key.charAt(key.length() - 1)) || end == s.length()
        || !Character.isLetterOrDigit(s.charAt(end)) || isUnspaced(s.charAt(end));
  }

  /**
   * Where {@code key} ends if it is written at {@code i} of {@code s}, spaces in either left out;
   * -1 if it is not.
   */
  private static int unspacedEnd(String s, int i, String key) {
    int j = i;
    for (int k = 0; k < key.length(); k++) {
      char c = key.charAt(k);
      if (c == ' ') {
        continue;
      }
      while (j > i && j < s.length() && s.charAt(j) == ' ') {
        j++;
      }
      if (j >= s.length() || s.charAt(j) != c) {
        return -1;
      }
      j++;
    }
    return j;
  }

  private static MatchMethod method(NormalizedText n, int from, int to, Entry e, int bits,
      boolean masked, boolean split, boolean joined, int edits) {
    if (masked) {
      return MatchMethod.MASKED;
    }
    if ((bits & bit(Change.COMPATIBILITY)) != 0
        || (bits & bit(Change.CONFUSABLE)) != 0 && hasLookalike(n, from, to)) {
      return MatchMethod.CONFUSABLE;
    }
    if ((bits & bit(Change.LEET)) != 0) {
      return MatchMethod.LEET;
    }
    if ((bits & (bit(Change.SEPARATED) | bit(Change.INVISIBLE))) != 0 || split) {
      return MatchMethod.SEPARATED;
    }
    if (edits > 0) {
      return MatchMethod.FUZZY;
    }
    String original = n.originalText(from, to);
    if (!letters(original).equals(e.letters)) {
      return MatchMethod.FUZZY; // equal only after folding l and i together: Roiex for Rolex
    }
    if (joined) {
      return MatchMethod.JOINED;
    }
    if (e.alias) {
      return MatchMethod.ALIAS;
    }
    if (original.equals(e.spelling)) {
      return MatchMethod.EXACT;
    }
    String a = collapseWhitespace(original);
    if (a.equalsIgnoreCase(e.collapsed)) {
      return a.equals(e.collapsed) ? MatchMethod.EXACT : MatchMethod.CASE;
    }
    return MatchMethod.JOINED; // the same letters with other separators: Louis-Vuitton
  }

  /** {@code s.replaceAll("\\s+", " ")} without compiling a pattern per call. */
  static String collapseWhitespace(String s) {
    StringBuilder b = null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (isRegexSpace(c)) {
        int j = i + 1;
        while (j < n && isRegexSpace(s.charAt(j))) {
          j++;
        }
        if (b == null) {
          if (j == i + 1 && c == ' ') {
            continue; // a single plain space stays as it is
          }
          b = new StringBuilder(n).append(s, 0, i);
        }
        b.append(' ');
        i = j - 1;
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static String letters(String s) {
    StringBuilder b = new StringBuilder(s.length());
    String lower = s.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static double lettersSimilarity(String original, Entry e) {
    return OptimalStringAlignment.INSTANCE.score(letters(original), e.letters);
  }

  /** Keeps the best of overlapping candidates, then orders by position and maps to the original. */
  private List<PhraseMatch> resolve(String text, Scratch sc) {
    int count = sc.foundCount();
    if (count == 0) {
      return List.of();
    }
    Candidate[] found = sc.found();
    sort(found, count, BEST_FIRST);
    // Spans are short, so marking the characters taken keeps this linear in the text.
    boolean[] taken = sc.taken();
    double min = options.minSimilarity();
    int kept = 0;
    Corroboration corroboration = null;
    for (int i = 0; i < count; i++) {
      if (found[i].check != NO_CHECK && corroborateShort) {
        corroboration = new Corroboration(sc.normalized(), found, count);
        break;
      }
    }
    for (int i = 0; i < count; i++) {
      Candidate c = found[i];
      if (c.similarity >= min && isFree(taken, c.from, c.to) && passes(c, sc, corroboration)) {
        Arrays.fill(taken, c.from, c.to, true);
        found[kept++] = c;
      }
    }
    sort(found, kept, BY_START);
    NormalizedText n = sc.normalized();
    PhraseMatch[] out = new PhraseMatch[kept];
    int m = 0;
    for (int i = 0; i < kept; i++) {
      Candidate c = found[i];
      Entry e = entries[c.entry];
      int start = n.originalStart(c.from);
      int end = n.originalEnd(c.to - 1);
      double sim = Math.max(0.0, Math.min(1.0, c.similarity));
      // Spans apart in the normalised text can share original characters: every character of a
      // reversed right-to-left run maps to the whole run, so 古驰 and GUCCI read out of one run
      // point at the same span. The reader sees one span: report it once, the more similar match.
      if (m > 0 && start < out[m - 1].end()) {
        PhraseMatch last = out[m - 1];
        if (sim > last.similarity()) {
          int to = Math.max(end, last.end());
          out[m - 1] = new PhraseMatch(e.name, e.spelling, last.start(), to,
              text.substring(last.start(), to), c.method, sim);
        }
        continue;
      }
      out[m++] = new PhraseMatch(e.name, e.spelling, start, end, text.substring(start, end), c.method,
          sim);
    }
    return List.of(m == kept ? out : Arrays.copyOf(out, m));
  }

  /** Sorts {@code a[0..n)} stably: in place by insertion when there are few, as there usually are. */
  private static void sort(Candidate[] a, int n, Comparator<Candidate> order) {
    if (n > FEW_CANDIDATES) {
      Arrays.sort(a, 0, n, order);
      return;
    }
    for (int i = 1; i < n; i++) {
      Candidate c = a[i];
      int j = i;
      for (; j > 0 && order.compare(a[j - 1], c) > 0; j--) {
        a[j] = a[j - 1];
      }
      a[j] = c;
    }
  }

  private static boolean isFree(boolean[] taken, int from, int to) {
    for (int i = from; i < to; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }
}
