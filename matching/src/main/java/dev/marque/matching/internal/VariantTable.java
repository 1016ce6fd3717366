package dev.marque.matching.internal;

import java.util.Arrays;

/**
 * An open-addressing multimap from 64-bit hashes to entry numbers: the deletion-neighbourhood table.
 * Primitive arrays keep a 30,000-brand index to a few tens of megabytes; filled once, then read-only.
 */
final class VariantTable {
  private long[] keys;
  private int[] heads;
  private int[] next = new int[1024];
  private int[] values = new int[1024];
  private int postings;
  private int used;
  /**
   * One bit per hash, about eight bits per variant: most probes are misses, and this answers them
   * from a bitset that stays in cache instead of from the table, which does not.
   */
  private long[] filter = new long[1];

  VariantTable(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[cap];
    heads = new int[cap];
    Arrays.fill(heads, -1);
  }

  void add(long hash, int value) {
    if ((used + 1) * 2 > keys.length) {
      grow();
    }
    int slot = slot(hash);
    if (heads[slot] < 0) {
      keys[slot] = hash;
      used++;
    }
    if (postings == values.length) {
      values = Arrays.copyOf(values, postings * 2);
      next = Arrays.copyOf(next, postings * 2);
    }
    values[postings] = value;
    next[postings] = heads[slot];
    heads[slot] = postings++;
  }

  /** The first posting for {@code hash}, or -1; follow with {@link #nextPosting}. */
  int first(long hash) {
    long bit = hash >>> 40;
    if ((filter[(int) (bit >>> 6) & (filter.length - 1)] & (1L << bit)) == 0) {
      return -1;
    }
    return heads[slot(hash)];
  }

  int nextPosting(int posting) {
    return next[posting];
  }

  int value(int posting) {
    return values[posting];
  }

  private int slot(long hash) {
    int mask = keys.length - 1;
    int slot = (int) (hash ^ (hash >>> 32)) & mask;
    while (heads[slot] >= 0 && keys[slot] != hash) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldHeads = heads;
    keys = new long[oldKeys.length * 2];
    heads = new int[oldKeys.length * 2];
    Arrays.fill(heads, -1);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldHeads[i] >= 0) {
        int slot = slot(oldKeys[i]);
        keys[slot] = oldKeys[i];
        heads[slot] = oldHeads[i];
      }
    }
  }

  void trim() {
    int words = Integer.highestOneBit(Math.max(1, used * 8 / 64 - 1)) << 1;
    filter = new long[words];
    for (int i = 0; i < keys.length; i++) {
      if (heads[i] >= 0) {
        long bit = keys[i] >>> 40;
        filter[(int) (bit >>> 6) & (words - 1)] |= 1L << bit;
      }
    }
    values = Arrays.copyOf(values, postings);
    next = Arrays.copyOf(next, postings);
  }
}
