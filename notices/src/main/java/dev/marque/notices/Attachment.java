package dev.marque.notices;

import static dev.marque.core.internal.Checks.notBlank;
import static dev.marque.core.internal.Checks.notNull;

import java.util.Optional;

/**
 * One document a notice goes out with, and where it stands: a file of the right's evidence
 * bundle, a file of evidence of infringement, a document marque drafted to sign, or one marque
 * cannot hold (a business registration certificate, a signed authorisation).
 *
 * @param name a stable kebab-case name, such as {@code registration-certificate}
 * @param proves what it proves, in the route's terms
 * @param file the file, relative to the portfolio's or evidence file's directory or to the
 *     package; empty when there is none
 * @param sha256 its SHA-256, checked when the attachment was listed, or {@value #MISSING}
 * @param required whether the route needs it; otherwise it supports the notice if sent
 * @param note why it is missing, or what to do with it (sign, seal)
 */
public record Attachment(String name, String proves, Optional<String> file, String sha256,
    boolean required, String note) {

  /** The SHA-256 given for an attachment that is not there, or not as recorded. */
  public static final String MISSING = "MISSING";

  /**
   * Checks every part is present.
   *
   * @param name a stable kebab-case name
   * @param proves what it proves
   * @param file the file; empty when there is none
   * @param sha256 its SHA-256, or {@value #MISSING}
   * @param required whether the route needs it
   * @param note why it is missing, or what to do with it
   */
  public Attachment {
    name = notBlank(name, "name");
    notNull(proves, "proves");
    notNull(file, "file");
    notNull(sha256, "sha256");
    notNull(note, "note");
  }

  /** {@return whether the attachment is missing} */
  public boolean isMissing() {
    return sha256.equals(MISSING);
  }
}
