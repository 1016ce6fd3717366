package dev.marque.matching.fingerprint.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Multi-index hashing (Norouzi, Punjani and Fleet, 2012) over bit strings of one or more 64-bit
 * words, cut into 16-bit chunks with one sorted table per chunk position. Two strings at most
 * {@code r} bits apart differ in at most {@code r / chunks} bits in at least one chunk, so probing
 * each table for the values within that many bits of the query's chunk finds every string within
 * the radius: exact, not approximate. Immutable once built.
 */
public final class MultiIndex {
  private final int words;
  private final int chunks;
  private final int radius;
  private final long[] bits;
  /** Per chunk position: (chunk value << 32 | item number), sorted. */
  private final long[][] tables;
  private final int[] probes;

  /**
   * Indexes {@code count} strings of {@code words} words each, laid out one after another.
   *
   * @param bits the strings, {@code words} longs each
   * @param words 64-bit words per string
   * @param radius the largest Hamming distance searched; below {@code 4 * chunks}
   */
  public MultiIndex(long[] bits, int words, int radius) {
    this.words = words;
    this.chunks = words * 4;
    this.radius = radius;
    this.bits = bits;
    int count = bits.length / words;
    this.tables = new long[chunks][count];
    for (int i = 0; i < count; i++) {
      for (int c = 0; c < chunks; c++) {
        tables[c][i] = ((long) chunk(bits, i * words, c) << 32) | i;
      }
    }
    for (long[] t : tables) {
      Arrays.sort(t);
    }
    this.probes = masks(radius / chunks);
  }

  /** The number of strings indexed. */
  public int size() {
    return bits.length / words;
  }

  /**
   * Every string within the radius of the query, as {@code distance << 32 | item} sorted
   * (nearest first, then in item order).
   *
   * @param query {@code words} longs
   * @return the hits
   */
  public long[] search(long[] query) {
    long[] hits = new long[8];
    int n = 0;
    java.util.BitSet seen = null;
    int[] small = new int[64];
    int smallN = 0;
    for (int c = 0; c < chunks; c++) {
      int value = chunk(query, 0, c);
      long[] table = tables[c];
      for (int mask : probes) {
        int probe = value ^ mask;
        long key = (long) probe << 32;
        int lo = 0;
        int hi = table.length;
        while (lo < hi) {
          int mid = (lo + hi) >>> 1;
          if (table[mid] < key) {
            lo = mid + 1;
          } else {
            hi = mid;
          }
        }
        for (int at = lo; at < table.length && (int) (table[at] >>> 32) == probe; at++) {
          int id = (int) table[at];
          // candidates are few; a linear check beats a set until there are many
          boolean dup = false;
          if (seen != null) {
            dup = seen.get(id);
            seen.set(id);
          } else {
            for (int k = 0; k < smallN && !dup; k++) {
              dup = small[k] == id;
            }
            if (!dup) {
              if (smallN == small.length) {
                seen = new java.util.BitSet();
                for (int k = 0; k < smallN; k++) {
                  seen.set(small[k]);
                }
                seen.set(id);
              } else {
                small[smallN++] = id;
              }
            }
          }
          if (dup) {
            continue;
          }
          int d = 0;
          for (int w = 0; w < words; w++) {
            d += Long.bitCount(bits[id * words + w] ^ query[w]);
          }
          if (d <= radius) {
            if (n == hits.length) {
              hits = Arrays.copyOf(hits, n * 2);
            }
            hits[n++] = ((long) d << 32) | id;
          }
        }
      }
    }
    long[] out = Arrays.copyOf(hits, n);
    Arrays.sort(out);
    return out;
  }

  private static int chunk(long[] bits, int offset, int c) {
    return (int) (bits[offset + (c >> 2)] >>> ((c & 3) * 16)) & 0xffff;
  }

  /** Every 16-bit mask with at most {@code s} bits set. */
  private static int[] masks(int s) {
    List<Integer> out = new ArrayList<>();
    for (int m = 0; m < 1 << 16; m++) {
      if (Integer.bitCount(m) <= s) {
        out.add(m);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }
}
