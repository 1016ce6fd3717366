package dev.marque.matching.similarity;

import dev.marque.matching.internal.OsaKernel;

/**
 * Optimal string alignment distance: Levenshtein plus the swap of two adjacent characters as one edit
 * ({@code gucic}→{@code gucci} is 1, not 2), with no substring edited twice. This is the "restricted
 * Damerau-Levenshtein" distance most spelling tools mean. Bit-parallel (Hyyrö 2003) up to 64
 * characters; a dynamic programme limited to the band the bound allows beyond.
 *
 * <table>
 * <caption>Examples</caption>
 * <tr><th>left</th><th>right</th><th>distance</th></tr>
 * <tr><td>{@code gucic}</td><td>{@code gucci}</td><td>1</td></tr>
 * <tr><td>{@code ca}</td><td>{@code abc}</td><td>3 (OSA does not edit the swapped pair again)</td></tr>
 * </table>
 *
 * @since 0.1.0
 */
public final class OptimalStringAlignment implements EditDistance {
  /** The kernel; it is stateless. */
  public static final OptimalStringAlignment INSTANCE = new OptimalStringAlignment();

  private OptimalStringAlignment() {}

  @Override
  public int distance(CharSequence left, CharSequence right, int maxDistance) {
    EditDistance.check(left, right, maxDistance);
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
    int d = m <= 64 ? single(p, t, maxDistance) : banded(p, t, maxDistance);
    return d <= maxDistance ? d : maxDistance + 1;
  }

  /** The bit-parallel kernel, {@link OsaKernel}, with the pattern's masks of the thread. */
  private static int single(CharSequence p, CharSequence t, int max) {
    CharMasks peq = CharMasks.of(p);
    try {
      return OsaKernel.distance(peq.masksOf(t), t.length(), p.length(), max);
    } finally {
      peq.release();
    }
  }

  /** The textbook recurrence, three rows kept, cells outside the band of width {@code max} skipped. */
  private static int banded(CharSequence p, CharSequence t, int max) {
    int m = p.length();
    int n = t.length();
    int big = Integer.MAX_VALUE / 2;
    int[] twoBack = new int[n + 1];
    int[] back = new int[n + 1];
    int[] row = new int[n + 1];
    for (int j = 0; j <= n; j++) {
      back[j] = j <= max ? j : big;
    }
    for (int i = 1; i <= m; i++) {
      java.util.Arrays.fill(row, big);
      int from = Math.max(1, i - max);
      int to = (int) Math.min(n, (long) i + max);
      row[0] = i <= max ? i : big;
      int best = row[0];
      for (int j = from; j <= to; j++) {
        int cost = p.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(back[j] + 1, row[j - 1] + 1), back[j - 1] + cost);
        if (i > 1 && j > 1 && p.charAt(i - 1) == t.charAt(j - 2) && p.charAt(i - 2) == t.charAt(j - 1)) {
          v = Math.min(v, twoBack[j - 2] + 1);
        }
        row[j] = v;
        best = Math.min(best, v);
      }
      if (best > max) {
        return max + 1;
      }
      int[] tmp = twoBack;
      twoBack = back;
      back = row;
      row = tmp;
    }
    return back[n];
  }
}
