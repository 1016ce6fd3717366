package dev.marque.matching.internal;

import dev.marque.matching.text.NormalizedText;
import java.util.Arrays;

/**
 * One thread's buffers for {@link PhraseMatcher#find}, kept from one call to the next so that a
 * lookup allocates little beyond its answer: the normalised text with its prefix hashes (any word's
 * hash in constant time) and its tokens, the {@link Window} being looked up, and the matches and
 * candidates found in the text so far. Not thread-safe: the matcher keeps one per thread.
 */
final class Scratch {
  private static final int TOKENS = 16;

  // The text.
  private NormalizedText normalized;
  private char[] text = new char[64];
  private long[] textPrefix = new long[65];
  private int length;

  /** A copy of part of the original text. */
  private char[] original = new char[256];

  // Its tokens: runs of characters other than spaces and masks, each in one kind of script.
  private int[] tokFrom = new int[TOKENS];
  private int[] tokTo = new int[TOKENS];
  private boolean[] tokUnspaced = new boolean[TOKENS];
  /** Per token: whether it is a common word. */
  private boolean[] commonToken = new boolean[TOKENS];
  private int tokenCount;

  /** The window being looked up. */
  private final Window window;
  /** What the misspelling round found for recent windows; null in a scratch used once. */
  private final Misspellings misspellings;
  /** What one window's misspelling round finds, before it is stored: id, edits, id, edits... */
  private int[] misspelt = new int[64];

  // What was found in the text: the windows that matched, then the candidates made of them.
  private WindowMatch[] matches = newMatches(32, 0, null);
  private int matchCount;
  private PhraseMatcher.Candidate[] found = new PhraseMatcher.Candidate[32];
  private int foundCount;
  private boolean[] taken = new boolean[64];

  /**
   * Buffers for windows of at most {@code windowCapacity} characters, with room for {@code probes}
   * probe hashes (more are made room for when needed).
   */
  Scratch(int windowCapacity, int probes) {
    this(windowCapacity, probes, true);
  }

  /**
   * Buffers as above, remembering what the misspelling round found for windows only if {@code
   * kept}: a scratch made for one long text has no later windows to serve.
   */
  Scratch(int windowCapacity, int probes, boolean kept) {
    window = new Window(windowCapacity, probes);
    misspellings = kept ? new Misspellings() : null;
  }

  /** Starts a lookup in {@code n}: its characters, their prefix hashes and its tokens. */
  void load(NormalizedText n) {
    normalized = n;
    String s = n.text();
    int len = s.length();
    if (text.length < len) {
      text = new char[Math.max(len, 2 * text.length)];
      textPrefix = new long[text.length + 1];
    }
    s.getChars(0, len, text, 0);
    length = len;
    Hashing.prefixes(text, len, textPrefix);
    tokenize();
    matchCount = 0;
    foundCount = 0;
  }

  private void tokenize() {
    char[] c = text;
    int count = 0;
    for (int i = 0; i < length; ) {
      if (c[i] == ' ' || c[i] == PhraseMatcher.MASK) {
        i++;
        continue;
      }
      boolean unspaced = PhraseMatcher.isUnspaced(c[i]);
      int j = i + 1;
      while (j < length && c[j] != ' ' && c[j] != PhraseMatcher.MASK
          && PhraseMatcher.isUnspaced(c[j]) == unspaced) {
        j++;
      }
      if (count == tokFrom.length) {
        growTokens();
      }
      tokFrom[count] = i;
      tokTo[count] = j;
      tokUnspaced[count] = unspaced;
      count++;
      i = j;
    }
    tokenCount = count;
  }

  private void growTokens() {
    int cap = tokFrom.length * 2;
    tokFrom = Arrays.copyOf(tokFrom, cap);
    tokTo = Arrays.copyOf(tokTo, cap);
    tokUnspaced = Arrays.copyOf(tokUnspaced, cap);
    commonToken = Arrays.copyOf(commonToken, cap);
  }

  /** The text being looked up. */
  NormalizedText normalized() {
    return normalized;
  }

  /** Its normalised characters, {@code [0, normalized().length())}; read only. */
  char[] text() {
    return text;
  }

  /** The prefix hashes of {@link #text()}; read only. */
  long[] textPrefix() {
    return textPrefix;
  }

  int tokenCount() {
    return tokenCount;
  }

  /** Where token {@code t} starts in the normalised text. */
  int tokenFrom(int t) {
    return tokFrom[t];
  }

  /** Where token {@code t} ends in the normalised text. */
  int tokenTo(int t) {
    return tokTo[t];
  }

  /** Whether token {@code t} is in a script written without spaces. */
  boolean unspaced(int t) {
    return tokUnspaced[t];
  }

  /** Whether token {@code t} is a common word, as {@link #markCommon} said. */
  boolean isCommon(int t) {
    return commonToken[t];
  }

  /** Says whether token {@code t} is a common word. */
  void markCommon(int t, boolean common) {
    commonToken[t] = common;
  }

  /** {@return what the misspelling round found for recent windows, or null if not kept} */
  Misspellings misspellings() {
    return misspellings;
  }

  /** A buffer for {@code n} ints, for what one window's misspelling round finds. */
  int[] misspelt(int n) {
    if (misspelt.length < n) {
      misspelt = new int[Math.max(n, 2 * misspelt.length)];
    }
    return misspelt;
  }

  /** The window being looked up, reused for every window. */
  Window window() {
    return window;
  }

  int matchCount() {
    return matchCount;
  }

  /** The {@code k}th window match found in the text. */
  WindowMatch match(int k) {
    return matches[k];
  }

  int foundCount() {
    return foundCount;
  }

  /** The candidates found in the text, {@code [0, foundCount())}; the caller may reorder them. */
  PhraseMatcher.Candidate[] found() {
    return found;
  }

  /** The original text's characters {@code [from, to)}, copied to the start of an array. */
  char[] original(int from, int to) {
    if (original.length < to - from) {
      original = new char[Math.max(to - from, 2 * original.length)];
    }
    normalized.original().getChars(from, to, original, 0);
    return original;
  }

  /** Records that window {@code w} matches entry {@code entry}. */
  void addMatch(Window w, int entry, int edits, boolean split, boolean joined) {
    if (matchCount == matches.length) {
      matches = newMatches(2 * matchCount, matchCount, matches);
    }
    WindowMatch m = matches[matchCount++];
    m.from = w.from();
    m.to = w.to();
    m.len = w.length();
    m.masks = w.masks();
    m.bits = w.bits();
    m.entry = entry;
    m.edits = edits;
    m.split = split;
    m.joined = joined;
  }

  private static WindowMatch[] newMatches(int capacity, int count, WindowMatch[] old) {
    WindowMatch[] m = new WindowMatch[capacity];
    for (int i = 0; i < capacity; i++) {
      m[i] = i < count ? old[i] : new WindowMatch();
    }
    return m;
  }

  void addFound(PhraseMatcher.Candidate c) {
    if (foundCount == found.length) {
      found = Arrays.copyOf(found, foundCount * 2);
    }
    found[foundCount++] = c;
  }

  /** A mark for each character of the text, none set: for which a kept candidate has taken. */
  boolean[] taken() {
    if (taken.length < length) {
      taken = new boolean[Math.max(length, 2 * taken.length)];
    } else {
      Arrays.fill(taken, 0, length, false);
    }
    return taken;
  }

  /** Ends a lookup: lets go of the text and of what was found in it. */
  void finish() {
    Arrays.fill(found, 0, foundCount, null);
    foundCount = 0;
    matchCount = 0;
    normalized = null;
  }

  /**
   * A window that matched an entry, as lookup found it: what {@code PhraseMatcher} needs to report
   * the match once lookup is done. Reused from one lookup to the next.
   */
  static final class WindowMatch {
    int from;
    int to;
    int len;
    int masks;
    int bits;
    int entry;
    int edits;
    /** Whether the window has more words than the phrase. */
    boolean split;
    /** Whether it has fewer. */
    boolean joined;
  }
}
