package dev.marque.benchmarks;

import dev.marque.core.Listing;
import dev.marque.core.json.FeedLine;
import dev.marque.core.json.MarqueJson;
import dev.marque.matching.text.TextNormalizer;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The standard {@link TextNormalizer} on the titles and descriptions of a feed, in texts and
 * characters per second of this thread's CPU time (meaningful on a shared machine), for all texts
 * and for those with characters outside ASCII, which are the ones the Unicode tables serve. It uses
 * only {@code TextNormalizer.standard().normalize}, so it runs against another build's jar too:
 * {@code java -cp benchmarks/target/classes:OTHER/marque.jar dev.marque.benchmarks.NormalizerCpuTime
 * FEED [texts] [seconds]}. Prints one line per round and set after two warm-up rounds.
 */
public final class NormalizerCpuTime {
  private static final int ROUNDS = 6;
  private static final int WARMUP_ROUNDS = 2;

  private NormalizerCpuTime() {}

  /**
   * Runs the measurement.
   *
   * @param args the feed (JSON Lines), how many texts to take from it (default 200,000), and the
   *     CPU seconds per round (default 2)
   * @throws IOException if the feed cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path feed = Path.of(args[0]);
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
    long roundNanos = (args.length > 2 ? Long.parseLong(args[2]) : 2) * 1_000_000_000L;
    List<String> all = new ArrayList<>();
    List<String> nonAscii = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(feed, StandardCharsets.UTF_8);
        MarqueJson.ListingFeed lines = MarqueJson.standard().openFeed(reader)) {
      for (FeedLine line : lines) {
        if (all.size() >= limit) {
          break;
        }
        if (line instanceof FeedLine.Parsed parsed) {
          Listing listing = parsed.listing();
          add(listing.title(), all, nonAscii);
          listing.description().ifPresent(d -> add(d, all, nonAscii));
        }
      }
    }
    TextNormalizer norm = TextNormalizer.standard();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int round = 0; round < ROUNDS; round++) {
      for (List<String> set : List.of(all, nonAscii)) {
        long chars = 0;
        long texts = 0;
        long cpuStart = threads.getCurrentThreadCpuTime();
        while (threads.getCurrentThreadCpuTime() - cpuStart < roundNanos) {
          for (String text : set) {
            sink += norm.normalize(text).length();
            chars += text.length();
          }
          texts += set.size();
        }
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        if (round >= WARMUP_ROUNDS) {
          System.out.printf("%-9s %7d texts: %,.0f texts and %,.0f chars per CPU-second%n",
              set == all ? "all" : "non-ASCII", set.size(), texts * 1e9 / cpu, chars * 1e9 / cpu);
        }
      }
    }
    System.out.println("normalised length checksum " + sink);
  }

  private static void add(String text, List<String> all, List<String> nonAscii) {
    all.add(text);
    if (!text.chars().allMatch(c -> c < 0x80)) {
      nonAscii.add(text);
    }
  }
}
