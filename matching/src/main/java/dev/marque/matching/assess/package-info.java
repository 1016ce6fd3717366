/**
 * From brand mentions to a verdict: {@link dev.marque.matching.assess.Assessor} weighs the
 * {@linkplain dev.marque.matching.signals signals} of a counterfeit as its
 * {@link dev.marque.matching.assess.AssessorConfig} says and explains the verdict in reasons.
 *
 * @since 0.1.0
 */
package dev.marque.matching.assess;
