package dev.marque.matching.text;

/**
 * Folds the lookalikes that the Unicode confusables leave out because their prototype is a Latin
 * <em>small capital</em> rather than a Latin letter: the Latin small capitals themselves ({@code ᴍ},
 * {@code ᴛ}, {@code ɢ}, {@code ʀ}) and the Cyrillic letters drawn like them ({@code к}, {@code м},
 * {@code т}, {@code н}, {@code в}, with {@code ь} for {@code b} and {@code ԍ} for {@code g}), which
 * sellers mix in as dnstwist's Cyrillic fuzzer does: {@code ԍмаіӏ}→{@code gmail}, {@code
 * томтом}→{@code tomtom}. Folded characters are marked {@link Change#CONFUSABLE}.
 *
 * <p>It runs after {@link ConfusableFolding}, so it sees only what that step kept, and it never
 * touches ASCII.
 *
 * @since 0.1.0
 */
public final class SmallCapitalFolding implements NormalizationStep {
  /** The step; it has no configuration. */
  public static final SmallCapitalFolding INSTANCE = new SmallCapitalFolding();

  /** Each lookalike, followed by the Latin letter it folds to. */
  private static final String PAIRS =
      // Cyrillic, lower case (CaseFolding has lowered the capitals): small-capital shapes.
      "кkмmтtнhвbьbԍg"
      // Latin small capitals whose confusable prototype is not a Latin letter.
      + "ᴀaʙbᴅdᴇeꜰfɢgʜhᴊjᴋkʟlᴍmɴnᴘpʀrᴛt";
  private SmallCapitalFolding() {}

  /**
   * {@return the Latin letter {@code c} folds to, or 0 when it is kept as it is}
   *
   * @param c a character
   */
  public static char fold(char c) {
    if (c < 0x80) {
      return 0;
    }
    // Only the lookalikes, at even places, are outside ASCII.
    int i = PAIRS.indexOf(c);
    return i < 0 ? 0 : PAIRS.charAt(i + 1);
  }

  @Override
  public NormalizedText apply(NormalizedText input) {
    String s = input.text();
    int n = s.length();
    int first = -1;
    for (int i = 0; i < n; i++) {
      if (fold(s.charAt(i)) != 0) {
        first = i;
        break;
      }
    }
    if (first < 0) {
      return input;
    }
    char[] c = s.toCharArray();
    NormalizedText.Builder out = new NormalizedText.Builder(input);
    out.appendUnchanged(c, 0, first);
    for (int i = first; i < n; i++) {
      char folded = fold(c[i]);
      if (folded == 0) {
        out.append(c[i], i, i + 1, 0);
      } else {
        out.append(folded, i, i + 1, Change.CONFUSABLE.bit());
      }
    }
    return out.build();
  }
}
