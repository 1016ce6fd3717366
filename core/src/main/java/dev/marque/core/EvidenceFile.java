package dev.marque.core;

import static dev.marque.core.internal.Checks.notBlank;
import static dev.marque.core.internal.Checks.notNull;
import static dev.marque.core.internal.Checks.optional;
import static dev.marque.core.internal.Checks.optionalText;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * A file that proves something — a registration certificate, a dated draft, a side-by-side
 * comparison of a listing with a design — recorded with its SHA-256 so that a changed or
 * swapped file is refused when it is used.
 *
 * <pre>{@code
 * EvidenceFile f = EvidenceFile.of(Path.of("evidence/clasp-comparison.pdf"), "side-by-side");
 * f.verify(Path.of("."));   // empty when the file is there and unchanged, else why not
 * }</pre>
 *
 * @param path where the file is, relative to the portfolio's or evidence file's directory
 * @param sha256 the SHA-256 of its bytes, 64 lower-case hex digits
 * @param description what the file shows, in a few words
 * @param size its length in bytes, when recorded
 * @param date the date the document bears (not the file's time stamp), when recorded
 */
public record EvidenceFile(String path, String sha256, Optional<String> description,
    Optional<Long> size, Optional<LocalDate> date) {

  /**
   * Checks the path is present and the hash is 64 hex digits; lower-cases the hash.
   *
   * @param date the date the document bears (not the file's time stamp), when recorded
   * @param description what the file shows, in a few words
   * @param path where the file is, relative to the portfolio's or evidence file's directory
   * @param sha256 the SHA-256 of its bytes, 64 lower-case hex digits
   * @param size its length in bytes, when recorded
   */
  public EvidenceFile {
    path = notBlank(path, "path");
    sha256 = notBlank(sha256, "sha256").toLowerCase(Locale.ROOT);
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("sha256 '" + sha256 + "' is not a SHA-256 (64 hex"
          + " digits); compute it with sha256sum");
    }
    description = optionalText(description, "description");
    optional(size, "size");
    if (size.isPresent() && size.get() < 0) {
      throw new IllegalArgumentException("size must not be negative: " + size.get());
    }
    optional(date, "date");
  }

  /**
   * Records a file as it is now: its SHA-256 and size.
   *
   * @param file the file
   * @param description what it shows
   * @return the record, with {@code file} as its path
   * @throws IOException when the file cannot be read
   */
  public static EvidenceFile of(Path file, String description) throws IOException {
    notNull(file, "file");
    return new EvidenceFile(file.toString(), sha256(file), Optional.of(description),
        Optional.of(Files.size(file)), Optional.empty());
  }

  /**
   * Checks the file against the record: it exists under {@code base}, has the recorded size and
   * the recorded SHA-256.
   *
   * @param base the directory a relative {@link #path()} is resolved against
   * @return empty when the file is there and unchanged; otherwise why it is refused
   */
  public Optional<String> verify(Path base) {
    notNull(base, "base");
    Path file = base.resolve(path);
    try {
      if (size.isPresent() && Files.size(file) != size.get()) {
        return Optional.of(path + " is " + Files.size(file) + " bytes, not the " + size.get()
            + " recorded: the file has changed");
      }
      String actual = sha256(file);
      return actual.equals(sha256) ? Optional.empty()
          : Optional.of(path + " has SHA-256 " + actual + ", not the " + sha256
              + " recorded: the file has changed");
    } catch (NoSuchFileException e) {
      return Optional.of(path + " does not exist (looked for " + file + ")");
    } catch (IOException e) {
      return Optional.of(path + " cannot be read: " + e.getMessage());
    }
  }

  /**
   * The SHA-256 of a file's bytes, as 64 lower-case hex digits.
   *
   * @param file the file
   * @return its hash
   * @throws IOException when it cannot be read
   */
  public static String sha256(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    try (InputStream in = Files.newInputStream(notNull(file, "file"))) {
      byte[] buffer = new byte[64 * 1024];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
