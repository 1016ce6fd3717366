package dev.marque.core.rights;

import static dev.marque.core.internal.Checks.notNull;

import dev.marque.core.EvidenceFile;

/**
 * One file of a right's evidence bundle: what it proves, and the file with its SHA-256, size and
 * date, checked when it is used (a changed file is refused). A registered right is proved by its
 * certificate or an office extract; a copyright without a register — always in the UK — by the
 * original files with their metadata, dated drafts, proof of first publication, the contract or
 * assignment that carried title, and a witness statement or statutory declaration of the author.
 *
 * <pre>{@code
 * "proof": [{"kind": "WITNESS_STATEMENT", "file": {"path": "evidence/laurel/witness.pdf",
 *     "sha256": "9f86d0...", "size": 48211, "date": "2026-03-02"}}]
 * }</pre>
 *
 * @param kind what the file proves
 * @param file the file, its hash, size and date
 */
public record Proof(Kind kind, EvidenceFile file) {

  /** What a file of the bundle proves. */
  public enum Kind {
    /** The registration certificate, as the office issued it. */
    REGISTRATION_CERTIFICATE,
    /** An extract from the office's register, showing the right and its owner today. */
    OFFICE_EXTRACT,
    /** A renewal, or a recorded transfer of a registered right. */
    RENEWAL_OR_TRANSFER,
    /** The work's original files, with the metadata that dates them and names their maker. */
    ORIGINAL_FILES,
    /** A dated draft or sketch of the work. */
    DATED_DRAFT,
    /** Proof of the work's first publication: where and when. */
    FIRST_PUBLICATION,
    /** The author's contract of employment (a work made in the course of employment). */
    EMPLOYMENT_CONTRACT,
    /** A commission agreement under which the work was made. */
    COMMISSION_CONTRACT,
    /** A written assignment of the right, signed by the assignor (CDPA s.90(3)). */
    ASSIGNMENT,
    /** An exclusive licence, in writing. */
    EXCLUSIVE_LICENCE,
    /** A witness statement of the author: who created the work, when and how. */
    WITNESS_STATEMENT,
    /** A statutory declaration of the author, made before a solicitor or notary. */
    STATUTORY_DECLARATION
  }

  /**
   * Checks both parts are present.
   *
   * @param kind what the file proves
   * @param file the file, its hash, size and date
   */
  public Proof {
    notNull(kind, "kind");
    notNull(file, "file");
  }
}
