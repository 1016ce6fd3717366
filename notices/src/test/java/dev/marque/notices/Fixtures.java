package dev.marque.notices;

import dev.marque.core.Finding;
import dev.marque.core.Portfolio;
import dev.marque.core.json.MarqueJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Test data: the bundled sample portfolio, small portfolios and findings of our own. */
final class Fixtures {
  private Fixtures() {}

  /** The notice date of the golden files: the agent is authorised, the EU design in force. */
  static final LocalDate DATE = LocalDate.parse("2026-06-15");

  static final Path SAMPLE_PORTFOLIO = Path.of("..", "samples", "data", "portfolio.json");
  static final Path RESOURCES = Path.of("src", "test", "resources");

  static Portfolio samplePortfolio() {
    try {
      return MarqueJson.standard().readPortfolio(SAMPLE_PORTFOLIO);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Portfolio portfolio(String json) {
    return MarqueJson.standard().readPortfolio(json);
  }

  static Portfolio portfolioResource(String name) {
    try {
      return MarqueJson.standard().readPortfolio(RESOURCES.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The findings of a JSON Lines resource, skipping error lines as {@code marque draft} does. */
  static List<Finding> findings(String name) {
    try {
      return Files.readAllLines(RESOURCES.resolve(name), StandardCharsets.UTF_8).stream()
          .filter(l -> !l.isBlank() && !l.contains("\"error\""))
          .map(MarqueJson.standard()::readFinding).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Finding> sampleFindings() {
    return findings("sample-findings.jsonl");
  }

  static Finding finding(String line) {
    return MarqueJson.standard().readFinding(line);
  }
}
