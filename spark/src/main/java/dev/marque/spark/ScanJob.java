package dev.marque.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.get_json_object;

import dev.marque.core.Limits;
import dev.marque.core.Portfolio;
import dev.marque.core.json.InvalidInputException;
import dev.marque.core.json.MarqueJson;
import dev.marque.core.json.Problem;
import dev.marque.matching.scan.ScanSummary;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * {@code marque scan} as a Spark job, for {@code spark-submit}:
 *
 * <pre>
 * spark-submit --class dev.marque.spark.ScanJob marque-spark-job.jar \
 *     --portfolio portfolio.json --listings 's3a://feeds/2026-12-01/*.jsonl' --out s3a://out/scan \
 *     [--format json|parquet] [--rates rates.json] [--partition] [--listings-format json|parquet]
 *     [--limit NAME=VALUE]...
 * </pre>
 *
 * <p>Reads the listings as JSON Lines (one listing per line, as {@code marque scan} reads them) or
 * as Parquet (a {@code .parquet} path, or {@code --listings-format parquet}); a path may be a
 * directory or a glob. Writes the findings to the directory {@code --out}, which must not exist:
 * as JSON Lines (the default; the very lines {@code marque scan} writes, one file per partition)
 * or as Parquet (the columns of {@link MarqueSpark#schema(ScanOptions)}); with
 * {@code --partition}, in directories by marketplace and verdict
 * ({@code marketplace=EBAY/verdict=LIKELY_COUNTERFEIT/}). Then prints the summary
 * {@code marque scan} prints. The master comes from Spark's settings ({@code spark.master}, as
 * {@code spark-submit --master} or {@code -Dspark.master=local[2]} set it).
 *
 * <p>{@code --limit NAME=VALUE} (repeatable) changes one of the {@link Limits}, by the names
 * {@code marque scan --limit} takes ({@link Limits#names()}), such as {@code --limit
 * maxLineChars=4194304}: the portfolio, the rates and every row are read under them, and a row
 * past one becomes the error row with the very message {@code marque scan --limit} writes for
 * that line; a name or value refused reads as it does from {@code marque scan}.
 *
 * <p>The portfolio and the rates are files on the driver's file system (in cluster mode, send
 * them with {@code --files}). Exit codes as {@code marque scan}: 0 every row scanned, 1 some rows
 * were rejected (error rows), 2 a usage, portfolio or output error.
 *
 * @since 0.2.0
 */
public final class ScanJob {
  private ScanJob() {}

  /** Every row scanned. */
  static final int OK = 0;
  /** Some rows were rejected: they are error rows in the output. */
  static final int PROBLEMS = 1;
  /** Usage, portfolio, rates or output error: nothing was written. */
  static final int USAGE = 2;

  private static final String NAME = "marque scan (spark)";
  private static final String USAGE_TEXT = "usage: ScanJob --portfolio FILE --listings PATH"
      + " --out DIR [--format json|parquet] [--rates FILE] [--partition]"
      + " [--listings-format json|parquet] [--limit NAME=VALUE]...";

  /**
   * Runs the job on the active Spark session, or a new one from Spark's settings, which it stops
   * at the end; exits with the code unless it is 0.
   *
   * @param args the arguments; see the class comment
   */
  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().appName("marque scan").getOrCreate();
    int code;
    try {
      code = run(spark, args, new PrintStream(System.err, true, StandardCharsets.UTF_8));
    } finally {
      spark.stop();
    }
    if (code != OK) {
      System.exit(code);
    }
  }

  /** The parsed arguments. */
  record Args(Path portfolio, String listings, String out, String format, Path rates,
      boolean partition, String listingsFormat, Limits limits) {}

  /**
   * Runs the job on the session, reporting on {@code err}.
   *
   * @return the exit code
   */
  static int run(SparkSession spark, String[] argv, PrintStream err) {
    Args args;
    try {
      args = parse(argv);
    } catch (IllegalArgumentException e) {
      err.println(NAME + ": " + e.getMessage());
      err.println(USAGE_TEXT);
      return USAGE;
    }
    ScanOptions options;
    try {
      options = ScanOptions.builder().limits(args.limits()).build();
    } catch (IllegalArgumentException e) { // more digits than a Spark decimal holds
      err.println(NAME + ": --limit: " + e.getMessage());
      err.println(USAGE_TEXT);
      return USAGE;
    }
    MarqueJson json = MarqueJson.standard().withLimits(args.limits());
    Portfolio portfolio;
    try {
      portfolio = json.readPortfolio(args.portfolio());
    } catch (InvalidInputException e) {
      err.println(NAME + ": the portfolio " + args.portfolio() + " has " + e.problems().size()
          + (e.problems().size() == 1 ? " problem:" : " problems:"));
      for (Problem p : e.problems()) {
        err.println("  " + p);
      }
      return USAGE;
    } catch (NoSuchFileException e) {
      return fail(err, "no such portfolio file: " + args.portfolio());
    } catch (IOException e) {
      return fail(err, "cannot read the portfolio " + args.portfolio() + ": " + e.getMessage());
    }
    if (args.rates() != null) {
      try {
        options = options.toBuilder().rates(args.rates()).build();
      } catch (NoSuchFileException e) {
        return fail(err, "no such rates file: " + args.rates());
      } catch (IOException | InvalidInputException e) {
        return fail(err, "cannot read the rates " + args.rates() + ": " + e.getMessage());
      }
    }

    long start = System.nanoTime();
    Dataset<Row> listings;
    try {
      listings = args.listingsFormat().equals("parquet") ? spark.read().parquet(args.listings())
          : spark.read().option("lineSep", "\n").text(args.listings());
    } catch (Exception e) { // AnalysisException (checked, undeclared: Scala): no such path
      return fail(err, "cannot read the listings " + args.listings() + ": " + firstLine(e));
    }
    boolean parquet = args.format().equals("parquet");
    try {
      write(listings, portfolio, options, args, parquet);
    } catch (Exception e) { // AnalysisException: the output exists; or a failed job
      return fail(err, "cannot write the findings to " + args.out() + ": " + firstLine(e));
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

    Dataset<Row> written = parquet ? spark.read().parquet(args.out())
        : spark.read().text(args.out()).select(col("value").as(MarqueSpark.JSON))
            .select(from_json(col(MarqueSpark.JSON), MarqueSpark.SUMMARY_COLUMNS).as("f"))
            .select(col("f.*"));
    ScanSummary summary = MarqueSpark.summarize(written, elapsed);
    err.print(summary.report(NAME));
    err.println("  findings written to " + args.out());
    err.flush();
    return summary.rejected() > 0 ? PROBLEMS : OK;
  }

  private static void write(Dataset<Row> listings, Portfolio portfolio, ScanOptions options,
      Args args, boolean parquet) {
    DataFrameWriter<Row> writer;
    if (parquet) {
      Dataset<Row> findings = MarqueSpark.scan(listings, portfolio, options);
      if (args.partition()) {
        findings = findings.withColumn("verdict", col("assessment.verdict"));
      }
      writer = findings.write();
    } else {
      Dataset<Row> lines = MarqueSpark.scanLines(listings, portfolio, options);
      lines = args.partition()
          ? lines.select(col(MarqueSpark.JSON),
              get_json_object(col(MarqueSpark.JSON), "$.marketplace").as("marketplace"),
              get_json_object(col(MarqueSpark.JSON), "$.assessment.verdict").as("verdict"))
          : lines.select(col(MarqueSpark.JSON));
      writer = lines.write();
    }
    writer = writer.mode(SaveMode.ErrorIfExists);
    if (args.partition()) {
      writer = writer.partitionBy("marketplace", "verdict");
    }
    if (parquet) {
      writer.parquet(args.out());
    } else {
      writer.text(args.out());
    }
  }

  static Args parse(String[] argv) {
    Path portfolio = null;
    String listings = null;
    String out = null;
    String format = "json";
    Path rates = null;
    boolean partition = false;
    String listingsFormat = null;
    Limits.Builder limits = Limits.defaults().toBuilder();
    List<String> rest = new ArrayList<>(List.of(argv));
    while (!rest.isEmpty()) {
      String option = rest.remove(0);
      if (option.equals("--partition")) {
        partition = true;
        continue;
      }
      if (!option.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument: " + option);
      }
      if (rest.isEmpty()) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      String value = rest.remove(0);
      switch (option) {
        case "--portfolio" -> portfolio = Path.of(value);
        case "--listings" -> listings = value;
        case "--out" -> out = value;
        case "--format" -> format = format(option, value);
        case "--rates" -> rates = Path.of(value);
        case "--listings-format" -> listingsFormat = format(option, value);
        case "--limit" -> limit(limits, value);
        default -> throw new IllegalArgumentException("unknown option: " + option);
      }
    }
    if (portfolio == null || listings == null || out == null) {
      throw new IllegalArgumentException("--portfolio, --listings and --out are required");
    }
    if (listingsFormat == null) {
      listingsFormat = listings.toLowerCase(Locale.ROOT).endsWith(".parquet") ? "parquet" : "json";
    }
    return new Args(portfolio, listings, out, format, rates, partition, listingsFormat,
        limits.build());
  }

  /**
   * Applies {@code --limit NAME=VALUE}, as {@code marque scan --limit} does: a name or value
   * {@link Limits.Builder#set} refuses is refused in its words.
   */
  private static void limit(Limits.Builder limits, String nameValue) {
    int eq = nameValue.indexOf('=');
    if (eq < 0) {
      throw new IllegalArgumentException("--limit must be NAME=VALUE, such as maxLineChars=4194304: "
          + shorten(nameValue));
    }
    String name = nameValue.substring(0, eq);
    String value = nameValue.substring(eq + 1);
    int number;
    try {
      number = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--limit: " + shorten(value) + " is not a whole number"
          + " (at most " + Integer.MAX_VALUE + ")");
    }
    try {
      limits.set(name, number);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--limit: " + e.getMessage(), e);
    }
  }

  /** A value as a message quotes it: at most 40 characters. */
  private static String shorten(String value) {
    return "'" + (value.length() <= 40 ? value : value.substring(0, 40) + "…") + "'";
  }

  private static String format(String option, String value) {
    String v = value.toLowerCase(Locale.ROOT);
    if (!v.equals("json") && !v.equals("parquet")) {
      throw new IllegalArgumentException(option + " must be json or parquet: " + value);
    }
    return v;
  }

  private static String firstLine(Throwable e) {
    String message = String.valueOf(e.getMessage());
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  private static int fail(PrintStream err, String message) {
    err.println(NAME + ": " + message);
    return USAGE;
  }
}
