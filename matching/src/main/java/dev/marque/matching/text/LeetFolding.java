package dev.marque.matching.text;

/**
 * Folds digits and symbols that stand for letters inside words: {@code Gucc1}→{@code gucci},
 * {@code R0lex}→{@code roiex}, {@code Ch@nel}→{@code chanei}, {@code $upreme}→{@code supreme}. Folded
 * characters are marked {@link Change#LEET}.
 *
 * <p>The letter {@code l} is also folded to {@code i}, unmarked, because {@code 1}, {@code |} and
 * {@code !} stand for either; folding both sides of a comparison to one letter lets {@code App1e} match
 * {@code Apple} exactly. A digit is folded only inside a word that has a letter and only in a run of at
 * most two digits, so {@code 2024}, {@code iPhone 14} and prices stay numbers; a symbol only between
 * word characters (or {@code $}/{@code @} leading a word), so {@code Gucci!} keeps its exclamation mark.
 * The rules read the word as folded, not as written, so folding the result again changes nothing:
 * {@code $1lk} is {@code silk}, as the {@code 1} before a letter is an {@code i}, and {@code $} before
 * an {@code i} an {@code s}.
 *
 * @since 0.1.0
 */
public final class LeetFolding implements NormalizationStep {
  /** The step; it has no configuration. */
  public static final LeetFolding INSTANCE = new LeetFolding();

  private static final int MAX_DIGIT_RUN = 2;

  private LeetFolding() {}

  /**
   * {@return the letter {@code c} stands for in leetspeak, or {@code 0} when it is not a leet
   * character}
   *
   * @param c a character
   */
  public static char letterFor(char c) {
    switch (c) {
      case '0': return 'o';
      case '1': case '!': case '|': case 'l': case '\u00a3': return 'i';
      case '3': case '\u20ac': return 'e';
      case '4': case '@': return 'a';
      case '5': case '$': return 's';
      case '7': case '+': return 't';
      case '8': return 'b';
      case '9': return 'g';
      default: return 0;
    }
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || letterFor(c) != 0;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
  }

  @Override
  public NormalizedText apply(NormalizedText input) {
    String s = input.text();
    int n = s.length();
    // Read from an array: a loop over a String reads Latin-1 and UTF-16 text by different paths.
    char[] in = s.toCharArray();
    char[] out = null;
    int runStart = 0;
    while (runStart < n) {
      if (isSpace(in[runStart])) {
        runStart++;
        continue;
      }
      int runEnd = runEnd(in, runStart, n);
      if (hasLetter(in, runStart, runEnd)) {
        out = foldRun(in, runStart, runEnd, out);
      }
      runStart = runEnd;
    }
    if (out == null) {
      return input;
    }
    // Folding is one character for one, so offsets carry over; only the changes are new.
    NormalizedText.Builder b = new NormalizedText.Builder(input);
    for (int i = 0; i < n; i++) {
      boolean leet = out[i] != in[i] && in[i] != 'l';
      b.append(out[i], i, i + 1, leet ? Change.LEET.bit() : 0);
    }
    return b.build();
  }

  /** Where the run of characters other than spaces that starts at {@code from} ends. */
  private static int runEnd(char[] s, int from, int n) {
    int i = from;
    while (i < n && !isSpace(s[i])) {
      i++;
    }
    return i;
  }

  private static boolean hasLetter(char[] s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetter(s[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Folds the run {@code in[from..to)} into {@code out}, a copy of {@code in} made at the first fold
   * (or null until then); returns it.
   *
   * <p>The rules read the run as folded so far, and every character is folded that they allow once
   * the others are: the least fixed point, so that folding the result again folds nothing more
   * ({@code $1x}: the {@code 1} is folded for the letter after it, and then the {@code $} for the
   * letter {@code i} after it). A fold changes only what its neighbours read (a symbol reads the
   * character after it, a run of digits the characters on either side), and a character read again
   * is the left neighbour of a fold: one pass left to right, stepping back after each fold while the
   * character before it folds too, reaches it in time linear in the run.
   */
  private static char[] foldRun(char[] in, int from, int to, char[] out) {
    for (int i = from; i < to; i++) {
      if (letterFor((out == null ? in : out)[i]) == 0) {
        continue;
      }
      if (out == null) {
        out = in.clone();
      }
      // Each fold may let the character before it fold, and so on back.
      for (int folded = foldAt(out, i, from, to); folded > from; ) {
        folded = foldAt(out, folded - 1, from, to);
      }
    }
    return out;
  }

  /**
   * Folds the character at {@code i} of the run {@code s[runStart..runEnd)} if the rules allow it,
   * with the rest of its run of digits when it is a digit; returns where what it folded starts, or -1
   * when it folded nothing.
   */
  private static int foldAt(char[] s, int i, int runStart, int runEnd) {
    char c = s[i];
    char letter = letterFor(c);
    if (letter == 0) {
      return -1;
    }
    if (c == 'l') {
      s[i] = letter;
      return i;
    }
    if (c >= '0' && c <= '9') {
      // The run of digits, looked at no further than shows it too long: a long run never folds.
      int from = i;
      while (from > runStart && Character.isDigit(s[from - 1]) && i - from <= MAX_DIGIT_RUN) {
        from--;
      }
      int to = i + 1;
      while (to < runEnd && Character.isDigit(s[to]) && to - from <= MAX_DIGIT_RUN) {
        to++;
      }
      boolean letterNext = (from > runStart && Character.isLetter(s[from - 1]))
          || (to < runEnd && Character.isLetter(s[to]));
      if (to - from > MAX_DIGIT_RUN || !letterNext) {
        return -1;
      }
      for (int k = from; k < to; k++) {
        char f = letterFor(s[k]);
        if (f != 0) {
          s[k] = f;
        }
      }
      return from;
    }
    boolean leftWord = i > runStart && isWordChar(s[i - 1]);
    boolean fold;
    if ((c == '$' || c == '@') && !leftWord) {
      fold = i + 1 < runEnd && Character.isLetter(s[i + 1]);
    } else {
      fold = leftWord && i + 1 < runEnd && Character.isLetterOrDigit(s[i + 1]);
    }
    if (!fold) {
      return -1;
    }
    s[i] = letter;
    return i;
  }
}
