package dev.marque.samples;

import dev.marque.core.Finding;
import dev.marque.core.Portfolio;
import dev.marque.core.json.FeedLine;
import dev.marque.core.json.MarqueJson;
import dev.marque.matching.assess.Assessor;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Scanning a listing feed in about ten lines of Java: read the portfolio, build one
 * {@link Assessor}, and assess each listing of the feed, printing the risky ones.
 *
 * <pre>
 * java -cp samples/target/marque-samples.jar dev.marque.samples.ScanFeedExample \
 *     samples/data/portfolio.json samples/data/listings.jsonl
 * </pre>
 */
public final class ScanFeedExample {
  private ScanFeedExample() {}

  /** Runs the example on a portfolio file and a feed file. */
  public static void main(String[] args) throws IOException {
    MarqueJson json = MarqueJson.standard();
    Portfolio portfolio = json.readPortfolio(Path.of(args[0]));
    Assessor assessor = Assessor.of(portfolio);
    try (Reader in = Files.newBufferedReader(Path.of(args[1]));
        MarqueJson.ListingFeed feed = json.openFeed(in)) {
      feed.forEachRemaining(line -> {
        if (line instanceof FeedLine.Parsed parsed) {
          Finding finding = assessor.assess(parsed.listing());
          if (finding.assessment().verdict().isAtLeast(dev.marque.core.Verdict.SUSPICIOUS)) {
            System.out.println(json.writeFinding(finding));
          }
        } else if (line instanceof FeedLine.Rejected rejected) {
          System.err.println("line " + rejected.line() + ": " + rejected.error());
        }
      });
    }
  }
}
