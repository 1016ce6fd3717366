package dev.marque.matching.text;

/**
 * The standard chain for text that is all ASCII, in one pass over char arrays: what {@link
 * InvisibleRemoval}, {@link CaseFolding}, {@link ConfusableFolding}, {@link LeetFolding} and {@link
 * SeparatorCollapsing} would produce one after another, without their intermediate copies or their
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
    foldLeet(a, n, leet);
    return collapse(original, a, n, leet);
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

  /** {@link LeetFolding#apply}, in place: the same runs, the same rules. */
  private static void foldLeet(char[] s, int n, byte[] leet) {
    char[] in = null;
    int runStart = 0;
    while (runStart < n) {
      while (runStart < n && isSpace(s[runStart])) {
        runStart++;
      }
      int runEnd = runStart;
      boolean hasLetter = false;
      while (runEnd < n && !isSpace(s[runEnd])) {
        hasLetter |= isLetter(s[runEnd]);
        runEnd++;
      }
      if (hasLetter) {
        for (int i = runStart; i < runEnd; i++) {
          char c = in == null ? s[i] : in[i];
          char letter = LEET[c];
          if (letter != 0) {
            if (in == null && c != 'l') {
              // The rules read the unfolded neighbours. An l already folded to i reads the same to
              // every test they make (letter, word character, not a digit), so no copy is needed
              // until the first other fold.
              in = s.clone();
            }
            if (c == 'l' || foldable(in, i, runStart, runEnd)) {
              s[i] = letter;
              if (c != 'l') {
                leet[i] = (byte) Change.LEET.bit();
              }
            }
          }
        }
      }
      runStart = runEnd;
    }
  }

  private static boolean isWordChar(char c) {
    return isLetterOrDigit(c) || LEET[c] != 0;
  }

  private static boolean foldable(char[] s, int i, int runStart, int runEnd) {
    char c = s[i];
    boolean leftWord = i > runStart && isWordChar(s[i - 1]);
    boolean rightWord = i + 1 < runEnd && isLetterOrDigit(s[i + 1]);
    if (isDigit(c)) {
      int from = i;
      while (from > runStart && isDigit(s[from - 1])) {
        from--;
      }
      int to = i;
      while (to < runEnd && isDigit(s[to])) {
        to++;
      }
      boolean letterNext = (from > runStart && isLetter(s[from - 1])) || (to < runEnd && isLetter(s[to]));
      return to - from <= MAX_DIGIT_RUN && letterNext;
    }
    if ((c == '$' || c == '@') && !leftWord) {
      return i + 1 < runEnd && isLetter(s[i + 1]);
    }
    return leftWord && rightWord;
  }

  private static boolean isMaskChar(char c) {
    return c == '*' || c == '_' || c == '#';
  }

  /** {@link SeparatorCollapsing#apply} on ASCII, where a word is a run of letters and digits. */
  private static NormalizedText collapse(String original, char[] s, int n, byte[] bits) {
    int[] ws = new int[16];
    int[] we = new int[16];
    int count = 0;
    for (int i = 0; i < n; ) {
      if (!isLetterOrDigit(s[i])) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isLetterOrDigit(s[i])) {
        i++;
      }
      if (count == ws.length) {
        ws = java.util.Arrays.copyOf(ws, count * 2);
        we = java.util.Arrays.copyOf(we, count * 2);
      }
      ws[count] = start;
      we[count] = i;
      count++;
    }
    char[] text = new char[n];
    int[] starts = new int[n];
    int[] ends = new int[n];
    byte[] changes = new byte[n];
    int size = 0;
    int k = 0;
    while (k < count) {
      int run = spacedRun(s, ws, we, count, k);
      if (run >= SeparatorCollapsing.MIN_SPACED_LETTERS) {
        if (k > 0) {
          size = put(text, starts, ends, changes, size, ' ', we[k - 1], ws[k], bits, 0);
        }
        byte sep = (byte) Change.SEPARATED.bit();
        for (int j = k; j < k + run; j++) {
          for (int i = ws[j]; i < we[j]; i++) {
            size = put(text, starts, ends, changes, size, s[i], i, i + 1, bits, sep);
          }
        }
        k += run;
        continue;
      }
      if (k > 0) {
        int from = we[k - 1];
        int to = ws[k];
        boolean masks = true;
        for (int i = from; i < to; i++) {
          masks &= isMaskChar(s[i]);
        }
        if (to - from == 1 && s[from] == '\'') {
          // an apostrophe inside a word is dropped
        } else if (masks && to - from <= 2) {
          for (int i = from; i < to; i++) {
            size = put(text, starts, ends, changes, size, SeparatorCollapsing.MASK, i, i + 1, bits, 0);
          }
        } else {
          size = put(text, starts, ends, changes, size, ' ', from, to, bits, 0);
        }
      }
      for (int i = ws[k]; i < we[k]; i++) {
        size = put(text, starts, ends, changes, size, s[i], i, i + 1, bits, 0);
      }
      k++;
    }
    if (size == n) { // nothing dropped, as in most titles: no copies
      return new NormalizedText(original, new String(text), starts, ends, changes);
    }
    return new NormalizedText(original, new String(text, 0, size), java.util.Arrays.copyOf(starts, size),
        java.util.Arrays.copyOf(ends, size), java.util.Arrays.copyOf(changes, size));
  }

  private static int put(char[] text, int[] starts, int[] ends, byte[] changes, int size, char c,
      int from, int to, byte[] bits, int extra) {
    int b = extra;
    for (int i = from; i < to; i++) {
      b |= bits[i];
    }
    text[size] = c;
    starts[size] = from;
    ends[size] = to;
    changes[size] = (byte) b;
    return size + 1;
  }

  private static int spacedRun(char[] s, int[] ws, int[] we, int count, int k) {
    int j = k;
    while (j < count && we[j] - ws[j] == 1) {
      if (j > k && !isSpacedGap(s, we[j - 1], ws[j])) {
        break;
      }
      j++;
    }
    return j - k;
  }

  private static boolean isSpacedGap(char[] s, int from, int to) {
    if (to - from > SeparatorCollapsing.MAX_SPACED_GAP) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s[i];
      if (c == '\n' || c == '\r' || c == '\'') {
        return false;
      }
    }
    return true;
  }
}
