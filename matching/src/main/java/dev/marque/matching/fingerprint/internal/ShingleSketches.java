package dev.marque.matching.fingerprint.internal;

/**
 * A 256-bit sketch of each shingle set (every shingle sets one bit), kept beside the sets so that
 * most text candidates of a query are set aside in a few instructions, before the exact Jaccard
 * check walks both sets. The rejection is sound, never a guess: each bit set in one sketch and not
 * in the other was set by at least one shingle of the first set missing from the second (had all
 * of that bit's shingles been in the second set, its sketch would have the bit), and distinct
 * bits come from distinct shingles. So {@code bitCount(a & ~b)} is at most {@code |a \ b|}, and
 * when it already exceeds what the Jaccard bar allows, the bar cannot be reached.
 */
public final class ShingleSketches {
  /** Longs per sketch. */
  public static final int WORDS = 4;

  private final long[] bits;

  private ShingleSketches(long[] bits) {
    this.bits = bits;
  }

  /**
   * The sketches of a list of sorted shingle sets.
   *
   * @param sets the sets, one per listing
   * @return their sketches, in the same order
   */
  public static ShingleSketches of(int[][] sets) {
    long[] bits = new long[sets.length * WORDS];
    for (int i = 0; i < sets.length; i++) {
      sketch(sets[i], bits, i * WORDS);
    }
    return new ShingleSketches(bits);
  }

  /**
   * Writes the sketch of one set into {@code into} at {@code at} (its {@value #WORDS} longs).
   *
   * @param set shingle hashes
   * @param into where to write
   * @param at the first long written
   */
  public static void sketch(int[] set, long[] into, int at) {
    for (int w = 0; w < WORDS; w++) {
      into[at + w] = 0;
    }
    for (int s : set) {
      int bit = (s * 0x9E3779B1) >>> 24; // 0..255 from the hash's well-mixed top bits
      into[at + (bit >>> 6)] |= 1L << bit;
    }
  }

  /**
   * Whether the set sketched in {@code query} at {@code at}, of {@code queryCount} shingles,
   * certainly has Jaccard similarity below {@code least} with set {@code i} of these, of {@code
   * count} shingles: when {@code false}, the exact check decides.
   *
   * @param query a sketch made by {@link #sketch}
   * @param at where it starts in {@code query}
   * @param queryCount the size of the query's set
   * @param i the listing
   * @param count the size of its set
   * @param least the Jaccard bar, above 0
   * @return true only when the bar cannot be reached
   */
  public boolean cannotReach(long[] query, int at, int queryCount, int i, int count,
      double least) {
    // J >= least  <=>  |a ∩ b| >= least / (1 + least) * (|a| + |b|), as in jaccardAtLeast
    int need = (int) Math.ceil(least / (1 + least) * (queryCount + count) - 1e-9);
    int onlyQuery = 0;
    int onlyListing = 0;
    int base = i * WORDS;
    for (int w = 0; w < WORDS; w++) {
      long q = query[at + w];
      long l = bits[base + w];
      onlyQuery += Long.bitCount(q & ~l);
      onlyListing += Long.bitCount(l & ~q);
    }
    return onlyQuery > queryCount - need || onlyListing > count - need;
  }
}
