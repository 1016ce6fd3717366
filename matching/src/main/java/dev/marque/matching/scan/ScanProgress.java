package dev.marque.matching.scan;

import static dev.marque.core.internal.Checks.notNull;

import java.time.Duration;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * How far a scan has come, as a {@link FeedScanner}'s progress listener sees it.
 *
 * @param lines the feed lines written out so far (listings and rejected lines)
 * @param rejected how many of them were rejected
 * @param bytesRead the bytes of the feed read so far; 0 when the feed is a {@code Reader}, whose
 *     bytes the scanner cannot see. Reading runs ahead of writing by the batches in flight.
 * @param totalBytes the size of the feed, when it is a file
 * @param elapsed the time since the scan started
 * @since 0.1.0
 */
public record ScanProgress(long lines, long rejected, long bytesRead, OptionalLong totalBytes,
    Duration elapsed) {

  /**
   * Checks the counts are not negative and every part is present.
   *
   * @param lines the feed lines written out so far (listings and rejected lines)
   * @param rejected how many of them were rejected
   * @param bytesRead the bytes of the feed read so far; 0 when the feed is a {@code Reader}, whose
   *     bytes the scanner cannot see. Reading runs ahead of writing by the batches in flight.
   * @param totalBytes the size of the feed, when it is a file
   * @param elapsed the time since the scan started
   */
  public ScanProgress {
    if (lines < 0 || rejected < 0 || rejected > lines || bytesRead < 0) {
      throw new IllegalArgumentException("lines, rejected and bytesRead must be counts, rejected"
          + " at most lines: " + lines + ", " + rejected + ", " + bytesRead);
    }
    notNull(totalBytes, "totalBytes");
    notNull(elapsed, "elapsed");
  }

  /**
   * The share of the feed read, 0..1, when its size is known.
   *
   * @return the share read, or empty when the feed is not a file
   */
  public OptionalDouble fractionRead() {
    if (totalBytes.isEmpty() || totalBytes.getAsLong() <= 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Math.min(1.0, bytesRead / (double) totalBytes.getAsLong()));
  }

  /**
   * The lines written per second so far.
   *
   * @return lines per second of elapsed time
   */
  public double linesPerSecond() {
    return lines / Math.max(elapsed.toNanos() / 1e9, 1e-9);
  }
}
