/**
 * The signs of a counterfeit, each a small part that can be used and tested alone and that explains
 * itself as a {@link dev.marque.core.Reason} with evidence: a disguised brand, counterfeit cue words
 * ({@link dev.marque.matching.signals.PhraseList#cueWords()}), a price far below the MSRP
 * ({@link dev.marque.matching.signals.PriceCheck}), an authorised seller, and compatibility wording
 * that marks an accessory ({@link dev.marque.matching.signals.PhraseList#compatibilityPhrases()}).
 *
 * <p>{@link dev.marque.matching.assess.Assessor} weighs them into a verdict; most users need only it.
 *
 * @since 0.1.0
 */
package dev.marque.matching.signals;
