package dev.marque.matching.fingerprint.internal;

import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHasher;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import com.dynatrace.hash4j.similarity.SuperMinHashVersion;
import java.util.Arrays;

/**
 * Banded locality-sensitive hashing over SuperMinHash signatures (hash4j, version pinned so
 * signatures stay stable across releases): candidate pairs of shingle sets whose Jaccard
 * similarity is likely above a threshold, found without comparing every pair.
 *
 * <p>{@value #BANDS} bands of {@value #ROWS} components: a pair of Jaccard similarity J shares at
 * least one band with probability {@code 1 - (1 - J^4)^20}: 0.03 at J = 0.2, 0.40 at 0.4, 0.72 at
 * 0.5, 0.93 at 0.6 and 0.99 at 0.7. Four rows keep the many same-brand titles that share a few
 * words (J about 0.2) out of the candidates, which is what keeps a query fast over a million
 * removed listings; re-listings whose text was reworded beyond J = 0.5 are found through their
 * photos instead. Each candidate is then checked by exact Jaccard.
 */
public final class TextLsh {
  /** Bands. */
  public static final int BANDS = 20;
  /** Components per band. */
  public static final int ROWS = 4;

  private static final SimilarityHashPolicy POLICY =
      SimilarityHashing.superMinHash(BANDS * ROWS, 32, SuperMinHashVersion.V1);
  private static final ThreadLocal<Signer> SIGNER = ThreadLocal.withInitial(Signer::new);

  /** Per band: (band key << 32 | item number), sorted. */
  private final long[][] bands;

  private TextLsh(long[][] bands) {
    this.bands = bands;
  }

  /**
   * The band keys of a shingle set: {@value #BANDS} 32-bit keys.
   *
   * @param shingles sorted distinct shingle hashes
   * @return the keys, or an empty array for an empty set (which matches nothing)
   */
  public static int[] keys(int[] shingles) {
    int[] keys = SIGNER.get().keys(shingles);
    return keys.length == 0 ? keys : keys.clone();
  }

  /**
   * One thread's means of computing band keys, kept between sets: the hash4j hasher (whose work
   * arrays are reused), the element source it reads, and the keys, so that a query allocates only
   * the signature hash4j returns. Not thread-safe: one per thread.
   */
  public static final class Signer implements ElementHashProvider {
    private final SimilarityHasher hasher = POLICY.createHasher();
    private final int[] keys = new int[BANDS];
    private static final int[] NONE = new int[0];
    private int[] set = NONE;

    /**
     * The band keys of a shingle set, in an array this signer reuses (valid until its next call).
     *
     * @param shingles sorted distinct shingle hashes
     * @return {@value #BANDS} keys, or an empty array for an empty set
     */
    public int[] keys(int[] shingles) {
      if (shingles.length == 0) {
        return NONE;
      }
      set = shingles;
      byte[] sig = hasher.compute(this);
      set = NONE; // not kept: the set belongs to the caller
      for (int b = 0; b < BANDS; b++) {
        long h = 0x9E3779B97F4A7C15L * (b + 1);
        for (int r = 0; r < ROWS; r++) {
          h = (h ^ POLICY.getComponent(sig, b * ROWS + r)) * 0xBF58476D1CE4E5B9L;
          h ^= h >>> 31;
        }
        keys[b] = (int) (h >>> 32);
      }
      return keys;
    }

    @Override
    public long getElementHash(int elementIndex) {
      return mix(set[elementIndex]);
    }

    @Override
    public int getNumberOfElements() {
      return set.length;
    }
  }

  /** Spreads a 32-bit shingle hash over 64 bits, as MinHash wants uniform element hashes. */
  private static long mix(int x) {
    long z = (x & 0xffffffffL) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * An LSH table over items' band keys.
   *
   * @param keys per item, its band keys (empty for an item without text)
   * @param count the number of items
   * @return the table
   */
  public static TextLsh build(int[][] keys, int count) {
    long[][] bands = new long[BANDS][];
    int with = 0;
    for (int i = 0; i < count; i++) {
      if (keys[i].length > 0) {
        with++;
      }
    }
    for (int b = 0; b < BANDS; b++) {
      long[] t = new long[with];
      int n = 0;
      for (int i = 0; i < count; i++) {
        if (keys[i].length > 0) {
          t[n++] = ((long) keys[i][b] << 32) | i;
        }
      }
      Arrays.sort(t);
      bands[b] = t;
    }
    return new TextLsh(bands);
  }

  /**
   * Calls {@code sink} with every item sharing a band with the query (an item may come more than
   * once).
   *
   * @param queryKeys the query's band keys
   * @param sink receives item numbers
   */
  public void candidates(int[] queryKeys, java.util.function.IntConsumer sink) {
    if (queryKeys.length == 0) {
      return;
    }
    for (int b = 0; b < BANDS; b++) {
      long[] t = bands[b];
      for (int at = MultiIndex.firstWithKey(t, queryKeys[b]); at < t.length && (int) (t[at] >>> 32) == queryKeys[b]; at++) {
        sink.accept((int) t[at]);
      }
    }
  }
}
