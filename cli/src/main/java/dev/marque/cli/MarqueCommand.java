package dev.marque.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code marque} command line: {@code java -jar cli/target/marque.jar --help}.
 *
 * <p>Every command writes results to standard output (or {@code --out}) and messages to standard
 * error, and exits with 0 when all went well, 1 when some input was rejected, and 2 on a usage
 * error or an unusable configuration.
 */
@Command(name = "marque", mixinStandardHelpOptions = true, version = "marque 0.1.0-SNAPSHOT",
    description = "Find counterfeit listings and draft the notices that take them down.",
    subcommands = {
        ScanCommand.class,
        ValidateCommand.class,
        ExtractCommand.class,
        FetchCommand.class,
        DraftCommand.class,
        WatchCommand.class,
        SellersCommand.class,
        CopiesCommand.class,
        CaseCommand.class,
    })
public final class MarqueCommand implements Runnable {

  @Spec
  private CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    int code;
    try {
      code = commandLine().execute(args);
    } catch (OutOfMemoryError e) { // outside a command, such as while picocli prints
      System.err.println("marque: " + outOfMemoryMessage(e));
      code = ExitCodes.USAGE;
    }
    System.exit(code);
  }

  /** What a command says when the heap runs short: one line, how much there was, what to do. */
  static final String OUT_OF_MEMORY = "out of memory: this portfolio and feed need more than the "
      + (Runtime.getRuntime().maxMemory() >> 20) + " MB of heap Java was given; run java with a"
      + " larger heap, such as -Xmx" + 2 * ((Runtime.getRuntime().maxMemory() >> 30) + 1) + "g";

  /**
   * What a command says when the heap runs short: the library's own line when it knows how much was
   * needed (a brand index too large for the heap names the heap it needs), else {@link
   * #OUT_OF_MEMORY}.
   */
  static String outOfMemoryMessage(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError && t.getMessage() != null
          && t.getMessage().startsWith("the brand index")) {
        return "out of memory: " + t.getMessage();
      }
    }
    return OUT_OF_MEMORY;
  }

  /** Whether the exception is, or was caused by, the heap running out. */
  static boolean outOfMemory(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return the command line with marque's conventions: UTF-8 output; a {@link UsageException}
   * from a command is printed as one line and exits with 2} Tests run commands through this too.
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new MarqueCommand());
    cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    cli.setExecutionExceptionHandler((e, command, parsed) -> {
      if (e instanceof UsageException) {
        command.getErr().println("marque " + command.getCommandName() + ": " + e.getMessage());
        command.getErr().flush();
        return ExitCodes.USAGE;
      }
      if (outOfMemory(e)) {
        command.getErr().println("marque " + command.getCommandName() + ": " + outOfMemoryMessage(e));
        command.getErr().flush();
        return ExitCodes.USAGE;
      }
      throw e;
    });
    return cli;
  }
}
