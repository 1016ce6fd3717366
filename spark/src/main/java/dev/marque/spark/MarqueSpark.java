package dev.marque.spark;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.posexplode_outer;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.when;

import dev.marque.core.Portfolio;
import dev.marque.core.Verdict;
import dev.marque.matching.scan.FeedScanner;
import dev.marque.matching.scan.ScanSummary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * {@code marque scan} on Apache Spark: the findings for a whole catalogue, exactly those
 * {@code marque scan} gives for the same lines, computed where the data is.
 *
 * <pre>{@code
 * Portfolio portfolio = MarqueJson.standard().readPortfolio(Path.of("portfolio.json"));
 * Dataset<Row> listings = spark.read().option("lineSep", "\n").text("s3a://feeds/2026-12-01/*.jsonl");
 * Dataset<Row> findings = MarqueSpark.scan(listings, portfolio, ScanOptions.defaults());
 * findings.where("assessment.verdict = 'LIKELY_COUNTERFEIT'").write().parquet("s3a://out/flagged");
 * }</pre>
 *
 * <p><b>Input.</b> A dataset of one string column, what {@code spark.read().text(...)} gives, is
 * read as JSON Lines: each row is one feed line, read exactly as {@code marque scan} reads a line
 * of a file (a blank row gives no finding). Any other dataset is read as listing columns
 * ({@code id}, {@code title}, {@code marketplace}, {@code price} {amount, currency}, {@code seller}
 * {id, name, country, address}, ... as in a feed line, Parquet's types welcome): each row is
 * turned into the JSON of a feed line ({@code to_json}, timestamps in UTC) and read the same way.
 * Rows are numbered from 1 in the dataset's order; for one JSON Lines file read as text that is
 * the file's line number, as {@code marque scan} reports it. Numbering takes one pass over the input that does not
 * assess (Spark's {@code zipWithIndex}); it runs when {@code scan} is called.
 *
 * <p><b>Work.</b> Each partition is scanned by {@code mapPartitions}, one line at a time, through
 * the same per-line code as {@code marque scan} ({@link FeedScanner#scanLine}). The portfolio is
 * broadcast as JSON; each executor JVM builds the assessor from it once and keeps it under the
 * hash of the portfolio, the rates and the limits, for every task and every later job.
 *
 * <p><b>Findings</b>, one row per non-blank input row, never a failed job for a bad row; the
 * columns mirror {@code marque scan}'s output lines ({@link #schema(ScanOptions)}):
 * <pre>
 * line         long     the row's number (see Input)
 * listingId    string
 * marketplace  string   e.g. ALIEXPRESS
 * url          string   null when the listing has none
 * title        string
 * seller       struct&lt;id, name, country, address: string&gt;   null when none
 * shipsFrom    string   null when the listing does not say
 * shipsTo      array&lt;string&gt;   ISO 3166-1 codes; null when none
 * language     string   BCP 47; null when the listing does not say
 * price        struct&lt;amount: decimal(27,12), currency: string&gt;   null when none
 * mentions     array&lt;struct&lt;brand, field: string, start, end: int, matched, method: string,
 *                          similarity: double&gt;&gt;
 * mentionCap   int      set when a brand reached the mentions cap in a field
 * assessment   struct&lt;score: double, verdict: string,
 *                     reasons: array&lt;struct&lt;code, message: string,
 *                       spans: array&lt;struct&lt;field: string, start, end: int, text: string&gt;&gt;,
 *                       facts: map&lt;string, string&gt;&gt;&gt;&gt;
 * evidence     array&lt;string&gt;   each item's JSON; null when none
 * error        string   set on an error row only (then only line is set too): the message
 *                       marque scan writes for that line
 * </pre>
 * The amount's precision is the {@link dev.marque.core.Limits} an amount must keep: 15 integer
 * and 12 fraction digits by default.
 *
 * @since 0.2.0
 */
public final class MarqueSpark {
  private MarqueSpark() {}

  /** The column holding a row's number. */
  public static final String LINE = "line";
  /** The column of {@link #scanLines} holding the line {@code marque scan} writes. */
  public static final String JSON = "json";
  /** The column set on error rows. */
  public static final String ERROR = "error";

  private static final StructType LINES = new StructType(new StructField[] {
      DataTypes.createStructField(LINE, DataTypes.LongType, false),
      DataTypes.createStructField(JSON, DataTypes.StringType, false)});

  /**
   * The schema of {@link #scan}'s findings with the default options.
   *
   * @return the schema
   */
  public static StructType schema() {
    return schema(ScanOptions.defaults());
  }

  /**
   * The schema of {@link #scan}'s findings: the columns of {@code marque scan}'s output lines,
   * led by {@value #LINE}; see the class comment.
   *
   * @param options the options, whose limits set the precision of {@code price.amount}
   * @return the schema
   * @throws NullPointerException when {@code options} is null
   */
  public static StructType schema(ScanOptions options) {
    Objects.requireNonNull(options, "options");
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField(LINE, DataTypes.LongType, false));
    fields.addAll(Arrays.asList(lineSchema(options).fields()));
    return DataTypes.createStructType(fields);
  }

  /** The fields of a scan output line (without the line number). */
  private static StructType lineSchema(ScanOptions options) {
    DataType string = DataTypes.StringType;
    DataType integer = DataTypes.IntegerType;
    DataType real = DataTypes.DoubleType;
    int fraction = options.limits().maxFractionDigits();
    DataType amount = DataTypes.createDecimalType(options.limits().maxIntegerDigits() + fraction,
        fraction);
    StructType seller =
        fields("id", string, "name", string, "country", string, "address", string);
    StructType price = fields("amount", amount, "currency", string);
    StructType mention = fields("brand", string, "field", string, "start", integer, "end", integer,
        "matched", string, "method", string, "similarity", real);
    StructType span = fields("field", string, "start", integer, "end", integer, "text", string);
    StructType reason = fields("code", string, "message", string,
        "spans", DataTypes.createArrayType(span, false),
        "facts", DataTypes.createMapType(string, string, false));
    StructType assessment = fields("score", real, "verdict", string,
        "reasons", DataTypes.createArrayType(reason, false));
    return fields("listingId", string, "marketplace", string, "url", string, "title", string,
        "seller", seller, "shipsFrom", string, "shipsTo", DataTypes.createArrayType(string, false),
        "language", string, "price", price, "mentions", DataTypes.createArrayType(mention, false),
        "mentionCap", integer, "assessment", assessment,
        "evidence", DataTypes.createArrayType(string, false), ERROR, string);
  }

  private static StructType fields(Object... namesAndTypes) {
    StructField[] fields = new StructField[namesAndTypes.length / 2];
    for (int i = 0; i < fields.length; i++) {
      fields[i] = DataTypes.createStructField((String) namesAndTypes[2 * i],
          (DataType) namesAndTypes[2 * i + 1], true);
    }
    return new StructType(fields);
  }

  /**
   * Scans every listing of the dataset against the portfolio: one row of findings per non-blank
   * input row, in the columns of {@link #schema(ScanOptions)}; a row that is not a listing
   * becomes an error row, and the job goes on. Lazy but for the numbering pass (see the class
   * comment): nothing is assessed until the result is used.
   *
   * @param listings the listings: one string column of JSON Lines, or listing columns
   * @param portfolio the brands to look for
   * @param options the limits and the rates
   * @return the findings
   * @throws NullPointerException naming the argument that is null
   */
  public static Dataset<Row> scan(Dataset<Row> listings, Portfolio portfolio,
      ScanOptions options) {
    Dataset<Row> lines = scanLines(listings, portfolio, options);
    return lines.select(col(LINE), from_json(col(JSON), lineSchema(options)).as("f"))
        .select(col(LINE), col("f.*"));
  }

  /**
   * Scans like {@link #scan}, giving each result as the very line {@code marque scan} writes for
   * it: columns {@value #LINE} (long) and {@value #JSON} (string). Write the {@value #JSON} column
   * out as text and the files hold, line for line, what {@code marque scan} writes.
   *
   * @param listings the listings: one string column of JSON Lines, or listing columns
   * @param portfolio the brands to look for
   * @param options the limits and the rates
   * @return the scan output lines, with their numbers
   * @throws NullPointerException naming the argument that is null
   */
  public static Dataset<Row> scanLines(Dataset<Row> listings, Portfolio portfolio,
      ScanOptions options) {
    Objects.requireNonNull(listings, "listings");
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(options, "options");
    SparkSession spark = listings.sparkSession();
    Broadcast<ScanPlan> plan = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .broadcast(new ScanPlan(portfolio, options));
    JavaRDD<Row> rows = feedLines(listings).javaRDD().zipWithIndex()
        .mapPartitions(new ScanPartition(plan), true);
    return spark.createDataFrame(rows, LINES);
  }

  /** The input as feed lines: its one string column, or each row as the JSON of a feed line. */
  private static Dataset<String> feedLines(Dataset<Row> listings) {
    StructField[] fields = listings.schema().fields();
    if (fields.length == 1 && fields[0].dataType() instanceof StringType) {
      return listings.select(col(quote(fields[0].name()))).as(Encoders.STRING());
    }
    Column[] columns = Arrays.stream(fields).map(f -> col(quote(f.name()))).toArray(Column[]::new);
    return listings.select(to_json(struct(columns), Map.of("timeZone", "UTC")))
        .as(Encoders.STRING());
  }

  private static String quote(String name) {
    return '`' + name.replace("`", "``") + '`';
  }

  /**
   * The columns {@link #summarize} reads, a part of {@link #schema(ScanOptions)}: read the
   * findings back through this schema (from JSON Lines, {@code from_json}) and only these are
   * parsed.
   */
  static final StructType SUMMARY_COLUMNS = fields(
      "assessment", fields("verdict", DataTypes.StringType),
      "mentions", DataTypes.createArrayType(fields("brand", DataTypes.StringType), false),
      ERROR, DataTypes.StringType);

  /**
   * What a scan found, as {@code marque scan} reports it at the end: rows, rejected rows, listings
   * per verdict and the brands flagged most. Runs one aggregation over the findings (reading only
   * {@code assessment.verdict}, {@code mentions.brand} and {@code error}), so pass findings that
   * are cheap to read again (written out and read back, or cached).
   *
   * @param findings findings in the columns of {@link #schema(ScanOptions)}
   * @param elapsed how long the scan took, for the rate
   * @return the summary
   * @throws NullPointerException naming the argument that is null
   */
  public static ScanSummary summarize(Dataset<Row> findings, Duration elapsed) {
    Objects.requireNonNull(findings, "findings");
    Objects.requireNonNull(elapsed, "elapsed");
    Object[] flagging = Arrays.stream(Verdict.values()).filter(v -> v.isAtLeast(Verdict.SUSPICIOUS))
        .map(Verdict::name).toArray();
    Column verdict = col("assessment.verdict");
    // One pass: each finding gives one row per distinct brand when flagged (pos 0, 1, ...), else
    // one row without a brand (pos null); a finding is counted where pos is null or 0.
    Dataset<Row> exploded = findings.select(verdict.as("verdict"),
        col(ERROR).isNotNull().as("rejected"),
        posexplode_outer(when(verdict.isin(flagging), array_distinct(col("mentions.brand")))));
    long lines = 0;
    long rejected = 0;
    Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
    Map<String, Long> brands = new HashMap<>();
    for (Row r : exploded.groupBy(col("verdict"), col("rejected"), col("col").as("brand"))
        .agg(sum(when(col("pos").isNull().or(col("pos").equalTo(0)), 1L).otherwise(0L)),
            count(col("col")))
        .collectAsList()) {
      long n = r.getLong(3);
      lines += n;
      if (r.getBoolean(1)) {
        rejected += n;
      } else if (n > 0) {
        verdicts.merge(Verdict.valueOf(r.getString(0)), n, Long::sum);
      }
      if (!r.isNullAt(2)) {
        brands.merge(r.getString(2), r.getLong(4), Long::sum);
      }
    }
    List<ScanSummary.BrandCount> flagged = new ArrayList<>(brands.size());
    brands.forEach((brand, n) -> flagged.add(new ScanSummary.BrandCount(brand, n)));
    flagged.sort((a, b) -> a.listings() != b.listings() ? Long.compare(b.listings(), a.listings())
        : a.brand().compareTo(b.brand()));
    return new ScanSummary(lines, rejected, verdicts, flagged, elapsed);
  }
}
