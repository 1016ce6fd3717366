package dev.marque.matching.internal;

/**
 * The one bit-parallel loop of the optimal-string-alignment distance (Hyyrö 2003, with adjacent
 * transpositions) for a pattern of 1 to 64 characters. Its callers differ only in how they find a
 * text character's pattern mask: {@link dev.marque.matching.similarity.OptimalStringAlignment} per
 * pair of strings, any characters; {@link WindowDistance} once per text window, for many keys. Each
 * gives the kernel the masks of the text's characters in order, so the loop itself is written once.
 * {@code EditDistanceReferenceTest} and {@code FastPathPropertyTest} hold both callers to the plain
 * dynamic programme.
 */
public final class OsaKernel {
  private OsaKernel() {}

  /**
   * The distance of a pattern of {@code m} characters to a text of {@code n}, or {@code max + 1} as
   * soon as it must exceed {@code max}; it may also return a value above {@code max} otherwise.
   *
   * @param pm for each text character {@code j < n}, the bits of the pattern's positions holding it
   * @param n the text's length
   * @param m the pattern's length, 1 to 64
   * @param max the bound
   * @return the distance, or a value above {@code max}
   */
  public static int distance(long[] pm, int n, int m, int max) {
    long vp = -1L;
    long vn = 0L;
    long d0 = 0L;
    long pmPrevious = 0L;
    long last = 1L << (m - 1);
    int score = m;
    for (int j = 0; j < n; j++) {
      long p = pm[j];
      long tr = (((~d0) & p) << 1) & pmPrevious;
      d0 = (((p & vp) + vp) ^ vp) | p | vn | tr;
      long hp = vn | ~(d0 | vp);
      long hn = d0 & vp;
      if ((hp & last) != 0) {
        score++;
      } else if ((hn & last) != 0) {
        score--;
      }
      if (score - (n - 1 - j) > max) {
        return max + 1;
      }
      hp = (hp << 1) | 1L;
      hn <<= 1;
      vp = hn | ~(d0 | hp);
      vn = hp & d0;
      pmPrevious = p;
    }
    return score;
  }
}
