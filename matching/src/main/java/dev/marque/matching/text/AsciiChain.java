package dev.marque.matching.text;

/**
 * The standard chain for text that is all ASCII, in one pass over char arrays: what {@link
 * InvisibleRemoval}, {@link CaseFolding}, {@link ConfusableFolding}, {@link LeetFolding} and {@link
 * SeparatorCollapsing} would produce one after another (then {@link LeetFolding} again, on words
 * the last step joined), without their intermediate copies or their
 * Unicode property look-ups. Most listing titles are ASCII, so this is the path that must be cheap.
 *
 * <p>On ASCII the first three steps reduce to lower-casing (nothing is invisible, every character is
 * its own normalisation segment, and confusables are folded only outside ASCII), every step before
 * the last maps one character to one, and the last step's notion of a word character is a letter or
 * digit. The tests compare this path with the step chain on random text.
 */
final class AsciiChain {
  private static final int MAX_DIGIT_RUN = 2;

  private static final byte SPACE = 1;
  private static final byte LETTER = 2;
  private static final byte DIGIT = 4;
  /** What each ASCII character is, once lower-cased: the tests below are one load and a mask. */
  private static final byte[] CLASS = new byte[128];
  /** {@link LeetFolding#letterFor} for ASCII. */
  private static final char[] LEET = new char[128];

  static {
    for (char c = 0; c < 128; c++) {
      CLASS[c] = (byte) ((c <= 0x20 || c == 0x7F ? SPACE : 0) | (c >= 'a' && c <= 'z' ? LETTER : 0)
          | (c >= '0' && c <= '9' ? DIGIT : 0));
      LEET[c] = LeetFolding.letterFor(c);
    }
  }

  private AsciiChain() {}

  /** Normalises {@code original} if it is all ASCII, or returns {@code null} if it is not. */
  static NormalizedText normalizeIfAscii(String original) {
    int n = original.length();
    char[] a = new char[n];
    original.getChars(0, n, a, 0);
    for (int i = 0; i < n; i++) {
      char c = a[i];
      if (c >= 0x80) {
        return null;
      }
      if (c >= 'A' && c <= 'Z') {
        a[i] = (char) (c + 32);
      }
    }
    byte[] leet = new byte[n];
    boolean folded = foldLeet(a, n, leet);
    return collapse(original, a, n, leet, folded);
  }

  private static boolean isSpace(char c) {
    return (CLASS[c] & SPACE) != 0; // whitespace, space separators and ISO controls, in ASCII
  }

  private static boolean isLetter(char c) {
    return (CLASS[c] & LETTER) != 0; // the text is lower case by now
  }

  private static boolean isDigit(char c) {
    return (CLASS[c] & DIGIT) != 0;
  }

  private static boolean isLetterOrDigit(char c) {
    return (CLASS[c] & (LETTER | DIGIT)) != 0;
  }

  /**
   * {@link LeetFolding#apply}, in place: the same runs, the same rules. One pass finds a run's end,
   * whether it has a letter and its first character that leet could fold; only a run with both is
   * folded, from that character on (nothing before it can fold). Returns whether it folded a
   * character other than {@code l}.
   */
  private static boolean foldLeet(char[] s, int n, byte[] leet) {
    boolean folded = false;
    int runStart = 0;
    while (runStart < n) {
      if (isSpace(s[runStart])) {
        runStart++;
        continue;
      }
      int i = runStart;
      boolean letter = false;
      int firstLeet = -1;
      for (; i < n; i++) {
        char c = s[i];
        int cls = CLASS[c];
        if ((cls & SPACE) != 0) {
          break;
        }
        letter |= (cls & LETTER) != 0;
        if (firstLeet < 0 && LEET[c] != 0) {
          firstLeet = i;
        }
      }
      if (letter && firstLeet >= 0) {
        folded |= foldRun(s, runStart, i, firstLeet, leet);
      }
      runStart = i;
    }
    return folded;
  }

  /**
   * Folds the run {@code s[from..to)} in place, marking in {@code leet} what it folds: {@code
   * LeetFolding.foldRun}'s least fixed point, by the same pass, begun at {@code first}, the first
   * character leet could fold. Returns whether it folded a character other than {@code l}.
   */
  private static boolean foldRun(char[] s, int from, int to, int first, byte[] leet) {
    boolean any = false;
    for (int i = first; i < to; i++) {
      if (LEET[s[i]] == 0) {
        continue;
      }
      boolean l = s[i] == 'l';
      int folded = foldAt(s, i, from, to, leet);
      any |= folded >= 0 && !l;
      while (folded > from) {
        l = s[folded - 1] == 'l';
        folded = foldAt(s, folded - 1, from, to, leet);
        any |= folded >= 0 && !l;
      }
    }
    return any;
  }

  private static boolean isWordChar(char c) {
    return isLetterOrDigit(c) || LEET[c] != 0;
  }

  /** {@code LeetFolding.foldAt}, marking what it folds but {@code l} in {@code leet}. */
  private static int foldAt(char[] s, int i, int runStart, int runEnd, byte[] leet) {
    char c = s[i];
    char letter = LEET[c];
    if (letter == 0) {
      return -1;
    }
    if (c == 'l') {
      s[i] = letter;
      return i;
    }
    if (isDigit(c)) {
      int from = i;
      while (from > runStart && isDigit(s[from - 1]) && i - from <= MAX_DIGIT_RUN) {
        from--;
      }
      int to = i + 1;
      while (to < runEnd && isDigit(s[to]) && to - from <= MAX_DIGIT_RUN) {
        to++;
      }
      boolean letterNext = (from > runStart && isLetter(s[from - 1])) || (to < runEnd && isLetter(s[to]));
      if (to - from > MAX_DIGIT_RUN || !letterNext) {
        return -1;
      }
      for (int k = from; k < to; k++) {
        char f = LEET[s[k]];
        if (f != 0) {
          s[k] = f;
          leet[k] |= (byte) Change.LEET.bit();
        }
      }
      return from;
    }
    boolean leftWord = i > runStart && isWordChar(s[i - 1]);
    boolean fold;
    if ((c == '$' || c == '@') && !leftWord) {
      fold = i + 1 < runEnd && isLetter(s[i + 1]);
    } else {
      fold = leftWord && i + 1 < runEnd && isLetterOrDigit(s[i + 1]);
    }
    if (!fold) {
      return -1;
    }
    s[i] = letter;
    leet[i] |= (byte) Change.LEET.bit();
    return i;
  }

  private static boolean isMaskChar(char c) {
    return c == '*' || c == '_' || c == '#';
  }

  /**
   * {@link SeparatorCollapsing#apply} on ASCII, where a word is a run of letters and digits. Each
   * loop is in a method of its own, so that a compiler that compiles a loop while the method runs
   * (on-stack replacement) compiles the method once, not once per loop.
   */
  private static NormalizedText collapse(String original, char[] s, int n, byte[] bits,
      boolean folded) {
    // Words are separated, so there are at most half as many, rounded up, as characters.
    int[] ws = new int[(n + 1) / 2];
    int[] we = new int[(n + 1) / 2];
    int count = words(s, n, ws, we);
    Output out = new Output(n, bits);
    int k = 0;
    while (k < count) {
      int run = spacedRun(s, ws, we, count, k);
      if (run >= SeparatorCollapsing.MIN_SPACED_LETTERS) {
        if (k > 0) {
          out.put(' ', we[k - 1], ws[k], 0);
        }
        out.putSpelledOut(s, ws, k, k + run);
        out.joined = true;
        k += run;
        continue;
      }
      if (k > 0) {
        out.putGap(s, we[k - 1], ws[k]);
      }
      out.putWord(s, ws[k], we[k]);
      k++;
    }
    if (out.joined || folded) {
      // Joined words are read again by the leet rules, as the standard chain's last step does:
      // "g g 1" is "ggi". So is text the first pass folded, as a fold can make a digit before it
      // foldable that the pass has stepped back past ("06!a": the "!" becomes "i", then the "0"
      // has a letter beside it; the "6" has no letter of its own to stop at).
      foldLeet(out.text, out.size, out.changes);
    }
    return out.build(original);
  }

  /** Finds the words of {@code s[0..n)}, {@code ws[k]..we[k]}; returns how many there are. */
  private static int words(char[] s, int n, int[] ws, int[] we) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < n; i++) {
      boolean word = isLetterOrDigit(s[i]);
      if (word && !inWord) {
        ws[count] = i;
      } else if (!word && inWord) {
        we[count++] = i;
      }
      inWord = word;
    }
    if (inWord) {
      we[count++] = n;
    }
    return count;
  }

  /** The normalised text {@link #collapse} builds, a character at a time, with the way back. */
  private static final class Output {
    private final byte[] bits;
    private final char[] text;
    private final int[] starts;
    private final int[] ends;
    private final byte[] changes;
    private int size;
    /** Whether two words were joined into one: spelled out, or across an apostrophe. */
    boolean joined;

    /** Room for {@code n} characters, whose input characters have the change bits {@code bits}. */
    Output(int n, byte[] bits) {
      this.bits = bits;
      text = new char[n];
      starts = new int[n];
      ends = new int[n];
      changes = new byte[n];
    }

    /** Appends {@code c}, made from input characters {@code [from, to)}, with {@code extra} bits. */
    void put(char c, int from, int to, int extra) {
      int b = extra;
      for (int i = from; i < to; i++) {
        b |= bits[i];
      }
      text[size] = c;
      starts[size] = from;
      ends[size] = to;
      changes[size] = (byte) b;
      size++;
    }

    /** {@link #put} for one input character, {@code i}. */
    private void putOne(char c, int i, int extra) {
      text[size] = c;
      starts[size] = i;
      ends[size] = i + 1;
      changes[size] = (byte) (extra | bits[i]);
      size++;
    }

    /** Appends the word {@code s[from..to)} as it is: {@link #putOne} for each, by whole arrays. */
    void putWord(char[] s, int from, int to) {
      int length = to - from;
      System.arraycopy(s, from, text, size, length);
      System.arraycopy(bits, from, changes, size, length);
      for (int k = 0; k < length; k++) {
        starts[size + k] = from + k;
        ends[size + k] = from + k + 1;
      }
      size += length;
    }

    /** Appends the single letters of words {@code from..to}, spelled out, joined. */
    void putSpelledOut(char[] s, int[] ws, int from, int to) {
      int separated = Change.SEPARATED.bit();
      for (int j = from; j < to; j++) {
        putOne(s[ws[j]], ws[j], separated);
      }
    }

    /**
     * Appends what the gap {@code s[from..to)} between two words becomes: nothing for an apostrophe,
     * its one or two mask characters as masks, else one space.
     */
    void putGap(char[] s, int from, int to) {
      if (to - from == 1 && s[from] == '\'') {
        joined = true;
        return; // an apostrophe inside a word is dropped
      }
      if (to - from <= 2 && isMaskChar(s[from]) && isMaskChar(s[to - 1])) {
        putOne(SeparatorCollapsing.MASK, from, 0);
        if (to - from == 2) {
          putOne(SeparatorCollapsing.MASK, from + 1, 0);
        }
        return;
      }
      put(' ', from, to, 0);
    }

    NormalizedText build(String original) {
      if (size == text.length) { // nothing dropped, as in most titles: no copies
        return new NormalizedText(original, new String(text), starts, ends, changes);
      }
      return new NormalizedText(original, new String(text, 0, size), java.util.Arrays.copyOf(starts, size),
          java.util.Arrays.copyOf(ends, size), java.util.Arrays.copyOf(changes, size));
    }
  }

  private static int spacedRun(char[] s, int[] ws, int[] we, int count, int k) {
    if (we[k] - ws[k] != 1) {
      return 0;
    }
    int j = k + 1;
    while (j < count && we[j] - ws[j] == 1 && isSpacedGap(s, we[j - 1], ws[j])) {
      j++;
    }
    return j - k;
  }

  private static boolean isSpacedGap(char[] s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s[i] == '\'') {
        return false;
      }
    }
    return true;
  }
}
