package dev.marque.matching.text;

import java.util.List;
import java.util.Objects;

/**
 * A chain of {@link NormalizationStep}s that undoes the ways sellers disguise words, keeping the way
 * back to the original text. Immutable and thread-safe; build one and share it.
 *
 * <p>The {@linkplain #standard() standard} chain is, in order: {@link InvisibleRemoval}, {@link
 * CaseFolding}, {@link ConfusableFolding}, {@link LeetFolding}, {@link SeparatorCollapsing}. Apply the
 * same normaliser to the words you look for and to the text you look in, and compare the results:
 *
 * <pre>{@code
 * TextNormalizer norm = TextNormalizer.standard();
 * NormalizedText n = norm.normalize("Nеw G u c c 1 bag");   // Cyrillic е, spaced, leet
 * n.text();                                               // "new gucci bag"
 * n.originalText(4, 9);                                   // "G u c c 1"
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TextNormalizer {
  private static final TextNormalizer STANDARD = new TextNormalizer(List.of(InvisibleRemoval.INSTANCE,
      CaseFolding.INSTANCE, ConfusableFolding.INSTANCE, LeetFolding.INSTANCE,
      SeparatorCollapsing.INSTANCE));

  private final List<NormalizationStep> steps;

  private TextNormalizer(List<NormalizationStep> steps) {
    this.steps = steps;
  }

  /** The full chain marque matches brands and cue words with. */
  public static TextNormalizer standard() {
    return STANDARD;
  }

  /** A chain of the given steps, applied in the order given. */
  public static TextNormalizer of(List<? extends NormalizationStep> steps) {
    Objects.requireNonNull(steps, "steps");
    for (int i = 0; i < steps.size(); i++) {
      Objects.requireNonNull(steps.get(i), "steps[" + i + "]");
    }
    return new TextNormalizer(List.copyOf(steps));
  }

  /** The steps, in the order they are applied. */
  public List<NormalizationStep> steps() {
    return steps;
  }

  /**
   * Normalises {@code original}. Never throws on any text (unpaired surrogates, control characters,
   * bidi overrides included), and takes time proportional to its length.
   */
  public NormalizedText normalize(String original) {
    Objects.requireNonNull(original, "original");
    NormalizedText t = NormalizedText.identity(original);
    for (NormalizationStep step : steps) {
      t = step.apply(t);
    }
    return t;
  }
}
