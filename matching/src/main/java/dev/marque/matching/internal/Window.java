package dev.marque.matching.internal;

import java.util.Arrays;

/**
 * The text window {@link PhraseMatcher} looks up: one token, or a run of adjacent tokens, of the
 * normalised text, built by appending token after token. It knows its characters and their prefix
 * hashes (extended, not recomputed, as it grows), where it lies in the text, the probes it sends to
 * the variant table, the candidate entries they found (each once), and its edit distance to a
 * candidate's key. One per thread, reused for every window of every lookup, so that looking up a
 * window allocates nothing; not thread-safe.
 */
final class Window {
  // Its characters: chars[0..length), prefix hashes over prefix[0..hashed].
  private final char[] chars;
  private final long[] prefix;
  private int hashed;
  private int length;
  private int masks;

  // Where it lies: tokens first..last, text [from, to), that many words; its change bits.
  private int firstToken;
  private int lastToken;
  private int words;
  private int from;
  private int to;
  private int bits;
  private boolean disguised;

  // Its probes, then what the table said of them.
  private long[] probes;
  private final long[] raw;
  private int probeCount;

  // The candidate entries the probes found, in the order first found, with a set to drop repeats.
  // Sized so that they seldom grow: growing is a path the compiled lookup has not seen.
  private int[] candidates = new int[64];
  private int candidateCount;
  private int[] setIds = new int[256];
  private int[] setStamps = new int[256];
  private int stamp = 1;

  private final WindowDistance distance = new WindowDistance();
  /** Whether {@link #distance} holds this window's masks yet: built when first asked for. */
  private boolean distanceLoaded;

  /** A window of at most {@code capacity} characters, with room for {@code probes} probes at first. */
  Window(int capacity, int probes) {
    chars = new char[capacity];
    prefix = new long[capacity + 1];
    raw = new long[capacity];
    this.probes = new long[Math.max(1, probes)];
  }

  // ---------------------------------------------------------------------------------------------
  // Building it

  /** Starts the windows that begin at a new token: empty. */
  void clear() {
    length = 0;
    masks = 0;
    hashed = 0;
  }

  /** Appends {@code s[from, from + n)}; false, appending nothing, when it does not fit. */
  boolean append(char[] s, int from, int n) {
    if (length + n > chars.length) {
      return false;
    }
    System.arraycopy(s, from, chars, length, n);
    length += n;
    return true;
  }

  /** Appends a masked letter; false when it does not fit. */
  boolean appendMask() {
    if (length == chars.length) {
      return false;
    }
    chars[length++] = PhraseMatcher.MASK;
    masks++;
    return true;
  }

  /**
   * Makes the characters appended so far the window to look up: tokens {@code first..last} of the
   * text, its span {@code [from, to)}, of {@code words} words, with the text's change bits for the
   * span. Forgets the previous window's candidates.
   */
  void describe(int first, int last, int from, int to, int words, int bits, int disguiseBits) {
    this.firstToken = first;
    this.lastToken = last;
    this.from = from;
    this.to = to;
    this.words = words;
    this.bits = bits;
    this.disguised = masks > 0 || (bits & disguiseBits) != 0;
    // The windows from one token grow by appending, so their prefix hashes only need extending.
    for (int i = hashed; i < length; i++) {
      prefix[i + 1] = prefix[i] * Hashing.BASE + chars[i];
    }
    hashed = length;
    candidateCount = 0;
    distanceLoaded = false;
    if (++stamp == 0) { // after 2^32 windows: no stale slot may look current
      Arrays.fill(setStamps, 0);
      stamp = 1;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // What it is

  int length() {
    return length;
  }

  int masks() {
    return masks;
  }

  int words() {
    return words;
  }

  int firstToken() {
    return firstToken;
  }

  int lastToken() {
    return lastToken;
  }

  int from() {
    return from;
  }

  int to() {
    return to;
  }

  /** The text's {@code NormalizedText#changeBits} over the window. */
  int bits() {
    return bits;
  }

  /** Whether the seller disguised it: masks, or lookalikes, leet, separators or invisibles. */
  boolean disguised() {
    return disguised;
  }

  /** The window's characters, {@code [0, length())}; read only. */
  char[] chars() {
    return chars;
  }

  /** The prefix hashes of its characters, {@code [0, length()]}; read only. */
  long[] prefixHashes() {
    return prefix;
  }

  /** Its hash, as {@link Hashing#of} gives it. */
  long hash() {
    return Hashing.finish(prefix[length], length);
  }

  /** Whether it equals {@code key} but for its masked letters; the key has the window's length. */
  boolean equalsButMasks(String key) {
    for (int i = 0; i < key.length(); i++) {
      char c = chars[i];
      if (c != PhraseMatcher.MASK && c != key.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // Its probes

  /** Makes its exact hash the one probe. */
  void probeExact() {
    probeOnly(hash());
  }

  /** Makes {@code h} its one probe. */
  void probeOnly(long h) {
    probes[0] = h;
    probeCount = 1;
  }

  /**
   * Makes its probes the variants of its first {@link VariantTable#PREFIX} characters that a long
   * key's prefix shares with it within {@code depth} deletions ({@link VariantTable#prefixProbes}).
   */
  void probePrefixes(int depth) {
    reserve(VariantTable.maxPrefixProbes());
    probeCount = VariantTable.prefixProbes(prefix, length, depth, raw, probes, 0);
  }

  int probeCount() {
    return probeCount;
  }

  /** The {@code i}th probe. */
  long probe(int i) {
    return probes[i];
  }

  /** Makes its deletions of one character (and of two, with {@code pairs}) its probes. */
  void probeDeletions(boolean pairs) {
    reserve(pairs ? length + length * (length - 1) / 2 : length);
    probeCount = Hashing.deletions(prefix, length, pairs, raw, probes, 0);
  }

  /**
   * Makes its probes those of a masked window: its exact hash, its deletions up to {@code depth}
   * characters, and itself with its masked letters deleted (the variant a masked spelling shares
   * with the phrase).
   */
  void probeMasked(int depth) {
    reserve(2 + length + length * (length - 1) / 2);
    probeExact();
    if (depth >= 1) {
      probeCount = Hashing.deletions(prefix, length, depth >= 2, raw, probes, 1);
    }
    long h = 0;
    for (int i = 0; i < length; i++) {
      if (chars[i] != PhraseMatcher.MASK) {
        h = h * Hashing.BASE + chars[i];
      }
    }
    probes[probeCount++] = Hashing.finish(h, length - masks);
  }

  private void reserve(int n) {
    if (probes.length < n) {
      probes = new long[Math.max(n, 2 * probes.length)];
    }
  }

  /**
   * Looks its probes up in {@code table} and adds as candidates the entries within their edit
   * bound of the window's length ({@code keyLength}, {@code keyEdits} per entry): the others could
   * never pass the distance check, and skipping them here keeps the long postings of short shared
   * variants cheap.
   */
  void collect(VariantTable table, int[] keyLength, int[] keyEdits) {
    long[] h = probes;
    // In passes, so that the memory reads of one pass do not wait on each other: the filter for every
    // probe, then the table for those it let through, then their entries, in probe order.
    int passed = 0;
    for (int i = 0, n = probeCount; i < n; i++) {
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
        if (Math.abs(keyLength[id] - length) <= keyEdits[id]) {
          addCandidate(id);
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Its candidates

  int candidateCount() {
    return candidateCount;
  }

  /** The {@code k}th candidate entry, in the order found. */
  int candidate(int k) {
    return candidates[k];
  }

  /** Adds entry {@code id} to the candidates unless it is there already. */
  void addCandidate(int id) {
    if (insert(id)) {
      if (candidateCount == candidates.length) {
        candidates = Arrays.copyOf(candidates, candidateCount * 2);
      }
      candidates[candidateCount++] = id;
      if (candidateCount * 2 > setIds.length) {
        setIds = new int[setIds.length * 2];
        setStamps = new int[setStamps.length * 2];
        for (int i = 0; i < candidateCount; i++) {
          insert(candidates[i]);
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

  /**
   * The optimal-string-alignment distance to {@code key}, or {@code max + 1} when it is more: the
   * window's character masks are built on the first call after {@link #describe}, and serve every
   * key after.
   */
  int distanceTo(char[] key, int max) {
    if (!distanceLoaded) {
      distance.load(chars, length);
      distanceLoaded = true;
    }
    return distance.distance(key, max);
  }
}
