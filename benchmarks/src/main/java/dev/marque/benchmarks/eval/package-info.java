/**
 * {@link dev.marque.benchmarks.eval.MentionEval}: how often marque finds a disguised brand and how
 * often it accuses a clean listing, on labelled sets built from material outside marque, beside the
 * {@code partial_ratio >= 90} peer.
 */
package dev.marque.benchmarks.eval;
