/**
 * marque capture: from a listing page, saved or fetched, to a {@link dev.marque.core.Listing},
 * with tamper-evident proof of what the page said and when.
 *
 * <ul>
 *   <li>{@link dev.marque.capture.extract.ListingExtractor} reads a page's structured data
 *       (JSON-LD, microdata, OpenGraph) and falls back to its HTML; it never runs scripts.
 *   <li>{@link dev.marque.capture.fetch.Fetcher} fetches pages politely: timeouts, a size limit,
 *       counted redirects, a per-host rate limit, retries with backoff.
 *   <li>{@link dev.marque.capture.evidence.EvidenceStore} keeps each capture on disk,
 *       content-addressed by SHA-256 and written atomically; reading verifies the hashes.
 *   <li>{@link dev.marque.capture.ListingCapture} ties the three together.
 * </ul>
 *
 * <p>Packages named {@code internal} are machinery; do not depend on them.
 */
package dev.marque.capture;
