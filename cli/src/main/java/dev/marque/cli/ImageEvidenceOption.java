package dev.marque.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --evidence DIR} option of the commands that compare listings' photos ({@code copies},
 * {@code sellers}, {@code watch}): where http(s) images are fetched into and kept.
 */
final class ImageEvidenceOption {

  @Option(names = "--evidence", paramLabel = "DIR",
      description = "Fetch http(s) images politely and keep them in this evidence store (created"
          + " when missing); without it such images are not compared (a warning each).")
  private Path evidence;

  /** The command's images: files, and http(s) through the evidence store when it was given. */
  ImageSource open() {
    return ImageSource.open(evidence);
  }

  /** The evidence store's directory, when {@code --evidence} was given. */
  Optional<Path> directory() {
    return Optional.ofNullable(evidence);
  }
}
