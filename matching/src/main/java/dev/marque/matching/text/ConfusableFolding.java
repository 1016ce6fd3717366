package dev.marque.matching.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Folds lookalikes to their Latin prototype with the Unicode confusables of UTS #39 (through ICU's
 * {@link SpoofChecker} skeleton): Cyrillic {@code Guссі}→{@code gucci}, Greek {@code ρrada}→{@code
 * prada}; strips marks from letters, {@code gùcci}→{@code gucci}; and reads enclosed and squared
 * letters as the letter inside, {@code Ⓐurelia} and {@code 🅰urelia}→{@code aurelia}. Folded characters
 * are marked {@link Change#CONFUSABLE}.
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

  private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final String KEEP = "";
  /** Folding a code point costs a skeleton computation; each is done once per JVM. */
  private static final ConcurrentHashMap<Integer, String> CACHE = new ConcurrentHashMap<>();

  private ConfusableFolding() {}

  /**
   * The Latin letters the code point folds to, or the empty string when it is kept as it is.
   *
   * <p>For example {@code fold('с')} (Cyrillic es) is {@code "c"} and {@code fold('古')} is {@code ""}.
   */
  public static String fold(int cp) {
    char enclosed = enclosedLetter(cp);
    if (enclosed != 0) {
      return String.valueOf(enclosed);
    }
    if (cp < 0x80 || !UCharacter.isLetter(cp)) {
      return KEEP; // symbols and punctuation that look like letters are left to the separator step
    }
    return CACHE.computeIfAbsent(cp, ConfusableFolding::compute);
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

  private static String compute(int cp) {
    String single = new String(Character.toChars(cp));
    String latin = latinLetters(SPOOF.getSkeleton(single));
    if (latin.isEmpty()) {
      latin = latinLetters(NFD.normalize(single));
    }
    return latin;
  }

  /** The lower-case ASCII letters of {@code s} with marks dropped, or empty if anything else is left. */
  private static String latinLetters(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int type = UCharacter.getType(cp);
      if (type == UCharacter.NON_SPACING_MARK || type == UCharacter.ENCLOSING_MARK
          || type == UCharacter.COMBINING_SPACING_MARK) {
        continue;
      }
      if (cp >= 'A' && cp <= 'Z') {
        b.append((char) (cp + 32));
      } else if (cp >= 'a' && cp <= 'z') {
        b.append((char) cp);
      } else {
        return KEEP;
      }
    }
    // A skeleton of three or more letters is a ligature-like expansion that is no longer a lookalike.
    return b.length() <= 2 ? b.toString() : KEEP;
  }

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
        int type = UCharacter.getType(cp);
        boolean mark = type == UCharacter.NON_SPACING_MARK || type == UCharacter.ENCLOSING_MARK;
        if (mark && out.size() > 0 && out.lastChar() < 0x80 && Character.isLetter(out.lastChar())) {
          // A combining mark on a Latin letter that composition left separate: drop it, as for ù.
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
