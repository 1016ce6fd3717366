/**
 * Fingerprints of listings that survive the disguises of a re-listing: perceptual image hashes
 * ({@link dev.marque.matching.fingerprint.ImageFingerprinter}: PDQ, dHash, SHA-256), an exact
 * radius index over them ({@link dev.marque.matching.fingerprint.ImageHashIndex}), and
 * near-duplicate text.
 */
package dev.marque.matching.fingerprint;
