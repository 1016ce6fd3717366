package dev.marque.matching.text;

import com.ibm.icu.lang.UCharacter;

/**
 * Reduces everything between words to one space, joins letters spelled out with separators ({@code g
 * u c c i}, {@code g.u.c.c.i}, {@code g-u-c-c-i}, {@code g*u*c*c*i}: marked {@link Change#SEPARATED}),
 * drops apostrophes inside words ({@code levi's}→{@code levis}), and keeps mask characters inside a
 * word as {@code *} ({@code g*cci}, {@code ro__x}→{@code ro**x}) for the index to treat as wildcards.
 *
 * <p>After this step the text is words separated by single spaces; a word is letters and digits, with
 * perhaps a {@code *} inside. Three or more single characters in a row, each separated by at most
 * {@value #MAX_SPACED_GAP} separator characters on one line, count as a spelled-out word.
 *
 * @since 0.1.0
 */
public final class SeparatorCollapsing implements NormalizationStep {
  /** The step; it has no configuration. */
  public static final SeparatorCollapsing INSTANCE = new SeparatorCollapsing();

  /** The most separator characters between two letters of a spelled-out word. */
  public static final int MAX_SPACED_GAP = 3;
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
    int type = UCharacter.getType(cp);
    return UCharacter.isLetterOrDigit(cp) || type == UCharacter.NON_SPACING_MARK
        || type == UCharacter.COMBINING_SPACING_MARK || type == UCharacter.ENCLOSING_MARK;
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
    // Words as runs of word code points: wordStart[k] .. wordEnd[k].
    int[] ws = new int[8];
    int[] we = new int[8];
    int count = 0;
    for (int i = 0; i < n; ) {
      int cp = s.codePointAt(i);
      if (!isWordCodePoint(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n) {
        int c2 = s.codePointAt(i);
        if (!isWordCodePoint(c2)) {
          break;
        }
        i += Character.charCount(c2);
      }
      if (count == ws.length) {
        ws = java.util.Arrays.copyOf(ws, count * 2);
        we = java.util.Arrays.copyOf(we, count * 2);
      }
      ws[count] = start;
      we[count] = i;
      count++;
    }
    if (count == 0) {
      return n == 0 ? input : new NormalizedText.Builder(input).build();
    }
    NormalizedText.Builder out = new NormalizedText.Builder(input);
    int k = 0;
    while (k < count) {
      int run = spacedRun(s, ws, we, count, k);
      if (run >= MIN_SPACED_LETTERS) {
        if (k > 0) {
          out.append(' ', we[k - 1], ws[k], 0);
        }
        for (int j = k; j < k + run; j++) {
          for (int i = ws[j]; i < we[j]; i++) {
            out.append(s.charAt(i), i, i + 1, Change.SEPARATED.bit());
          }
        }
        k += run;
        continue;
      }
      if (k > 0) {
        appendGap(out, s, we[k - 1], ws[k]);
      }
      for (int i = ws[k]; i < we[k]; i++) {
        out.append(s.charAt(i), i, i + 1, 0);
      }
      k++;
    }
    return out.build();
  }

  /** How many single-letter words, spelled out with short gaps, start at word {@code k}. */
  private static int spacedRun(String s, int[] ws, int[] we, int count, int k) {
    int j = k;
    while (j < count && isSingle(s, ws[j], we[j])) {
      if (j > k && !isSpacedGap(s, we[j - 1], ws[j])) {
        break;
      }
      j++;
    }
    return j - k;
  }

  private static boolean isSingle(String s, int from, int to) {
    int cp = s.codePointAt(from);
    int after = from + Character.charCount(cp);
    // One letter, perhaps with combining marks after it.
    for (int i = after; i < to; ) {
      int c = s.codePointAt(i);
      if (UCharacter.isLetterOrDigit(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return UCharacter.isLetterOrDigit(cp);
  }

  private static boolean isSpacedGap(String s, int from, int to) {
    if (to - from > MAX_SPACED_GAP) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || isApostrophe(c)) {
        return false;
      }
    }
    return true;
  }

  private static void appendGap(NormalizedText.Builder out, String s, int from, int to) {
    boolean masks = true;
    boolean apostrophe = to - from == 1 && isApostrophe(s.charAt(from));
    for (int i = from; i < to; i++) {
      masks &= isMaskChar(s.charAt(i));
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
