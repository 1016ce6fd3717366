package dev.marque.matching.similarity;

import java.util.HashMap;
import java.util.Map;

/**
 * Levenshtein distance: the fewest insertions, deletions and substitutions that turn one string into
 * the other. Bit-parallel (Myers 1999, in Hyyrö's formulation): one pass of a few word operations per
 * character for strings up to 64 characters, and the same 64 characters at a time beyond that.
 *
 * <table>
 * <caption>Examples</caption>
 * <tr><th>left</th><th>right</th><th>distance</th><th>{@code distance(l, r, 1)}</th></tr>
 * <tr><td>{@code gucci}</td><td>{@code guci}</td><td>1</td><td>1</td></tr>
 * <tr><td>{@code kitten}</td><td>{@code sitting}</td><td>3</td><td>2 (over the bound)</td></tr>
 * <tr><td>{@code ""}</td><td>{@code abc}</td><td>3</td><td>2 (over the bound)</td></tr>
 * </table>
 *
 * @since 0.1.0
 */
public final class Levenshtein implements EditDistance {
  /** The kernel; it is stateless. */
  public static final Levenshtein INSTANCE = new Levenshtein();

  private Levenshtein() {}

  @Override
  public int distance(CharSequence left, CharSequence right, int maxDistance) {
    EditDistance.check(left, right, maxDistance);
    // The shorter string is the pattern held in bits.
    CharSequence p = left.length() <= right.length() ? left : right;
    CharSequence t = p == left ? right : left;
    int m = p.length();
    int n = t.length();
    if (n - m > maxDistance) {
      return maxDistance + 1;
    }
    if (m == 0) {
      return n;
    }
    // Skip a common prefix and suffix: they cost nothing and shorten the bit vectors.
    int prefix = 0;
    while (prefix < m && p.charAt(prefix) == t.charAt(prefix)) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < m - prefix && p.charAt(m - 1 - suffix) == t.charAt(n - 1 - suffix)) {
      suffix++;
    }
    if (prefix + suffix > 0) {
      p = p.subSequence(prefix, m - suffix);
      t = t.subSequence(prefix, n - suffix);
      m = p.length();
      n = t.length();
      if (m == 0) {
        return n <= maxDistance ? n : maxDistance + 1;
      }
    }
    int d = m <= 64 ? single(p, t, maxDistance) : blocks(p, t, maxDistance);
    return d <= maxDistance ? d : maxDistance + 1;
  }

  private static int single(CharSequence p, CharSequence t, int max) {
    int m = p.length();
    int n = t.length();
    CharMasks peq = CharMasks.of(p);
    try {
      long pv = -1L;
      long mv = 0L;
      long last = 1L << (m - 1);
      int score = m;
      for (int j = 0; j < n; j++) {
        long eq = peq.get(t.charAt(j));
        long xv = eq | mv;
        long xh = (((eq & pv) + pv) ^ pv) | eq;
        long ph = mv | ~(xh | pv);
        long mh = pv & xh;
        if ((ph & last) != 0) {
          score++;
        } else if ((mh & last) != 0) {
          score--;
        }
        // The score can fall by at most one per remaining character.
        if (score - (n - 1 - j) > max) {
          return max + 1;
        }
        ph = (ph << 1) | 1L;
        mh <<= 1;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
      }
      return score;
    } finally {
      peq.release();
    }
  }

  private static int blocks(CharSequence p, CharSequence t, int max) {
    int m = p.length();
    int n = t.length();
    int words = (m + 63) >>> 6;
    long[] asciiPeq = new long[128 * words];
    Map<Character, long[]> otherPeq = new HashMap<>();
    for (int i = 0; i < m; i++) {
      char c = p.charAt(i);
      long bit = 1L << (i & 63);
      if (c < 128) {
        asciiPeq[c * words + (i >>> 6)] |= bit;
      } else {
        otherPeq.computeIfAbsent(c, k -> new long[words])[i >>> 6] |= bit;
      }
    }
    long[] pv = new long[words];
    long[] mv = new long[words];
    java.util.Arrays.fill(pv, -1L);
    long lastBit = 1L << ((m - 1) & 63);
    int score = m;
    long[] none = new long[words];
    for (int j = 0; j < n; j++) {
      char c = t.charAt(j);
      long[] other = c < 128 ? null : otherPeq.getOrDefault(c, none);
      int hin = 1; // row 0 grows by one per column
      for (int b = 0; b < words; b++) {
        long eq = other == null ? asciiPeq[c * words + b] : other[b];
        long pvb = pv[b];
        long mvb = mv[b];
        long xv = eq | mvb;
        if (hin < 0) {
          eq |= 1L;
        }
        long xh = (((eq & pvb) + pvb) ^ pvb) | eq;
        long ph = mvb | ~(xh | pvb);
        long mh = pvb & xh;
        long high = b == words - 1 ? lastBit : Long.MIN_VALUE;
        int hout = (ph & high) != 0 ? 1 : (mh & high) != 0 ? -1 : 0;
        ph <<= 1;
        mh <<= 1;
        if (hin < 0) {
          mh |= 1L;
        } else if (hin > 0) {
          ph |= 1L;
        }
        pv[b] = mh | ~(xv | ph);
        mv[b] = ph & xv;
        hin = hout;
      }
      score += hin;
      if (score - (n - 1 - j) > max) {
        return max + 1;
      }
    }
    return score;
  }
}
