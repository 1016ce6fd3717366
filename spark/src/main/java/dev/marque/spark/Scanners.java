package dev.marque.spark;

import dev.marque.matching.scan.FeedScanner;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scanners this JVM has built, by {@link ScanPlan#key()}: an executor builds the assessor for a
 * portfolio once and every task of every job with that portfolio reuses it. Building holds the
 * lock, so tasks starting together on one executor wait for the one build instead of each
 * building. Only the few most recently used are kept, so a long-lived executor that scans for many
 * portfolios does not keep every index.
 */
final class Scanners {
  private Scanners() {}

  /** Scanners kept per JVM. */
  static final int KEPT = 4;

  private static final Map<String, FeedScanner> BUILT = new LinkedHashMap<>(8, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, FeedScanner> eldest) {
      return size() > KEPT;
    }
  };
  private static long builds;

  /** The scanner for the plan, built on first use in this JVM. */
  static synchronized FeedScanner of(ScanPlan plan) {
    FeedScanner scanner = BUILT.get(plan.key());
    if (scanner == null) {
      scanner = plan.build();
      builds++;
      BUILT.put(plan.key(), scanner);
    }
    return scanner;
  }

  /** How many scanners this JVM has built: tests check it is one per portfolio, not per task. */
  static synchronized long builds() {
    return builds;
  }
}
