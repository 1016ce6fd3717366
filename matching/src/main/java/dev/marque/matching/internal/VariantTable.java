package dev.marque.matching.internal;

import java.util.Arrays;

/**
 * An open-addressing multimap from 64-bit hashes to entry numbers: the deletion-neighbourhood table.
 * Primitive arrays keep a 30,000-brand index to a few tens of megabytes. Filled once with {@link #add},
 * then {@link #trim}med into its read-only form, where the entries of each hash lie next to each other
 * (one cache line to read them all, not one per entry) in the order they were added, newest first.
 */
final class VariantTable {
  private long[] keys;
  /** While filling: per slot the newest posting, or -1 for an empty slot; then {@code null}. */
  private int[] heads;
  private int[] next = new int[1024];
  private int[] values = new int[1024];
  /**
   * Once trimmed, the table itself, two longs a slot so that a probe reads one cache line: the hash,
   * then where its values are, {@code values[from .. to)} packed as {@code from << 32 | to}; an empty
   * slot has {@code from == to}.
   */
  private long[] slots;
  private int postings;
  private int used;
  /**
   * Two bits per hash in one 64-bit word, about eight bits per variant (a blocked Bloom filter, about
   * 5% false positives): most probes are misses, and this answers them from a bitset far smaller than
   * the table, one memory access each.
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

  /**
   * Where {@code hash}'s values are, {@code from << 32 | to} as {@link #from} and {@link #to} read it,
   * or 0 when it has none.
   */
  long find(long hash) {
    return mayContain(hash) ? lookup(hash) : 0;
  }

  /** Whether the filter lets {@code hash} through: false means it is certainly not in the table. */
  boolean mayContain(long hash) {
    long mask = filterMask(hash);
    return (filter[(int) (hash >>> 46) & (filter.length - 1)] & mask) == mask;
  }

  /** {@link #find} without the filter, for a hash that passed {@link #mayContain}. */
  long lookup(long hash) {
    int m = (slots.length >> 1) - 1;
    for (int slot = (int) (hash ^ (hash >>> 32)) & m; ; slot = (slot + 1) & m) {
      long range = slots[2 * slot + 1];
      if (range == 0) {
        return 0;
      }
      if (slots[2 * slot] == hash) {
        return range;
      }
    }
  }

  private static long filterMask(long hash) {
    return (1L << (hash >>> 40)) | (1L << (hash >>> 34));
  }

  /** The first index into {@link #value} of the values {@link #find} located. */
  static int from(long range) {
    return (int) (range >>> 32);
  }

  /** One past the last index into {@link #value} of the values {@link #find} located. */
  static int to(long range) {
    return (int) range;
  }

  int value(int index) {
    return values[index];
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

  /** Ends filling: builds the filter and lays each hash's values out together. */
  void trim() {
    int words = Integer.highestOneBit(Math.max(1, used * 8 / 64 - 1)) << 1;
    filter = new long[words];
    int cap = keys.length;
    int[] laidOut = new int[postings];
    slots = new long[2 * cap];
    int at = 0;
    for (int i = 0; i < cap; i++) {
      if (heads[i] >= 0) {
        filter[(int) (keys[i] >>> 46) & (words - 1)] |= filterMask(keys[i]);
        int from = at;
        for (int p = heads[i]; p >= 0; p = next[p]) {
          laidOut[at++] = values[p];
        }
        slots[2 * i] = keys[i];
        slots[2 * i + 1] = (long) from << 32 | at;
      }
    }
    values = laidOut;
    keys = null;
    heads = null;
    next = null;
  }
}
