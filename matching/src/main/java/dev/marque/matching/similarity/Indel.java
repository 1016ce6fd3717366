package dev.marque.matching.similarity;

/**
 * Indel distance: the fewest insertions and deletions (no substitutions) that turn one string into
 * the other, {@code len(l) + len(r) - 2·LCS}. Its normalised score is RapidFuzz's {@code fuzz.ratio}
 * divided by 100. The longest common subsequence is computed bit-parallel (Hyyrö), 64 characters a word.
 *
 * @since 0.1.0
 */
public final class Indel implements EditDistance {
  /** The kernel; it is stateless. */
  public static final Indel INSTANCE = new Indel();

  private Indel() {}

  @Override
  public int distance(CharSequence left, CharSequence right, int maxDistance) {
    EditDistance.check(left, right, maxDistance);
    int d = left.length() + right.length() - 2 * lcs(left, right);
    return d <= maxDistance ? d : maxDistance + 1;
  }

  /** {@code 1 - distance / (len(l) + len(r))}, 1 for two empty strings: RapidFuzz's normalisation. */
  @Override
  public double score(CharSequence left, CharSequence right) {
    java.util.Objects.requireNonNull(left, "left");
    java.util.Objects.requireNonNull(right, "right");
    int total = left.length() + right.length();
    return total == 0 ? 1.0 : 2.0 * lcs(left, right) / total;
  }

  /** The length of the longest common subsequence. */
  static int lcs(CharSequence left, CharSequence right) {
    CharSequence p = left.length() <= right.length() ? left : right;
    CharSequence t = p == left ? right : left;
    int m = p.length();
    if (m == 0) {
      return 0;
    }
    if (m <= 64) {
      CharMasks peq = CharMasks.of(p);
      try {
        long s = -1L;
        for (int j = 0, n = t.length(); j < n; j++) {
          long u = s & peq.get(t.charAt(j));
          s = (s + u) | (s - u);
        }
        long mask = m == 64 ? -1L : (1L << m) - 1;
        return Long.bitCount(~s & mask);
      } finally {
        peq.release();
      }
    }
    int words = (m + 63) >>> 6;
    java.util.Map<Character, long[]> peq = new java.util.HashMap<>();
    for (int i = 0; i < m; i++) {
      peq.computeIfAbsent(p.charAt(i), k -> new long[words])[i >>> 6] |= 1L << (i & 63);
    }
    long[] s = new long[words];
    java.util.Arrays.fill(s, -1L);
    long[] none = new long[words];
    for (int j = 0, n = t.length(); j < n; j++) {
      long[] eq = peq.getOrDefault(t.charAt(j), none);
      long carry = 0;
      for (int b = 0; b < words; b++) {
        long u = s[b] & eq[b];
        long x = s[b] + u;
        long sum = x + carry;
        // Carry out of the 64-bit addition s + u + carry, as unsigned arithmetic.
        long nextCarry = (Long.compareUnsigned(x, s[b]) < 0 || Long.compareUnsigned(sum, x) < 0) ? 1 : 0;
        s[b] = sum | (s[b] - u);
        carry = nextCarry;
      }
    }
    int count = 0;
    for (int b = 0; b < words; b++) {
      long mask = b == words - 1 && (m & 63) != 0 ? (1L << (m & 63)) - 1 : -1L;
      count += Long.bitCount(~s[b] & mask);
    }
    return count;
  }
}
