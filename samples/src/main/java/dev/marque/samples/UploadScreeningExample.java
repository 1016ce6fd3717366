package dev.marque.samples;

import dev.marque.core.Finding;
import dev.marque.core.Listing;
import dev.marque.core.Money;
import dev.marque.core.Portfolio;
import dev.marque.core.Reason;
import dev.marque.core.Seller;
import dev.marque.core.Verdict;
import dev.marque.core.json.MarqueJson;
import dev.marque.matching.assess.Assessor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A marketplace's own service screening a listing at upload time: one {@link Assessor}, built at
 * start-up and shared by every request thread (it is immutable and thread-safe), decides in
 * microseconds whether to publish the listing, hold it for review, or refuse it.
 *
 * <pre>
 * java -cp samples/target/marque-samples.jar dev.marque.samples.UploadScreeningExample \
 *     samples/data/portfolio.json
 * </pre>
 */
public final class UploadScreeningExample {

  /** What the upload endpoint does with a listing. */
  public enum Decision {
    /** Publish it. */
    PUBLISH,
    /** Publish nothing yet: a person reviews it first. */
    HOLD_FOR_REVIEW,
    /** Refuse the upload, telling the seller why. */
    REFUSE
  }

  private final Assessor assessor;

  /** The screening service for a portfolio: built once, at start-up. */
  public UploadScreeningExample(Portfolio portfolio) {
    this.assessor = Assessor.of(portfolio);
  }

  /** Called by every request thread at once: no lock, no shared mutable state. */
  public Decision screen(Listing upload) {
    Finding finding = assessor.assess(upload);
    Verdict verdict = finding.assessment().verdict();
    if (verdict == Verdict.LIKELY_COUNTERFEIT) {
      return Decision.REFUSE;
    }
    return verdict == Verdict.SUSPICIOUS ? Decision.HOLD_FOR_REVIEW : Decision.PUBLISH;
  }

  /** The reasons to show a reviewer or the seller. */
  public List<String> explain(Listing upload) {
    return assessor.assess(upload).assessment().reasons().stream().map(Reason::message).toList();
  }

  /** Screens a few uploads from several threads, as a web server would. */
  public static void main(String[] args) throws IOException, Exception {
    Portfolio portfolio = MarqueJson.standard().readPortfolio(Path.of(args[0]));
    UploadScreeningExample service = new UploadScreeningExample(portfolio);
    List<Listing> uploads = List.of(
        Listing.builder("u-1", "Aurelia Laurel Tote replica 1:1").price(Money.of("25", "USD"))
            .seller(Seller.of("new-seller-1")).build(),
        Listing.builder("u-2", "Silicone case for Kestrel K7 headphones")
            .price(Money.of("9.99", "USD")).seller(Seller.of("case-maker")).build(),
        Listing.builder("u-3", "Nordlys Polar Chronograph").price(Money.of("99", "USD"))
            .seller(Seller.of("watch-deals")).build(),
        Listing.builder("u-4", "Plain leather belt, brown").price(Money.of("15", "USD"))
            .seller(Seller.of("belts-r-us")).build());
    ExecutorService requests = Executors.newFixedThreadPool(4);
    try {
      List<Future<Decision>> decisions = requests.invokeAll(uploads.stream()
          .map(u -> (java.util.concurrent.Callable<Decision>) () -> service.screen(u)).toList());
      for (int i = 0; i < uploads.size(); i++) {
        Listing u = uploads.get(i);
        System.out.println(u.id() + " " + decisions.get(i).get() + "  " + u.title());
        service.explain(u).forEach(reason -> System.out.println("    " + reason));
      }
    } finally {
      requests.shutdown();
    }
    int runs = 100_000;
    long start = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      service.screen(uploads.get(i % uploads.size()));
    }
    System.out.printf("%.1f microseconds per decision (one thread, %,d decisions)%n",
        (System.nanoTime() - start) / 1e3 / runs, runs);
  }
}
