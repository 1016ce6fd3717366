package dev.marque.matching.internal;

import java.util.Collection;

/**
 * An immutable open-addressing set of longs: membership without boxing, for hashes of words. Most
 * questions asked of it are about pieces of words that are not words, so a small filter (two bits
 * per value in one 64-bit word, about sixteen bits per value, small enough for the first-level cache
 * at a few thousand words) answers most of them before the table is read.
 */
final class LongSet {
  private final long[] slots;
  private final long[] filter;
  private final boolean hasZero;
  private final int size;

  LongSet(Collection<Long> values) {
    int cap = Integer.highestOneBit(Math.max(4, values.size() * 2 - 1)) << 1;
    slots = new long[cap];
    boolean zero = false;
    int count = 0;
    for (long v : values) {
      if (v == 0) {
        count += zero ? 0 : 1;
        zero = true;
        continue;
      }
      int i = slot(v);
      if (slots[i] != v) {
        slots[i] = v;
        count++;
      }
    }
    hasZero = zero;
    size = count;
    filter = new long[Integer.highestOneBit(Math.max(1, count / 4 - 1)) << 1];
    for (long v : values) {
      filter[(int) (v >>> 52) & (filter.length - 1)] |= filterMask(v);
    }
  }

  private static long filterMask(long v) {
    return (1L << (v >>> 40)) | (1L << (v >>> 46));
  }

  boolean isEmpty() {
    return size == 0;
  }

  boolean contains(long v) {
    if (v == 0) {
      return hasZero;
    }
    long mask = filterMask(v);
    if ((filter[(int) (v >>> 52) & (filter.length - 1)] & mask) != mask) {
      return false;
    }
    return slots[slot(v)] == v;
  }

  private int slot(long v) {
    int mask = slots.length - 1;
    int i = (int) (v ^ (v >>> 29)) & mask;
    while (slots[i] != 0 && slots[i] != v) {
      i = (i + 1) & mask;
    }
    return i;
  }
}
