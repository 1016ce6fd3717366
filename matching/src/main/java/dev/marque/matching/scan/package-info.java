/**
 * Scanning a whole listing feed: {@link dev.marque.matching.scan.FeedScanner} reads a feed (JSON
 * Lines), assesses every listing on every core with bounded memory, and writes one scan output
 * line per input line in input order, or hands each {@link dev.marque.core.Finding} to a
 * {@link dev.marque.matching.scan.ScanHandler}; it ends with a
 * {@link dev.marque.matching.scan.ScanSummary}. {@code marque scan} is built on it.
 *
 * @since 0.1.0
 */
package dev.marque.matching.scan;
