/**
 * Normalisation of listing text: small composable steps that undo the ways sellers disguise words,
 * each keeping the map from normalised characters back to the original text. Start with {@link
 * dev.marque.matching.text.TextNormalizer#standard()}.
 *
 * @since 0.1.0
 */
package dev.marque.matching.text;
