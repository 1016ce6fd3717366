package dev.marque.matching.internal;

import dev.marque.matching.text.NormalizedText;
import java.util.Arrays;

/**
 * One thread's buffers for {@link PhraseMatcher#find}, kept from one call to the next so that a
 * lookup allocates little beyond its answer: the normalised text with its prefix hashes (any word's
 * hash in constant time) and its tokens, the window being looked up, the candidate entries found for
 * it (in the order first found, with a small set to drop repeats), and the candidates found in the
 * text so far. Not thread-safe: the matcher keeps one per thread.
 */
final class Scratch {
  private static final int TOKENS = 16;

  // The text.
  NormalizedText normalized;
  char[] text = new char[64];
  long[] textPrefix = new long[65];
  int length;

  /** A copy of part of the original text. */
  private char[] original = new char[256];

  // Its tokens: runs of characters other than spaces and masks, each in one kind of script.
  int[] tokFrom = new int[TOKENS];
  int[] tokTo = new int[TOKENS];
  boolean[] tokUnspaced = new boolean[TOKENS];
  /** Per token: whether it is a common word. */
  boolean[] commonToken = new boolean[TOKENS];
  int tokenCount;

  // The window being looked up: tokens firstTok..lastTok, text [from, to), in chars[0..len).
  final char[] chars;
  final long[] prefix;
  /** How many characters of the window {@link #prefix} covers. */
  int prefixLength;
  int from;
  int to;
  int firstTok;
  int lastTok;
  /** The words of the window: its tokens, less those joined by masks rather than spaces. */
  int tokens;
  int len;
  int masks;
  /** The window's {@link NormalizedText#changeBits}. */
  int bits;
  boolean disguised;

  // The candidate entries of the window.
  // Sized so that they seldom grow: growing is a path the compiled lookup has not seen.
  int[] ids = new int[64];
  int idCount;
  private int[] setIds = new int[256];
  private int[] setStamps = new int[256];
  private int stamp = 1;
  final WindowDistance distance = new WindowDistance();
  /** The probes of the current window, then what the table says of them. */
  long[] hashes;
  long[] raw;
  int hashCount;

  // What was found in the text: the windows that matched, then the candidates made of them.
  WindowMatch[] matches = newMatches(32, 0, null);
  int matchCount;
  PhraseMatcher.Candidate[] found = new PhraseMatcher.Candidate[32];
  int foundCount;
  private boolean[] taken = new boolean[64];

  /**
   * Buffers for windows of at most {@code windowCapacity} characters, with room for {@code probes}
   * probe hashes (more are made room for when needed).
   */
  Scratch(int windowCapacity, int probes) {
    hashes = new long[Math.max(1, probes)];
    chars = new char[windowCapacity];
    prefix = new long[windowCapacity + 1];
    raw = new long[windowCapacity];
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

  /** The original text's characters {@code [from, to)}, copied to the start of an array. */
  char[] original(int from, int to) {
    if (original.length < to - from) {
      original = new char[Math.max(to - from, 2 * original.length)];
    }
    normalized.original().getChars(from, to, original, 0);
    return original;
  }

  /** Describes the window {@code chars[0..len)} about to be looked up. */
  void window(int firstTok, int lastTok, int tokens, int len, int masks) {
    this.firstTok = firstTok;
    this.lastTok = lastTok;
    this.tokens = tokens;
    this.len = len;
    this.masks = masks;
    from = tokFrom[firstTok];
    to = tokTo[lastTok];
    // The windows from one token grow by appending, so their prefix hashes only need extending.
    for (int i = prefixLength; i < len; i++) {
      prefix[i + 1] = prefix[i] * Hashing.BASE + chars[i];
    }
    prefixLength = len;
    idCount = 0;
    if (++stamp == 0) { // after 2^32 windows: no stale slot may look current
      Arrays.fill(setStamps, 0);
      stamp = 1;
    }
  }

  /** Room for {@code n} probe hashes. */
  void reserveHashes(int n) {
    if (hashes.length < n) {
      hashes = new long[Math.max(n, 2 * hashes.length)];
    }
  }

  /** Makes {@code h} the one probe of the window. */
  void probeOnly(long h) {
    hashes[0] = h;
    hashCount = 1;
  }

  /** Adds entry {@code id} to the window's candidates unless it is there already. */
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

  /** Records that the current window matches entry {@code entry}. */
  void addMatch(int entry, int edits, boolean split, boolean joined) {
    if (matchCount == matches.length) {
      matches = newMatches(2 * matchCount, matchCount, matches);
    }
    WindowMatch m = matches[matchCount++];
    m.from = from;
    m.to = to;
    m.len = len;
    m.masks = masks;
    m.bits = bits;
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
