package dev.marque.matching.internal;

import dev.marque.matching.similarity.OptimalStringAlignment;
import java.nio.CharBuffer;

/**
 * The optimal-string-alignment distance of one text window to many candidate keys: the window's
 * character masks are built once and reused for every key, which {@link OptimalStringAlignment}
 * cannot do across calls. Gives exactly what {@link OptimalStringAlignment#distance} gives; for a
 * window longer than 64 characters or outside ASCII it simply calls it. Not thread-safe: one per lookup.
 *
 * <p>It runs the one kernel {@link OptimalStringAlignment} runs too, {@link OsaKernel}, with the
 * window's masks (a plain array, built once per window) looked up for each key. {@code
 * FastPathPropertyTest} holds it to the plain dynamic programme of {@code
 * EditDistanceReferenceTest}.
 */
final class WindowDistance {
  private final long[] peq = new long[128];
  /** The window's masks of the key's characters, in order: what {@link OsaKernel} reads. */
  private long[] keyMasks = new long[64];
  private char[] window = new char[0];
  private int length;
  private boolean fast;
  private String asString;

  /** Loads the window {@code w[0..len)}. */
  void load(char[] w, int len) {
    for (int i = 0; i < length && fast; i++) {
      peq[window[i]] = 0;
    }
    if (window.length < len) {
      window = new char[Math.max(len, 2 * window.length)];
    }
    System.arraycopy(w, 0, window, 0, len);
    length = len;
    asString = null;
    fast = len > 0 && len <= 64;
    for (int i = 0; i < len && fast; i++) {
      fast = w[i] < 128;
    }
    if (fast) {
      for (int i = 0; i < len; i++) {
        peq[w[i]] |= 1L << i;
      }
    }
  }

  /** The window as a string, made once. */
  String window() {
    if (asString == null) {
      asString = new String(window, 0, length);
    }
    return asString;
  }

  /**
   * The distance to {@code key}, or {@code max + 1} when it is more than {@code max}. The key is a
   * char array so that the loop reads it the same way whatever its characters.
   */
  int distance(char[] key, int max) {
    if (!fast) {
      return OptimalStringAlignment.INSTANCE.distance(window(), CharBuffer.wrap(key), max);
    }
    int m = length;
    int n = key.length;
    if (Math.abs(n - m) > max) {
      return max + 1;
    }
    if (n == 0) {
      return m <= max ? m : max + 1;
    }
    if (keyMasks.length < n) {
      keyMasks = new long[Math.max(n, 2 * keyMasks.length)];
    }
    for (int j = 0; j < n; j++) {
      char c = key[j];
      keyMasks[j] = c < 128 ? peq[c] : 0L;
    }
    int score = OsaKernel.distance(keyMasks, n, m, max);
    return score <= max ? score : max + 1;
  }
}
