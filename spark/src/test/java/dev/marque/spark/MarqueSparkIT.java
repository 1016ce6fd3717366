package dev.marque.spark;

import static dev.marque.spark.MarqueScanReference.SAMPLES;
import static dev.marque.spark.MarqueScanReference.canonical;
import static org.assertj.core.api.Assertions.assertThat;
import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marque.benchmarks.scan.ScanFeedGenerator;
import dev.marque.core.Portfolio;
import dev.marque.core.json.MarqueJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link MarqueSpark} on a real Spark in {@code local[2]}, held line for line to the findings of
 * {@code marque scan} (the command-line jar, run as a process) for the same feed.
 */
class MarqueSparkIT {

  private static SparkSession spark;

  @TempDir
  static Path tmp;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder()
        .master("local[2]")
        .appName("MarqueSparkIT")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4")
        // small input partitions, so a generated feed is scanned by several tasks at once
        .config("spark.sql.files.maxPartitionBytes", String.valueOf(4 << 20))
        .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  private static Dataset<Row> jsonLines(Path file) {
    return spark.read().option("lineSep", "\n").text(file.toString());
  }

  private static List<String> lines(Dataset<Row> scanLines) {
    return scanLines.orderBy(MarqueSpark.LINE).select(MarqueSpark.JSON).as(Encoders.STRING())
        .collectAsList();
  }

  private static List<JsonNode> findings(Dataset<Row> findings) {
    return findings.orderBy(MarqueSpark.LINE).toJSON().collectAsList().stream()
        .map(MarqueScanReference::canonical).toList();
  }

  /** Line by line, so a difference shows the one line in full. */
  static void assertSameLines(List<String> actual, List<String> expected) {
    for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
      assertThat(actual.get(i)).as("line %d", i + 1).isEqualTo(expected.get(i));
    }
    assertThat(actual).hasSameSizeAs(expected);
  }

  /** Findings compared by value, line by line. */
  static void assertSameFindings(List<JsonNode> actual, List<String> expected) {
    for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
      assertThat(actual.get(i)).as("line %d", i + 1).isEqualTo(canonical(expected.get(i)));
    }
    assertThat(actual).hasSameSizeAs(expected);
  }

  @Test
  void theSampleFeedGivesExactlyTheLinesMarqueScanWrites() throws IOException {
    Path listings = SAMPLES.resolve("listings.jsonl");
    Path rates = SAMPLES.resolve("rates.json");
    MarqueScanReference.Result cli = MarqueScanReference.scan(SAMPLES.resolve("portfolio.json"),
        listings, rates, tmp);
    assertThat(cli.lines()).anyMatch(l -> l.contains("\"LIKELY_COUNTERFEIT\""))
        .anyMatch(l -> l.contains("\"CLEAR\""));
    Portfolio portfolio = MarqueJson.standard().readPortfolio(SAMPLES.resolve("portfolio.json"));
    ScanOptions options = ScanOptions.builder().rates(rates).build();

    assertSameLines(lines(MarqueSpark.scanLines(jsonLines(listings), portfolio, options)),
        cli.lines());
    // the structured findings hold the same values, field for field
    assertSameFindings(findings(MarqueSpark.scan(jsonLines(listings), portfolio, options)),
        cli.lines());
  }

  @Test
  void badLinesBecomeErrorRowsWithMarqueScansLineNumbersAndMessages() throws IOException {
    Path listings = SAMPLES.resolve("listings-with-errors.jsonl");
    MarqueScanReference.Result cli = MarqueScanReference.scan(SAMPLES.resolve("portfolio.json"),
        listings, null, tmp);
    List<String> cliErrors = cli.lines().stream().filter(l -> l.startsWith("{\"line\"")).toList();
    assertThat(cliErrors).hasSizeGreaterThanOrEqualTo(3);
    Portfolio portfolio = MarqueJson.standard().readPortfolio(SAMPLES.resolve("portfolio.json"));

    Dataset<Row> findings = MarqueSpark.scan(jsonLines(listings), portfolio,
        ScanOptions.defaults());
    assertSameFindings(findings(findings), cli.lines());
    List<Row> errors = findings.where(col(MarqueSpark.ERROR).isNotNull()).orderBy("line")
        .select("line", "error", "listingId").collectAsList();
    assertThat(errors).hasSameSizeAs(cliErrors);
    for (int i = 0; i < errors.size(); i++) {
      JsonNode expected = canonical(cliErrors.get(i));
      assertThat(errors.get(i).getLong(0)).isEqualTo(expected.get("line").asLong());
      assertThat(errors.get(i).getString(1)).isEqualTo(expected.get("error").asText());
      assertThat(errors.get(i).isNullAt(2)).isTrue();
    }
  }

  @Test
  void aBadRowOfListingColumnsIsAnErrorRowNamingTheColumn() throws IOException {
    Dataset<Row> listings = spark.read().json(spark.createDataset(List.of(
        "{\"id\": \"ok-1\", \"title\": \"Aurelia tote replica 1:1\", \"marketplace\": \"EBAY\"}",
        "{\"id\": \"no-title\", \"marketplace\": \"EBAY\"}"), Encoders.STRING()));
    Portfolio portfolio = MarqueJson.standard().readPortfolio(SAMPLES.resolve("portfolio.json"));

    List<Row> rows = MarqueSpark.scan(listings, portfolio, ScanOptions.defaults())
        .orderBy("line").select("line", "listingId", "assessment.verdict", "error")
        .collectAsList();

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).getString(1)).isEqualTo("ok-1");
    assertThat(rows.get(0).getString(2)).isNotEqualTo("CLEAR");
    assertThat(rows.get(0).isNullAt(3)).isTrue();
    assertThat(rows.get(1).getLong(0)).isEqualTo(2);
    assertThat(rows.get(1).isNullAt(1)).isTrue();
    assertThat(rows.get(1).getString(3)).contains("title");
  }

  @Test
  void listingsFromParquetAndFindingsToParquetRoundTrip() throws IOException {
    Path listings = SAMPLES.resolve("listings.jsonl");
    MarqueScanReference.Result cli = MarqueScanReference.scan(SAMPLES.resolve("portfolio.json"),
        listings, null, tmp);
    Portfolio portfolio = MarqueJson.standard().readPortfolio(SAMPLES.resolve("portfolio.json"));
    String listingsParquet = tmp.resolve("listings.parquet").toString();
    spark.read().json(listings.toString()).write().parquet(listingsParquet);

    Dataset<Row> findings = MarqueSpark.scan(spark.read().parquet(listingsParquet), portfolio,
        ScanOptions.defaults());
    String findingsParquet = tmp.resolve("findings.parquet").toString();
    findings.write().parquet(findingsParquet);
    Dataset<Row> readBack = spark.read().parquet(findingsParquet);

    // Parquet keeps every column and type (it reads every column back as nullable)
    assertThat(readBack.schema().simpleString()).isEqualTo(MarqueSpark.schema().simpleString());
    assertSameFindings(findings(readBack), cli.lines());
  }

  @Test
  void aGeneratedFeedOf100000ListingsGivesExactlyMarqueScansLines() throws IOException {
    Path dir = tmp.resolve("generated");
    ScanFeedGenerator.main(new String[] {dir.toString(), "100000", "1000", "15"});
    Path listings = dir.resolve("listings.jsonl");
    MarqueScanReference.Result cli = MarqueScanReference.scan(dir.resolve("portfolio.json"),
        listings, null, tmp);
    assertThat(cli.lines()).hasSize(100_000);
    Portfolio portfolio = MarqueJson.standard().readPortfolio(dir.resolve("portfolio.json"));
    Dataset<Row> input = jsonLines(listings);
    assertThat(input.rdd().getNumPartitions()).isGreaterThan(1);
    long builtBefore = Scanners.builds();

    List<Row> rows = new java.util.ArrayList<>(
        MarqueSpark.scanLines(input, portfolio, ScanOptions.defaults()).collectAsList());
    rows.sort(java.util.Comparator.comparingLong(r -> r.getLong(0)));
    assertSameLines(rows.stream().map(r -> r.getString(1)).toList(), cli.lines());
    // every task, on both cores, used the one assessor this JVM built
    assertThat(Scanners.builds() - builtBefore).isEqualTo(1);
  }
}
