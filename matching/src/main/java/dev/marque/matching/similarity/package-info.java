/**
 * String similarity kernels behind one interface, {@link
 * dev.marque.matching.similarity.SimilarityScore}: Levenshtein and optimal-string-alignment distance
 * with bounds that stop early (bit-parallel), Indel, Jaro-Winkler (as commons-text computes it) and
 * RapidFuzz's ratio, partial ratio and token-set ratio.
 *
 * @since 0.1.0
 */
package dev.marque.matching.similarity;
