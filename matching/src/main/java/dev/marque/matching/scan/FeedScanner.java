package dev.marque.matching.scan;

import static dev.marque.core.internal.Checks.notNull;

import dev.marque.core.Finding;
import dev.marque.core.Verdict;
import dev.marque.core.json.FeedLine;
import dev.marque.core.json.JsonLines;
import dev.marque.core.json.MarqueJson;
import dev.marque.matching.assess.Assessor;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Scans a whole listing feed (JSON Lines) with one {@link Assessor} on several threads, in bounded
 * memory, keeping input order: exactly one result per non-blank input line, in the order of the
 * lines. A line that is not a listing becomes an error line ({@code {"line": N, "error": "..."}})
 * or a {@link ScanHandler#rejected} call, and the scan goes on. Immutable and thread-safe: build
 * one and run as many scans with it as you like, one after another or at once.
 *
 * <pre>{@code
 * Assessor assessor = Assessor.of(portfolio);
 * FeedScanner scanner = FeedScanner.builder(assessor)
 *     .threads(4)                                   // default: one per core
 *     .minVerdict(Verdict.SUSPICIOUS)               // write only the risky findings
 *     .progress(Duration.ofSeconds(10), p -> log.info("{} lines", p.lines()))
 *     .build();
 *
 * // feed file to scan output file (the format of marque scan)
 * ScanSummary summary = scanner.scan(Path.of("listings.jsonl"), Path.of("findings.jsonl"));
 * summary.count(Verdict.LIKELY_COUNTERFEIT);
 *
 * // or findings as values, in input order, on this thread
 * scanner.scan(inputStream, ScanHandler.of(queue::add, bad -> log.warn(bad.error())));
 * }</pre>
 *
 * <p>How it works: one thread reads lines and hands them to the workers in batches of at most
 * {@value #BATCH_LINES} lines or {@value #BATCH_CHARS} characters; at most
 * {@value #BATCHES_PER_THREAD} batches per thread are in flight, so memory stays flat however long
 * the feed; the calling thread writes the batches out in order as they finish, and calls the
 * progress listener and the handler. Bytes that are not UTF-8 become U+FFFD rather than stopping
 * the scan; a line over the codec's {@linkplain dev.marque.core.Limits#maxLineChars() line
 * limit} is rejected without being held.
 *
 * <p>The feed and the output a caller passes in are neither closed nor, for a {@code Writer},
 * anything but flushed; a {@code Path} is opened and closed by the scan (an output file is
 * created or truncated).
 *
 * @since 0.1.0
 */
public final class FeedScanner {

  /** Lines handed to a worker at once: enough to make the hand-over cheap. */
  public static final int BATCH_LINES = 256;
  /** Characters handed to a worker at once, so long lines make smaller batches. */
  public static final int BATCH_CHARS = 256 * 1024;
  /** Batches in flight per thread: bounds memory while keeping every thread busy. */
  public static final int BATCHES_PER_THREAD = 4;
  /** The most threads a scan uses. */
  public static final int MAX_THREADS = 256;

  /** Receives a scan's progress now and then, on the thread running the scan. */
  @FunctionalInterface
  public interface ProgressListener {
    /**
     * Called at most once per {@linkplain FeedScanner#progressInterval() interval}, after a batch
     * has been written.
     *
     * @param progress how far the scan has come
     */
    void progress(ScanProgress progress);
  }

  private static final ProgressListener SILENT = p -> { };

  private final Assessor assessor;
  private final int threads;
  private final Verdict minVerdict;
  private final Duration progressInterval;
  private final ProgressListener progress;
  private final MarqueJson json;

  private FeedScanner(Builder b) {
    this.assessor = b.assessor;
    this.threads = b.threads;
    this.minVerdict = b.minVerdict;
    this.progressInterval = b.progressInterval;
    this.progress = b.progress;
    // the output says "mentionCap" by the cap the matcher kept to, whatever the codec's default
    int cap = b.assessor.index().options().maxMentionsPerBrandAndField();
    this.json = b.json.withLimits(b.json.limits().toBuilder().maxMentionsPerBrandAndField(cap)
        .build());
  }

  /**
   * A scanner with the defaults: one thread per core, every finding written, no progress.
   *
   * @param assessor the assessor every listing is assessed with
   * @return the scanner
   * @throws NullPointerException when {@code assessor} is null
   */
  public static FeedScanner of(Assessor assessor) {
    return builder(assessor).build();
  }

  /**
   * A builder starting from the defaults.
   *
   * @param assessor the assessor every listing is assessed with
   * @return the builder
   * @throws NullPointerException when {@code assessor} is null
   */
  public static Builder builder(Assessor assessor) {
    return new Builder(notNull(assessor, "assessor"));
  }

  /**
   * A builder holding this scanner's settings, to derive a variant.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(assessor);
    b.threads = threads;
    b.minVerdict = minVerdict;
    b.progressInterval = progressInterval;
    b.progress = progress;
    b.json = json;
    return b;
  }

  /**
   * The assessor.
   *
   * @return the assessor every listing is assessed with
   */
  public Assessor assessor() {
    return assessor;
  }

  /**
   * The worker threads a scan uses.
   *
   * @return 1..{@value #MAX_THREADS}
   */
  public int threads() {
    return threads;
  }

  /**
   * The lowest verdict written or handed over; error lines always are.
   *
   * @return the verdict; {@link Verdict#CLEAR} writes every finding
   */
  public Verdict minVerdict() {
    return minVerdict;
  }

  /**
   * The JSON codec feed lines are read and output lines written with, and whose
   * {@linkplain MarqueJson#limits() limits} a feed line must keep.
   *
   * @return the codec; {@link MarqueJson#standard()} unless the builder was given another
   */
  public MarqueJson json() {
    return json;
  }

  /**
   * The least time between two calls of the progress listener.
   *
   * @return the interval
   */
  public Duration progressInterval() {
    return progressInterval;
  }

  // ---------------------------------------------------------------- to scan output lines

  /**
   * Scans a feed file into a scan output file (created or truncated), as {@code marque scan}
   * does.
   *
   * @param feed the listing feed, JSON Lines in UTF-8
   * @param out where to write one scan output line per feed line
   * @return what the scan did
   * @throws IOException when the feed cannot be read or the output cannot be written; the lines
   *     before the failure are written
   * @throws NullPointerException naming the argument that is null
   */
  public ScanSummary scan(Path feed, Path out) throws IOException {
    notNull(feed, "feed");
    notNull(out, "out");
    OptionalLong size = OptionalLong.of(Files.size(feed));
    try (InputStream in = Files.newInputStream(feed);
        Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out),
            StandardCharsets.UTF_8), 1 << 16)) {
      return scanBytes(in, size, w, null);
    }
  }

  /**
   * Scans a feed file into a writer, which is flushed at the end and left open.
   *
   * @param feed the listing feed, JSON Lines in UTF-8
   * @param out where to write one scan output line per feed line
   * @return what the scan did
   * @throws IOException when the feed cannot be read or the output cannot be written
   * @throws NullPointerException naming the argument that is null
   */
  public ScanSummary scan(Path feed, Writer out) throws IOException {
    notNull(feed, "feed");
    notNull(out, "out");
    OptionalLong size = OptionalLong.of(Files.size(feed));
    try (InputStream in = Files.newInputStream(feed)) {
      return scanBytes(in, size, out, null);
    }
  }

  /**
   * Scans a feed read from a stream (UTF-8) into a stream (UTF-8), which is flushed at the end;
   * neither is closed.
   *
   * @param feed the listing feed, JSON Lines in UTF-8
   * @param out where to write one scan output line per feed line
   * @return what the scan did
   * @throws IOException when the feed cannot be read or the output cannot be written
   * @throws NullPointerException naming the argument that is null
   */
  public ScanSummary scan(InputStream feed, OutputStream out) throws IOException {
    notNull(feed, "feed");
    notNull(out, "out");
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    return scanBytes(feed, OptionalLong.empty(), w, null);
  }

  /**
   * Scans a feed read from a stream (UTF-8) into a writer, which is flushed at the end; neither
   * is closed.
   *
   * @param feed the listing feed, JSON Lines in UTF-8
   * @param out where to write one scan output line per feed line
   * @return what the scan did
   * @throws IOException when the feed cannot be read or the output cannot be written
   * @throws NullPointerException naming the argument that is null
   */
  public ScanSummary scan(InputStream feed, Writer out) throws IOException {
    notNull(feed, "feed");
    notNull(out, "out");
    return scanBytes(feed, OptionalLong.empty(), out, null);
  }

  /**
   * Scans a feed read as characters into a writer, which is flushed at the end; neither is
   * closed.
   *
   * @param feed the listing feed, JSON Lines
   * @param out where to write one scan output line per feed line
   * @return what the scan did
   * @throws IOException when the feed cannot be read or the output cannot be written
   * @throws NullPointerException naming the argument that is null
   */
  public ScanSummary scan(Reader feed, Writer out) throws IOException {
    notNull(feed, "feed");
    notNull(out, "out");
    return run(lines(feed), null, OptionalLong.empty(), out, null);
  }

  // ---------------------------------------------------------------- to a handler

  /**
   * Scans a feed file, handing each finding at or above {@link #minVerdict()} and each rejected
   * line to the handler, in input order, on this thread.
   *
   * @param feed the listing feed, JSON Lines in UTF-8
   * @param handler receives the results
   * @return what the scan did
   * @throws IOException when the feed cannot be read
   * @throws NullPointerException naming the argument that is null
   */
  public ScanSummary scan(Path feed, ScanHandler handler) throws IOException {
    notNull(feed, "feed");
    notNull(handler, "handler");
    OptionalLong size = OptionalLong.of(Files.size(feed));
    try (InputStream in = Files.newInputStream(feed)) {
      return scanBytes(in, size, null, handler);
    }
  }

  /**
   * Scans a feed read from a stream (UTF-8, left open), handing the results to the handler in
   * input order, on this thread.
   *
   * @param feed the listing feed, JSON Lines in UTF-8
   * @param handler receives the results
   * @return what the scan did
   * @throws IOException when the feed cannot be read
   * @throws NullPointerException naming the argument that is null
   */
  public ScanSummary scan(InputStream feed, ScanHandler handler) throws IOException {
    notNull(feed, "feed");
    notNull(handler, "handler");
    return scanBytes(feed, OptionalLong.empty(), null, handler);
  }

  /**
   * Scans a feed read as characters (left open), handing the results to the handler in input
   * order, on this thread.
   *
   * @param feed the listing feed, JSON Lines
   * @param handler receives the results
   * @return what the scan did
   * @throws IOException when the feed cannot be read
   * @throws NullPointerException naming the argument that is null
   */
  public ScanSummary scan(Reader feed, ScanHandler handler) throws IOException {
    notNull(feed, "feed");
    notNull(handler, "handler");
    return run(lines(feed), null, OptionalLong.empty(), null, handler);
  }

  // ---------------------------------------------------------------- the pipeline

  private ScanSummary scanBytes(InputStream in, OptionalLong size, Writer out,
      ScanHandler handler) throws IOException {
    CountingStream counting = new CountingStream(in);
    // A feed is scraped text: undecodable bytes become U+FFFD instead of stopping the scan, as an
    // InputStreamReader given a charset always does. The caller closes the stream.
    Reader reader = new InputStreamReader(counting, StandardCharsets.UTF_8);
    return run(lines(reader), counting, size, out, handler);
  }

  private JsonLines lines(Reader reader) {
    return JsonLines.of(reader, json.limits().maxLineChars());
  }

  /** What one batch produced: its output (text or values) and its counts. */
  private static final class Batch {
    long lines;
    long rejected;
    final long[] verdicts = new long[Verdict.values().length];
    final Map<String, Long> flagged = new HashMap<>();
    /** The output lines, when writing text. */
    final BatchText text;
    /** The results, when handing them over: {@link Assessed} or {@link FeedLine.Rejected}. */
    final List<Object> results;

    Batch(boolean values, BatchText.Chunks chunks) {
      text = values ? null : new BatchText(chunks);
      results = values ? new ArrayList<>() : null;
    }

    void add(Batch other) {
      lines += other.lines;
      rejected += other.rejected;
      for (int i = 0; i < verdicts.length; i++) {
        verdicts[i] += other.verdicts[i];
      }
      other.flagged.forEach((k, v) -> flagged.merge(k, v, Long::sum));
    }
  }

  /** A finding and its line, for a handler. */
  private record Assessed(long line, Finding finding) {}

  private ScanSummary run(JsonLines lines, CountingStream counting, OptionalLong size,
      Writer output, ScanHandler handler) throws IOException {
    long start = System.nanoTime();
    boolean values = handler != null;
    AtomicInteger threadNumber = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "marque-scan-" + threadNumber.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    BlockingQueue<Future<Batch>> inFlight =
        new ArrayBlockingQueue<>(threads * BATCHES_PER_THREAD);
    Future<Batch> end = CompletableFuture.completedFuture(null);
    BatchText.Chunks chunks = new BatchText.Chunks();
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
            inFlight.put(pool.submit(() -> process(work, values, chunks)));
            batch = new ArrayList<>(BATCH_LINES);
            chars = 0;
          }
        }
        if (!batch.isEmpty()) {
          List<JsonLines.Line> work = batch;
          inFlight.put(pool.submit(() -> process(work, values, chunks)));
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

    Batch total = new Batch(true, chunks);
    long intervalNanos = progressInterval.toNanos();
    long lastProgress = start;
    try {
      while (true) {
        Future<Batch> next = inFlight.take();
        if (next == end) {
          break;
        }
        Batch batch = next.get();
        if (values) {
          deliver(batch.results, handler);
        } else {
          batch.text.writeTo(output); // and hands its chunks back for the next batches
        }
        total.add(batch);
        if (progress != SILENT) {
          long now = System.nanoTime();
          if (now - lastProgress >= intervalNanos) {
            lastProgress = now;
            progress.progress(new ScanProgress(total.lines, total.rejected,
                counting == null ? 0 : counting.count(), size, Duration.ofNanos(now - start)));
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException("the scan was interrupted");
      interrupted.initCause(e);
      throw interrupted;
    } catch (ExecutionException e) {
      throw new IllegalStateException("a scan worker failed", e.getCause());
    } finally {
      reader.interrupt();
      pool.shutdownNow();
      if (output != null) {
        output.flush();
      }
    }
    RuntimeException failure = readFailure.get();
    if (failure != null) {
      if (failure instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      throw new IOException("cannot read the feed: " + failure.getMessage(), failure);
    }
    return summary(total, Duration.ofNanos(System.nanoTime() - start));
  }

  private static void deliver(List<Object> results, ScanHandler handler) {
    for (Object result : results) {
      if (result instanceof Assessed a) {
        handler.finding(a.line(), a.finding());
      } else {
        handler.rejected((FeedLine.Rejected) result);
      }
    }
  }

  private Batch process(List<JsonLines.Line> lines, boolean values, BatchText.Chunks chunks)
      throws IOException {
    Batch batch = new Batch(values, chunks);
    // one generator writes the whole batch, straight into its text: no string per line
    MarqueJson.LineWriter text = values ? null : json.lineWriter(batch.text);
    for (JsonLines.Line line : lines) {
      batch.lines++;
      Object result = assess(line);
      if (result instanceof FeedLine.Rejected rejected) {
        batch.rejected++;
        if (values) {
          batch.results.add(rejected);
        } else {
          text.writeRejected(rejected);
        }
        continue;
      }
      Finding finding = (Finding) result;
      Verdict verdict = finding.assessment().verdict();
      batch.verdicts[verdict.ordinal()]++;
      if (verdict.isAtLeast(Verdict.SUSPICIOUS)) {
        for (String brand : finding.brands()) {
          batch.flagged.merge(brand, 1L, Long::sum);
        }
      }
      if (verdict.isAtLeast(minVerdict)) {
        if (values) {
          batch.results.add(new Assessed(line.number(), finding));
        } else {
          text.writeFinding(finding);
        }
      }
    }
    if (text != null) {
      text.close(); // flushes into the batch's text, which stays open
    }
    return batch;
  }

  /**
   * Scans one feed line the way every scan does: read with {@link #json()} and its limits,
   * assessed, and handed to the handler on this thread, as a finding when its verdict is at or
   * above {@link #minVerdict()} or as a rejected line. For lines that arrive one at a time from
   * elsewhere (a Spark partition, a queue) and must give exactly what {@code marque scan} gives;
   * the caller numbers the lines.
   *
   * <pre>{@code
   * scanner.scanLine(new JsonLines.Line(7, text, false, text.length()), handler);
   * }</pre>
   *
   * @param line the line, with its number, as {@link JsonLines} gives it
   * @param handler receives the finding or the rejected line
   * @throws NullPointerException naming the argument that is null
   * @since 0.2.0
   */
  public void scanLine(JsonLines.Line line, ScanHandler handler) {
    notNull(line, "line");
    notNull(handler, "handler");
    Object result = assess(line);
    if (result instanceof FeedLine.Rejected rejected) {
      handler.rejected(rejected);
    } else {
      Finding finding = (Finding) result;
      if (finding.assessment().verdict().isAtLeast(minVerdict)) {
        handler.finding(line.number(), finding);
      }
    }
  }

  /** One line's result: its {@link Finding}, or the {@link FeedLine.Rejected} saying why not. */
  private Object assess(JsonLines.Line line) {
    FeedLine feedLine = json.readFeedLine(line);
    if (feedLine instanceof FeedLine.Rejected rejected) {
      return rejected;
    }
    try {
      return assessor.assess(((FeedLine.Parsed) feedLine).listing());
    } catch (RuntimeException e) {
      // A listing the assessor cannot handle is reported like a bad line; the scan goes on.
      return new FeedLine.Rejected(line.number(), "cannot assess listing: an internal error");
    }
  }

  private static ScanSummary summary(Batch total, Duration elapsed) {
    Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      verdicts.put(v, total.verdicts[v.ordinal()]);
    }
    List<ScanSummary.BrandCount> flagged = new ArrayList<>(total.flagged.size());
    total.flagged.forEach((brand, n) -> flagged.add(new ScanSummary.BrandCount(brand, n)));
    flagged.sort((a, b) -> a.listings() != b.listings() ? Long.compare(b.listings(), a.listings())
        : a.brand().compareTo(b.brand()));
    return new ScanSummary(total.lines, total.rejected, verdicts, flagged, elapsed);
  }

  /**
   * Builds a {@link FeedScanner}; not thread-safe, the scanner it builds is. Get one from
   * {@link FeedScanner#builder(Assessor)} or {@link FeedScanner#toBuilder()}.
   */
  public static final class Builder {
    private final Assessor assessor;
    private int threads = Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
    private Verdict minVerdict = Verdict.CLEAR;
    private Duration progressInterval = Duration.ofSeconds(1);
    private ProgressListener progress = SILENT;
    private MarqueJson json = MarqueJson.standard();

    private Builder(Assessor assessor) {
      this.assessor = assessor;
    }

    /**
     * The worker threads; by default one per core.
     *
     * @param threads 1..{@value FeedScanner#MAX_THREADS}
     * @return this builder
     * @throws IllegalArgumentException when {@code threads} is out of range
     */
    public Builder threads(int threads) {
      if (threads < 1 || threads > MAX_THREADS) {
        throw new IllegalArgumentException("threads must be within 1.." + MAX_THREADS + ": "
            + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Write or hand over only findings with this verdict or a riskier one; error lines always
     * are. By default {@link Verdict#CLEAR}: every finding.
     *
     * @param minVerdict the lowest verdict kept
     * @return this builder
     * @throws NullPointerException when {@code minVerdict} is null
     */
    public Builder minVerdict(Verdict minVerdict) {
      this.minVerdict = notNull(minVerdict, "minVerdict");
      return this;
    }

    /**
     * Calls the listener at most once per interval, on the scanning thread, after a batch has
     * been written. By default there is no listener.
     *
     * @param interval the least time between two calls; zero calls it after every batch
     * @param listener receives the progress
     * @return this builder
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException when {@code interval} is negative
     */
    public Builder progress(Duration interval, ProgressListener listener) {
      notNull(interval, "interval");
      notNull(listener, "listener");
      if (interval.isNegative()) {
        throw new IllegalArgumentException("interval must not be negative: " + interval);
      }
      this.progressInterval = interval;
      this.progress = listener;
      return this;
    }

    /**
     * The JSON codec to read feed lines and write output lines with: one made with
     * {@link MarqueJson#withLimits} makes the scan enforce those limits. By default
     * {@link MarqueJson#standard()}.
     *
     * @param json the codec
     * @return this builder
     * @throws NullPointerException when {@code json} is null
     */
    public Builder json(MarqueJson json) {
      this.json = notNull(json, "json");
      return this;
    }

    /**
     * The scanner.
     *
     * @return a new, immutable scanner with these settings
     */
    public FeedScanner build() {
      return new FeedScanner(this);
    }
  }
}
