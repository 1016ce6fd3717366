package dev.marque.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * A {@code marque} command run in-process, as a test sees it: its exit code and what it wrote
 * to standard output and standard error.
 *
 * @param exitCode the exit code
 * @param out what went to standard output
 * @param err what went to standard error
 */
record CommandRun(int exitCode, String out, String err) {

  /** Runs {@code marque args...} with empty standard input. */
  static CommandRun of(String... args) {
    return withStdin("", args);
  }

  /** Runs {@code marque args...} with the given text on standard input. */
  static synchronized CommandRun withStdin(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = MarqueCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    InputStream previous = Inputs.stdinOverride;
    Inputs.stdinOverride = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    try {
      int code = cli.execute(args);
      return new CommandRun(code, out.toString(), err.toString());
    } finally {
      Inputs.stdinOverride = previous;
    }
  }
}
