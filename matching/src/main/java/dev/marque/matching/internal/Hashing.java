package dev.marque.matching.internal;

/**
 * Polynomial hashes over characters, so that the hash of a string with one or two characters deleted
 * costs a few multiplications from its prefix hashes rather than a pass over the string.
 */
final class Hashing {
  static final long BASE = 0x9E3779B97F4A7C15L | 1L;
  private static final int MAX_POWERS = 4096;
  private static final long[] POWERS = new long[MAX_POWERS];

  static {
    POWERS[0] = 1;
    for (int i = 1; i < MAX_POWERS; i++) {
      POWERS[i] = POWERS[i - 1] * BASE;
    }
  }

  private Hashing() {}

  static long power(int n) {
    if (n < MAX_POWERS) {
      return POWERS[n];
    }
    long p = POWERS[MAX_POWERS - 1];
    for (int i = MAX_POWERS - 1; i < n; i++) {
      p *= BASE;
    }
    return p;
  }

  /** Fills {@code prefix[0..n]} with the prefix hashes of {@code s[0..n)}. */
  static void prefixes(char[] s, int n, long[] prefix) {
    prefix[0] = 0;
    for (int i = 0; i < n; i++) {
      prefix[i + 1] = prefix[i] * BASE + s[i];
    }
  }

  static long range(long[] prefix, int from, int to) {
    return prefix[to] - prefix[from] * power(to - from);
  }

  /** The final hash of a string of {@code length} characters with polynomial hash {@code h}. */
  static long finish(long h, int length) {
    long x = h + length * 0x632BE59BD9B4E019L;
    x ^= x >>> 33;
    x *= 0xFF51AFD7ED558CCDL;
    x ^= x >>> 33;
    x *= 0xC4CEB9FE1A85EC53L;
    x ^= x >>> 33;
    return x;
  }

  static long of(CharSequence s) {
    long h = 0;
    for (int i = 0; i < s.length(); i++) {
      h = h * BASE + s.charAt(i);
    }
    return finish(h, s.length());
  }

  /** The hash of {@code s[0..n)} without position {@code i}. */
  static long without(long[] prefix, int n, int i) {
    long h = range(prefix, 0, i) * power(n - i - 1) + range(prefix, i + 1, n);
    return finish(h, n - 1);
  }

  /** The hash of {@code s[0..n)} without positions {@code i < j}. */
  static long without(long[] prefix, int n, int i, int j) {
    long h = (range(prefix, 0, i) * power(j - i - 1) + range(prefix, i + 1, j)) * power(n - j - 1)
        + range(prefix, j + 1, n);
    return finish(h, n - 2);
  }
}
