package dev.marque.matching.text;

/**
 * Reduces everything between words to one space, joins letters spelled out with separators ({@code g
 * u c c i}, {@code g.u.c.c.i}, {@code g-u-c-c-i}, {@code g*u*c*c*i}: marked {@link Change#SEPARATED}),
 * drops apostrophes inside words ({@code levi's}→{@code levis}), and keeps mask characters inside a
 * word as {@code *} ({@code g*cci}, {@code ro__x}→{@code ro**x}) for the index to treat as wildcards.
 *
 * <p>After this step the text is words separated by single spaces; a word is letters and digits, with
 * perhaps a {@code *} inside. Three or more single characters in a row, separated by anything but an
 * apostrophe, count as a spelled-out word. How long a gap is does not matter, nor whether it holds a
 * line break: the result has single spaces where the gaps were, so a rule on gaps could not be
 * applied again to it, and normalising normalised text must change nothing. A word is not joined to
 * the one before it when it starts with a character that would combine with the end of that word
 * (a combining mark, a Hangul vowel jamo): that pair would not be read again as it was read here.
 *
 * @since 0.1.0
 */
public final class SeparatorCollapsing implements NormalizationStep {
  /** The step; it has no configuration. */
  public static final SeparatorCollapsing INSTANCE = new SeparatorCollapsing();

  /** The fewest single letters in a row that count as a spelled-out word. */
  public static final int MIN_SPACED_LETTERS = 3;
  /** The character that stands for a masked letter in the output. */
  public static final char MASK = '*';

  private SeparatorCollapsing() {}

  static boolean isWordCodePoint(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) {
      return false; // an unpaired surrogate
    }
    int type = UnicodeTables.type(cp);
    return UnicodeTables.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
  }

  private static boolean isMaskChar(char c) {
    return c == '*' || c == '_' || c == '#' || c == '\u2022';
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02bc';
  }

  @Override
  public NormalizedText apply(NormalizedText input) {
    String s = input.text();
    int n = s.length();
    // Read from an array: a loop over a String reads Latin-1 and UTF-16 text by different paths.
    char[] c = s.toCharArray();
    // Words as runs of word code points, ws[k] .. we[k]: separated, so at most half the characters.
    int[] ws = new int[(n + 1) / 2];
    int[] we = new int[(n + 1) / 2];
    int count = words(c, n, ws, we);
    if (count == 0) {
      return n == 0 ? input : new NormalizedText.Builder(input).build();
    }
    NormalizedText.Builder out = new NormalizedText.Builder(input);
    int k = 0;
    while (k < count) {
      int run = spacedRun(c, ws, we, count, k);
      if (run >= MIN_SPACED_LETTERS) {
        if (k > 0) {
          out.append(' ', we[k - 1], ws[k], 0);
        }
        appendWords(out, c, ws, we, k, k + run, Change.SEPARATED.bit());
        k += run;
        continue;
      }
      if (k > 0) {
        appendGap(out, c, we[k - 1], ws[k]);
      }
      appendWords(out, c, ws, we, k, k + 1, 0);
      k++;
    }
    return out.build();
  }

  /** Finds the words of {@code c[0..n)}, {@code ws[k]..we[k]}; returns how many there are. */
  private static int words(char[] c, int n, int[] ws, int[] we) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < n; ) {
      int cp = Character.codePointAt(c, i);
      boolean word = isWordCodePoint(cp);
      if (word && !inWord) {
        ws[count] = i;
      } else if (!word && inWord) {
        we[count++] = i;
      }
      inWord = word;
      i += Character.charCount(cp);
    }
    if (inWord) {
      we[count++] = n;
    }
    return count;
  }

  /** Appends words {@code from..to} as they are, joined, with {@code extra} change bits. */
  private static void appendWords(NormalizedText.Builder out, char[] c, int[] ws, int[] we, int from,
      int to, int extra) {
    for (int j = from; j < to; j++) {
      for (int i = ws[j]; i < we[j]; i++) {
        out.append(c[i], i, i + 1, extra);
      }
    }
  }

  /** How many single-letter words, spelled out with short gaps, start at word {@code k}. */
  private static int spacedRun(char[] c, int[] ws, int[] we, int count, int k) {
    if (!isSingle(c, ws[k], we[k])) {
      return 0;
    }
    int j = k + 1;
    while (j < count && isSingle(c, ws[j], we[j]) && isSpacedGap(c, we[j - 1], ws[j])
        && startsOnBoundary(c, ws[j])) {
      j++;
    }
    return j - k;
  }

  private static boolean isSingle(char[] c, int from, int to) {
    int cp = Character.codePointAt(c, from);
    int after = from + Character.charCount(cp);
    // One letter, perhaps with combining marks after it.
    for (int i = after; i < to; ) {
      int next = Character.codePointAt(c, i);
      if (UnicodeTables.isLetterOrDigit(next)) {
        return false;
      }
      i += Character.charCount(next);
    }
    return UnicodeTables.isLetterOrDigit(cp);
  }

  private static boolean isSpacedGap(char[] c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isApostrophe(c[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the word at {@code i} may be joined to what comes before it: its first character does
   * not combine with a character before it in normalisation (a combining mark, a Hangul vowel jamo).
   */
  static boolean startsOnBoundary(char[] c, int i) {
    return c[i] < 0x80 || UnicodeTables.hasCasefoldBoundaryBefore(Character.codePointAt(c, i));
  }

  private static void appendGap(NormalizedText.Builder out, char[] c, int from, int to) {
    boolean masks = true;
    boolean apostrophe = to - from == 1 && isApostrophe(c[from]) && startsOnBoundary(c, to);
    for (int i = from; i < to; i++) {
      masks &= isMaskChar(c[i]);
    }
    if (apostrophe) {
      return;
    }
    if (masks && to - from <= 2) {
      for (int i = from; i < to; i++) {
        out.append(MASK, i, i + 1, 0);
      }
      return;
    }
    out.append(' ', from, to, 0);
  }
}
