package dev.marque.matching.internal;

import java.util.Arrays;

/**
 * An open-addressing multimap from 64-bit hashes to entry numbers: the deletion-neighbourhood table.
 * Filled with {@link #add} into two flat arrays (twelve bytes a posting), then {@link #trim}med into
 * its read-only form, where the entries of each hash lie next to each other (one cache line to read
 * them all, not one per entry). The read-only table is sized to its distinct hashes, at most {@value
 * #LOAD_PERCENT}% full: about 23 bytes a distinct hash and 4 a posting, where a table kept at most
 * half full in powers of two took 32 to 64.
 *
 * <p>Keys longer than {@value #PREFIX} characters are posted by the deletion variants of their first
 * {@value #PREFIX} characters only (SymSpell's prefix), in a table of their own, so that a key's
 * variants cost at most {@code 1 + P + P(P-1)/2} postings, not {@code n(n+1)/2}: 466 for a legal name
 * of 30 letters. {@link #prefixProbes} are the probes that find every such key within two deletions
 * of a window: see there why none is lost.
 */
final class VariantTable {
  /** How many characters of a long key its deletion variants are taken from. */
  static final int PREFIX = 8;
  /** The most postings the fill arrays start with, however many are expected. */
  private static final int MAX_INITIAL = 1 << 16;
  private static final int LOAD_PERCENT = 70;

  /** While filling: the hash and the value of each posting, in the order added; then null. */
  private long[] addedHashes;
  private int[] addedValues;
  private int postings;
  private int[] values;
  /**
   * Once trimmed, the table itself, two longs a slot so that a probe reads one cache line: the hash,
   * then where its values are, {@code values[from .. to)} packed as {@code from << 32 | to}; an empty
   * slot has {@code from == to}.
   */
  private long[] slots = new long[2];
  private int capacity = 1;
  /**
   * Two bits per hash in one 64-bit word, about eight bits per variant (a blocked Bloom filter, about
   * 5% false positives): most probes are misses, and this answers them from a bitset far smaller than
   * the table, one memory access each.
   */
  private long[] filter = new long[1];

  VariantTable(int expected) {
    int initial = Math.max(16, Math.min(expected, MAX_INITIAL));
    addedHashes = new long[initial];
    addedValues = new int[initial];
  }

  /** {@return whether a key of {@code length} characters is posted by its prefix's variants only} */
  static boolean isLong(int length) {
    return length > PREFIX;
  }

  /**
   * Writes into {@code out} from 0 the variants a long key posts in the prefix table: its first
   * {@value #PREFIX} characters, less up to {@code depth} of them (at most two); returns how many.
   *
   * @param prefix the key's prefix hashes ({@link Hashing#prefixes}), at least {@value #PREFIX} + 1
   * @param raw scratch of at least {@value #PREFIX} longs
   */
  static int keyPrefixVariants(long[] prefix, int depth, long[] raw, long[] out) {
    out[0] = Hashing.finish(prefix[PREFIX], PREFIX);
    return depth < 1 ? 1 : Hashing.deletions(prefix, PREFIX, depth >= 2, raw, out, 1);
  }

  /** {@return the most probes {@link #prefixProbes} writes} */
  static int maxPrefixProbes() {
    int count = 0;
    for (int p = PREFIX - 2; p <= PREFIX + 2; p++) {
      count += 1 + p + p * (p - 1) / 2;
    }
    return count;
  }

  /**
   * Writes into {@code out} from {@code at} the probes of a window of {@code n} characters for the
   * long keys within {@code depth} deletions of it, which it shares a variant with where the window
   * loses at most {@code depth} characters and the key at most two; returns where it stopped.
   *
   * <p>Why none is lost: if the window less the positions {@code Dq} equals the key less {@code Dk},
   * take the first {@code m} characters of what they share that come from the key's prefix of
   * {@code P} ({@value #PREFIX}) characters, {@code m = P - |Dk ∩ prefix|}, and the window's
   * prefix {@code P'} that ends with the last of them: the window's prefix less {@code Dq ∩ [0, P')}
   * equals the key's prefix less {@code Dk ∩ [0, P)}. So {@code P' = P - |Dk ∩ [0, P)| + |Dq ∩ [0,
   * P')|} lies in {@code [P - 2, P + depth]}, and that prefix needs at most {@code min(depth, P' - P +
   * 2)} deletions: each probed here. The variants are taken from both sides' prefixes, so more
   * keys share them than whole keys would: each candidate is verified against the whole key.
   *
   * @param prefix the window's prefix hashes, at least {@code n + 1}
   * @param raw scratch of at least {@code n} longs
   */
  static int prefixProbes(long[] prefix, int n, int depth, long[] raw, long[] out, int at) {
    for (int p = Math.max(1, PREFIX - 2); p <= Math.min(n, PREFIX + depth); p++) {
      int deletions = Math.min(depth, p - PREFIX + 2);
      out[at++] = Hashing.finish(prefix[p], p);
      if (deletions >= 1) {
        at = Hashing.deletions(prefix, p, deletions >= 2, raw, out, at);
      }
    }
    return at;
  }

  /**
   * Whether {@code q[0..qn)} less at most {@code dq} characters equals {@code k} less at most {@code
   * dk}: whether they have a common subsequence of {@code max(qn - dq, k.length - dk)} characters.
   * This is what a window's probes of {@code dq} deletions find among whole keys' variants of {@code
   * dk}; the prefix variants find more, and this keeps to what whole keys' would find.
   */
  static boolean shareVariant(char[] q, int qn, char[] k, int dq, int dk) {
    int kn = k.length;
    int need = Math.max(qn - dq, kn - dk);
    if (need > Math.min(qn, kn)) {
      return false;
    }
    int[] row = new int[kn + 1];
    for (int i = 1; i <= qn; i++) {
      int diagonal = 0;
      for (int j = 1; j <= kn; j++) {
        int above = row[j];
        row[j] = q[i - 1] == k[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1]);
        diagonal = above;
      }
    }
    return row[kn] >= need;
  }

  /**
   * The bytes of heap the variant tables take while they are built, per posting: twelve to collect
   * it, eight to sort, four to lay it out and about 23 per distinct variant (most are).
   */
  static final int BUILD_BYTES_PER_POSTING = 47;

  /**
   * {@return how many postings a key of {@code n} characters adds to the variant tables, with
   * deletions {@code depth} deep: the key, and its (or its prefix's) deletion variants}
   *
   * @param byPrefix whether a long key is posted by its prefix's variants
   */
  static long postingsOf(int n, int depth, boolean byPrefix) {
    int m = byPrefix && depth >= 1 && isLong(n) ? PREFIX : n;
    long variants = 1 + (depth >= 1 ? m : 0) + (depth >= 2 ? (long) m * (m - 1) / 2 : 0);
    return m == n ? variants : variants + 1;
  }

  /**
   * The error for a brand index that did not fit in the heap: one line, how much the index needs,
   * what Java was given and what to try. Estimates from the spellings' lengths, without normalising
   * them, and allocates nothing large: the heap is full when it is called.
   *
   * @param spellingsByName the spellings the index was built from
   * @param byPrefix whether long keys were posted by their prefixes' variants
   */
  static OutOfMemoryError outOfMemory(java.util.Map<String, java.util.List<String>> spellingsByName,
      boolean byPrefix) {
    long spellings = 0;
    long postings = 0;
    for (java.util.List<String> list : spellingsByName.values()) {
      for (String s : list) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
          letters += Character.isLetterOrDigit(s.charAt(i)) ? 1 : 0;
        }
        spellings++;
        int depth = letters < 4 ? 1 : 2;
        postings += postingsOf(letters, depth, byPrefix);
        if (s.strip().indexOf(' ') > 0) { // a phrase of several words is in their table too
          postings += byPrefix && isLong(letters) ? 1 : postingsOf(letters, depth, false);
        }
      }
    }
    long neededMb = (postings * BUILD_BYTES_PER_POSTING >> 20) + 1;
    long givenMb = Runtime.getRuntime().maxMemory() >> 20;
    long suggestMb = ((givenMb + neededMb) / 256 + 1) * 256;
    return new OutOfMemoryError("the brand index ran out of heap: its " + spellings
        + " spellings need about " + neededMb + " MB while it is built, beside the rest of the "
        + givenMb + " MB of heap Java was given; run java with a larger heap, such as -Xmx"
        + suggestMb + "m");
  }

  void add(long hash, int value) {
    if (postings == addedHashes.length) {
      int cap = postings + (postings >> 1) + 16;
      addedHashes = Arrays.copyOf(addedHashes, cap);
      addedValues = Arrays.copyOf(addedValues, cap);
    }
    addedHashes[postings] = hash;
    addedValues[postings] = value;
    postings++;
  }

  /** {@return how many postings the table holds} */
  int postings() {
    return postings;
  }

  /**
   * Where {@code hash}'s values are, {@code from << 32 | to} as {@link #from} and {@link #to} read it,
   * or 0 when it has none.
   */
  long find(long hash) {
    return mayContain(hash) ? lookup(hash) : 0;
  }

  /** Whether the filter lets {@code hash} through: false means it is certainly not in the table. */
  boolean mayContain(long hash) {
    long mask = filterMask(hash);
    return (filter[(int) (hash >>> 46) & (filter.length - 1)] & mask) == mask;
  }

  /** {@link #find} without the filter, for a hash that passed {@link #mayContain}. */
  long lookup(long hash) {
    int cap = capacity;
    for (int slot = home(hash, cap); ; slot = slot + 1 == cap ? 0 : slot + 1) {
      long range = slots[2 * slot + 1];
      if (range == 0) {
        return 0;
      }
      if (slots[2 * slot] == hash) {
        return range;
      }
    }
  }

  /** The first slot a hash is looked for in, of {@code cap}: a multiply-shift, any capacity. */
  private static int home(long hash, int cap) {
    return (int) (((hash ^ (hash >>> 32)) & 0xFFFFFFFFL) * cap >>> 32);
  }

  private static long filterMask(long hash) {
    return (1L << (hash >>> 40)) | (1L << (hash >>> 34));
  }

  /** The first index into {@link #value} of the values {@link #find} located. */
  static int from(long range) {
    return (int) (range >>> 32);
  }

  /** One past the last index into {@link #value} of the values {@link #find} located. */
  static int to(long range) {
    return (int) range;
  }

  int value(int index) {
    return values[index];
  }

  /**
   * Ends filling: puts each distinct hash in its slot with its count of postings, lays the values of
   * each hash out together in slot order, and builds the filter. A value added twice for one hash is
   * kept twice.
   */
  void trim() {
    long[] hashes = addedHashes;
    int n = postings;
    // The distinct hashes, with how many postings each has, from a sorted copy: eight bytes a
    // posting for a moment, where a table sized for every posting would take more than twenty.
    long[] sorted = Arrays.copyOf(hashes, n);
    Arrays.sort(sorted);
    int used = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        used++;
      }
    }
    int cap = (int) Math.max(2, (long) used * 100 / LOAD_PERCENT + 1);
    long[] t = new long[2 * cap];
    for (int i = 0; i < n; ) {
      int j = i + 1;
      while (j < n && sorted[j] == sorted[i]) {
        j++;
      }
      int slot = slotFor(t, cap, sorted[i]);
      t[2 * slot] = sorted[i];
      t[2 * slot + 1] = j - i;
      i = j;
    }
    sorted = null;
    int words = Integer.highestOneBit(Math.max(1, used * 8 / 64 - 1)) << 1;
    long[] bits = new long[words];
    // Ranges in slot order. Each slot's count becomes "end << 32 | end", never 0, and its values are
    // placed from the end back, each moving "from" down one: newest first, as they were read.
    int at = 0;
    for (int s = 0; s < cap; s++) {
      long count = t[2 * s + 1];
      if (count != 0) {
        bits[(int) (t[2 * s] >>> 46) & (words - 1)] |= filterMask(t[2 * s]);
        at += (int) count;
        t[2 * s + 1] = (long) at << 32 | at;
      }
    }
    int[] laidOut = new int[n];
    for (int i = 0; i < n; i++) {
      int slot = slotFor(t, cap, hashes[i]);
      long range = t[2 * slot + 1];
      int from = (int) (range >>> 32) - 1;
      laidOut[from] = addedValues[i];
      t[2 * slot + 1] = (long) from << 32 | (range & 0xFFFFFFFFL);
    }
    values = laidOut;
    slots = t;
    capacity = cap;
    filter = bits;
    addedHashes = null;
    addedValues = null;
  }

  /**
   * The slot of {@code hash} in the table {@code t} of {@code cap} slots: where it is, or the empty
   * slot where it goes. While {@link #trim} fills {@code t}, a slot is empty when its second long is
   * 0: a count of 0, or (once laid out) an empty range, which only an empty slot has.
   */
  private static int slotFor(long[] t, int cap, long hash) {
    int slot = home(hash, cap);
    while (t[2 * slot + 1] != 0 && t[2 * slot] != hash) {
      slot = slot + 1 == cap ? 0 : slot + 1;
    }
    return slot;
  }
}
