package dev.marque.matching.text;

import java.util.List;
import java.util.Objects;

/**
 * A chain of {@link NormalizationStep}s that undoes the ways sellers disguise words, keeping the way
 * back to the original text. Immutable and thread-safe; build one and share it.
 *
 * <p>The {@linkplain #standard() standard} chain is, in order: {@link BidiOverrideReversal}, {@link
 * InvisibleRemoval}, {@link
 * CaseFolding}, {@link ConfusableFolding}, {@link SmallCapitalFolding}, {@link LeetFolding}, {@link
 * SeparatorCollapsing}, and {@link LeetFolding} again, for digits in words the separators joined
 * ({@code G G 1}→{@code ggi}). Normalising its result again changes nothing. Apply the
 * same normaliser to the words you look for and to the text you look in, and compare the results:
 *
 * <pre>{@code
 * TextNormalizer norm = TextNormalizer.standard();
 * NormalizedText n = norm.normalize("Nеw G u c c i bag");   // Cyrillic е, spaced
 * n.text();                                               // "new gucci bag"
 * n.originalText(4, 9);                                   // "G u c c i"
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TextNormalizer {
  private static final List<NormalizationStep> STANDARD_STEPS = List.of(
      BidiOverrideReversal.INSTANCE, InvisibleRemoval.INSTANCE,
      CaseFolding.INSTANCE, ConfusableFolding.INSTANCE, SmallCapitalFolding.INSTANCE,
      LeetFolding.INSTANCE, SeparatorCollapsing.INSTANCE, LeetFolding.INSTANCE);
  private static final TextNormalizer STANDARD = new TextNormalizer(STANDARD_STEPS);
  /** Texts longer than this are not remembered, so that a thread holds no large text for long. */
  private static final int MAX_REMEMBERED_LENGTH = 4096;
  /**
   * The texts this thread normalised last with the standard chain, and their results: a listing's
   * title and description are normalised once to find brands in them and again to assess them.
   */
  private static final ThreadLocal<Recent> RECENT = ThreadLocal.withInitial(Recent::new);

  private final List<NormalizationStep> steps;
  /** Whether this is the standard chain, which has a one-pass path for ASCII text. */
  private final boolean standard;

  private TextNormalizer(List<NormalizationStep> steps) {
    this.steps = steps;
    this.standard = steps.equals(STANDARD_STEPS);
  }

  /** {@return the full chain marque matches brands and cue words with} */
  public static TextNormalizer standard() {
    return STANDARD;
  }

  /**
   * {@return a chain of the given steps, applied in the order given}
   *
   * @param steps the steps
   */
  public static TextNormalizer of(List<? extends NormalizationStep> steps) {
    Objects.requireNonNull(steps, "steps");
    for (int i = 0; i < steps.size(); i++) {
      Objects.requireNonNull(steps.get(i), "steps[" + i + "]");
    }
    return new TextNormalizer(List.copyOf(steps));
  }

  /** {@return the steps, in the order they are applied} */
  public List<NormalizationStep> steps() {
    return steps;
  }

  /**
   * Normalises {@code original}. Never throws on any text (unpaired surrogates, control characters,
   * bidi overrides included), and takes time proportional to its length.
   *
   * <p>The {@linkplain #standard() standard} chain remembers the last few texts each thread gave
   * it:
   * given the same {@code String} again, it returns the same result without the work.
   *
   * @param original any text
   * @return the normalised text, mapped back to the original
   */
  public NormalizedText normalize(String original) {
    Objects.requireNonNull(original, "original");
    if (!standard) {
      return applySteps(original);
    }
    Recent recent = original.length() <= MAX_REMEMBERED_LENGTH ? RECENT.get() : null;
    NormalizedText known = recent == null ? null : recent.get(original);
    if (known != null) {
      return known;
    }
    NormalizedText t = AsciiChain.normalizeIfAscii(original);
    if (t == null) {
      t = applySteps(original);
    }
    if (recent != null) {
      recent.put(original, t);
    }
    return t;
  }

  private NormalizedText applySteps(String original) {
    NormalizedText t = NormalizedText.identity(original);
    for (NormalizationStep step : steps) {
      t = step.apply(t);
    }
    return t;
  }

  /** The last few texts one thread normalised, by identity, with their results. */
  private static final class Recent {
    private static final int SIZE = 4;
    private final String[] originals = new String[SIZE];
    private final NormalizedText[] results = new NormalizedText[SIZE];
    private int next;

    NormalizedText get(String original) {
      for (int i = 0; i < SIZE; i++) {
        if (originals[i] == original) {
          return results[i];
        }
      }
      return null;
    }

    void put(String original, NormalizedText result) {
      originals[next] = original;
      results[next] = result;
      next = (next + 1) % SIZE;
    }
  }
}
