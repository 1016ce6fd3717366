package dev.marque.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where the commands read their input from: a file, or standard input for {@code -}. */
final class Inputs {
  /**
   * What the commands read for {@code -} instead of {@link System#in}, when set; tests set it.
   * Looked up on every use, so a {@link System#setIn} after start-up is honoured too.
   */
  static volatile InputStream stdinOverride;

  private Inputs() {}

  /** The standard input the commands read for {@code -}. */
  static InputStream stdin() {
    InputStream override = stdinOverride;
    return override != null ? override : System.in;
  }

  /** Whether the name stands for standard input. */
  static boolean isStdin(String name) {
    return name.equals("-");
  }

  /**
   * Opens the named file, or standard input for {@code -}, as UTF-8 text. As {@code marque scan}
   * reads a feed, an undecodable byte becomes U+FFFD and spoils its own line, not the whole file:
   * an {@link InputStreamReader} given a charset always replaces malformed input.
   *
   * @throws UsageException when the file does not exist or cannot be read
   */
  static Reader open(String name) {
    if (isStdin(name)) {
      return new BufferedReader(new InputStreamReader(stdin(), StandardCharsets.UTF_8), 1 << 16);
    }
    Path path = Path.of(name);
    try {
      return new BufferedReader(
          new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8), 1 << 16);
    } catch (NoSuchFileException e) {
      throw new UsageException(name + ": no such file");
    } catch (IOException e) {
      throw new UsageException(name + ": cannot be read: " + e.getMessage());
    }
  }

  /** A path that must name an existing, readable file. */
  static Path existingFile(String name) {
    Path path = Path.of(name);
    if (!Files.isRegularFile(path)) {
      throw new UsageException(name + ": no such file");
    }
    if (!Files.isReadable(path)) {
      throw new UsageException(name + ": cannot be read");
    }
    return path;
  }
}
