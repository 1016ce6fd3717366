package dev.marque.matching.similarity;

/**
 * Jaro-Winkler similarity, the same definition and results as commons-text's {@code
 * JaroWinklerSimilarity}: characters match within half the longer length, transpositions are matched
 * characters out of order, and a common prefix of up to four characters lifts a Jaro score of 0.7 or
 * more by a tenth of the remaining gap per character. Matching is bit-parallel for strings up to 64
 * characters.
 *
 * <table>
 * <caption>Examples (as commons-text gives them)</caption>
 * <tr><th>left</th><th>right</th><th>score</th></tr>
 * <tr><td>{@code frog}</td><td>{@code fog}</td><td>0.925</td></tr>
 * <tr><td>{@code hello}</td><td>{@code hallo}</td><td>0.88</td></tr>
 * <tr><td>{@code fly}</td><td>{@code ant}</td><td>0.0</td></tr>
 * </table>
 *
 * @since 0.1.0
 */
public final class JaroWinkler implements SimilarityScore {
  /** The kernel; it is stateless. */
  public static final JaroWinkler INSTANCE = new JaroWinkler();

  private static final double SCALING = 0.1;
  private static final double BOOST_THRESHOLD = 0.7;
  private static final int MAX_PREFIX = 4;

  private JaroWinkler() {}

  @Override
  public double score(CharSequence left, CharSequence right) {
    java.util.Objects.requireNonNull(left, "left");
    java.util.Objects.requireNonNull(right, "right");
    if (CharSequence.compare(left, right) == 0) {
      return 1.0;
    }
    CharSequence longer = left.length() > right.length() ? left : right;
    CharSequence shorter = longer == left ? right : left;
    int[] mt = longer.length() <= 64 ? matchBits(shorter, longer) : matchArrays(shorter, longer);
    double m = mt[0];
    if (m == 0) {
      return 0.0;
    }
    double j = (m / left.length() + m / right.length() + (m - mt[1] / 2.0) / m) / 3.0;
    if (j < BOOST_THRESHOLD) {
      return j;
    }
    int prefix = 0;
    int limit = Math.min(MAX_PREFIX, shorter.length());
    while (prefix < limit && left.charAt(prefix) == right.charAt(prefix)) {
      prefix++;
    }
    return j + SCALING * prefix * (1.0 - j);
  }

  /** Matches and half-transpositions, with the longer string's match flags in one word. */
  private static int[] matchBits(CharSequence shorter, CharSequence longer) {
    int range = Math.max(longer.length() / 2 - 1, 0);
    int ln = longer.length();
    CharMasks peq = CharMasks.of(longer);
    long flagged = 0L;
    long shorterMatched = 0L;
    int matches = 0;
    try {
      for (int i = 0; i < shorter.length(); i++) {
        int lo = Math.max(i - range, 0);
        int hi = Math.min(i + range + 1, ln); // exclusive
        if (lo >= hi) {
          continue;
        }
        long window = (hi - lo == 64 ? -1L : ((1L << (hi - lo)) - 1)) << lo;
        long candidates = peq.get(shorter.charAt(i)) & ~flagged & window;
        if (candidates != 0) {
          flagged |= Long.lowestOneBit(candidates);
          shorterMatched |= 1L << Math.min(i, 63);
          matches++;
        }
      }
    } finally {
      peq.release();
    }
    // Walk the matched characters of both strings in order and count the pairs that differ.
    int half = 0;
    long rest = flagged;
    for (int i = 0; i < shorter.length() && rest != 0; i++) {
      if ((shorterMatched & (1L << i)) == 0) {
        continue;
      }
      int pos = Long.numberOfTrailingZeros(rest);
      rest &= rest - 1;
      if (shorter.charAt(i) != longer.charAt(pos)) {
        half++;
      }
    }
    return new int[] {matches, half};
  }

  private static int[] matchArrays(CharSequence shorter, CharSequence longer) {
    int range = Math.max(longer.length() / 2 - 1, 0);
    boolean[] flagged = new boolean[longer.length()];
    boolean[] matched = new boolean[shorter.length()];
    int matches = 0;
    for (int i = 0; i < shorter.length(); i++) {
      char c = shorter.charAt(i);
      for (int x = Math.max(i - range, 0), end = Math.min(i + range + 1, longer.length()); x < end; x++) {
        if (!flagged[x] && c == longer.charAt(x)) {
          flagged[x] = true;
          matched[i] = true;
          matches++;
          break;
        }
      }
    }
    int half = 0;
    int x = 0;
    for (int i = 0; i < shorter.length(); i++) {
      if (!matched[i]) {
        continue;
      }
      while (!flagged[x]) {
        x++;
      }
      if (shorter.charAt(i) != longer.charAt(x)) {
        half++;
      }
      x++;
    }
    return new int[] {matches, half};
  }
}
