package dev.marque.benchmarks.scan;

import dev.marque.core.BrandMention;
import dev.marque.core.Finding;
import dev.marque.core.Listing;
import dev.marque.core.json.MarqueJson;
import dev.marque.matching.assess.Assessor;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the time of a scan goes once the JIT is warm: each stage of {@code marque scan} (reading a
 * feed line, finding the brands, assessing, writing the finding) run over a feed on this thread,
 * reported in CPU microseconds and allocated bytes per listing. Both are measures of this thread
 * alone, so they stay meaningful on a machine shared with other work, where wall-clock time does
 * not.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.marque.benchmarks.scan.ScanProfile \
 *     /tmp/feed/portfolio.json /tmp/feed/listings.jsonl [lines]
 * </pre>
 *
 * <p>Reads the first {@code lines} lines (default 100,000) of a feed made by
 * {@link ScanFeedGenerator}, runs the stages over them {@value #ROUNDS} times and prints the last
 * {@value #REPORTED} rounds. What this leaves out is what {@code marque scan} adds: JIT warm-up,
 * the hand-over between threads, and decoding and encoding the bytes of the files.
 */
public final class ScanProfile {
  private static final int ROUNDS = 8;
  private static final int REPORTED = 3;
  private static final int STAGES = 4;

  private ScanProfile() {}

  /** Runs the profile; see the class documentation for the arguments. */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: ScanProfile PORTFOLIO FEED [LINES]");
      System.exit(2);
    }
    MarqueJson json = MarqueJson.standard();
    Assessor assessor = Assessor.of(json.readPortfolio(Path.of(args[0])));
    int limit = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
    List<String> lines;
    try (var stream = Files.lines(Path.of(args[1]))) {
      lines = stream.limit(limit).toList();
    }
    int n = lines.size();
    com.sun.management.ThreadMXBean mx =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    for (int round = 0; round < ROUNDS; round++) {
      long[] cpu = new long[STAGES + 1];
      long[] bytes = new long[STAGES + 1];
      Listing[] listings = new Listing[n];
      List<List<BrandMention>> mentions = new ArrayList<>(n);
      Finding[] findings = new Finding[n];
      StringWriter out = new StringWriter(1 << 17);
      cpu[0] = mx.getCurrentThreadCpuTime();
      bytes[0] = mx.getCurrentThreadAllocatedBytes();
      for (int i = 0; i < n; i++) {
        listings[i] = json.readListing(lines.get(i));
      }
      cpu[1] = mx.getCurrentThreadCpuTime();
      bytes[1] = mx.getCurrentThreadAllocatedBytes();
      for (int i = 0; i < n; i++) {
        mentions.add(assessor.index().find(listings[i]));
      }
      cpu[2] = mx.getCurrentThreadCpuTime();
      bytes[2] = mx.getCurrentThreadAllocatedBytes();
      for (int i = 0; i < n; i++) {
        findings[i] = new Finding(listings[i], mentions.get(i),
            assessor.assess(listings[i], mentions.get(i)));
      }
      cpu[3] = mx.getCurrentThreadCpuTime();
      bytes[3] = mx.getCurrentThreadAllocatedBytes();
      for (int i = 0; i < n; i++) {
        json.writeFinding(findings[i], out);
        out.append('\n');
        if (out.getBuffer().length() > 1 << 16) {
          out.getBuffer().setLength(0);
        }
      }
      cpu[4] = mx.getCurrentThreadCpuTime();
      bytes[4] = mx.getCurrentThreadAllocatedBytes();
      if (round >= ROUNDS - REPORTED) {
        System.out.printf(Locale.ROOT, "round %d, %,d listings. CPU us per listing: read %.2f,"
            + " find %.2f, assess %.2f, write %.2f, total %.2f. Bytes allocated per listing: read"
            + " %,d, find %,d, assess %,d, write %,d%n", round + 1, n,
            micros(cpu, 0, n), micros(cpu, 1, n), micros(cpu, 2, n), micros(cpu, 3, n),
            (cpu[STAGES] - cpu[0]) / 1e3 / n, (bytes[1] - bytes[0]) / n, (bytes[2] - bytes[1]) / n,
            (bytes[3] - bytes[2]) / n, (bytes[4] - bytes[3]) / n);
      }
    }
  }

  private static double micros(long[] cpu, int stage, int n) {
    return (cpu[stage + 1] - cpu[stage]) / 1e3 / n;
  }
}
