/** The machinery of marque's fingerprints. Internal: not part of the API, and it changes without notice. */
package dev.marque.matching.fingerprint.internal;
