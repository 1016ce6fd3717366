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
