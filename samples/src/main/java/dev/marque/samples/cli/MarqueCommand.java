package dev.marque.samples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code marque} command line. */
@Command(name = "marque", mixinStandardHelpOptions = true, version = "marque 0.1.0-SNAPSHOT",
    subcommands = {
        DraftCommand.class,
    },
    description = "Find counterfeit listings and draft the notices that take them down.")
public final class MarqueCommand implements Runnable {
  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new MarqueCommand()).execute(args));
  }
}
