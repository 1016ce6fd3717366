package dev.marque.matching.scan;

import static dev.marque.core.internal.Checks.notNull;

import dev.marque.core.Finding;
import dev.marque.core.json.FeedLine;
import java.util.function.Consumer;

/**
 * Receives a scan's results as values instead of JSON lines: each finding and each rejected line,
 * in input order, on the thread that called {@link FeedScanner#scan(java.io.Reader, ScanHandler)},
 * one at a time (an implementation needs no locking of its own).
 *
 * <pre>{@code
 * ScanSummary summary = scanner.scan(Path.of("listings.jsonl"), ScanHandler.of(
 *     finding -> queue.add(finding),                     // at or above the scanner's minVerdict
 *     rejected -> log.warn("line {}: {}", rejected.line(), rejected.error())));
 * }</pre>
 *
 * <p>An exception thrown by a handler stops the scan and is rethrown by {@code scan}.
 *
 * @since 0.1.0
 */
public interface ScanHandler {

  /**
   * A listing was assessed, with a verdict at or above the scanner's
   * {@linkplain FeedScanner#minVerdict() minimum}.
   *
   * @param line the 1-based line number of the listing in the feed
   * @param finding the listing, the brands found in it and its assessment
   */
  void finding(long line, Finding finding);

  /**
   * A line could not be read as a listing, or the listing could not be assessed; the scan goes on.
   *
   * @param rejected the line number and what is wrong with it
   */
  void rejected(FeedLine.Rejected rejected);

  /**
   * A handler made of two functions.
   *
   * @param findings receives each finding
   * @param rejected receives each rejected line
   * @return the handler
   * @throws NullPointerException naming the argument that is null
   */
  static ScanHandler of(Consumer<? super Finding> findings,
      Consumer<? super FeedLine.Rejected> rejected) {
    notNull(findings, "findings");
    notNull(rejected, "rejected");
    return new ScanHandler() {
      @Override
      public void finding(long line, Finding finding) {
        findings.accept(finding);
      }

      @Override
      public void rejected(FeedLine.Rejected line) {
        rejected.accept(line);
      }
    };
  }
}
