package dev.marque.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What an example's {@code main} prints, standard output and standard error apart. */
record Console(String out, String err) {

  /** A {@code main} method, run as the command line would. */
  @FunctionalInterface
  interface Main {
    void run(String[] args) throws IOException;
  }

  /** Runs {@code main} with the arguments, capturing what it prints. */
  static Console run(Main main, String... args) throws IOException {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
      main.run(args);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    return new Console(stdout.toString(StandardCharsets.UTF_8),
        stderr.toString(StandardCharsets.UTF_8));
  }
}
