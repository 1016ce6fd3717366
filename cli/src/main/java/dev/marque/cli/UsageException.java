package dev.marque.cli;

/**
 * A command was asked to do something it cannot: a missing file, a bad option. The command line
 * prints the message alone and exits with {@link ExitCodes#USAGE}.
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
