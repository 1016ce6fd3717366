package dev.marque.matching.fingerprint.internal;

/**
 * In how many of a set of listings each text shingle occurs, so that the words every listing of a
 * brand repeats (its name, the product word, "for women") can weigh less than the words that tell
 * one product from another: a rarity-weighted Jaccard similarity. Immutable once built.
 */
public final class ShingleCounts {
  /** Open addressing; key 0 is kept apart, as 0 marks an empty slot. */
  private final int[] keys;
  private final int[] counts;
  private final int zeroCount;
  private final int listings;

  private ShingleCounts(int[] keys, int[] counts, int zeroCount, int listings) {
    this.keys = keys;
    this.counts = counts;
    this.zeroCount = zeroCount;
    this.listings = listings;
  }

  /**
   * Counts the shingles of the listings.
   *
   * @param sets sorted distinct shingle sets, one per listing
   * @return the counts
   */
  public static ShingleCounts of(int[][] sets) {
    int[] keys = new int[1 << 12]; // grown as distinct shingles come: they repeat a lot
    int[] counts = new int[keys.length];
    int zero = 0;
    int size = 0;
    for (int[] set : sets) {
      for (int s : set) {
        if (s == 0) {
          zero++;
          continue;
        }
        if (2 * (size + 1) > keys.length) {
          int[][] grown = grow(keys, counts);
          keys = grown[0];
          counts = grown[1];
        }
        int mask = keys.length - 1;
        int at = mix(s) & mask;
        while (keys[at] != 0 && keys[at] != s) {
          at = (at + 1) & mask;
        }
        if (keys[at] == 0) {
          keys[at] = s;
          size++;
        }
        counts[at]++;
      }
    }
    return new ShingleCounts(keys, counts, zero, sets.length);
  }

  /**
   * The number of listings containing a shingle.
   *
   * @param shingle the shingle hash
   * @return 0 when none does
   */
  public int count(int shingle) {
    if (shingle == 0) {
      return zeroCount;
    }
    int mask = keys.length - 1;
    int at = mix(shingle) & mask;
    while (keys[at] != 0) {
      if (keys[at] == shingle) {
        return counts[at];
      }
      at = (at + 1) & mask;
    }
    return 0;
  }

  /**
   * The shingles more than {@code limit} of the listings have.
   *
   * @param limit a count
   * @return those shingles, sorted
   */
  public int[] above(long limit) {
    int[] out = new int[16];
    int n = 0;
    if (zeroCount > limit) {
      out[n++] = 0;
    }
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0 && counts[i] > limit) {
        if (n == out.length) {
          out = java.util.Arrays.copyOf(out, n * 2);
        }
        out[n++] = keys[i];
      }
    }
    int[] found = java.util.Arrays.copyOf(out, n);
    java.util.Arrays.sort(found);
    return found;
  }

  /**
   * The rarity-weighted Jaccard similarity of a query's shingles and a listing's: each shingle
   * weighs {@code ln(1 + listings / count)}, so one every listing has weighs about 0.7 and one
   * found once weighs {@code ln(1 + listings)}; a shingle of the query none of the listings has is
   * left out (the index cannot say how rare it is: a cue word such as "hot sale" added to a
   * re-listed title is no evidence against it).
   *
   * @param query the query's sorted distinct shingles
   * @param listing a listing's sorted distinct shingles (all of them counted here)
   * @return 0..1, 0 when nothing is left to compare
   */
  public double weightedJaccard(int[] query, int[] listing) {
    double both = 0;
    double either = 0;
    int i = 0;
    int j = 0;
    while (i < query.length || j < listing.length) {
      if (j == listing.length || i < query.length && query[i] < listing[j]) {
        int c = count(query[i++]);
        if (c > 0) {
          either += weight(c);
        }
      } else if (i == query.length || listing[j] < query[i]) {
        either += weight(Math.max(1, count(listing[j++])));
      } else {
        double w = weight(Math.max(1, count(listing[j])));
        both += w;
        either += w;
        i++;
        j++;
      }
    }
    return either == 0 ? 0 : both / either;
  }

  private double weight(int count) {
    return Math.log1p((double) listings / count);
  }

  private static int[][] grow(int[] keys, int[] counts) {
    int[] k2 = new int[keys.length * 2];
    int[] c2 = new int[k2.length];
    int mask = k2.length - 1;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0) {
        int at = mix(keys[i]) & mask;
        while (k2[at] != 0) {
          at = (at + 1) & mask;
        }
        k2[at] = keys[i];
        c2[at] = counts[i];
      }
    }
    return new int[][] {k2, c2};
  }

  private static int mix(int x) {
    int h = x * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
