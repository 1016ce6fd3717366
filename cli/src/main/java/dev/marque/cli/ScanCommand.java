package dev.marque.cli;

import dev.marque.core.Finding;
import dev.marque.core.Portfolio;
import dev.marque.core.Verdict;
import dev.marque.core.json.FeedLine;
import dev.marque.core.json.InvalidInputException;
import dev.marque.core.json.JsonLines;
import dev.marque.core.json.MarqueJson;
import dev.marque.core.json.Problem;
import dev.marque.matching.assess.Assessor;
import dev.marque.matching.assess.AssessorConfig;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marque scan}: assesses every listing of a feed against a portfolio and writes one finding
 * per line, in input order, using every core.
 *
 * <p>The output contract: exactly one JSON line per non-blank input line, in input order; a line
 * that is not a listing becomes {@code {"line": N, "error": "..."}} and the scan goes on. The one
 * exception is {@code --min-verdict}: findings below it are not written (error lines always are).
 * Memory stays flat however long the feed: at most a few batches per thread are in flight.
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
    description = {
        "Assess every listing of a feed (JSON Lines) against a portfolio and write one finding per"
            + " line, in input order.",
        "A bad line becomes {\"line\": N, \"error\": \"...\"} and the scan goes on.",
        "Exit codes: 0 every line processed, 1 some lines rejected, 2 usage or portfolio error."},
    sortOptions = false)
public final class ScanCommand implements Callable<Integer> {

  /** Lines handed to a worker at once: enough to make the hand-over cheap. */
  static final int BATCH_LINES = 256;
  /** Characters handed to a worker at once, so long lines make smaller batches. */
  static final int BATCH_CHARS = 256 * 1024;
  /** Batches in flight per thread: bounds memory while keeping every thread busy. */
  static final int BATCHES_PER_THREAD = 4;
  /** The most threads a scan uses. */
  static final int MAX_THREADS = 256;
  /** How often a live progress bar is redrawn on a terminal, in milliseconds. */
  static final long BAR_INTERVAL_MS = 250;
  /** How often a progress line is written when stderr is not a terminal, in milliseconds. */
  static final long LINE_INTERVAL_MS = 10_000;
  /** The brands the summary names. */
  static final int TOP_BRANDS = 5;

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
    MarqueJson json = MarqueJson.standard();
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
        config = config.withRates(MarqueJson.standard().readRates(ratesFile));
      } catch (NoSuchFileException e) {
        return fail(err, "no such rates file: " + ratesFile);
      } catch (IOException | InvalidInputException e) {
        return fail(err, "cannot read the rates " + ratesFile + ": " + e.getMessage());
      }
    }
    Assessor assessor = Assessor.of(portfolio, config);

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
    CountingStream counting = new CountingStream(in);
    // A feed is scraped text: undecodable bytes become U+FFFD instead of stopping the scan.
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    Writer output;
    try {
      output = out == null ? spec.commandLine().getOut()
          : new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out),
              StandardCharsets.UTF_8), 1 << 16);
    } catch (IOException e) {
      closeQuietly(counting);
      return fail(err, "cannot write " + out + ": " + e.getMessage());
    }
    Progress progress = new Progress(err, System.console() != null, totalBytes, counting);
    Stats stats;
    try (Reader reader = new InputStreamReader(counting, decoder)) {
      try {
        stats = run(JsonLines.of(reader), assessor, json, output, progress);
      } finally {
        progress.clear();
      }
      if (out != null) {
        output.close();
      } else {
        output.flush();
      }
    } catch (IOException | UncheckedIOException e) {
      if (out != null) {
        closeQuietly(output);
      }
      return fail(err, e.getMessage());
    }
    progress.clear();
    summarize(err, stats, progress.elapsedNanos());
    return stats.rejected > 0 ? ExitCodes.PROBLEMS : ExitCodes.OK;
  }

  // ---------------------------------------------------------------- the pipeline

  /** What one batch produced: its output text and its counts. */
  private static final class Stats {
    long lines;
    long rejected;
    final long[] verdicts = new long[Verdict.values().length];
    final Map<String, Long> flagged = new HashMap<>();
    final BatchText text = new BatchText();

    void add(Stats other) {
      lines += other.lines;
      rejected += other.rejected;
      for (int i = 0; i < verdicts.length; i++) {
        verdicts[i] += other.verdicts[i];
      }
      other.flagged.forEach((k, v) -> flagged.merge(k, v, Long::sum));
    }
  }

  /**
   * A batch's output text. Unsynchronized, as one worker writes it and then the writer thread
   * reads it; held in chunks of one size, so it never copies itself as it grows, holds no array
   * large enough to be costly for the collector, and is written out without a copy into a string.
   */
  private static final class BatchText extends Writer {
    /** Characters per chunk: 32 KiB. */
    private static final int CHUNK = 1 << 14;
    private final List<char[]> full = new ArrayList<>();
    private char[] chunk = new char[CHUNK];
    private int used;

    @Override
    public void write(char[] chars, int offset, int length) {
      while (length > 0) {
        int n = room(length);
        System.arraycopy(chars, offset, chunk, used, n);
        used += n;
        offset += n;
        length -= n;
      }
    }

    @Override
    public void write(String text, int offset, int length) {
      while (length > 0) {
        int n = room(length);
        text.getChars(offset, offset + n, chunk, used);
        used += n;
        offset += n;
        length -= n;
      }
    }

    @Override
    public void write(int c) {
      room(1);
      chunk[used++] = (char) c;
    }

    @Override
    public BatchText append(CharSequence text) {
      String s = String.valueOf(text);
      write(s, 0, s.length());
      return this;
    }

    @Override
    public BatchText append(char c) {
      write(c);
      return this;
    }

    /** How many of {@code wanted} characters fit in the current chunk, starting a new one if full. */
    private int room(int wanted) {
      if (used == CHUNK) {
        full.add(chunk);
        chunk = new char[CHUNK];
        used = 0;
      }
      return Math.min(wanted, CHUNK - used);
    }

    void writeTo(Writer out) throws IOException {
      for (char[] c : full) {
        out.write(c, 0, CHUNK);
      }
      out.write(chunk, 0, used);
    }

    @Override
    public void flush() {
      // nothing buffered beyond the text itself
    }

    @Override
    public void close() {
      // nothing to release
    }
  }

  private Stats run(JsonLines lines, Assessor assessor, MarqueJson json, Writer output,
      Progress progress) throws IOException {
    AtomicInteger threadNumber = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "marque-scan-" + threadNumber.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    BlockingQueue<Future<Stats>> inFlight =
        new ArrayBlockingQueue<>(threads * BATCHES_PER_THREAD);
    Future<Stats> end = CompletableFuture.completedFuture(null);
    AtomicReference<RuntimeException> readFailure = new AtomicReference<>();
    Thread reader = new Thread(() -> {
      try {
        List<JsonLines.Line> batch = new ArrayList<>(BATCH_LINES);
        long chars = 0;
        while (lines.hasNext()) {
          JsonLines.Line line = lines.next();
          batch.add(line);
          chars += line.text().length();
          if (batch.size() == BATCH_LINES || chars >= BATCH_CHARS) {
            List<JsonLines.Line> work = batch;
            inFlight.put(pool.submit(() -> process(work, assessor, json)));
            batch = new ArrayList<>(BATCH_LINES);
            chars = 0;
          }
        }
        if (!batch.isEmpty()) {
          List<JsonLines.Line> work = batch;
          inFlight.put(pool.submit(() -> process(work, assessor, json)));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return; // the writer gave up; it no longer reads the queue
      } catch (RuntimeException e) {
        readFailure.set(e);
      }
      try {
        inFlight.put(end);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "marque-scan-reader");
    reader.setDaemon(true);
    reader.start();

    Stats total = new Stats();
    try {
      while (true) {
        Future<Stats> next = inFlight.take();
        if (next == end) {
          break;
        }
        Stats batch = next.get();
        batch.text.writeTo(output);
        total.add(batch);
        progress.update(total.lines);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("the scan was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a scan worker failed", e.getCause());
    } finally {
      reader.interrupt();
      pool.shutdownNow();
    }
    RuntimeException failure = readFailure.get();
    if (failure != null) {
      output.flush();
      throw failure instanceof UncheckedIOException u ? u
          : new UncheckedIOException(new IOException("cannot read the listings: "
              + failure.getMessage(), failure));
    }
    return total;
  }

  private Stats process(List<JsonLines.Line> lines, Assessor assessor, MarqueJson json) {
    Stats stats = new Stats();
    BatchText text = stats.text;
    for (JsonLines.Line line : lines) {
      stats.lines++;
      FeedLine feedLine = json.readFeedLine(line);
      if (feedLine instanceof FeedLine.Rejected rejected) {
        stats.rejected++;
        text.append(json.writeRejected(rejected)).append('\n');
        continue;
      }
      FeedLine.Parsed parsed = (FeedLine.Parsed) feedLine;
      Finding finding;
      try {
        finding = assessor.assess(parsed.listing());
      } catch (RuntimeException e) {
        // A listing the assessor cannot handle is reported like a bad line; the scan goes on.
        stats.rejected++;
        text.append(json.writeRejected(new FeedLine.Rejected(line.number(),
            "cannot assess listing: an internal error"))).append('\n');
        continue;
      }
      Verdict verdict = finding.assessment().verdict();
      stats.verdicts[verdict.ordinal()]++;
      if (verdict.isAtLeast(Verdict.SUSPICIOUS)) {
        for (String brand : finding.brands()) {
          stats.flagged.merge(brand, 1L, Long::sum);
        }
      }
      if (verdict.isAtLeast(minVerdict)) {
        json.writeFinding(finding, text); // straight into the batch, no string per finding
        text.append('\n');
      }
    }
    return stats;
  }

  // ---------------------------------------------------------------- reporting

  private void summarize(PrintWriter err, Stats stats, long nanos) {
    double seconds = Math.max(nanos, 1) / 1e9;
    long assessed = stats.lines - stats.rejected;
    err.printf(Locale.ROOT, "marque scan: %,d lines read, %,d listings assessed, %,d rejected"
        + " in %.2f s (%,.0f listings/s)%n", stats.lines, assessed, stats.rejected, seconds,
        stats.lines / seconds);
    Verdict[] all = Verdict.values();
    for (int i = all.length - 1; i >= 0; i--) {
      err.printf(Locale.ROOT, "  %-19s %,d%n", all[i], stats.verdicts[i]);
    }
    if (!stats.flagged.isEmpty()) {
      List<Map.Entry<String, Long>> top = new ArrayList<>(stats.flagged.entrySet());
      top.sort(Map.Entry.<String, Long>comparingByValue().reversed()
          .thenComparing(Map.Entry.comparingByKey()));
      StringBuilder line = new StringBuilder("  top brands flagged: ");
      for (int i = 0; i < Math.min(TOP_BRANDS, top.size()); i++) {
        line.append(i == 0 ? "" : ", ").append(top.get(i).getKey()).append(' ')
            .append(String.format(Locale.ROOT, "%,d", top.get(i).getValue()));
      }
      err.println(line);
    }
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
  private static final class Progress {
    private final PrintWriter err;
    private final boolean terminal;
    private final long totalBytes;
    private final CountingStream counting;
    private final long start = System.nanoTime();
    private long last = start;
    private boolean drawn;

    Progress(PrintWriter err, boolean terminal, long totalBytes, CountingStream counting) {
      this.err = err;
      this.terminal = terminal;
      this.totalBytes = totalBytes;
      this.counting = counting;
    }

    void update(long lines) {
      long now = System.nanoTime();
      long interval = (terminal ? BAR_INTERVAL_MS : LINE_INTERVAL_MS) * 1_000_000L;
      if (now - last < interval) {
        return;
      }
      last = now;
      double rate = lines / Math.max((now - start) / 1e9, 1e-9);
      if (terminal) {
        StringBuilder bar = new StringBuilder("\r");
        if (totalBytes > 0) {
          double done = Math.min(1.0, counting.count() / (double) totalBytes);
          int width = 30;
          int filled = (int) Math.round(done * width);
          bar.append('[').append("#".repeat(filled)).append(".".repeat(width - filled))
              .append(String.format(Locale.ROOT, "] %3.0f%% ", done * 100));
        }
        bar.append(String.format(Locale.ROOT, "%,d lines  %,.0f/s ", lines, rate));
        err.print(bar);
        drawn = true;
      } else {
        err.printf(Locale.ROOT, "marque scan: %,d lines so far, %,.0f listings/s%n", lines, rate);
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

    long elapsedNanos() {
      return System.nanoTime() - start;
    }
  }

  /** Counts the bytes read, for the progress bar's percentage. */
  private static final class CountingStream extends FilterInputStream {
    private final AtomicLong count = new AtomicLong();

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count.incrementAndGet();
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count.addAndGet(n);
      }
      return n;
    }

    long count() {
      return count.get();
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
