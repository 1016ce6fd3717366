package dev.marque.benchmarks.scan;

import dev.marque.core.Brand;
import dev.marque.core.Portfolio;
import dev.marque.core.json.FeedLine;
import dev.marque.core.json.MarqueJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The naive baseline for {@code marque scan}: every brand against every token of every title with
 * commons-text's {@link LevenshteinDistance} (threshold 2), JSON read and written with the same
 * {@link MarqueJson} as the real scan, on one thread. Reads at most {@code LIMIT} listings.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.marque.benchmarks.scan.NaiveScan \
 *     /tmp/marque-perf/portfolio.json /tmp/marque-perf/listings.jsonl 5000 /tmp/naive.jsonl
 * </pre>
 */
public final class NaiveScan {
  private NaiveScan() {}

  /** Runs the baseline: {@code PORTFOLIO FEED LIMIT OUT}. */
  public static void main(String[] args) throws IOException {
    MarqueJson json = MarqueJson.standard();
    Portfolio portfolio = json.readPortfolio(Path.of(args[0]));
    int limit = Integer.parseInt(args[2]);
    List<String> names = portfolio.brands().stream().map(Brand::name)
        .map(n -> n.toLowerCase(Locale.ROOT)).toList();
    LevenshteinDistance distance = new LevenshteinDistance(2);
    long start = System.nanoTime();
    long read = 0;
    long flagged = 0;
    try (Reader in = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8);
        MarqueJson.ListingFeed feed = json.openFeed(in);
        BufferedWriter out = Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8)) {
      while (feed.hasNext() && read < limit) {
        FeedLine line = feed.next();
        read++;
        if (!(line instanceof FeedLine.Parsed parsed)) {
          continue;
        }
        String[] tokens = parsed.listing().title().toLowerCase(Locale.ROOT).split("\\s+");
        String hit = null;
        for (String brand : names) {
          for (String token : tokens) {
            if (distance.apply(brand, token) >= 0) {
              hit = brand;
              break;
            }
          }
          if (hit != null) {
            break;
          }
        }
        if (hit != null) {
          flagged++;
        }
        out.write("{\"listingId\":\"" + parsed.listing().id() + "\",\"brand\":\""
            + (hit == null ? "" : hit) + "\"}\n");
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "naive: %,d listings, %,d with a brand, %.2f s, %,.0f listings/s"
        + " (one thread)%n", read, flagged, seconds, read / seconds);
  }
}
