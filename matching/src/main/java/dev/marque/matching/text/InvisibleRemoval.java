package dev.marque.matching.text;

/**
 * Removes characters that render as nothing: zero-width space, joiner and non-joiner, soft hyphen,
 * word joiner, byte-order mark, bidi embeddings and overrides, variation selectors, and every other
 * Unicode default-ignorable or format character.
 *
 * <p>The character after a removed one, when it is a letter or digit, is marked {@link
 * Change#INVISIBLE}, so {@code Gu\u200Bcci} matches and says it was disguised.
 *
 * @since 0.1.0
 */
public final class InvisibleRemoval implements NormalizationStep {
  /** The step; it has no configuration. */
  public static final InvisibleRemoval INSTANCE = new InvisibleRemoval();

  private InvisibleRemoval() {}

  /**
   * {@return whether the code point renders as nothing and is removed}
   *
   * @param cp a code point
   */
  public static boolean isInvisible(int cp) {
    if (cp < 0x80) {
      return false;
    }
    return UnicodeTables.type(cp) == Character.FORMAT || UnicodeTables.isDefaultIgnorable(cp);
  }

  @Override
  public NormalizedText apply(NormalizedText input) {
    String s = input.text();
    int n = s.length();
    // Read from an array: a loop over a String reads Latin-1 and UTF-16 text by different paths.
    char[] c = s.toCharArray();
    int first = firstInvisible(c, n);
    if (first < 0) {
      return input;
    }
    NormalizedText.Builder out = new NormalizedText.Builder(input);
    out.appendUnchanged(c, 0, first);
    boolean pending = false;
    for (int i = first; i < n; ) {
      int cp = Character.codePointAt(c, i);
      int len = Character.charCount(cp);
      if (isInvisible(cp)) {
        // Only an invisible between two word characters disguises a word; elsewhere it is just noise.
        pending = out.size() > 0 && Character.isLetterOrDigit(out.lastChar());
      } else {
        int extra = pending && Character.isLetterOrDigit(cp) ? Change.INVISIBLE.bit() : 0;
        for (int k = 0; k < len; k++) {
          out.append(c[i + k], i + k, i + k + 1, extra);
        }
        pending = false;
      }
      i += len;
    }
    return out.build();
  }

  /** Where the first invisible code point is, or -1 when there is none. */
  private static int firstInvisible(char[] c, int n) {
    for (int i = 0; i < n; ) {
      int cp = Character.codePointAt(c, i);
      if (isInvisible(cp)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }
}
