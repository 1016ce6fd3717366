package dev.marque.matching.similarity;

/**
 * For a pattern of at most 64 characters, the bit mask of the positions of each character: the
 * "Peq" table of the bit-parallel algorithms. Reused per thread, because allocating a 128-entry table
 * per comparison would cost more than the comparison.
 */
final class CharMasks {
  private static final ThreadLocal<CharMasks> LOCAL = ThreadLocal.withInitial(CharMasks::new);
  private static final int OTHER_SLOTS = 128;

  private final long[] ascii = new long[128];
  private final char[] otherKeys = new char[OTHER_SLOTS];
  private final long[] otherMasks = new long[OTHER_SLOTS];
  private final boolean[] otherUsed = new boolean[OTHER_SLOTS];
  private final int[] touched = new int[64];
  private int touchedCount;
  private CharSequence pattern = "";
  private long[] textMasks = new long[64];

  /** The thread's table, loaded with {@code pattern}; call {@link #release()} when done. */
  static CharMasks of(CharSequence pattern) {
    CharMasks m = LOCAL.get();
    m.load(pattern);
    return m;
  }

  private void load(CharSequence p) {
    pattern = p;
    for (int i = 0, n = p.length(); i < n; i++) {
      char c = p.charAt(i);
      long bit = 1L << i;
      if (c < 128) {
        ascii[c] |= bit;
      } else {
        int slot = slot(c);
        if (!otherUsed[slot]) {
          touched[touchedCount++] = slot;
        }
        otherUsed[slot] = true;
        otherKeys[slot] = c;
        otherMasks[slot] |= bit;
      }
    }
  }

  private int slot(char c) {
    int slot = (c * 0x9E37) & (OTHER_SLOTS - 1);
    while (otherUsed[slot] && otherKeys[slot] != c) {
      slot = (slot + 1) & (OTHER_SLOTS - 1);
    }
    return slot;
  }

  long get(char c) {
    if (c < 128) {
      return ascii[c];
    }
    int slot = slot(c);
    return otherUsed[slot] ? otherMasks[slot] : 0L;
  }

  /**
   * The mask of each character of {@code text}, in order, in a buffer of the thread's that the next
   * call overwrites.
   */
  long[] masksOf(CharSequence text) {
    int n = text.length();
    if (textMasks.length < n) {
      textMasks = new long[Math.max(n, 2 * textMasks.length)];
    }
    for (int j = 0; j < n; j++) {
      textMasks[j] = get(text.charAt(j));
    }
    return textMasks;
  }

  void release() {
    for (int i = 0, n = pattern.length(); i < n; i++) {
      char c = pattern.charAt(i);
      if (c < 128) {
        ascii[c] = 0;
      }
    }
    for (int i = 0; i < touchedCount; i++) {
      otherUsed[touched[i]] = false;
      otherMasks[touched[i]] = 0;
    }
    touchedCount = 0;
    pattern = "";
  }
}
