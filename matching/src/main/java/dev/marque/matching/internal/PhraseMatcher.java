package dev.marque.matching.internal;

import dev.marque.core.MatchMethod;
import dev.marque.matching.MatchOptions;
import dev.marque.matching.PhraseMatch;
import dev.marque.matching.similarity.OptimalStringAlignment;
import dev.marque.matching.text.Change;
import dev.marque.matching.text.NormalizedText;
import dev.marque.matching.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The compiled matcher behind {@code PhraseIndex}: normalised phrase keys, their deletion
 * neighbourhoods in one hash table, and the rules that accept or reject a candidate. Immutable after
 * {@link #compile}; every lookup uses only its own locals.
 */
public final class PhraseMatcher {
  /** Tokens joined into one window at most: {@code G U CCI}, {@code Louis Vuitton Paris}. */
  private static final int MAX_WINDOW_TOKENS = 4;
  private static final int MAX_MASKS = 2;
  private static final int MIN_GLUE_REST = 3;
  private static final int MIN_JOINED = 5;
  private static final char MASK = '*';
  /** Endings after which a common word is still common; normalised, so "ing" reads "ing". */
  private static final String[] INFLECTIONS = {"s", "es", "d", "ed", "ing", "er", "ers", "y"};
  /** The endings as char arrays, for the hot loop: most words end in none of their last letters. */
  private static final char[][] ENDINGS = Arrays.stream(INFLECTIONS).map(String::toCharArray)
      .toArray(char[][]::new);
  private static final int DISGUISE_BITS = bit(Change.COMPATIBILITY) | bit(Change.CONFUSABLE)
      | bit(Change.LEET) | bit(Change.SEPARATED) | bit(Change.INVISIBLE);

  private static final Set<String> TOP_LEVEL_DOMAINS = Set.of("com", "net", "org", "info", "biz",
      "shop", "store", "online", "site", "top", "xyz", "cn", "hk", "tw", "jp", "kr", "ru", "de", "fr",
      "it", "es", "nl", "uk", "co", "io", "us", "ca", "au", "in", "br", "tr", "vn", "th", "id", "my",
      "sg", "ph");

  private final TextNormalizer normalizer = TextNormalizer.standard();
  private final MatchOptions options;
  private final Entry[] entries;
  private final VariantTable variants;
  /**
   * The same variants for the phrases of two words or more only: a window of several words can be a
   * misspelling only of such a phrase (a one-word phrase spread over words must be exact), and this
   * table is small enough to stay in cache.
   */
  private final VariantTable multiWordVariants;
  /** The most words of a phrase that may be misspelt: wider windows need only their exact probe. */
  private final int maxFuzzyWords;
  /**
   * The most words of any phrase in the table: a window of more tokens can only be a phrase spread
   * over them, which none of them may be a common word for.
   */
  private final int maxWords;
  private final Map<Character, int[]> unspacedByFirst;
  private final LongSet commonWords;
  /**
   * The hashes of the keys themselves (the table holds them among many more variants): a glued word
   * has a phrase at a cut only if this holds the part, and it is small enough to stay in cache.
   */
  private final LongSet keyHashes;
  private final int maxKeyLength;
  /** Per entry, flat for the hot loop: the key's length and the edits it allows. */
  private final int[] keyLength;
  private final int[] keyEdits;
  /** Whether some key has this length: most cut points of a glued word can be skipped at once. */
  private final boolean[] keyLengths;

  private record Entry(String name, String spelling, boolean alias, String key, int words,
      int maxEdits, int maxMasks) {}

  private PhraseMatcher(MatchOptions options, Entry[] entries, VariantTable variants,
      VariantTable multiWordVariants, Map<Character, int[]> unspacedByFirst, LongSet commonWords,
      LongSet keyHashes,
      int maxKeyLength) {
    this.options = options;
    this.entries = entries;
    this.variants = variants;
    this.multiWordVariants = multiWordVariants;
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
    this.keyLength = new int[entries.length];
    this.keyEdits = new int[entries.length];
    for (int i = 0; i < entries.length; i++) {
      keyLength[i] = entries[i].key.length();
      keyEdits[i] = entries[i].maxEdits;
    }
    for (Entry e : entries) {
      if (e.key.length() <= maxKeyLength) {
        keyLengths[e.key.length()] = true;
      }
    }
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

  /** Compiles the phrases: name to every spelling, the name first. */
  public static PhraseMatcher compile(Map<String, List<String>> spellingsByName, MatchOptions options) {
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
      int needed = 1 + (depth >= 1 ? n : 0) + (depth >= 2 ? n * (n - 1) / 2 : 0);
      if (hashes.length < needed) {
        hashes = new long[needed];
      }
      int count = 0;
      hashes[count++] = Hashing.finish(prefix[n], n);
      keyHashes.add(hashes[0]);
      if (depth >= 1) {
        for (int i = 0; i < n; i++) {
          hashes[count++] = Hashing.without(prefix, n, i);
        }
      }
      if (depth >= 2) {
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
    }
    table.trim();
    multi.trim();
    Map<Character, int[]> unspacedByFirst = new HashMap<>();
    unspaced.forEach((c, ids) -> unspacedByFirst.put(c, ids.stream().mapToInt(Integer::intValue).toArray()));
    Set<Long> common = new HashSet<>();
    for (String w : options.commonWords()) {
      String nw = norm.normalize(w).text();
      if (!nw.isEmpty() && nw.indexOf(' ') < 0) {
        common.add(Hashing.of(nw));
      }
    }
    return new PhraseMatcher(options, entries.toArray(new Entry[0]), table, multi, Map.copyOf(unspacedByFirst),
        new LongSet(common), new LongSet(keyHashes), maxKey);
  }

  static boolean isUnspaced(char c) {
    Character.UnicodeScript s;
    if (c < 0x2E80) {
      return c >= 0x0E00 && c <= 0x0EFF || c >= 0x1000 && c <= 0x109F || c >= 0x1780 && c <= 0x17FF;
    }
    if (Character.isSurrogate(c)) {
      return c >= 0xD840 && c <= 0xD87F; // the supplementary ideographs
    }
    s = Character.UnicodeScript.of(c);
    return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
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
  private record Candidate(int from, int to, int entry, MatchMethod method, double similarity) {}

  /** Finds the phrases in {@code text}. */
  public List<PhraseMatch> find(String text) {
    if (entries.length == 0 || text.isEmpty()) {
      return List.of();
    }
    NormalizedText n = normalizer.normalize(blankIgnored(text));
    String s = n.text();
    char[] c = s.toCharArray();
    int length = c.length;
    int[] tokFrom = new int[16];
    int[] tokTo = new int[16];
    boolean[] tokUnspaced = new boolean[16];
    int count = 0;
    for (int i = 0; i < length; ) {
      if (c[i] == ' ' || c[i] == MASK) {
        i++;
        continue;
      }
      boolean unspaced = isUnspaced(c[i]);
      int j = i;
      while (j < length && c[j] != ' ' && c[j] != MASK && isUnspaced(c[j]) == unspaced) {
        j++;
      }
      if (count == tokFrom.length) {
        tokFrom = Arrays.copyOf(tokFrom, count * 2);
        tokTo = Arrays.copyOf(tokTo, count * 2);
        tokUnspaced = Arrays.copyOf(tokUnspaced, count * 2);
      }
      tokFrom[count] = i;
      tokTo[count] = j;
      tokUnspaced[count] = unspaced;
      count++;
      i = j;
    }
    List<Candidate> found = new ArrayList<>();
    Scratch scratch = new Scratch(c, Math.min(length, maxKeyLength + 8) + 2, count);
    for (int t = 0; t < count; t++) {
      if (tokUnspaced[t]) {
        substrings(n, tokFrom[t], tokTo[t], found);
        continue;
      }
      windows(n, tokFrom, tokTo, tokUnspaced, count, t, scratch, found);
      glued(n, tokFrom[t], tokTo[t], scratch, found);
    }
    return resolve(text, n, found);
  }

  /**
   * The text with web addresses, e-mail addresses and product codes blanked out, as the options ask:
   * same length, so offsets still point into the original. Scanned by hand, word by word, so the cost
   * stays linear whatever the text (a regular expression can backtrack badly on hostile input).
   */
  private String blankIgnored(String text) {
    if (!options.ignoreUrlsAndEmails() && !options.ignoreSkus()) {
      return text;
    }
    char[] c = null;
    int n = text.length();
    for (int i = 0; i < n; ) {
      if (Character.isWhitespace(text.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && !Character.isWhitespace(text.charAt(j))) {
        j++;
      }
      String word = text.substring(i, j);
      boolean blank = (options.ignoreUrlsAndEmails() && isUrlOrEmail(word))
          || (options.ignoreSkus() && isSku(trimPunctuation(word)));
      if (blank) {
        if (c == null) {
          c = text.toCharArray();
        }
        Arrays.fill(c, i, j, ' ');
      }
      i = j;
    }
    return c == null ? text : new String(c);
  }

  static boolean isUrlOrEmail(String word) {
    String w = trimPunctuation(word).toLowerCase(Locale.ROOT);
    if (w.contains("://") || w.startsWith("www.")) {
      return true;
    }
    int at = w.indexOf('@');
    if (at > 0 && w.indexOf('.', at) > at + 1) {
      return true;
    }
    int slash = w.indexOf('/');
    String host = slash < 0 ? w : w.substring(0, slash);
    int dot = host.lastIndexOf('.');
    return dot > 0 && TOP_LEVEL_DOMAINS.contains(host.substring(dot + 1));
  }

  /** A product code: letters and digits in hyphenated parts ({@code GG-1234-BK}), or four digits or more after at most four letters ({@code AB123456}). */
  static boolean isSku(String w) {
    if (w.isEmpty()) {
      return false;
    }
    boolean letter = false;
    boolean digit = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      boolean alnum = c < 0x80 && Character.isLetterOrDigit(c);
      if (!alnum && c != '-') {
        return false;
      }
      letter |= Character.isLetter(c);
      digit |= Character.isDigit(c);
    }
    if (w.indexOf('-') > 0 && !w.endsWith("-") && !w.contains("--")) {
      return letter && digit;
    }
    int i = 0;
    while (i < w.length() && Character.isLetter(w.charAt(i))) {
      i++;
    }
    int digits = 0;
    while (i + digits < w.length() && Character.isDigit(w.charAt(i + digits))) {
      digits++;
    }
    return i <= 4 && digits >= 4;
  }

  private static String trimPunctuation(String w) {
    int from = 0;
    int to = w.length();
    while (from < to && !Character.isLetterOrDigit(w.charAt(from))) {
      from++;
    }
    while (to > from && !Character.isLetterOrDigit(w.charAt(to - 1))) {
      to--;
    }
    return w.substring(from, to);
  }

  /**
   * Per-lookup buffers, so that a window costs no allocation: the normalised text with its prefix
   * hashes (any word's hash in constant time), the current window, and the candidate entries found
   * for it, in the order first found, with a small set to drop repeats.
   */
  private static final class Scratch {
    final char[] text;
    final long[] textPrefix;
    char[] chars;
    long[] prefix;
    /** How many characters of the window {@link #prefix} covers. */
    int prefixLength;
    int[] ids = new int[16];
    int idCount;
    private int[] setIds = new int[64];
    private int[] setStamps = new int[64];
    private int stamp = 1;
    private WindowDistance distance;
    /** The probes of the current window, then what the table says of them. */
    long[] hashes = new long[64];
    long[] raw = new long[0];
    int hashCount;
    /** Per token: 0 not yet known, 1 a common word, 2 not. */
    final byte[] tokenCommon;

    Scratch(char[] text, int capacity, int tokens) {
      tokenCommon = new byte[tokens];
      this.text = text;
      textPrefix = new long[text.length + 1];
      Hashing.prefixes(text, text.length, textPrefix);
      chars = new char[capacity];
      prefix = new long[capacity + 1];
    }

    /** The distance kernel, made the first time a window has candidates to check. */
    WindowDistance distance() {
      if (distance == null) {
        distance = new WindowDistance();
      }
      return distance;
    }

    /** Room for {@code n} probe hashes, and scratch for computing them. */
    void reserveHashes(int n) {
      if (hashes.length < n) {
        hashes = new long[Math.max(n, 2 * hashes.length)];
      }
      if (raw.length < chars.length) {
        raw = new long[chars.length];
      }
    }

    void addHash(long h) {
      if (hashCount == hashes.length) {
        hashes = Arrays.copyOf(hashes, hashCount * 2);
      }
      hashes[hashCount++] = h;
    }

    void clearIds() {
      idCount = 0;
      stamp++;
    }

    void addId(int id) {
      if (insert(id)) {
        if (idCount == ids.length) {
          ids = Arrays.copyOf(ids, idCount * 2);
        }
        ids[idCount++] = id;
        if (idCount * 2 > setIds.length) {
          setIds = new int[setIds.length * 2];
          setStamps = new int[setStamps.length * 2];
          for (int i = 0; i < idCount; i++) {
            insert(ids[i]);
          }
        }
      }
    }

    private boolean insert(int id) {
      int mask = setIds.length - 1;
      int slot = (id * 0x9E3779B9 >>> 16) & mask;
      while (setStamps[slot] == stamp) {
        if (setIds[slot] == id) {
          return false;
        }
        slot = (slot + 1) & mask;
      }
      setStamps[slot] = stamp;
      setIds[slot] = id;
      return true;
    }
  }

  /** Windows of one or more tokens starting at token {@code t}, looked up in the deletion table. */
  private void windows(NormalizedText n, int[] tokFrom, int[] tokTo, boolean[] tokUnspaced, int count,
      int t, Scratch sc, List<Candidate> found) {
    String s = n.text();
    int len = 0;
    int spaceGaps = 0;
    sc.prefixLength = 0;
    for (int u = t; u < count && u < t + MAX_WINDOW_TOKENS && !tokUnspaced[u]; u++) {
      if (u > t) {
        // Between tokens is either a space (a word gap) or mask characters, which belong to the word.
        boolean maskGap = false;
        for (int i = tokTo[u - 1]; i < tokFrom[u]; i++) {
          if (s.charAt(i) == MASK) {
            maskGap = true;
            if (len == sc.chars.length) {
              return;
            }
            sc.chars[len++] = MASK;
          }
        }
        boolean spaceGap = false;
        for (int i = tokTo[u - 1]; i < tokFrom[u]; i++) {
          spaceGap |= s.charAt(i) == ' ';
        }
        if (spaceGap && maskGap) {
          return;
        }
        if (spaceGap || tokTo[u - 1] == tokFrom[u]) {
          spaceGaps++;
        }
      }
      int add = tokTo[u] - tokFrom[u];
      if (len + add > maxKeyLength + 2 || len + add > sc.chars.length) {
        return;
      }
      if (spaceGaps + 1 > maxWords && anyCommonWord(sc, tokFrom, tokTo, t, u)) {
        return; // nothing can match this window, nor the wider ones after it (see verify)
      }
      s.getChars(tokFrom[u], tokTo[u], sc.chars, len);
      len += add;
      lookup(n, tokFrom[t], tokTo[u], tokFrom, tokTo, t, u, spaceGaps + 1, len, sc, found);
    }
  }

  private void lookup(NormalizedText n, int from, int to, int[] tokFrom, int[] tokTo, int firstTok,
      int lastTok, int tokens, int len, Scratch sc, List<Candidate> found) {
    char[] w = sc.chars;
    int masks = 0;
    for (int i = 0; i < len; i++) {
      if (w[i] == MASK) {
        masks++;
      }
    }
    if (masks > MAX_MASKS || masks * 2 >= len) {
      return;
    }
    // The windows from one token grow by appending, so their prefix hashes only need extending.
    for (int i = sc.prefixLength; i < len; i++) {
      sc.prefix[i + 1] = sc.prefix[i] * Hashing.BASE + w[i];
    }
    sc.prefixLength = len;
    sc.clearIds();
    int bits = n.changeBits(from, to);
    boolean disguised = (bits & DISGUISE_BITS) != 0 || masks > 0;
    int depth = !options.fuzzy() ? 0 : len < 3 ? 0 : len == 3 || tokens > 1 ? 1 : 2;
    Window win = new Window(n, from, to, tokFrom, tokTo, firstTok, lastTok, tokens, len, masks, bits,
        disguised);
    if (masks > 0) {
      maskedCandidates(w, len, masks, depth, sc);
      verify(win, sc, 0, sc.idCount, found);
      return;
    }
    sc.hashCount = 0;
    sc.addHash(Hashing.finish(sc.prefix[len], len));
    // A misspelling of an undisguised common word is never reported (below), so a window of common
    // words needs only its exact probe: most words of most titles cost one probe, not dozens. So
    // does a window of more words than any phrase that may be misspelt has.
    boolean fuzzy = depth >= 1 && tokens <= maxFuzzyWords
        && !(!disguised && isCommonWindow(w, len, sc, tokFrom, tokTo, firstTok, lastTok, tokens));
    // The exact probe. A one-word phrase spread over several tokens is rejected when one of them is a
    // common word (below), so such a window, as most windows of several words are, can only match a
    // phrase of several words: the small table, which stays in cache, holds all it can find.
    boolean onlyMultiWord = tokens > 1 && anyCommonWord(sc, tokFrom, tokTo, firstTok, lastTok);
    collectNear(onlyMultiWord ? multiWordVariants : variants, len, sc);
    int exact = sc.idCount;
    boolean whole = exact > 0 && verify(win, sc, 0, exact, found);
    // A misspelling found for a window that some phrase matches with similarity 1 would be dropped
    // when overlaps are resolved (same span, less similar), so it need not be looked for: a brand
    // written as it is, in any case, leet or spelled out, costs one probe.
    if (fuzzy && !whole) {
      sc.reserveHashes(depth >= 2 ? len + len * (len - 1) / 2 : len);
      sc.hashCount = Hashing.deletions(sc.prefix, len, depth >= 2, sc.raw, sc.hashes, 0);
      collectNear(tokens > 1 ? multiWordVariants : variants, len, sc);
      verify(win, sc, exact, sc.idCount, found);
    }
  }

  /** A window being looked up: where it is, what it is made of, how it was disguised. */
  private record Window(NormalizedText n, int from, int to, int[] tokFrom, int[] tokTo, int firstTok,
      int lastTok, int tokens, int len, int masks, int bits, boolean disguised) {}

  /**
   * Checks the candidate entries {@code sc.ids[start..end)} against the window and adds those that
   * match to {@code found}, in that order. Returns whether one of them matched with similarity 1.
   */
  private boolean verify(Window win, Scratch sc, int start, int end, List<Candidate> found) {
    if (start == end) {
      return false;
    }
    NormalizedText n = win.n;
    int from = win.from;
    int to = win.to;
    int[] tokFrom = win.tokFrom;
    int[] tokTo = win.tokTo;
    int firstTok = win.firstTok;
    int lastTok = win.lastTok;
    int tokens = win.tokens;
    int len = win.len;
    int masks = win.masks;
    int bits = win.bits;
    boolean disguised = win.disguised;
    char[] w = sc.chars;
    boolean whole = false;
    String window = masks > 0 ? new String(w, 0, len) : null;
    if (masks == 0 && start == 0) {
      sc.distance().load(w, len);
    }
    for (int k = start; k < end; k++) {
      int id = sc.ids[k];
      Entry e = entries[id];
      int edits;
      if (masks > 0) {
        if (e.key.length() != len || masks > e.maxMasks || !sameExceptMasks(window, e.key)) {
          continue;
        }
        edits = 0;
      } else {
        edits = sc.distance().distance(e.key, e.maxEdits);
        if (edits > e.maxEdits) {
          continue;
        }
      }
      if (tokens < e.words && len < MIN_JOINED) {
        continue; // "11" is a number, not "1:1" written without its colon
      }
      boolean split = tokens > e.words;
      if (split) {
        // A one-word phrase spread over tokens ("Gu cci") must be exact, and its pieces not words.
        if (edits > 0 || anyCommonWord(sc, tokFrom, tokTo, firstTok, lastTok)) {
          continue;
        }
      }
      if (edits > 0 && !disguised && isCommonWindow(w, len, sc, tokFrom, tokTo, firstTok, lastTok, tokens)) {
        continue;
      }
      double similarity = masks > 0 ? 1.0 - 0.5 * masks / len
          : edits == 0 ? 1.0 : 1.0 - (double) edits / Math.max(len, e.key.length());
      MatchMethod method = method(n, from, to, e, bits, masks > 0, split, tokens < e.words, edits);
      if (method == MatchMethod.FUZZY && edits == 0) {
        similarity = lettersSimilarity(n.originalText(from, to), e.spelling);
      }
      found.add(new Candidate(from, to, id, method, similarity));
      whole |= similarity == 1.0;
    }
    return whole;
  }

  /** A masked window (rare): every deletion probe, then the window with its masks deleted. */
  private void maskedCandidates(char[] w, int len, int masks, int depth, Scratch sc) {
    collect(Hashing.finish(sc.prefix[len], len), sc);
    if (depth >= 1) {
      for (int i = 0; i < len; i++) {
        collect(Hashing.without(sc.prefix, len, i), sc);
      }
    }
    if (depth >= 2) {
      for (int i = 0; i < len; i++) {
        for (int j = i + 1; j < len; j++) {
          collect(Hashing.without(sc.prefix, len, i, j), sc);
        }
      }
    }
    // The masked positions deleted: the variant a masked spelling shares with the phrase.
    char[] unmasked = new char[len - masks];
    int k = 0;
    for (int i = 0; i < len; i++) {
      if (w[i] != MASK) {
        unmasked[k++] = w[i];
      }
    }
    collect(Hashing.of(new String(unmasked)), sc);
  }

  private void collect(long hash, Scratch sc) {
    long range = variants.find(hash);
    for (int p = VariantTable.from(range), end = VariantTable.to(range); p < end; p++) {
      sc.addId(variants.value(p));
    }
  }

  /**
   * Like {@link #collect}, but only entries whose length is within their edit bound of the window's:
   * the others can never pass the distance check, and skipping them here keeps the long postings of
   * short shared variants cheap.
   */
  private void collectNear(VariantTable table, int len, Scratch sc) {
    long[] h = sc.hashes;
    // In passes, so that the memory reads of one pass do not wait on each other: the filter for every
    // probe, then the table for those it let through, then their entries, in probe order.
    int passed = 0;
    for (int i = 0, n = sc.hashCount; i < n; i++) {
      if (table.mayContain(h[i])) {
        h[passed++] = h[i];
      }
    }
    for (int i = 0; i < passed; i++) {
      h[i] = table.lookup(h[i]);
    }
    for (int i = 0; i < passed; i++) {
      for (int p = VariantTable.from(h[i]), end = VariantTable.to(h[i]); p < end; p++) {
        int id = table.value(p);
        if (Math.abs(keyLength[id] - len) <= keyEdits[id]) {
          sc.addId(id);
        }
      }
    }
  }

  private static boolean sameExceptMasks(String window, String key) {
    for (int i = 0; i < window.length(); i++) {
      char c = window.charAt(i);
      if (c != MASK && c != key.charAt(i)) {
        return false;
      }
    }
    return true;
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
  private boolean isCommonWindow(char[] w, int len, Scratch sc, int[] tokFrom, int[] tokTo, int firstTok,
      int lastTok, int tokens) {
    if (tokens == 1 && tokTo[firstTok] - tokFrom[firstTok] == len) {
      return isCommonToken(sc, tokFrom, tokTo, firstTok); // the window is the token
    }
    // The tokens first: their answers are kept, the whole window's is not.
    return (tokens > 1 && allCommonWords(sc, tokFrom, tokTo, firstTok, lastTok))
        || isCommonWord(w, sc.prefix, 0, len);
  }

  private boolean isCommonToken(Scratch sc, int[] from, int[] to, int t) {
    if (sc.tokenCommon[t] == 0) {
      sc.tokenCommon[t] = isCommonWord(sc.text, sc.textPrefix, from[t], to[t]) ? (byte) 1 : (byte) 2;
    }
    return sc.tokenCommon[t] == 1;
  }

  private boolean anyCommonWord(Scratch sc, int[] from, int[] to, int first, int last) {
    for (int t = first; t <= last; t++) {
      if (to[t] - from[t] >= 3 && isCommonToken(sc, from, to, t)) {
        return true;
      }
    }
    return false;
  }

  private boolean allCommonWords(Scratch sc, int[] from, int[] to, int first, int last) {
    for (int t = first; t <= last; t++) {
      if (!isCommonToken(sc, from, to, t)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A brand glued to a word in one token: {@code guccibag}, {@code rolexwatch}, {@code newgucci},
   * {@code gucci2024}. The rest of the token must be a common word (or two) or digits, so that a short
   * phrase inside an ordinary longer word ({@code deno} in {@code denouncement}) is not reported.
   */
  private void glued(NormalizedText n, int from, int to, Scratch sc, List<Candidate> found) {
    int len = to - from;
    if (len < 3 + 2 || len > maxKeyLength + 2 * 12) {
      return;
    }
    char[] s = sc.text;
    for (int i = from; i < to; i++) {
      if (s[i] == MASK) {
        return;
      }
    }
    for (int cut = from + 3; cut <= to - 2; cut++) {
      // Phrase first, then the rest; only where a key of that length exists and the part is a key
      // (one cached filter word, usually), before the dearer common-word test of the rest.
      if (cut - from <= maxKeyLength && keyLengths[cut - from] && isKey(sc, from, cut)
          && isRest(sc, cut, to)) {
        gluedPhrase(n, from, cut, sc, found);
      }
      if (to - cut >= 3 && to - cut <= maxKeyLength && keyLengths[to - cut] && isKey(sc, cut, to)
          && isRest(sc, from, cut)) {
        gluedPhrase(n, cut, to, sc, found);
      }
    }
  }

  private boolean isKey(Scratch sc, int from, int to) {
    return keyHashes.contains(hash(sc.textPrefix, from, to));
  }

  private boolean isRest(Scratch sc, int from, int to) {
    char[] s = sc.text;
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
    if (isCommonWord(s, sc.textPrefix, from, to)) {
      return true;
    }
    for (int cut = from + MIN_GLUE_REST; cut <= to - MIN_GLUE_REST; cut++) {
      if (isCommonWord(s, sc.textPrefix, from, cut) && isCommonWord(s, sc.textPrefix, cut, to)) {
        return true;
      }
    }
    return false;
  }

  private void gluedPhrase(NormalizedText n, int from, int to, Scratch sc, List<Candidate> found) {
    String s = n.text();
    long h = hash(sc.textPrefix, from, to);
    long range = variants.find(h);
    for (int p = VariantTable.from(range), end = VariantTable.to(range); p < end; p++) {
      Entry e = entries[variants.value(p)];
      if (e.key.length() == to - from && s.regionMatches(from, e.key, 0, to - from)) {
        int bits = n.changeBits(from, to);
        MatchMethod method = method(n, from, to, e, bits, false, false, true, 0);
        found.add(new Candidate(from, to, variants.value(p), method, 1.0));
      }
    }
  }
  /** Phrases in scripts written without spaces, found anywhere inside a run of such text. */
  private void substrings(NormalizedText n, int from, int to, List<Candidate> found) {
    String s = n.text();
    for (int i = from; i < to; i++) {
      int[] ids = unspacedByFirst.get(s.charAt(i));
      if (ids == null) {
        continue;
      }
      for (int id : ids) {
        Entry e = entries[id];
        int end = i + e.key.length();
        if (end <= to && s.regionMatches(i, e.key, 0, e.key.length())) {
          int bits = n.changeBits(i, end);
          found.add(new Candidate(i, end, id, method(n, i, end, e, bits, false, false, false, 0), 1.0));
        }
      }
    }
  }

  private static MatchMethod method(NormalizedText n, int from, int to, Entry e, int bits,
      boolean masked, boolean split, boolean joined, int edits) {
    if (masked) {
      return MatchMethod.MASKED;
    }
    if ((bits & (bit(Change.CONFUSABLE) | bit(Change.COMPATIBILITY))) != 0) {
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
    if (!letters(original).equals(letters(e.spelling))) {
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
    String b = collapseWhitespace(e.spelling);
    if (a.equalsIgnoreCase(b)) {
      return a.equals(b) ? MatchMethod.EXACT : MatchMethod.CASE;
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

  private static double lettersSimilarity(String original, String spelling) {
    return OptimalStringAlignment.INSTANCE.score(letters(original), letters(spelling));
  }

  /** Keeps the best of overlapping candidates, then orders by position and maps to the original. */
  private List<PhraseMatch> resolve(String text, NormalizedText n, List<Candidate> found) {
    if (found.isEmpty()) {
      return List.of();
    }
    found.sort((a, b) -> {
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
      // Two phrases equally good for one span: the one listed first, not whichever the table's
      // layout happened to offer first, so that the answer does not depend on how lookup works.
      c = Integer.compare(a.from, b.from);
      return c != 0 ? c : Integer.compare(a.entry, b.entry);
    });
    List<Candidate> kept = new ArrayList<>();
    // Spans are short, so marking the characters taken keeps this linear in the text.
    java.util.BitSet taken = new java.util.BitSet(n.length());
    for (Candidate c : found) {
      if (c.similarity < options.minSimilarity()) {
        continue;
      }
      int clash = taken.nextSetBit(c.from);
      if (clash < 0 || clash >= c.to) {
        kept.add(c);
        taken.set(c.from, c.to);
      }
    }
    kept.sort((a, b) -> Integer.compare(a.from, b.from));
    List<PhraseMatch> out = new ArrayList<>(kept.size());
    for (Candidate c : kept) {
      Entry e = entries[c.entry];
      int start = n.originalStart(c.from);
      int end = n.originalEnd(c.to - 1);
      double sim = Math.max(0.0, Math.min(1.0, c.similarity));
      out.add(new PhraseMatch(e.name, e.spelling, start, end, text.substring(start, end), c.method, sim));
    }
    return List.copyOf(out);
  }
}
