package dev.marque.matching.fingerprint.internal;

import java.util.Arrays;

/**
 * The shingles too common among a set of listings to tell them apart: the sentences a shop (or a
 * template many shops use) repeats in every description, a brand name every listing of a brand's
 * removed index carries. A shingle is common when more than a share of the listings, and more
 * than a floor of them, contain it; Jaccard over what is left measures what the listings say of
 * their own product.
 */
public final class CommonShingles {
  private CommonShingles() {}

  /**
   * The shingles found in more than {@code max(minListings, share * sets.length)} of the sets.
   *
   * @param sets sorted distinct shingle sets, one per listing
   * @param share 0..1 of the sets; 1 or more finds none
   * @param minListings a shingle in this many sets or fewer is never common
   * @return the common shingles, sorted
   */
  public static int[] of(int[][] sets, double share, int minListings) {
    long limit = Math.max(minListings, (long) Math.floor(share * sets.length));
    if (limit >= sets.length) {
      return new int[0];
    }
    // open addressing, key 0 stored apart (0 marks an empty slot)
    int[] keys = new int[1 << 12];
    int[] counts = new int[keys.length];
    int size = 0;
    int zeroCount = 0;
    for (int[] set : sets) {
      for (int s : set) {
        if (s == 0) {
          zeroCount++;
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
    int[] out = new int[16];
    int n = 0;
    if (zeroCount > limit) {
      out[n++] = 0;
    }
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0 && counts[i] > limit) {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = keys[i];
      }
    }
    int[] common = Arrays.copyOf(out, n);
    Arrays.sort(common);
    return common;
  }

  /**
   * A sorted set without the common shingles.
   *
   * @param set a sorted distinct set
   * @param common sorted common shingles
   * @return {@code set} itself when nothing is removed, else a new sorted array
   */
  public static int[] without(int[] set, int[] common) {
    if (common.length == 0 || set.length == 0) {
      return set;
    }
    int[] out = null;
    int n = 0;
    int j = 0;
    for (int i = 0; i < set.length; i++) {
      int s = set[i];
      while (j < common.length && common[j] < s) {
        j++;
      }
      boolean drop = j < common.length && common[j] == s;
      if (drop && out == null) {
        out = Arrays.copyOf(set, set.length);
        n = i;
      } else if (!drop && out != null) {
        out[n++] = s;
      }
    }
    return out == null ? set : Arrays.copyOf(out, n);
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
