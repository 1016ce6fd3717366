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
  private static final ThreadLocal<SimilarityHasher> HASHER =
      ThreadLocal.withInitial(POLICY::createHasher);

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
    if (shingles.length == 0) {
      return new int[0];
    }
    byte[] sig = HASHER.get().compute(ElementHashProvider.ofFunction(i -> mix(shingles[i]), shingles.length));
    int[] keys = new int[BANDS];
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
      long key = (long) queryKeys[b] << 32;
      int lo = 0;
      int hi = t.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (t[mid] < key) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      for (int at = lo; at < t.length && (int) (t[at] >>> 32) == queryKeys[b]; at++) {
        sink.accept((int) t[at]);
      }
    }
  }
}
