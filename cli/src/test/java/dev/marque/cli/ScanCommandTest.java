package dev.marque.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.core.Finding;
import dev.marque.core.Reason;
import dev.marque.core.Verdict;
import dev.marque.core.json.MarqueJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScanCommandTest {
  static final Path PORTFOLIO = Path.of("../samples/data/portfolio.json");
  static final Path LISTINGS = Path.of("../samples/data/listings.jsonl");
  static final Path RATES = Path.of("../samples/data/rates.json");
  static final Pattern ID = Pattern.compile("\"(?:listingId|id)\":\"([^\"]+)\"");

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int scan(String... args) {
    return scan(new MarqueCommand(), args);
  }

  private int scan(Object command, String... args) {
    List<String> all = new ArrayList<>();
    if (command instanceof MarqueCommand) {
      all.add("scan");
    }
    all.addAll(List.of(args));
    return new CommandLine(command).setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true)).execute(all.toArray(String[]::new));
  }

  private static List<String> nonBlankLines(Path file) throws IOException {
    return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
  }

  private List<String> outLines() {
    return out.toString().lines().toList();
  }

  @Test
  void theSampleFeedShowsEveryVerdictAndEverySignal() throws IOException {
    Path findings = dir.resolve("findings.jsonl");
    int code = scan("--portfolio", PORTFOLIO.toString(), "--listings", LISTINGS.toString(),
        "--rates", RATES.toString(), "--out", findings.toString());

    assertThat(code).as(err.toString()).isZero();
    List<String> input = nonBlankLines(LISTINGS);
    List<String> output = Files.readAllLines(findings);
    assertThat(output).hasSameSizeAs(input);
    Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
    Set<String> codes = new HashSet<>();
    Set<String> methods = new HashSet<>();
    Set<String> languages = new HashSet<>();
    for (int i = 0; i < output.size(); i++) {
      String line = output.get(i);
      if (line.startsWith("{\"line\"")) {
        assertThat(line).startsWith("{\"line\":" + (i + 1) + ",\"error\":");
        continue;
      }
      Finding f = MarqueJson.standard().readFinding(line);
      assertThat(input.get(i)).contains("\"id\":\"" + f.listing().id() + "\"");
      verdicts.add(f.assessment().verdict());
      f.assessment().reasons().stream().map(r -> r.code().name()).forEach(codes::add);
      f.mentions().forEach(m -> methods.add(m.method().name()));
      f.assessment().reasons().stream().map(r -> r.facts().get("language"))
          .filter(java.util.Objects::nonNull).forEach(languages::add);
    }
    assertThat(verdicts).containsExactlyInAnyOrder(Verdict.values());
    assertThat(codes).containsExactlyInAnyOrder("BRAND_MENTION", "DISGUISED_BRAND", "CUE_WORD",
        "PRICE_ANOMALY", "AUTHORIZED_SELLER", "COMPATIBILITY_USE");
    assertThat(methods).contains("CONFUSABLE", "LEET", "SEPARATED", "MASKED", "ALIAS");
    assertThat(languages).contains("en", "zh", "es", "fr", "de", "pt", "it", "ru");
    assertThat(output).noneMatch(l -> l.startsWith("{\"line\""));
    assertThat(err.toString()).contains("lines read", "LIKELY_COUNTERFEIT",
        "top brands flagged: Aurelia", "listings/s");
  }

  @Test
  void theSampleFeedWithErrorsReportsEachBadLineAndScansTheRest() throws IOException {
    Path feed = Path.of("../samples/data/listings-with-errors.jsonl");
    Path findings = dir.resolve("findings.jsonl");
    int code = scan("--portfolio", PORTFOLIO.toString(), "--listings", feed.toString(),
        "--out", findings.toString());

    assertThat(code).as(err.toString()).isEqualTo(1);
    List<String> output = Files.readAllLines(findings);
    assertThat(output).hasSize(6);
    assertThat(output.get(1)).isEqualTo(
        "{\"line\":2,\"error\":\"price.amount: must not be negative: -5\"}");
    assertThat(output.get(3)).isEqualTo("{\"line\":4,\"error\":\"id: is required\"}");
    assertThat(output.get(4)).startsWith("{\"line\":5,\"error\":\"is not valid JSON");
    assertThat(List.of(output.get(0), output.get(2), output.get(5)))
        .allMatch(l -> l.startsWith("{\"listingId\""));
    assertThat(err.toString()).contains("6 lines read, 3 listings assessed, 3 rejected");
  }

  @Test
  void keepsInputOrderWithManyThreadsAndGoesOnAfterBadLines() throws IOException {
    Path feed = dir.resolve("feed.jsonl");
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 3000; i++) {
      lines.add(i % 500 == 0 ? "{not json " + i
          : i % 3 == 0 ? "{\"id\":\"n" + i + "\",\"title\":\"A U R E L I A tote replica " + i
              + "\",\"price\":{\"amount\":\"" + (i % 97) + "\",\"currency\":\"USD\"}}"
          : "{\"id\":\"n" + i + "\",\"title\":\"Plain tote bag " + i + "\"}");
    }
    Files.write(feed, lines);

    int code = scan("--portfolio", PORTFOLIO.toString(), "--listings", feed.toString(),
        "--threads", "4");

    assertThat(code).isEqualTo(1);
    List<String> output = outLines();
    assertThat(output).hasSize(3000);
    for (int i = 1; i <= 3000; i++) {
      String line = output.get(i - 1);
      if (i % 500 == 0) {
        assertThat(line).startsWith("{\"line\":" + i + ",\"error\":\"is not valid JSON");
      } else {
        Matcher m = ID.matcher(line);
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo("n" + i);
      }
    }
    assertThat(err.toString()).contains("3,000 lines read, 2,994 listings assessed, 6 rejected");
  }

  @Test
  void aCleanFeedExitsZeroAndBlankLinesAreNotListings() throws IOException {
    Path feed = dir.resolve("clean.jsonl");
    Files.writeString(feed, "{\"id\":\"1\",\"title\":\"Nordlys Fjord 36\"}\n\n"
        + "{\"id\":\"2\",\"title\":\"plain mug\"}\n");
    assertThat(scan("--portfolio", PORTFOLIO.toString(), "--listings", feed.toString()))
        .isZero();
    assertThat(outLines()).hasSize(2);
    assertThat(outLines().get(0)).contains("\"verdict\":\"MENTION\"");
    assertThat(outLines().get(1)).contains("\"verdict\":\"CLEAR\"");
  }

  @Test
  void readsStandardInputThroughTheHookAndThroughSystemIn() {
    byte[] feed = "{\"id\":\"s1\",\"title\":\"Aurelia replica 1:1\"}\n"
        .getBytes(StandardCharsets.UTF_8);
    int code;
    Inputs.stdinOverride = new ByteArrayInputStream(feed);
    try {
      code = scan("--portfolio", PORTFOLIO.toString(), "--listings", "-");
    } finally {
      Inputs.stdinOverride = null;
    }
    assertThat(code).isZero();
    assertThat(outLines()).singleElement().asString()
        .contains("\"listingId\":\"s1\"", "LIKELY_COUNTERFEIT");

    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(feed));
      out.getBuffer().setLength(0);
      assertThat(scan("--portfolio", PORTFOLIO.toString(), "--listings", "-")).isZero();
      assertThat(outLines()).singleElement().asString().contains("\"listingId\":\"s1\"");
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void minVerdictWritesOnlyRiskyFindingsAndEveryErrorLine() {
    int code = scan("--portfolio", PORTFOLIO.toString(), "--listings",
        "../samples/data/listings-with-errors.jsonl", "--min-verdict", "suspicious");
    assertThat(code).isEqualTo(1);
    List<String> output = outLines();
    assertThat(output).isNotEmpty().allSatisfy(line -> assertThat(line)
        .containsAnyOf("\"verdict\":\"SUSPICIOUS\"", "\"verdict\":\"LIKELY_COUNTERFEIT\"",
            "\"error\":"));
    assertThat(output).filteredOn(l -> l.contains("\"error\":")).hasSize(3);
  }

  @Test
  void ratesLetPricesInOtherCurrenciesBeCompared() throws IOException {
    Path feed = dir.resolve("cny.jsonl");
    Files.writeString(feed, "{\"id\":\"c1\",\"title\":\"Aurelia Laurel Tote\","
        + "\"price\":{\"amount\":\"180\",\"currency\":\"CNY\"}}\n");
    scan("--portfolio", PORTFOLIO.toString(), "--listings", feed.toString());
    assertThat(out.toString()).doesNotContain("PRICE_ANOMALY");
    out.getBuffer().setLength(0);
    scan("--portfolio", PORTFOLIO.toString(), "--listings", feed.toString(),
        "--rates", RATES.toString());
    assertThat(out.toString()).contains(
        "180 CNY (25 USD) is 3% of the 850 USD MSRP of Aurelia Laurel Tote");
  }

  @Test
  void aBadPortfolioIsExitTwoWithEveryProblemListed() throws IOException {
    Path portfolio = dir.resolve("bad.json");
    Files.writeString(portfolio, "{\"holder\": {\"name\": \"X\"}, \"brands\": ["
        + "{\"name\": \"A\", \"colour\": \"red\"}, {\"nmae\": \"B\"}]}");
    int code = scan("--portfolio", portfolio.toString(), "--listings", LISTINGS.toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("brands[0].colour", "brands[1].nmae", "brands[1].name");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void usageErrorsAndMissingFilesAreExitTwo() throws IOException {
    assertThat(scan("--portfolio", PORTFOLIO.toString())).isEqualTo(2);
    assertThat(scan("--portfolio", PORTFOLIO.toString(), "--listings", "nope.jsonl"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("no such listings file: nope.jsonl");
    assertThat(scan("--portfolio", "nope.json", "--listings", LISTINGS.toString()))
        .isEqualTo(2);
    assertThat(scan("--portfolio", PORTFOLIO.toString(), "--listings", LISTINGS.toString(),
        "--min-verdict", "terrible")).isEqualTo(2);
    assertThat(err.toString()).contains("'terrible' is not a verdict");
    assertThat(scan("--portfolio", PORTFOLIO.toString(), "--listings", LISTINGS.toString(),
        "--threads", "0")).isEqualTo(2);
    Path rates = dir.resolve("rates.json");
    Files.writeString(rates, "{\"base\": \"USD\", \"rates\": {\"EUR\": \"lots\"}}");
    assertThat(scan("--portfolio", PORTFOLIO.toString(), "--listings", LISTINGS.toString(),
        "--rates", rates.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("rates.EUR: 'lots' is not a number");
    assertThat(out.toString()).isEmpty();
  }
}
