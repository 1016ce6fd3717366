package dev.marque.matching.text;

/**
 * Folds lookalikes to their Latin prototype with the Unicode confusables of UTS #39 (their
 * skeletons, from a table generated at build time from Unicode's confusables data): Cyrillic {@code
 * Guссі}→{@code gucci}, Greek {@code ρrada}→{@code prada}; strips marks from letters, {@code
 * gùcci}→{@code gucci}; and reads enclosed and squared letters as the letter inside, {@code
 * Ⓐurelia} and {@code 🅰urelia}→{@code aurelia}. Folded characters are marked {@link
 * Change#CONFUSABLE}.
 *
 * <p>Only non-ASCII characters are folded. ASCII is left to {@link LeetFolding}, because the UTS #39
 * skeleton also maps ordinary letters ({@code m}→{@code rn}) and digits ({@code 1}→{@code l}) in ways
 * that would make every plain word a lookalike of something. A character whose prototype is not Latin
 * (most of Chinese, Japanese, Arabic, ...) is kept, so aliases in those scripts still match as written.
 *
 * @since 0.1.0
 */
public final class ConfusableFolding implements NormalizationStep {
  /** The step; it has no configuration. */
  public static final ConfusableFolding INSTANCE = new ConfusableFolding();

  private static final String KEEP = "";

  private ConfusableFolding() {}

  /**
   * {@return the Latin letters the code point folds to, or the empty string when it is kept as it
   * is}
   *
   * <p>For example {@code fold('с')} (Cyrillic es) is {@code "c"} and {@code fold('古')} is {@code
   * ""}.
   *
   * @param cp a code point
   */
  public static String fold(int cp) {
    char enclosed = enclosedLetter(cp);
    if (enclosed != 0) {
      return String.valueOf(enclosed);
    }
    if (cp < 0x80 || !UnicodeTables.isLetter(cp)) {
      return KEEP; // symbols and punctuation that look like letters are left to the separator step
    }
    // The skeleton, or failing that the canonical decomposition, when it is one or two Latin
    // letters once marks are dropped; longer is a ligature-like expansion, no longer a lookalike.
    return UnicodeTables.confusableFold(cp);
  }

  /**
   * The Latin letter inside an enclosed, squared or parenthesised letter ({@code Ⓐ ⓐ ⒜ 🄐 🄰 🅐 🅰}, and
   * the regional indicators {@code 🇦}), which are symbols, not letters, to Unicode and so have no
   * confusable skeleton; or 0.
   */
  static char enclosedLetter(int cp) {
    if (cp < 0x249C) {
      return 0;
    }
    int[][] ranges = ENCLOSED;
    for (int[] r : ranges) {
      if (cp >= r[0] && cp < r[0] + 26) {
        return (char) ('a' + cp - r[0]);
      }
    }
    return 0;
  }

  /** The first code point of each run of 26 enclosed letters, a to z. */
  private static final int[][] ENCLOSED = {
      {0x249C}, // ⒜ parenthesized small
      {0x24B6}, // Ⓐ circled capital
      {0x24D0}, // ⓐ circled small
      {0x1F110}, // 🄐 parenthesized capital
      {0x1F130}, // 🄰 squared capital
      {0x1F150}, // 🅐 negative circled capital
      {0x1F170}, // 🅰 negative squared capital
      {0x1F1E6}, // 🇦 regional indicator
  };

  @Override
  public NormalizedText apply(NormalizedText input) {
    String s = input.text();
    int n = s.length();
    // Read from an array: a loop over a String reads Latin-1 and UTF-16 text by different paths.
    char[] c = s.toCharArray();
    int first = firstNonAscii(c, n);
    if (first < 0) {
      return input;
    }
    NormalizedText.Builder out = new NormalizedText.Builder(input);
    out.appendUnchanged(c, 0, first);
    for (int i = first; i < n; ) {
      int cp = Character.codePointAt(c, i);
      int len = Character.charCount(cp);
      String folded = fold(cp);
      if (folded.isEmpty()) {
        int type = UnicodeTables.type(cp);
        boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
        if (mark && out.size() > 0 && carriesNoMark(out.lastChar())) {
          // A combining mark on a Latin letter that composition left separate: drop it, as for ù.
          // So too on a digit or a small-capital lookalike, which later steps may make a letter.
          i += len;
          continue;
        }
        for (int k = 0; k < len; k++) {
          out.append(c[i + k], i + k, i + k + 1, 0);
        }
      } else {
        for (int k = 0; k < folded.length(); k++) {
          out.append(folded.charAt(k), i, i + len, Change.CONFUSABLE.bit());
        }
      }
      i += len;
    }
    return out.build();
  }

  /**
   * Whether a combining mark after {@code c} is dropped: {@code c} is a Latin letter or a digit, or
   * becomes a Latin letter in {@link SmallCapitalFolding}. A mark kept after a character that a later
   * step makes a letter would be dropped when the result is normalised again.
   */
  private static boolean carriesNoMark(char c) {
    return c < 0x80 ? Character.isLetterOrDigit(c) : SmallCapitalFolding.fold(c) != 0;
  }

  /** Where the first character outside ASCII is, or -1 when there is none. */
  private static int firstNonAscii(char[] c, int n) {
    for (int i = 0; i < n; i++) {
      if (c[i] >= 0x80) {
        return i;
      }
    }
    return -1;
  }
}
