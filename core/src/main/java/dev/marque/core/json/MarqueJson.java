package dev.marque.core.json;

import static dev.marque.core.internal.Checks.notNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.marque.core.ExchangeRates;
import dev.marque.core.Finding;
import dev.marque.core.InfringementEvidence;
import dev.marque.core.Jurisdiction;
import dev.marque.core.Limits;
import dev.marque.core.Listing;
import dev.marque.core.Marketplace;
import dev.marque.core.Portfolio;
import dev.marque.core.rights.IpRight;
import dev.marque.core.rights.NiceClass;
import dev.marque.core.rights.Office;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The one place marque's values become JSON and JSON becomes values. Immutable and thread-safe:
 * use {@link #standard()} everywhere.
 *
 * <pre>{@code
 * MarqueJson json = MarqueJson.standard();
 * Portfolio portfolio = json.readPortfolio(Path.of("portfolio.json")); // every problem, by path
 * try (ListingFeed feed = json.openFeed(reader)) {
 *   for (FeedLine line : feed) { ... }     // FeedLine.Parsed or FeedLine.Rejected
 * }
 * String out = json.writeFinding(finding);  // one scan output line
 * }</pre>
 *
 * <p>A portfolio is read strictly, because it is written by hand: an unknown property is an
 * error. A listing is read leniently, because feeds come from scrapers that add their own
 * properties. Either way every problem is reported with its JSON path.
 */
public final class MarqueJson {

  /** The largest portfolio read, in bytes: 64 MiB. */
  public static final long MAX_PORTFOLIO_BYTES = 64L << 20;

  private static final MarqueJson STANDARD = new MarqueJson(Limits.defaults());

  private final Limits limits;
  private final ObjectMapper mapper;
  private final FastListingReader fastListings;

  private MarqueJson(Limits limits) {
    this.limits = limits;
    JsonFactory factory = JsonFactory.builder()
        // Jackson enforces the limits while it tokenizes; JsonErrors words what it throws.
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxNumberLength(limits.maxNumberChars())
            .maxStringLength(limits.maxTextChars())
            .build())
        .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    mapper = JsonMapper.builder(factory)
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .addModule(ScanLines.module(limits.maxMentionsPerBrandAndField()))
        .addMixIn(Jurisdiction.class, Mixins.CodeMixin.class)
        .addMixIn(Office.class, Mixins.CodeMixin.class)
        .addMixIn(NiceClass.class, Mixins.NiceClassMixin.class)
        .addMixIn(IpRight.class, Mixins.IpRightMixin.class)
        .addMixIn(InfringementEvidence.class, Mixins.EvidenceMixin.class)
        .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        // A tree keeps a number as written: 850.00 stays 850.00, 0.1 never becomes a double.
        // The length of a number is bounded by the factory's constraints before it is parsed.
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        // The kinds of right are written by the names the strict reader reads them by.
        .registerSubtypes(StrictReader.RIGHT_TYPES.entrySet().stream()
            .map(e -> new NamedType(e.getValue(), e.getKey())).toArray(NamedType[]::new))
        .registerSubtypes(StrictReader.EVIDENCE_TYPES.entrySet().stream()
            .map(e -> new NamedType(e.getValue(), e.getKey())).toArray(NamedType[]::new))
        .defaultPropertyInclusion(JsonInclude.Value.construct(
            JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
        .build();
    fastListings = new FastListingReader(mapper.getFactory(), limits);
  }

  /**
   * The standard instance, with {@link Limits#defaults()}.
   *
   * @return the shared standard instance
   */
  public static MarqueJson standard() {
    return STANDARD;
  }

  /**
   * An instance like this one that enforces other limits.
   *
   * @param limits the limits every read enforces
   * @return a new instance, or this one when the limits are the same
   */
  public MarqueJson withLimits(Limits limits) {
    notNull(limits, "limits");
    return limits.equals(this.limits) ? this : new MarqueJson(limits);
  }

  /**
   * The limits this instance enforces.
   *
   * @return the limits
   */
  public Limits limits() {
    return limits;
  }

  // ---------------------------------------------------------------- writing

  /**
   * {@return any marque value as one line of compact JSON}
   *
   * @param value a marque value, such as a {@code Finding} or a {@code Portfolio}
   */
  public String write(Object value) {
    notNull(value, "value");
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  /**
   * {@return any marque value as indented JSON, for people to read}
   *
   * @param value a marque value, such as a {@code Finding} or a {@code Portfolio}
   */
  public String writePretty(Object value) {
    notNull(value, "value");
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  /**
   * {@return a finding as one line of {@code marque scan}'s output: {@code listingId}, {@code
   * marketplace}, {@code url}, {@code title}, {@code seller}, {@code price} (those the listing
   * has), {@code mentions} and {@code assessment}}
   *
   * @param finding the finding
   */
  public String writeFinding(Finding finding) {
    StringWriter out = new StringWriter(512);
    writeFinding(finding, out);
    return out.toString();
  }

  /**
   * Writes a finding as one line of scan output, without a line end: the same text as
   * {@link #writeFinding(Finding)} returns.
   *
   * @param finding the finding
   * @param out where to write it
   */
  public void writeFinding(Finding finding, Writer out) {
    notNull(finding, "finding");
    notNull(out, "out");
    try (JsonGenerator g = generator(out)) {
      ScanLines.writeFinding(g, finding, limits.maxMentionsPerBrandAndField());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write finding for listing " + finding.listing().id(),
          e);
    }
  }

  /**
   * {@return the error line for a feed line that could not be read: {@code
   * {"line":N,"error":"..."}}}
   *
   * @param rejected the feed line and why it was rejected
   */
  public String writeRejected(FeedLine.Rejected rejected) {
    notNull(rejected, "rejected");
    StringWriter out = new StringWriter(64 + rejected.error().length());
    try (JsonGenerator g = generator(out)) {
      ScanLines.writeRejected(g, rejected);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the error for line " + rejected.line(), e);
    }
    return out.toString();
  }

  /** A generator on the caller's writer that leaves it open: the caller writes the line end. */
  /**
   * Opens a writer of JSON Lines on {@code out}: each value written becomes one line of compact
   * JSON, the text {@link #write(Object)} returns for it, ended by {@code \n}. One generator
   * serves every line and nothing is flushed per line, so hundreds of thousands of values stream
   * to {@code out} without a string or a flush each; {@link LineWriter#close()} flushes and
   * leaves {@code out} open.
   *
   * <pre>{@code
   * try (MarqueJson.LineWriter lines = MarqueJson.standard().lineWriter(out)) {
   *   for (Map<String, Object> row : rows) {
   *     lines.write(row);
   *   }
   * }
   * }</pre>
   *
   * @param out where the lines go
   * @return a writer of lines to {@code out}; not thread-safe
   * @throws UncheckedIOException when {@code out} cannot be written to
   */
  public LineWriter lineWriter(Writer out) {
    notNull(out, "out");
    try {
      return new LineWriter(generator(out),
          mapper.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE),
          limits.maxMentionsPerBrandAndField());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON lines", e);
    }
  }

  /**
   * JSON Lines written one value at a time, from {@link MarqueJson#lineWriter(Writer)}.
   * Not thread-safe.
   */
  public static final class LineWriter implements java.io.Closeable, java.io.Flushable {
    private final JsonGenerator generator;
    private final com.fasterxml.jackson.databind.ObjectWriter writer;
    private final int mentionCap;

    private LineWriter(JsonGenerator generator,
        com.fasterxml.jackson.databind.ObjectWriter writer, int mentionCap) {
      this.generator = generator;
      this.writer = writer;
      this.mentionCap = mentionCap;
      // each line ends with its own line end, so no separator goes between root values
      generator.setRootValueSeparator(null);
    }

    /**
     * Writes a value as one line.
     *
     * @param value a marque value, or a map or list of plain values
     * @throws IOException when the line cannot be written
     */
    public void write(Object value) throws IOException {
      notNull(value, "value");
      writer.writeValue(generator, value);
      generator.writeRaw('\n');
    }

    /**
     * Writes a finding as one line of scan output: the text {@link MarqueJson#writeFinding(Finding)}
     * returns, then {@code \n}. What a scan calls once per listing, so it goes straight to the
     * writer of scan lines, without the mapper's look-ups.
     *
     * @param finding the finding
     * @throws IOException when the line cannot be written
     * @since 0.2.0
     */
    public void writeFinding(Finding finding) throws IOException {
      notNull(finding, "finding");
      ScanLines.writeFinding(generator, finding, mentionCap);
      generator.writeRaw('\n');
    }

    /**
     * Writes the error line of a feed line that could not be read: the text {@link
     * MarqueJson#writeRejected(FeedLine.Rejected)} returns, then {@code \n}.
     *
     * @param rejected the feed line and why it was rejected
     * @throws IOException when the line cannot be written
     * @since 0.2.0
     */
    public void writeRejected(FeedLine.Rejected rejected) throws IOException {
      notNull(rejected, "rejected");
      ScanLines.writeRejected(generator, rejected);
      generator.writeRaw('\n');
    }

    /**
     * Passes the lines written so far on to the underlying writer and flushes it.
     *
     * @throws IOException when they cannot be written
     */
    @Override
    public void flush() throws IOException {
      generator.flush();
    }

    /**
     * Flushes the lines written; the underlying writer stays open.
     *
     * @throws IOException when they cannot be written
     */
    @Override
    public void close() throws IOException {
      generator.close();
    }
  }

  private JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator g = mapper.getFactory().createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return g;
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads a portfolio file strictly, reporting every problem by its JSON path. The one rule of
   * both {@code readPortfolio} methods: what is wrong with the portfolio's content (not JSON, not
   * UTF-8, over {@link #MAX_PORTFOLIO_BYTES}, an unknown property, a bad value) is an
   * {@link InvalidInputException} listing every problem; only failing to read the file is an
   * {@link IOException}.
   *
   * @param file the portfolio file, JSON in UTF-8
   * @return the portfolio
   * @throws InvalidInputException listing every problem, such as
   *     {@code brands[2].rights[0].classes[1]: 46 is not a Nice class (1-45)}
   * @throws IOException when the file cannot be read
   */
  public Portfolio readPortfolio(Path file) throws IOException {
    notNull(file, "file");
    checkPortfolioSize(Files.size(file), file.toString());
    String text = decodeUtf8(Files.readAllBytes(file), file.toString());
    return readPortfolio(new java.io.StringReader(text), file.toString());
  }

  /** The bytes as UTF-8 text, or a problem naming the line and byte where they are not. */
  static String decodeUtf8(byte[] bytes, String source) {
    java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
    java.nio.charset.CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw new InvalidInputException(source, List.of(new Problem("", String.format(
          "is not UTF-8 text: byte 0x%02X at line %d, byte %d of the line; save the file as UTF-8",
          bytes[at] & 0xFF, line, at - lineStart + 1))));
    }
    out.flip();
    return out.toString();
  }

  /**
   * Reads a portfolio from JSON text strictly, reporting every problem by its JSON path; by the
   * rule of {@link #readPortfolio(Path)}, every problem is an {@link InvalidInputException}.
   *
   * @param json the portfolio as JSON text
   * @return the portfolio
   * @throws InvalidInputException listing every problem
   */
  public Portfolio readPortfolio(String json) {
    notNull(json, "json");
    if (json.length() > MAX_PORTFOLIO_BYTES / 3) { // only then may its UTF-8 exceed the limit
      checkPortfolioSize(json.getBytes(StandardCharsets.UTF_8).length, "portfolio");
    }
    try {
      return readPortfolio(new java.io.StringReader(json), "portfolio");
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
  }

  private static void checkPortfolioSize(long size, String source) {
    if (size > MAX_PORTFOLIO_BYTES) {
      throw new InvalidInputException(source, List.of(new Problem("",
          "is " + size + " bytes; a portfolio may be at most " + MAX_PORTFOLIO_BYTES + " bytes")));
    }
  }

  private Portfolio readPortfolio(Reader reader, String source) throws IOException {
    java.io.PushbackReader in = new java.io.PushbackReader(reader, 1);
    int first = in.read();
    if (first != -1 && first != '\uFEFF') {
      in.unread(first); // a byte order mark written by some editors is not JSON
    }
    JsonNode tree = parseTree(in, source);
    return (Portfolio) readStrict(tree, Portfolio.class, true, source);
  }

  /**
   * Reads an exchange-rate table as most published tables write them: {@code {"base": "USD",
   * "rates": {"EUR": 0.92, "CNY": 7.2}}}, each rate being units of that currency per unit of the
   * base.
   *
   * @param file the rates file (UTF-8)
   * @return the rates
   * @throws InvalidInputException listing every problem, by JSON path
   * @throws IOException when the file cannot be read
   */
  public ExchangeRates readRates(Path file) throws IOException {
    notNull(file, "file");
    if (Files.size(file) > MAX_PORTFOLIO_BYTES) {
      throw new InvalidInputException(file.toString(), List.of(new Problem("",
          "is over " + MAX_PORTFOLIO_BYTES + " bytes, too large for a table of rates")));
    }
    String text = decodeUtf8(Files.readAllBytes(file), file.toString());
    return readRates(new java.io.StringReader(text), file.toString());
  }

  /**
   * Reads an exchange-rate table from JSON text; see {@link #readRates(Path)}.
   *
   * @param json the rates as JSON text
   * @return the rates
   * @throws InvalidInputException listing every problem, by JSON path
   */
  public ExchangeRates readRates(String json) {
    notNull(json, "json");
    try {
      return readRates(new java.io.StringReader(json), "rates");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shape of a rates file. */
  record RateTable(java.util.Currency base, Map<String, java.math.BigDecimal> rates) {}

  private ExchangeRates readRates(Reader reader, String source) throws IOException {
    RateTable table = (RateTable) readStrict(parseTree(reader, source), RateTable.class, true,
        source);
    try {
      return ExchangeRates.of(table.base().getCurrencyCode(), table.rates());
    } catch (IllegalArgumentException e) {
      // ExchangeRates names the bad entry as perBase[CODE]; the file calls it rates.CODE
      String message = e.getMessage().replaceFirst("^perBase\\[([^]]*)]", "rates.$1:");
      throw new InvalidInputException(source, List.of(new Problem("", message)));
    }
  }

  /**
   * Reads one listing from a line of a feed, leniently: unknown properties are ignored, a
   * missing {@code marketplace} is taken from the {@code url}.
   *
   * @param json one feed line
   * @return the listing
   * @throws InvalidInputException listing every problem, by JSON path
   */
  public Listing readListing(String json) {
    notNull(json, "json");
    if (json.length() > limits.maxLineChars()) {
      throw new InvalidInputException("listing",
          List.of(new Problem("", limits.lineTooLong(json.length()))));
    }
    Listing fast = fastListings.read(json);
    if (fast != null) {
      return fast;
    }
    return readListingStrict(json);
  }

  /** The JSON factory, with this instance's limits: for tests of the fast reader. */
  JsonFactory factory() {
    return mapper.getFactory();
  }

  /** {@link #readListing} by the general reader alone: what the fast reader is tested against. */
  Listing readListingStrict(String json) {
    JsonNode tree;
    try {
      tree = parseTree(new java.io.StringReader(json), "listing", Listing.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return readListing(tree, "listing");
  }

  private Listing readListing(JsonNode tree, String source) {
    if (tree instanceof ObjectNode object) {
      JsonNode marketplace = object.get("marketplace");
      if (marketplace == null || marketplace.isNull()
          || (marketplace.isTextual() && marketplace.asText().isBlank())) {
        JsonNode url = object.get("url");
        object.put("marketplace", url != null && url.isTextual()
            ? Marketplace.fromUrl(url.asText()).name() : Marketplace.OTHER.name());
      }
      if (object.path("images").isNull()) {
        object.remove("images");
      }
    }
    return (Listing) readStrict(tree, Listing.class, false, source);
  }

  /**
   * Reads one line of {@code marque scan}'s output back into a finding.
   *
   * @param line one line of scan output
   * @return the finding
   * @throws InvalidInputException listing every problem, by JSON path
   */
  public Finding readFinding(String line) {
    notNull(line, "line");
    JsonNode tree;
    try {
      tree = parseTree(new java.io.StringReader(line), "finding");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!(tree instanceof ObjectNode object)) {
      throw new InvalidInputException("finding",
          List.of(new Problem("", "expected an object, found " + StrictReader.describe(tree))));
    }
    if (object.has("error")) {
      throw new InvalidInputException("finding", List.of(new Problem("",
          "is an error line, not a finding: " + object.path("error").asText())));
    }
    ObjectNode listing = object.deepCopy();
    listing.remove(List.of("listingId", "mentions", "assessment", "evidence"));
    if (object.has("listingId")) {
      listing.set("id", object.get("listingId"));
    }
    ObjectNode rest = mapper.createObjectNode();
    rest.set("listing", listing);
    rest.set("mentions", object.get("mentions"));
    rest.set("assessment", object.get("assessment"));
    if (object.has("evidence")) {
      rest.set("evidence", object.get("evidence"));
    }
    return (Finding) readStrict(rest, Finding.class, false, "finding");
  }

  /** The shape of an evidence file: evidence per listing id. */
  record EvidenceTable(Map<String, List<InfringementEvidence>> listings) {}

  /**
   * Reads a file of infringement evidence per listing, as users attach it to findings:
   * {@code {"listings": {"LISTING-ID": [{"type": "image-copy", ...}, {"type": "attached", ...}]}}}.
   * The evidence kinds are {@code image-copy}, {@code text-copy} and {@code attached}.
   *
   * @param file the file
   * @return the evidence by listing id, in the file's order
   * @throws InvalidInputException listing every problem, by JSON path
   * @throws IOException when the file cannot be read
   */
  public Map<String, List<InfringementEvidence>> readEvidence(Path file) throws IOException {
    notNull(file, "file");
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      EvidenceTable table = (EvidenceTable) readStrict(parseTree(reader, file.toString()),
          EvidenceTable.class, true, file.toString());
      return table.listings();
    }
  }

  /**
   * {@return infringement evidence per listing as the indented JSON file {@link
   * #readEvidence(Path)} reads, without a final line end: {@code {"listings": {"LISTING-ID":
   * [{"type": "image-copy", "right": ..., ...}]}}}, each piece of evidence with its {@code type}
   * first, then its components in order}
   *
   * <pre>{@code
   * Files.writeString(file, json.writeEvidence(Map.of("1005006", List.of(imageCopy))) + "\n");
   * }</pre>
   *
   * @param byListing the evidence by listing id, written in the map's order
   * @throws NullPointerException naming the listing when a key or a list is null
   */
  public String writeEvidence(Map<String, List<InfringementEvidence>> byListing) {
    notNull(byListing, "byListing");
    byListing.forEach((id, evidence) -> {
      notNull(id, "byListing's listing id");
      notNull(evidence, "byListing[" + id + "]");
      for (int i = 0; i < evidence.size(); i++) {
        notNull(evidence.get(i), "byListing[" + id + "][" + i + "]");
      }
    });
    return writePretty(new EvidenceTable(byListing));
  }

  /**
   * Reads a JSON file into plain values, for a file whose shape belongs to another module (such
   * as the seller networks {@code marque sellers} writes): objects as {@code Map<String, Object>}
   * in the file's order, arrays as {@code List<Object>}, strings, numbers (a {@code Number}),
   * booleans, and JSON {@code null} as a
   * Java null.
   *
   * @param file the file
   * @return the document's value
   * @throws InvalidInputException when the file is not one JSON value (naming where)
   * @throws IOException when the file cannot be read
   */
  public Object readPlain(Path file) throws IOException {
    notNull(file, "file");
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return mapper.treeToValue(parseTree(reader, file.toString()), Object.class);
    }
  }

  /**
   * Opens a listing feed (JSON Lines) for reading as a stream, in constant memory.
   * Each non-blank line becomes a {@link FeedLine}: the listing, or why it was rejected.
   *
   * @param reader the feed; closed when the feed is closed
   * @return the feed, read line by line as it is iterated
   */
  public ListingFeed openFeed(Reader reader) {
    return new ListingFeed(JsonLines.of(reader, limits.maxLineChars()));
  }

  /**
   * Reads one feed line into a {@link FeedLine}, never throwing for bad content: a
   * {@link FeedLine.Rejected} says what is wrong, naming the property where it can.
   *
   * @param line the line, with its number
   * @return the listing, or why the line was rejected
   */
  public FeedLine readFeedLine(JsonLines.Line line) {
    notNull(line, "line");
    if (line.tooLong()) {
      return new FeedLine.Rejected(line.number(), limits.lineTooLong(line.length()));
    }
    try {
      return new FeedLine.Parsed(line.number(), readListing(line.text()));
    } catch (InvalidInputException e) {
      return new FeedLine.Rejected(line.number(), String.join("; ",
          e.problems().stream().map(Problem::toString).toList()));
    } catch (RuntimeException e) {
      // a bug of ours, not of the line: say so without the exception's own words
      return new FeedLine.Rejected(line.number(), "cannot read listing: an internal error");
    }
  }

  /**
   * A feed of listings read one line at a time, once; see {@link MarqueJson#openFeed}. Not
   * thread-safe: one thread reads it. Read it with for-each, as a stream, or as an iterator, and
   * close it (which closes its reader):
   *
   * <pre>{@code
   * try (ListingFeed feed = json.openFeed(reader)) {
   *   for (FeedLine line : feed) { ... }
   * }
   * try (ListingFeed feed = json.openFeed(reader)) {
   *   long bad = feed.stream().filter(l -> l instanceof FeedLine.Rejected).count();
   * }
   * }</pre>
   */
  public final class ListingFeed implements Iterator<FeedLine>, Iterable<FeedLine>,
      java.io.Closeable {
    private final JsonLines lines;
    private boolean handedOut;

    private ListingFeed(JsonLines lines) {
      this.lines = lines;
    }

    @Override
    public boolean hasNext() {
      return lines.hasNext();
    }

    @Override
    public FeedLine next() {
      return readFeedLine(lines.next());
    }

    /**
     * The feed itself as the iterator of a for-each loop: a feed is read once.
     *
     * @return this feed
     * @throws IllegalStateException when called a second time, or after {@link #stream()}
     */
    @Override
    public Iterator<FeedLine> iterator() {
      if (handedOut) {
        throw new IllegalStateException("a feed is read once: iterator() or stream() was"
            + " already called");
      }
      handedOut = true;
      return this;
    }

    /**
     * The remaining lines as a sequential, ordered stream; closing the stream closes the feed.
     *
     * @return the stream of lines
     * @throws IllegalStateException when called a second time, or after {@link #iterator()}
     */
    public java.util.stream.Stream<FeedLine> stream() {
      return java.util.stream.StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(
          iterator(), java.util.Spliterator.ORDERED | java.util.Spliterator.NONNULL), false)
          .onClose(() -> {
            try {
              close();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }

    @Override
    public void close() throws IOException {
      lines.close();
    }
  }

  // ---------------------------------------------------------------- internals

  private JsonNode parseTree(Reader reader, String source) throws IOException {
    return parseTree(reader, source, null);
  }

  /**
   * The document as a tree; with a {@code shape}, only the properties that type reads (see {@link
   * StrictReader#tree}), for a lenient read.
   */
  private JsonNode parseTree(Reader reader, String source, Type shape) throws IOException {
    JsonParser parser = mapper.getFactory().createParser(reader);
    try (parser) {
      JsonNode tree = shape == null ? mapper.readTree(parser)
          : parser.nextToken() == null ? null : StrictReader.tree(parser, shape, mapper);
      if (tree == null) {
        throw new InvalidInputException(source, List.of(new Problem("", "is empty")));
      }
      if (parser.nextToken() != null) {
        throw new InvalidInputException(source, List.of(new Problem("",
            "has more after the JSON value ends, at line " + parser.currentLocation().getLineNr()
                + ", column " + parser.currentLocation().getColumnNr())));
      }
      return tree;
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(source, List.of(JsonErrors.problem(e, parser, limits)));
    } catch (NumberFormatException | ArithmeticException e) { // a number Jackson cannot hold
      throw new InvalidInputException(source, List.of(new Problem(JsonErrors.path(parser),
          "is a number marque cannot read")));
    }
  }

  private Object readStrict(JsonNode tree, Type type, boolean failOnUnknown, String source) {
    // a portfolio is fixed by hand from its list of problems; a feed line's error is one line
    StrictReader reader = new StrictReader(failOnUnknown, limits,
        failOnUnknown ? StrictReader.MAX_PROBLEMS : StrictReader.MAX_LINE_PROBLEMS);
    Object value = reader.read(tree, type, "");
    if (!reader.problems().isEmpty() || value == null) {
      throw new InvalidInputException(source, reader.problems());
    }
    return value;
  }

}
