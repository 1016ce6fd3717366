package dev.marque.matching.internal;

import java.util.Arrays;

/**
 * What the misspelling round of {@link PhraseMatcher}'s lookup found for the windows one thread
 * looked up lately: for a window's characters, its number of words and the table its exact round
 * used, the entries its deletion and prefix probes found within their edit bounds, each with its
 * edits, in the order found. That round depends on nothing else (the rules that judge a match in
 * its text run after it, every time), and a feed repeats its words — the same product words, the
 * same brand spelt the same wrong way — so a window seen before costs one hash and one comparison
 * instead of dozens of probes and edit distances. Direct-mapped and bounded: a new window takes the
 * slot of an old one. Not thread-safe: one per {@link Scratch}.
 */
final class Misspellings {
  /** Slots: a power of two. */
  private static final int SLOTS = 1 << 12;
  private static final int[] NONE = new int[0];

  private final long[] hashes = new long[SLOTS];
  private final char[][] keys = new char[SLOTS][];
  private final int[] kinds = new int[SLOTS];
  private final int[][] found = new int[SLOTS][];

  private int slot;
  private long hash;
  private int kind;

  /**
   * The entries and edits, {@code [id, edits, id, edits, ...]}, found for the window of {@code
   * chars[0..length)} with hash {@code h}, of {@code words} words, whose exact round used the
   * multi-word table or not; null if not known, and then {@link #put} stores what is found for it.
   */
  int[] get(char[] chars, int length, long h, int words, boolean multiWordTable) {
    kind = words << 1 | (multiWordTable ? 1 : 0);
    hash = h ^ kind * 0x9E3779B97F4A7C15L;
    slot = (int) (hash ^ hash >>> 29) & (SLOTS - 1);
    char[] key = keys[slot];
    if (key != null && hashes[slot] == hash && kinds[slot] == kind
        && Arrays.equals(key, 0, key.length, chars, 0, length)) {
      return found[slot];
    }
    return null;
  }

  /** Stores {@code entries[0..size)} for the window {@link #get} was last asked of. */
  void put(char[] chars, int length, int[] entries, int size) {
    hashes[slot] = hash;
    kinds[slot] = kind;
    keys[slot] = Arrays.copyOf(chars, length);
    found[slot] = size == 0 ? NONE : Arrays.copyOf(entries, size);
  }
}
