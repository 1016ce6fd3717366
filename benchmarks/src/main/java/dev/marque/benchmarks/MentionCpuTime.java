package dev.marque.benchmarks;

import dev.marque.core.Brand;
import dev.marque.core.ListingField;
import dev.marque.matching.BrandIndex;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * {@link MentionBenchmark#index}'s workload measured in titles per second of this thread's CPU time,
 * so that a machine shared with other work still gives a per-core figure (JMH measures wall-clock
 * time): {@code java -cp benchmarks/target/benchmarks.jar dev.marque.benchmarks.MentionCpuTime
 * [brands,...] [seconds]}. Prints one line per round after two warm-up rounds.
 */
public final class MentionCpuTime {
  private static final int ROUNDS = 6;
  private static final int WARMUP_ROUNDS = 2;

  private MentionCpuTime() {}

  /** Runs the measurement for each portfolio size given (default 300, 3,000 and 30,000). */
  public static void main(String[] args) {
    String sizes = args.length > 0 ? args[0] : "300,3000,30000";
    long roundNanos = (args.length > 1 ? Long.parseLong(args[1]) : 1) * 1_000_000_000L;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (String size : sizes.split(",")) {
      int brands = Integer.parseInt(size.trim());
      List<Brand> portfolio = Corpus.brands(brands, 7);
      BrandIndex index = BrandIndex.of(portfolio);
      String[] titles = Corpus.titles(portfolio, 1024, 11);
      long mentions = 0;
      for (int round = 0; round < ROUNDS; round++) {
        long cpuStart = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        long count = 0;
        while (threads.getCurrentThreadCpuTime() - cpuStart < roundNanos) {
          for (String title : titles) {
            mentions += index.find(title, ListingField.TITLE).size();
          }
          count += titles.length;
        }
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        long wall = System.nanoTime() - wallStart;
        if (round >= WARMUP_ROUNDS) {
          System.out.printf("brands=%d titles per CPU-second=%.0f (per wall-clock second %.0f)%n", brands,
              count * 1e9 / cpu, count * 1e9 / wall);
        }
      }
      System.out.printf("brands=%d mentions found=%d%n", brands, mentions);
    }
  }
}
