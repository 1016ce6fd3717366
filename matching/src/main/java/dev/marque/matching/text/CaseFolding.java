package dev.marque.matching.text;

import java.util.Locale;

/**
 * Folds case and compatibility forms with Unicode NFKC_Casefold: {@code GUCCI}→{@code gucci},
 * fullwidth {@code ＧＵＣＣＩ} and mathematical {@code 𝐆𝐮𝐜𝐜𝐢} → {@code gucci}, {@code ﬁ}→{@code fi}.
 *
 * <p>Text is folded one normalisation segment at a time (a starter and the marks that follow it), so
 * each output character maps back to the segment it came from. Characters that plain lower-casing
 * would not have produced are marked {@link Change#COMPATIBILITY}. The Unicode data comes from
 * tables generated at build time (Unicode 17), not from the JDK, so the result does not depend on
 * the JDK's Unicode version.
 *
 * @since 0.1.0
 */
public final class CaseFolding implements NormalizationStep {
  /** The step; it has no configuration. */
  public static final CaseFolding INSTANCE = new CaseFolding();

  private CaseFolding() {}

  @Override
  public NormalizedText apply(NormalizedText input) {
    String s = input.text();
    int n = s.length();
    // Read from an array: a loop over a String reads Latin-1 and UTF-16 text by different paths.
    // One longer than the text, ending in 0, so that the character after the last is plain ASCII.
    char[] chars = new char[n + 1];
    s.getChars(0, n, chars, 0);
    if (isPlainLower(chars, n)) {
      return input;
    }
    NormalizedText.Builder out = new NormalizedText.Builder(input);
    int i = 0;
    while (i < n) {
      char c = chars[i];
      // ASCII followed by ASCII is its own segment, and folding it is lower-casing.
      if (c < 0x80 && chars[i + 1] < 0x80) {
        out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c, i, i + 1, 0);
        i++;
        continue;
      }
      if (Character.isSurrogate(c) && Character.codePointAt(chars, i) < 0x10000) {
        // An unpaired surrogate is kept as it is: it is data, not a letter. It is a segment of its
        // own, so that what follows it is folded as it would be without it.
        out.append(c, i, i + 1, 0);
        i++;
        continue;
      }
      int end = segmentEnd(chars, i, n);
      String segment = s.substring(i, end);
      String folded = UnicodeTables.nfkcCasefold(segment);
      int extra = folded.equals(segment.toLowerCase(Locale.ROOT)) ? 0 : Change.COMPATIBILITY.bit();
      int bits = extra | out.changes(i, end); // once per segment: a segment may be very long
      for (char f : folded.toCharArray()) {
        out.appendWithBits(f, i, end, bits);
      }
      i = end;
    }
    return out.build();
  }

  /** Whether {@code c[0..n)} is all ASCII and none of it upper case: nothing to fold. */
  private static boolean isPlainLower(char[] c, int n) {
    for (int i = 0; i < n; i++) {
      if (c[i] >= 0x80 || (c[i] >= 'A' && c[i] <= 'Z')) {
        return false;
      }
    }
    return true;
  }

  /** Where the normalisation segment that starts at {@code from} ends: at the next boundary. */
  private static int segmentEnd(char[] c, int from, int n) {
    int end = from + Character.charCount(Character.codePointAt(c, from));
    while (end < n) {
      int cp = Character.codePointAt(c, end);
      if (UnicodeTables.hasCasefoldBoundaryBefore(cp)) {
        break;
      }
      end += Character.charCount(cp);
    }
    return end;
  }
}
