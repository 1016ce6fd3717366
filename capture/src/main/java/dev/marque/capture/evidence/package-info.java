/**
 * Tamper-evident evidence of captures: {@link dev.marque.capture.evidence.Evidence} records kept
 * in an {@link dev.marque.capture.evidence.EvidenceStore} on the local file system.
 */
package dev.marque.capture.evidence;
