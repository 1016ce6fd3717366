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
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.marque.core.ExchangeRates;
import dev.marque.core.Finding;
import dev.marque.core.InfringementEvidence;
import dev.marque.core.Jurisdiction;
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
 *   feed.forEachRemaining(line -> ...);   // FeedLine.Parsed or FeedLine.Rejected
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

  private static final MarqueJson STANDARD = new MarqueJson();

  private final ObjectMapper mapper;
  private final FastListingReader fastListings;

  private MarqueJson() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(64).maxStringLength(JsonLines.MAX_LINE_CHARS * 4).build())
        .build();
    mapper = JsonMapper.builder(factory)
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .addMixIn(Jurisdiction.class, Mixins.CodeMixin.class)
        .addMixIn(Office.class, Mixins.CodeMixin.class)
        .addMixIn(NiceClass.class, Mixins.NiceClassMixin.class)
        .addMixIn(IpRight.class, Mixins.IpRightMixin.class)
        .addMixIn(InfringementEvidence.class, Mixins.EvidenceMixin.class)
        .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        // The kinds of right are written by the names the strict reader reads them by.
        .registerSubtypes(StrictReader.RIGHT_TYPES.entrySet().stream()
            .map(e -> new NamedType(e.getValue(), e.getKey())).toArray(NamedType[]::new))
        .registerSubtypes(StrictReader.EVIDENCE_TYPES.entrySet().stream()
            .map(e -> new NamedType(e.getValue(), e.getKey())).toArray(NamedType[]::new))
        .defaultPropertyInclusion(JsonInclude.Value.construct(
            JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
        .build();
    fastListings = new FastListingReader(mapper.getFactory());
  }

  /** The standard instance. */
  public static MarqueJson standard() {
    return STANDARD;
  }

  // ---------------------------------------------------------------- writing

  /** Any marque value as one line of compact JSON. */
  public String write(Object value) {
    notNull(value, "value");
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  /** Any marque value as indented JSON, for people to read. */
  public String writePretty(Object value) {
    notNull(value, "value");
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  /**
   * A finding as one line of {@code marque scan}'s output: {@code listingId}, {@code marketplace},
   * {@code url}, {@code title}, {@code seller}, {@code price} (those the listing has),
   * {@code mentions} and {@code assessment}.
   */
  public String writeFinding(Finding finding) {
    StringWriter out = new StringWriter(512);
    writeFinding(finding, out);
    return out.toString();
  }

  /**
   * Writes a finding as one line of scan output, without a line end: the same text as
   * {@link #writeFinding(Finding)} returns.
   */
  public void writeFinding(Finding finding, Writer out) {
    notNull(finding, "finding");
    notNull(out, "out");
    try (JsonGenerator g = generator(out)) {
      ScanLines.writeFinding(g, finding);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write finding for listing " + finding.listing().id(),
          e);
    }
  }

  /** The error line for a feed line that could not be read: {@code {"line":N,"error":"..."}}. */
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
  private JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator g = mapper.getFactory().createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return g;
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads a portfolio file strictly, reporting every problem by its JSON path.
   *
   * @throws InvalidInputException listing every problem, such as
   *     {@code brands[2].rights[0].classes[1]: 46 is not a Nice class (1-45)}
   * @throws IOException when the file cannot be read
   */
  public Portfolio readPortfolio(Path file) throws IOException {
    notNull(file, "file");
    long size = Files.size(file);
    if (size > MAX_PORTFOLIO_BYTES) {
      throw new InvalidInputException(file.toString(), List.of(new Problem("",
          "is " + size + " bytes; a portfolio may be at most " + MAX_PORTFOLIO_BYTES + " bytes")));
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return readPortfolio(reader, file.toString());
    }
  }

  /**
   * Reads a portfolio from JSON text strictly, reporting every problem by its JSON path.
   *
   * @throws InvalidInputException listing every problem
   */
  public Portfolio readPortfolio(String json) {
    notNull(json, "json");
    try {
      return readPortfolio(new java.io.StringReader(json), "portfolio");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
   * @throws InvalidInputException listing every problem, by JSON path
   * @throws IOException when the file cannot be read
   */
  public ExchangeRates readRates(Path file) throws IOException {
    notNull(file, "file");
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return readRates(reader, file.toString());
    }
  }

  /**
   * Reads an exchange-rate table from JSON text; see {@link #readRates(Path)}.
   *
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
   * @throws InvalidInputException listing every problem, by JSON path
   */
  public Listing readListing(String json) {
    notNull(json, "json");
    Listing fast = fastListings.read(json);
    if (fast != null) {
      return fast;
    }
    JsonNode tree;
    try {
      tree = parseTree(new java.io.StringReader(json), "listing");
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
   * Opens a listing feed (JSON Lines) for reading as a stream, in constant memory.
   * Each non-blank line becomes a {@link FeedLine}: the listing, or why it was rejected.
   */
  public ListingFeed openFeed(Reader reader) {
    return new ListingFeed(JsonLines.of(reader));
  }

  /**
   * Reads one feed line into a {@link FeedLine}, never throwing for bad content: a
   * {@link FeedLine.Rejected} says what is wrong, naming the property where it can.
   */
  public FeedLine readFeedLine(JsonLines.Line line) {
    notNull(line, "line");
    if (line.tooLong()) {
      return new FeedLine.Rejected(line.number(), "line is " + line.length()
          + " characters long; the limit is " + JsonLines.MAX_LINE_CHARS);
    }
    try {
      return new FeedLine.Parsed(line.number(), readListing(line.text()));
    } catch (InvalidInputException e) {
      return new FeedLine.Rejected(line.number(), String.join("; ",
          e.problems().stream().map(Problem::toString).toList()));
    } catch (RuntimeException e) {
      return new FeedLine.Rejected(line.number(), "cannot read listing: " + e.getMessage());
    }
  }

  /** A feed of listings read one line at a time; see {@link MarqueJson#openFeed}. */
  public final class ListingFeed implements Iterator<FeedLine>, java.io.Closeable {
    private final JsonLines lines;

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

    @Override
    public void close() throws IOException {
      lines.close();
    }
  }

  // ---------------------------------------------------------------- internals

  private JsonNode parseTree(Reader reader, String source) throws IOException {
    try (JsonParser parser = mapper.getFactory().createParser(reader)) {
      JsonNode tree = mapper.readTree(parser);
      if (tree == null) {
        throw new InvalidInputException(source, List.of(new Problem("", "is empty")));
      }
      if (parser.nextToken() != null) {
        throw new InvalidInputException(source, List.of(new Problem("",
            "has more after the JSON value ends, at line " + parser.currentLocation().getLineNr()
                + ", column " + parser.currentLocation().getColumnNr())));
      }
      return tree;
    } catch (com.fasterxml.jackson.core.JsonParseException e) {
      throw new InvalidInputException(source, List.of(new Problem("",
          "is not valid JSON: " + e.getOriginalMessage() + " at line "
              + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr())));
    } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
      throw new InvalidInputException(source, List.of(new Problem("", e.getMessage())));
    }
  }

  private Object readStrict(JsonNode tree, Type type, boolean failOnUnknown, String source) {
    StrictReader reader = new StrictReader(failOnUnknown);
    Object value = reader.read(tree, type, "");
    if (!reader.problems().isEmpty() || value == null) {
      throw new InvalidInputException(source, reader.problems());
    }
    return value;
  }

}
