package dev.marque.matching.text;

import com.ibm.icu.text.Normalizer2;
import java.util.Locale;

/**
 * Folds case and compatibility forms with Unicode NFKC_Casefold: {@code GUCCI}→{@code gucci},
 * fullwidth {@code ＧＵＣＣＩ} and mathematical {@code 𝐆𝐮𝐜𝐜𝐢} → {@code gucci}, {@code ﬁ}→{@code fi}.
 *
 * <p>Text is folded one normalisation segment at a time (a starter and the marks that follow it), so
 * each output character maps back to the segment it came from. Characters that plain lower-casing
 * would not have produced are marked {@link Change#COMPATIBILITY}.
 *
 * @since 0.1.0
 */
public final class CaseFolding implements NormalizationStep {
  /** The step; it has no configuration. */
  public static final CaseFolding INSTANCE = new CaseFolding();

  private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();

  private CaseFolding() {}

  @Override
  public NormalizedText apply(NormalizedText input) {
    String s = input.text();
    int n = s.length();
    boolean plainLower = true;
    for (int i = 0; i < n && plainLower; i++) {
      char c = s.charAt(i);
      plainLower = c < 0x80 && !(c >= 'A' && c <= 'Z');
    }
    if (plainLower) {
      return input;
    }
    NormalizedText.Builder out = new NormalizedText.Builder(input);
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      // ASCII followed by ASCII is its own segment, and folding it is lower-casing.
      if (c < 0x80 && (i + 1 == n || s.charAt(i + 1) < 0x80)) {
        out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c, i, i + 1, 0);
        i++;
        continue;
      }
      int end = i + Character.charCount(s.codePointAt(i));
      while (end < n) {
        int cp = s.codePointAt(end);
        if (NFKC_CF.hasBoundaryBefore(cp)) {
          break;
        }
        end += Character.charCount(cp);
      }
      String segment = s.substring(i, end);
      String folded;
      if (Character.isSurrogate(segment.charAt(0)) && segment.codePointAt(0) < 0x10000) {
        folded = segment; // an unpaired surrogate is kept as it is: it is data, not a letter
      } else {
        folded = NFKC_CF.normalize(segment);
      }
      int extra = folded.equals(segment.toLowerCase(Locale.ROOT)) ? 0 : Change.COMPATIBILITY.bit();
      for (int k = 0; k < folded.length(); k++) {
        out.append(folded.charAt(k), i, end, extra);
      }
      i = end;
    }
    return out.build();
  }
}
