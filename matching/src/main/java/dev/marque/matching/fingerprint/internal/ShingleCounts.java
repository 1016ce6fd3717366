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
  /** The weight of the counts up to {@value #TABULATED}, worked out once, not per shingle. */
  private final double[] weights;

  /** Counts whose weights are kept in a table: most shingles are this rare. */
  private static final int TABULATED = 4096;

  private ShingleCounts(int[] keys, int[] counts, int zeroCount, int listings) {
    this.keys = keys;
    this.counts = counts;
    this.zeroCount = zeroCount;
    this.listings = listings;
    this.weights = new double[Math.min(listings, TABULATED) + 1];
    for (int c = 1; c < weights.length; c++) {
      weights[c] = Math.log1p((double) listings / c);
    }
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
    double[] weights = new double[query.length];
    return weightedJaccard(query, weights, weigh(query, weights), listing, weightOf(listing));
  }

  /**
   * The weight of each of a query's shingles, 0 for one no listing has: computed once per query
   * for {@link #weightedJaccard(int[], double[], double, int[], double)}.
   *
   * @param query sorted distinct shingles
   * @param out where the weights go, at least as long as the query
   * @return their sum
   */
  public double weigh(int[] query, double[] out) {
    double sum = 0;
    for (int i = 0; i < query.length; i++) {
      int c = count(query[i]);
      out[i] = c > 0 ? weight(c) : 0;
      sum += out[i];
    }
    return sum;
  }

  /**
   * The summed weight of a listing's shingles, each counted as at least one listing's.
   *
   * @param listing sorted distinct shingles
   * @return the sum
   */
  public double weightOf(int[] listing) {
    double sum = 0;
    for (int s : listing) {
      sum += weight(Math.max(1, count(s)));
    }
    return sum;
  }

  /**
   * The rarity-weighted Jaccard from weights computed beforehand: the weight both sets share over
   * the weight of either, found by one walk of the two sorted sets with no look-up.
   *
   * @param query the query's sorted distinct shingles
   * @param queryWeights their weights ({@link #weigh})
   * @param queryWeight the sum of those
   * @param listing a listing's sorted distinct shingles
   * @param listingWeight its weight ({@link #weightOf})
   * @return 0..1, 0 when nothing is left to compare
   */
  public static double weightedJaccard(int[] query, double[] queryWeights, double queryWeight,
      int[] listing, double listingWeight) {
    double both = 0;
    int i = 0;
    int j = 0;
    while (i < query.length && j < listing.length) {
      if (query[i] < listing[j]) {
        i++;
      } else if (listing[j] < query[i]) {
        j++;
      } else {
        both += queryWeights[i++];
        j++;
      }
    }
    double either = queryWeight + listingWeight - both;
    return either <= 0 ? 0 : both / either;
  }

  private double weight(int count) {
    return count < weights.length ? weights[count] : Math.log1p((double) listings / count);
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
