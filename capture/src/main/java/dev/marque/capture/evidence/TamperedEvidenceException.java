package dev.marque.capture.evidence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Stored evidence whose bytes no longer match the hash they are filed under: a record or page
 * was changed, truncated or removed after it was written.
 */
public final class TamperedEvidenceException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;

  /**
   * Tampering found in {@code file}, described by {@code message}.
   *
   * @param file the file found tampered with
   * @param message what was found
   */
  public TamperedEvidenceException(Path file, String message) {
    super(file + ": " + Objects.requireNonNull(message, "message must not be null"));
    this.file = Objects.requireNonNull(file, "file must not be null");
  }

  /** {@return the file found tampered with (or missing)} */
  public Path file() {
    return file;
  }
}
