package dev.marque.matching.text;

/**
 * Puts text written inside a right-to-left override back in the order it is displayed: {@code
 * ailerua} between U+202E and U+202C shows as {@code aurelia}, and is read so. The run lasts from the override
 * ({@code U+202E}) to its pop ({@code U+202C}), the next line break, or the end of the text.
 *
 * <p>Every character of the run maps to the whole run in the original text, control characters
 * included, so a match inside it points at what the reader saw; its characters are marked {@link
 * Change#INVISIBLE}, as the override is an invisible disguise. The controls themselves are left for
 * {@link InvisibleRemoval} to remove. Must come before it.
 *
 * @since 0.2.0
 */
public final class BidiOverrideReversal implements NormalizationStep {
  /** The step; it has no configuration. */
  public static final BidiOverrideReversal INSTANCE = new BidiOverrideReversal();

  private static final char RIGHT_TO_LEFT_OVERRIDE = '\u202E';
  private static final char POP_DIRECTIONAL_FORMATTING = '\u202C';

  private BidiOverrideReversal() {}

  @Override
  public NormalizedText apply(NormalizedText input) {
    String s = input.text();
    int first = s.indexOf(RIGHT_TO_LEFT_OVERRIDE);
    if (first < 0) {
      return input;
    }
    char[] c = s.toCharArray();
    int n = c.length;
    NormalizedText.Builder out = new NormalizedText.Builder(input);
    out.appendUnchanged(c, 0, first);
    for (int i = first; i < n; ) {
      if (c[i] != RIGHT_TO_LEFT_OVERRIDE) {
        out.append(c[i], i, i + 1, 0);
        i++;
        continue;
      }
      int end = i + 1; // the run is (i, end)
      while (end < n && c[end] != POP_DIRECTIONAL_FORMATTING && c[end] != RIGHT_TO_LEFT_OVERRIDE
          && c[end] != '\n' && c[end] != '\r' && c[end] != '\u2029') {
        end++;
      }
      boolean popped = end < n && c[end] == POP_DIRECTIONAL_FORMATTING;
      int runTo = popped ? end + 1 : end;
      out.append(c[i], i, i + 1, 0);
      // Reversed by code point, so that a surrogate pair stays a pair.
      for (int k = end - 1; k > i; k--) {
        if (Character.isLowSurrogate(c[k]) && k - 1 > i && Character.isHighSurrogate(c[k - 1])) {
          out.append(c[k - 1], i, runTo, Change.INVISIBLE.bit());
          out.append(c[k], i, runTo, Change.INVISIBLE.bit());
          k--;
        } else {
          out.append(c[k], i, runTo, Change.INVISIBLE.bit());
        }
      }
      if (popped) {
        out.append(c[end], end, end + 1, 0);
      }
      i = runTo;
    }
    return out.build();
  }
}
