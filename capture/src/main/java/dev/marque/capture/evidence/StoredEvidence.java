package dev.marque.capture.evidence;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Evidence as kept in an {@link EvidenceStore}: its id (the SHA-256 of the record's JSON), where
 * the record and the page lie, and the record itself.
 *
 * @param id the record's id, 64 lower-case hex digits
 * @param recordFile the record's JSON file
 * @param pageFile the page's bytes, named by their SHA-256
 * @param evidence the record
 */
public record StoredEvidence(String id, Path recordFile, Path pageFile, Evidence evidence) {
  /**
   * Checks every part is present.
   *
   * @param id the record's id, 64 lower-case hex digits
   * @param recordFile the record's JSON file
   * @param pageFile the page's bytes, named by their SHA-256
   * @param evidence the record
   */
  public StoredEvidence {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(recordFile, "recordFile must not be null");
    Objects.requireNonNull(pageFile, "pageFile must not be null");
    Objects.requireNonNull(evidence, "evidence must not be null");
  }
}
