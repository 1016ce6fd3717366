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
   * The shingles found in more than {@code max(floor, share * sets.length)} of the sets, where
   * the floor is {@code minListings} but never more than half the sets (and never under two): in
   * a small index, a shingle most of its listings carry is a template's, however few they are.
   *
   * @param sets sorted distinct shingle sets, one per listing
   * @param share 0..1 of the sets; 1 or more finds none
   * @param minListings a shingle in this many sets or fewer is never common, unless that is more
   *     than half of them
   * @return the common shingles, sorted
   */
  public static int[] of(int[][] sets, double share, int minListings) {
    long floor = Math.min(minListings, Math.max(2, sets.length / 2));
    long limit = Math.max(floor, (long) Math.floor(share * sets.length));
    if (limit >= sets.length) {
      return new int[0];
    }
    return ShingleCounts.of(sets).above(limit);
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
}
