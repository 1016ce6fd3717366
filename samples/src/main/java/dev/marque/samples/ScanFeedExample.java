package dev.marque.samples;

import dev.marque.core.Verdict;
import dev.marque.core.json.MarqueJson;
import dev.marque.matching.assess.Assessor;
import dev.marque.matching.scan.FeedScanner;
import dev.marque.matching.scan.ScanHandler;
import dev.marque.matching.scan.ScanSummary;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Scanning a listing feed in a few lines of Java: read the portfolio, build one {@link Assessor}
 * and one {@link FeedScanner}, and scan the feed on every core, in input order, printing the
 * risky findings as they come and a summary at the end.
 *
 * <pre>
 * java -cp samples/target/marque-samples.jar dev.marque.samples.ScanFeedExample \
 *     samples/data/portfolio.json samples/data/listings.jsonl
 * </pre>
 *
 * <p>To write scan output lines instead (the format of {@code marque scan}), pass an output:
 * {@code scanner.scan(feed, Path.of("findings.jsonl"))}.
 */
public final class ScanFeedExample {
  private ScanFeedExample() {}

  /**
   * Runs the example on a portfolio file and a feed file.
   *
   * @param args the portfolio file and the feed file
   * @throws IOException when a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    MarqueJson json = MarqueJson.standard();
    Assessor assessor = Assessor.of(json.readPortfolio(Path.of(args[0])));
    FeedScanner scanner = FeedScanner.builder(assessor).minVerdict(Verdict.SUSPICIOUS).build();

    ScanSummary summary = scanner.scan(Path.of(args[1]), ScanHandler.of(
        finding -> System.out.println(json.writeFinding(finding)),
        bad -> System.err.println("line " + bad.line() + ": " + bad.error())));

    System.err.printf("%d lines, %d rejected, %d likely counterfeit; top brands %s%n",
        summary.lines(), summary.rejected(), summary.count(Verdict.LIKELY_COUNTERFEIT),
        summary.topBrands(3));
  }
}
