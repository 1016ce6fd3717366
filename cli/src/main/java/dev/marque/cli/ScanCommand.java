package dev.marque.cli;

import dev.marque.core.Portfolio;
import dev.marque.core.Verdict;
import dev.marque.core.json.InvalidInputException;
import dev.marque.core.Limits;
import dev.marque.core.json.MarqueJson;
import dev.marque.matching.MatchOptions;
import dev.marque.core.json.Problem;
import dev.marque.matching.assess.Assessor;
import dev.marque.matching.assess.AssessorConfig;
import dev.marque.matching.scan.FeedScanner;
import dev.marque.matching.scan.ScanProgress;
import dev.marque.matching.scan.ScanSummary;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marque scan}: assesses every listing of a feed against a portfolio and writes one finding
 * per line, in input order, using every core.
 *
 * <p>A thin client of {@link FeedScanner}, which keeps the output contract: exactly one JSON line
 * per non-blank input line, in input order; a line that is not a listing becomes
 * {@code {"line": N, "error": "..."}} and the scan goes on. The one exception is
 * {@code --min-verdict}: findings below it are not written (error lines always are). This command
 * reads the options, the portfolio and the rates, and reports progress and the summary.
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
    description = {
        "Assess every listing of a feed (JSON Lines) against a portfolio and write one finding per"
            + " line, in input order.",
        "A bad line becomes {\"line\": N, \"error\": \"...\"} and the scan goes on.",
        "Exit codes: 0 every line processed, 1 some lines rejected, 2 usage or portfolio error."},
    sortOptions = false)
public final class ScanCommand implements Callable<Integer> {

  /** The most threads a scan uses. */
  static final int MAX_THREADS = FeedScanner.MAX_THREADS;
  /** How often a live progress bar is redrawn on a terminal, in milliseconds. */
  static final long BAR_INTERVAL_MS = 250;
  /** How often a progress line is written when stderr is not a terminal, in milliseconds. */
  static final long LINE_INTERVAL_MS = 10_000;

  @Spec
  private CommandSpec spec;

  @Option(names = "--portfolio", required = true, paramLabel = "FILE",
      description = "The portfolio (JSON): the brands to look for.")
  private Path portfolioFile;

  @Option(names = "--listings", required = true, paramLabel = "FILE",
      description = "The listing feed (JSON Lines), or - for standard input.")
  private String listings;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Where to write the findings (JSON Lines); standard output if not given.")
  private Path out;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads; default: one per core (${DEFAULT-VALUE}).")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--min-verdict", paramLabel = "VERDICT", converter = VerdictConverter.class,
      description = "Write only findings with this verdict or a riskier one: CLEAR, AUTHORIZED,"
          + " MENTION, SUSPICIOUS, LIKELY_COUNTERFEIT. Error lines are always written.")
  private Verdict minVerdict = Verdict.CLEAR;

  @Mixin
  private LimitOptions limitOptions = new LimitOptions();

  @Option(names = "--rates", paramLabel = "FILE",
      description = "Exchange rates (JSON, {\"base\": \"USD\", \"rates\": {\"EUR\": 0.92, ...}})"
          + " to compare prices with MSRPs in other currencies.")
  private Path ratesFile;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (threads < 1 || threads > MAX_THREADS) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--threads must be within 1.." + MAX_THREADS + ": " + threads);
    }
    Limits limits = limitOptions.limits();
    MarqueJson json = MarqueJson.standard().withLimits(limits);
    Portfolio portfolio;
    try {
      portfolio = json.readPortfolio(portfolioFile);
    } catch (InvalidInputException e) {
      err.println("marque scan: the portfolio " + portfolioFile + " has " + e.problems().size()
          + (e.problems().size() == 1 ? " problem:" : " problems:"));
      for (Problem p : e.problems()) {
        err.println("  " + p);
      }
      err.flush();
      return ExitCodes.USAGE;
    } catch (NoSuchFileException e) {
      return fail(err, "no such portfolio file: " + portfolioFile);
    } catch (IOException e) {
      return fail(err, "cannot read the portfolio " + portfolioFile + ": " + e.getMessage());
    }
    AssessorConfig config = AssessorConfig.defaults();
    if (ratesFile != null) {
      try {
        config = AssessorConfig.builder().rates(json.readRates(ratesFile)).build();
      } catch (NoSuchFileException e) {
        return fail(err, "no such rates file: " + ratesFile);
      } catch (IOException | InvalidInputException e) {
        return fail(err, "cannot read the rates " + ratesFile + ": " + e.getMessage());
      }
    }
    Assessor assessor = Assessor.of(portfolio, config, MatchOptions.defaults()
        .withMaxMentionsPerBrandAndField(limits.maxMentionsPerBrandAndField()));
    settle();

    InputStream in;
    long totalBytes;
    try {
      if (listings.equals("-")) {
        in = Inputs.stdin();
        totalBytes = -1;
      } else {
        Path file = Path.of(listings);
        in = Files.newInputStream(file);
        totalBytes = Files.size(file);
      }
    } catch (NoSuchFileException e) {
      return fail(err, "no such listings file: " + listings);
    } catch (IOException | java.nio.file.InvalidPathException e) {
      return fail(err, "cannot read the listings " + listings + ": " + e.getMessage());
    }
    Writer output;
    try {
      output = out == null ? spec.commandLine().getOut()
          : new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out),
              StandardCharsets.UTF_8), 1 << 16);
    } catch (IOException e) {
      closeQuietly(in);
      return fail(err, "cannot write " + out + ": " + e.getMessage());
    }
    boolean terminal = System.console() != null;
    Progress progress = new Progress(err, terminal, totalBytes);
    FeedScanner scanner = FeedScanner.builder(assessor)
        .threads(threads)
        .minVerdict(minVerdict)
        .json(json)
        .progress(Duration.ofMillis(terminal ? BAR_INTERVAL_MS : LINE_INTERVAL_MS), progress)
        .build();
    ScanSummary summary;
    try (InputStream feed = in) {
      try {
        summary = scanner.scan(feed, output);
      } finally {
        progress.clear();
      }
      if (out != null) {
        output.close();
      }
    } catch (IOException | UncheckedIOException e) {
      if (out != null) {
        closeQuietly(output);
      }
      return fail(err, e.getMessage());
    }
    summarize(err, summary);
    return summary.rejected() > 0 ? ExitCodes.PROBLEMS : ExitCodes.OK;
  }

  /**
   * Asks the collector, once, to settle the index the scan is about to use for its whole run. Built
   * in small steps, the index (tens of megabytes) is young while it grows: every young collection
   * copies it again, these long pauses make the collector grow the heap (to 1.5-1.7 GB on the
   * README's performance feed), and a scan then touches, and the kernel zeroes, that many fresh
   * pages. One full collection here moves the index out of the young generation in a fraction of a
   * second and leaves the heap sized to it (about 0.5 GB there, half the page faults), so the
   * scan's young collections copy only the batches in flight. The output is unchanged; a JVM
   * started with {@code -XX:+DisableExplicitGC} skips it.
   */
  private static void settle() {
    System.gc();
  }

  // ---------------------------------------------------------------- reporting

  private void summarize(PrintWriter err, ScanSummary summary) {
    err.print(summary.report("marque scan"));
    if (out != null) {
      err.println("  findings written to " + out);
    }
    err.flush();
  }

  private static int fail(PrintWriter err, String message) {
    err.println("marque scan: " + message);
    err.flush();
    return ExitCodes.USAGE;
  }

  /** Progress on stderr: a live bar on a terminal, a line now and then otherwise. */
  private static final class Progress implements FeedScanner.ProgressListener {
    private final PrintWriter err;
    private final boolean terminal;
    private final long totalBytes;
    private boolean drawn;

    Progress(PrintWriter err, boolean terminal, long totalBytes) {
      this.err = err;
      this.terminal = terminal;
      this.totalBytes = totalBytes;
    }

    @Override
    public void progress(ScanProgress p) {
      double rate = p.linesPerSecond();
      if (terminal) {
        StringBuilder bar = new StringBuilder("\r");
        if (totalBytes > 0) {
          double done = Math.min(1.0, p.bytesRead() / (double) totalBytes);
          int width = 30;
          int filled = (int) Math.round(done * width);
          bar.append('[').append("#".repeat(filled)).append(".".repeat(width - filled))
              .append(String.format(Locale.ROOT, "] %3.0f%% ", done * 100));
        }
        bar.append(String.format(Locale.ROOT, "%,d lines  %,.0f/s ", p.lines(), rate));
        err.print(bar);
        drawn = true;
      } else {
        err.printf(Locale.ROOT, "marque scan: %,d lines so far, %,.0f listings/s%n", p.lines(),
            rate);
      }
      err.flush();
    }

    void clear() {
      if (drawn) {
        err.print("\r" + " ".repeat(70) + "\r");
        err.flush();
        drawn = false;
      }
    }
  }

  // ---------------------------------------------------------------- options

  /** Reads a verdict in any case, with dashes or underscores. */
  static final class VerdictConverter implements CommandLine.ITypeConverter<Verdict> {
    @Override
    public Verdict convert(String value) {
      String key = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
      try {
        return Verdict.valueOf(key);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException("'" + value
            + "' is not a verdict; use one of " + Arrays.toString(Verdict.values()));
      }
    }
  }

  private static void closeQuietly(java.io.Closeable c) {
    try {
      c.close();
    } catch (IOException e) {
      // already failing; the first error is the one reported
    }
  }
}
