package dev.marque.matching.text;

/**
 * One small step of the {@link TextNormalizer} chain, testable alone, that maps normalised text to
 * normalised text and keeps the way back to the original offsets.
 *
 * <p>The family is closed so that every match method the index reports can be traced to a step the
 * library knows. A step returns its input unchanged when it has nothing to do, which keeps the common
 * plain-ASCII title cheap.
 *
 * @since 0.1.0
 */
public sealed interface NormalizationStep
    permits BidiOverrideReversal, InvisibleRemoval, CaseFolding, ConfusableFolding, LeetFolding,
    SeparatorCollapsing, SmallCapitalFolding {

  /**
   * Applies this step. Never throws on any input, and never reorders characters, except {@link
   * BidiOverrideReversal}, which puts an overridden run in the order it is displayed.
   *
   * @param input the text so far
   * @return the text after this step, mapped back to the original
   */
  NormalizedText apply(NormalizedText input);

  /**
   * Applies this step to raw text: a shorthand for tests and one-off use.
   *
   * @param original the raw text
   * @return the text after this step, mapped back to the original
   */
  default NormalizedText apply(String original) {
    return apply(NormalizedText.identity(original));
  }
}
