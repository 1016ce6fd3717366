package dev.marque.spark;

import dev.marque.core.Limits;
import dev.marque.core.Portfolio;
import dev.marque.core.json.MarqueJson;
import dev.marque.matching.MatchOptions;
import dev.marque.matching.assess.Assessor;
import dev.marque.matching.assess.AssessorConfig;
import dev.marque.matching.scan.FeedScanner;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What an executor needs to build the scanner: the portfolio and the rates as JSON text (marque's
 * own format, read back with the same strict reader) and the limits as numbers, with a key, the
 * SHA-256 of all three, under which each executor JVM keeps the scanner it built. Broadcast once
 * per job, so a large portfolio travels to each executor once, not with every task.
 */
final class ScanPlan implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String portfolioJson;
  private final String ratesJson;
  private final int[] limits;
  private final String key;

  ScanPlan(Portfolio portfolio, ScanOptions options) {
    this.portfolioJson = MarqueJson.standard().write(portfolio);
    this.ratesJson = options.ratesJson().orElse(null);
    Limits l = options.limits();
    this.limits = new int[] {l.maxLineChars(), l.maxNestingDepth(), l.maxNumberChars(),
        l.maxIntegerDigits(), l.maxFractionDigits(), l.maxArrayLength(), l.maxTextChars(),
        l.maxNameChars(), l.maxMentionsPerBrandAndField()};
    this.key = sha256(portfolioJson + '\u0000' + (ratesJson == null ? "" : ratesJson) + '\u0000'
        + java.util.Arrays.toString(limits));
  }

  /** The key the built scanner is kept under: equal plans, equal keys. */
  String key() {
    return key;
  }

  /** The limits, rebuilt. */
  Limits limits() {
    return Limits.defaults().toBuilder()
        .maxLineChars(limits[0])
        .maxNestingDepth(limits[1])
        .maxNumberChars(limits[2])
        .maxIntegerDigits(limits[3])
        .maxFractionDigits(limits[4])
        .maxArrayLength(limits[5])
        .maxTextChars(limits[6])
        .maxNameChars(limits[7])
        .maxMentionsPerBrandAndField(limits[8])
        .build();
  }

  /**
   * Builds the scanner as {@code marque scan --limit} does: reads the portfolio and the rates
   * under the limits, builds the assessor (the costly part) with the limits' mention cap.
   */
  FeedScanner build() {
    Limits limits = limits();
    MarqueJson json = MarqueJson.standard().withLimits(limits);
    Portfolio portfolio = json.readPortfolio(portfolioJson);
    AssessorConfig config = ratesJson == null ? AssessorConfig.defaults()
        : AssessorConfig.builder().rates(json.readRates(ratesJson)).build();
    Assessor assessor = Assessor.of(portfolio, config, MatchOptions.defaults()
        .withMaxMentionsPerBrandAndField(limits.maxMentionsPerBrandAndField()));
    return FeedScanner.builder(assessor).threads(1).json(json).build();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
