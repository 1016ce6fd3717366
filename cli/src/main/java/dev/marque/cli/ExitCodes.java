package dev.marque.cli;

/** The exit codes every {@code marque} command shares. */
final class ExitCodes {
  /** Everything was processed and nothing was wrong. */
  static final int OK = 0;
  /** The command ran to the end, but some input was rejected or has problems. */
  static final int PROBLEMS = 1;
  /** A usage error or an unusable configuration (a bad portfolio, a missing file). */
  static final int USAGE = 2;

  private ExitCodes() {}
}
