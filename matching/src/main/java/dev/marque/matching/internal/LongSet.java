package dev.marque.matching.internal;

import java.util.Collection;

/** An immutable open-addressing set of longs: membership without boxing, for hashes of words. */
final class LongSet {
  private final long[] slots;
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
  }

  boolean isEmpty() {
    return size == 0;
  }

  boolean contains(long v) {
    if (v == 0) {
      return hasZero;
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
