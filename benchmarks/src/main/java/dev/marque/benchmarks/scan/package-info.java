/**
 * The end-to-end performance run of {@code marque scan}: a generator of a large portfolio and
 * feed, and the naive baseline scan it is compared with.
 */
package dev.marque.benchmarks.scan;
