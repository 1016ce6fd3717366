/**
 * {@link dev.marque.benchmarks.relist.RelistingEval}: precision and recall of re-listing detection
 * on outside photographs, per transformation of the photo, and of text near-duplicates.
 */
package dev.marque.benchmarks.relist;
