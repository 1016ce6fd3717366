package dev.marque.spark;

import static dev.marque.spark.MarqueScanReference.SAMPLES;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ScanJob}, the spark-submit job, run in {@code local[2]} as spark-submit would run it. */
class ScanJobIT {

  private static SparkSession spark;

  @TempDir
  static Path tmp;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder()
        .master("local[2]")
        .appName("ScanJobIT")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  /** What a run printed and returned. */
  private record Run(int exitCode, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    int code = ScanJob.run(spark, args, err);
    return new Run(code, bytes.toString(StandardCharsets.UTF_8));
  }

  private static List<String> partLines(Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(f -> f.getFileName().toString().startsWith("part-")).toList()) {
        lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }

  @Test
  void writesMarqueScansLinesByMarketplaceAndVerdictAndPrintsItsSummary() throws IOException {
    Path listings = SAMPLES.resolve("listings-with-errors.jsonl");
    Path portfolio = SAMPLES.resolve("portfolio.json");
    Path rates = SAMPLES.resolve("rates.json");
    MarqueScanReference.Result cli = MarqueScanReference.scan(portfolio, listings, rates, tmp);
    Path out = tmp.resolve("by-verdict");

    Run run = run("--portfolio", portfolio.toString(), "--listings", listings.toString(),
        "--out", out.toString(), "--rates", rates.toString(), "--partition");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(cli.exitCode()).isEqualTo(ScanJob.PROBLEMS);
    assertThat(out.resolve("marketplace=ALIEXPRESS/verdict=LIKELY_COUNTERFEIT")).isDirectory();
    assertThat(partLines(out)).containsExactlyInAnyOrderElementsOf(cli.lines());
    assertThat(MarqueScanReference.countsOf(run.err()))
        .isEqualTo(MarqueScanReference.countsOf(cli.summary()))
        .anyMatch(l -> l.startsWith("  top brands flagged: "));
    assertThat(run.err()).startsWith("marque scan (spark): ").contains("findings written to " + out);
  }

  @Test
  void writesParquetInTheDocumentedSchema() throws IOException {
    Path listings = SAMPLES.resolve("listings.jsonl");
    Path portfolio = SAMPLES.resolve("portfolio.json");
    MarqueScanReference.Result cli = MarqueScanReference.scan(portfolio, listings, null, tmp);
    Path out = tmp.resolve("parquet");

    Run run = run("--portfolio", portfolio.toString(), "--listings", listings.toString(),
        "--out", out.toString(), "--format", "parquet");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(spark.read().parquet(out.toString()).schema().simpleString())
        .isEqualTo(MarqueSpark.schema().simpleString());
    assertThat(spark.read().parquet(out.toString()).orderBy("line").toJSON().collectAsList()
        .stream().map(MarqueScanReference::canonical).toList())
        .isEqualTo(cli.lines().stream().map(MarqueScanReference::canonical).toList());
    assertThat(MarqueScanReference.countsOf(run.err()))
        .isEqualTo(MarqueScanReference.countsOf(cli.summary()));
  }

  @Test
  void readsListingsFromParquet() throws IOException {
    Path portfolio = SAMPLES.resolve("portfolio.json");
    MarqueScanReference.Result cli = MarqueScanReference.scan(portfolio,
        SAMPLES.resolve("listings.jsonl"), null, tmp);
    Path listings = tmp.resolve("listings.parquet");
    spark.read().json(SAMPLES.resolve("listings.jsonl").toString()).write()
        .parquet(listings.toString());
    Path out = tmp.resolve("from-parquet");

    Run run = run("--portfolio", portfolio.toString(), "--listings", listings.toString(),
        "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(partLines(out)).containsExactlyInAnyOrderElementsOf(cli.lines());
  }

  @Test
  void aLimitSetOnTheJobGivesTheErrorRowsAndCapsMarqueScanLimitGives() throws IOException {
    Path portfolio = SAMPLES.resolve("portfolio.json");
    Path rates = SAMPLES.resolve("rates.json");
    Path listings = tmp.resolve("limited.jsonl");
    List<String> feed = new ArrayList<>(
        Files.readAllLines(SAMPLES.resolve("listings-with-errors.jsonl"), StandardCharsets.UTF_8));
    feed.add("{\"id\":\"cap-1\",\"marketplace\":\"EBAY\",\"title\":\"Aurelia tote, Aurelia bag,"
        + " Aurelia strap\",\"seller\":{\"id\":\"s1\"}}");
    feed.add("{\"id\":\"precise-1\",\"marketplace\":\"EBAY\",\"title\":\"Tote bag\","
        + "\"price\":{\"amount\":\"25.125\",\"currency\":\"USD\"}}");
    Files.write(listings, feed, StandardCharsets.UTF_8);
    List<String> limits = List.of("--limit", "maxLineChars=300",
        "--limit", "maxFractionDigits=2", "--limit", "maxMentionsPerBrandAndField=1");
    MarqueScanReference.Result cli =
        MarqueScanReference.scan(portfolio, listings, rates, tmp, limits);
    Path out = tmp.resolve("limited");

    List<String> args = new ArrayList<>(List.of("--portfolio", portfolio.toString(),
        "--listings", listings.toString(), "--out", out.toString(), "--rates", rates.toString()));
    args.addAll(limits);
    Run run = run(args.toArray(String[]::new));

    // the limits bite in marque scan: a line too long, an amount too precise, a capped brand
    assertThat(cli.lines())
        .anyMatch(l -> l.contains("\"error\":\"line is 390 characters long; the limit is 300\""))
        .anyMatch(l -> l.contains("at most 2 digits after the decimal point"))
        .anyMatch(l -> l.contains("\"listingId\":\"cap-1\"") && l.contains("\"mentionCap\":1"));
    // and the job writes the very same lines
    assertThat(run.exitCode()).as(run.err()).isEqualTo(cli.exitCode()).isEqualTo(ScanJob.PROBLEMS);
    assertThat(partLines(out)).containsExactlyInAnyOrderElementsOf(cli.lines());
    assertThat(MarqueScanReference.countsOf(run.err()))
        .isEqualTo(MarqueScanReference.countsOf(cli.summary()));
  }

  @Test
  void aLimitRefusedReadsAsMarqueScanRefusesIt() {
    Path listings = SAMPLES.resolve("listings.jsonl");
    Path portfolio = SAMPLES.resolve("portfolio.json");
    for (String limit : List.of("maxLines=3", "maxMentionsPerBrandAndField=0")) {
      MarqueScanReference.Result cli = MarqueScanReference.run(List.of("scan", "--portfolio",
          portfolio.toString(), "--listings", listings.toString(), "--limit", limit), tmp);
      Run job = run("--portfolio", portfolio.toString(), "--listings", listings.toString(),
          "--out", tmp.resolve("never").toString(), "--limit", limit);

      assertThat(job.exitCode()).as(job.err()).isEqualTo(cli.exitCode()).isEqualTo(ScanJob.USAGE);
      String message = cli.summary().lines().findFirst().orElseThrow();
      assertThat(message).startsWith("marque scan: --limit: ");
      assertThat(job.err().lines().findFirst().orElseThrow())
          .isEqualTo(message.replace("marque scan: ", "marque scan (spark): "));
    }
    assertThat(run("--portfolio", portfolio.toString(), "--listings", listings.toString(),
        "--out", tmp.resolve("never").toString(), "--limit", "maxLineChars").err())
        .startsWith("marque scan (spark): --limit must be NAME=VALUE");
    assertThat(run("--portfolio", portfolio.toString(), "--listings", listings.toString(),
        "--out", tmp.resolve("never").toString(), "--limit", "maxIntegerDigits=30").err())
        .startsWith("marque scan (spark): --limit: limits: maxIntegerDigits 30 and"
            + " maxFractionDigits 12 make an amount of 42 digits; a Spark decimal holds at most 38");
    assertThat(tmp.resolve("never")).doesNotExist();
  }

  @Test
  void aUsageOrPortfolioErrorWritesNothingAndExitsWith2() throws IOException {
    Path listings = SAMPLES.resolve("listings.jsonl");
    Path bad = tmp.resolve("bad-portfolio.json");
    Files.writeString(bad, "{\"holder\": {\"name\": \"X\"}, \"brands\": [{\"nmae\": \"Y\"}]}");

    Run missing = run("--portfolio", SAMPLES.resolve("portfolio.json").toString(),
        "--listings", listings.toString());
    Run typo = run("--portfolio", bad.toString(), "--listings", listings.toString(),
        "--out", tmp.resolve("never").toString());
    Path existing = Files.createDirectories(tmp.resolve("existing"));
    Run exists = run("--portfolio", SAMPLES.resolve("portfolio.json").toString(),
        "--listings", listings.toString(), "--out", existing.toString());

    assertThat(missing.exitCode()).isEqualTo(ScanJob.USAGE);
    assertThat(missing.err()).contains("--out").contains("usage: ScanJob");
    assertThat(typo.exitCode()).isEqualTo(ScanJob.USAGE);
    assertThat(typo.err()).contains("brands[0]").contains("nmae");
    assertThat(tmp.resolve("never")).doesNotExist();
    assertThat(exists.exitCode()).isEqualTo(ScanJob.USAGE);
    assertThat(exists.err()).contains("cannot write the findings to " + existing);
  }
}
