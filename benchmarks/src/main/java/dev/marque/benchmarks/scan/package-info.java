/**
 * The end-to-end performance run of {@code marque scan}: a generator of a large portfolio and
 * feed, the naive baseline scan it is compared with, and a profile of where a warm scan spends its
 * time ({@link dev.marque.benchmarks.scan.ScanProfile}).
 */
package dev.marque.benchmarks.scan;
