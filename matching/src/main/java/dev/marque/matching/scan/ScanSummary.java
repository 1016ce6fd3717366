package dev.marque.matching.scan;

import static dev.marque.core.internal.Checks.copy;
import static dev.marque.core.internal.Checks.notBlank;
import static dev.marque.core.internal.Checks.notNull;

import dev.marque.core.Verdict;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a scan did: lines read, rejected and assessed, the listings per verdict, the brands flagged
 * most, and the time it took.
 *
 * <pre>{@code
 * ScanSummary s = scanner.scan(feed, out);
 * s.lines();                                   // 500000
 * s.count(Verdict.LIKELY_COUNTERFEIT);          // 81234
 * s.topBrands(5);                              // [Aurelia 4211, Nordlys 3377, ...]
 * s.listingsPerSecond();                       // 61000.0
 * }</pre>
 *
 * @param lines the non-blank lines read, each of which gave one result
 * @param rejected the lines that were not a listing or could not be assessed
 * @param verdicts how many listings got each verdict, every verdict present (zero when none),
 *     counted whether or not the scanner's {@code minVerdict} let them through
 * @param flagged the brands of listings judged {@link Verdict#SUSPICIOUS} or riskier, with how
 *     many listings flagged each, the most flagged first (equal counts by name)
 * @param elapsed how long the scan took
 * @since 0.1.0
 */
public record ScanSummary(long lines, long rejected, Map<Verdict, Long> verdicts,
    List<BrandCount> flagged, Duration elapsed) {

  /**
   * Checks the counts add up; copies the maps and lists.
   *
   * @param lines the non-blank lines read, each of which gave one result
   * @param rejected the lines that were not a listing or could not be assessed
   * @param verdicts how many listings got each verdict, every verdict present (zero when none),
   *     counted whether or not the scanner's {@code minVerdict} let them through
   * @param flagged the brands of listings judged {@link Verdict#SUSPICIOUS} or riskier, with how
   *     many listings flagged each, the most flagged first (equal counts by name)
   * @param elapsed how long the scan took
   */
  public ScanSummary {
    notNull(verdicts, "verdicts");
    EnumMap<Verdict, Long> all = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      Long n = verdicts.get(v);
      all.put(v, n == null ? 0L : n);
    }
    verdicts = Collections.unmodifiableMap(all);
    flagged = copy(flagged, "flagged");
    notNull(elapsed, "elapsed");
    long assessed = all.values().stream().mapToLong(Long::longValue).sum();
    if (lines < 0 || rejected < 0 || assessed + rejected != lines) {
      throw new IllegalArgumentException("lines (" + lines + ") must be the rejected (" + rejected
          + ") plus the listings per verdict (" + assessed + ")");
    }
  }

  /**
   * The listings assessed: the lines read less those rejected.
   *
   * @return the number of listings assessed
   */
  public long assessed() {
    return lines - rejected;
  }

  /**
   * How many listings got a verdict.
   *
   * @param verdict the verdict
   * @return the number of listings
   */
  public long count(Verdict verdict) {
    return verdicts.get(notNull(verdict, "verdict"));
  }

  /**
   * The brands flagged most.
   *
   * @param n how many at most
   * @return the first {@code n} of {@link #flagged()}
   * @throws IllegalArgumentException when {@code n} is negative
   */
  public List<BrandCount> topBrands(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative: " + n);
    }
    return flagged.subList(0, Math.min(n, flagged.size()));
  }

  /**
   * Lines per second over the whole scan.
   *
   * @return lines read per second of {@link #elapsed()}
   */
  public double listingsPerSecond() {
    return lines / (Math.max(elapsed.toNanos(), 1) / 1e9);
  }

  /** The brands {@link #report(String)} names: the five flagged most. */
  public static final int REPORT_BRANDS = 5;

  /**
   * The summary {@code marque scan} prints when it is done: the counts and the rate, the listings
   * per verdict (riskiest first), and the {@value #REPORT_BRANDS} brands flagged most.
   *
   * <pre>
   * marque scan: 9 lines read, 9 listings assessed, 0 rejected in 0.41 s (22 listings/s)
   *   LIKELY_COUNTERFEIT  3
   *   ...
   *   top brands flagged: Aurelia 4, Nordlys 1
   * </pre>
   *
   * @param command what the first line starts with, such as {@code "marque scan"}
   * @return the lines, each ended by a line feed
   * @throws NullPointerException when {@code command} is null
   * @since 0.2.0
   */
  public String report(String command) {
    notNull(command, "command");
    double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
    StringBuilder out = new StringBuilder(256);
    out.append(String.format(Locale.ROOT, "%s: %,d lines read, %,d listings assessed, %,d rejected"
        + " in %.2f s (%,.0f listings/s)%n", command, lines, assessed(), rejected, seconds,
        lines / seconds));
    Verdict[] all = Verdict.values();
    for (int i = all.length - 1; i >= 0; i--) {
      out.append(String.format(Locale.ROOT, "  %-19s %,d%n", all[i], count(all[i])));
    }
    List<BrandCount> top = topBrands(REPORT_BRANDS);
    if (!top.isEmpty()) {
      out.append("  top brands flagged: ");
      for (int i = 0; i < top.size(); i++) {
        out.append(i == 0 ? "" : ", ").append(top.get(i).brand()).append(' ')
            .append(String.format(Locale.ROOT, "%,d", top.get(i).listings()));
      }
      out.append(System.lineSeparator());
    }
    return out.toString();
  }

  /**
   * A brand and how many listings flagged it.
   *
   * @param brand the portfolio's name of the brand
   * @param listings how many listings judged SUSPICIOUS or riskier named it
   */
  public record BrandCount(String brand, long listings) {
    /**
     * Checks the brand is named and the count is positive.
     *
     * @param brand the portfolio's name of the brand
     * @param listings how many listings judged SUSPICIOUS or riskier named it
     */
    public BrandCount {
      brand = notBlank(brand, "brand");
      if (listings < 1) {
        throw new IllegalArgumentException("listings must be positive: " + listings);
      }
    }
  }
}
