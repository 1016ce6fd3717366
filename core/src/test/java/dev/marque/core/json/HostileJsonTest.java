package dev.marque.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marque.core.Limits;
import dev.marque.core.Listing;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What strangers write, read as a feed line or a portfolio: each is refused (or read) with a short
 * message in marque's own words that names where the problem is and which limit applies.
 */
class HostileJsonTest {
  private static final MarqueJson JSON = MarqueJson.standard();

  /** Words of the parser or the JDK that must never reach a user. */
  static final List<String> INTERNALS = List.of("com.fasterxml", "java.lang.", "java.math.",
      "Exception", "StreamReadConstraints", "JsonReadFeature", "Feature '", "[Source:",
      "REDACTED", "BigDecimal", "getMax");

  private static String error(String line) {
    try (MarqueJson.ListingFeed feed = JSON.openFeed(new StringReader(line))) {
      FeedLine read = feed.next();
      assertThat(read).as(line.length() > 200 ? line.substring(0, 200) : line)
          .isInstanceOf(FeedLine.Rejected.class);
      String error = ((FeedLine.Rejected) read).error();
      assertThat(error).hasSizeLessThan(400);
      for (String internal : INTERNALS) {
        assertThat(error).doesNotContain(internal);
      }
      return error;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String priced(String amount) {
    return "{\"id\": \"1\", \"title\": \"Aurelia tote\", \"price\": {\"amount\": " + amount
        + ", \"currency\": \"USD\"}}";
  }

  @Test
  void anAmountOfExtremeScaleIsRefusedByItsLimitAsNumberOrText() {
    assertThat(error(priced("1e-999999999"))).isEqualTo(
        "price.amount: 1E-999999999 is too precise: an amount may have at most 12 digits after"
            + " the decimal point");
    assertThat(error(priced("\"1e-99999999\""))).startsWith("price.amount: 1e-99999999 is too");
    assertThat(error(priced("\"1e999999999\""))).isEqualTo(
        "price.amount: 1e999999999 is too large: an amount may have at most 15 digits before"
            + " the decimal point");
    assertThat(error(priced("1E+2147483648"))).contains("price.amount")
        .contains("is a number marque cannot read");
  }

  @Test
  @Timeout(10) // generous: the check is a comparison of lengths, parsing would take seconds
  void aHugeNumberIsRefusedBeforeItIsParsed() {
    String digits = "9".repeat(900_000);
    assertThat(error(priced("\"" + digits + "\""))).isEqualTo(
        "price.amount: is a number of 900000 characters; a number may have at most 64");
    assertThat(error(priced(digits))).isEqualTo(
        "price.amount: has a number longer than 64 characters, the limit");
  }

  @Test
  void aNegativeAmountIsNamedWithoutRepeatingItWhole() {
    assertThat(error(priced("\"-" + "1".repeat(60) + "\""))).isEqualTo(
        "price.amount: -111111111111111111111111111111111111111… (61 characters) is too large:"
            + " an amount may have at most 15 digits before the decimal point");
    assertThat(error(priced("-5"))).isEqualTo("price.amount: must not be negative: -5");
  }

  @Test
  void parserWordsAreTranslated() {
    String comment = error("{\"id\": \"1\", /* hi */ \"title\": \"t\"}");
    assertThat(comment).contains("comments are not allowed");
    assertThat(error("{'id': '1', 'title': 't'}")).contains("single quote");
    assertThat(error("{\"id\": \"1\", \"title\": \"t\",}")).contains("is not valid JSON");
    assertThat(error(priced("NaN"))).contains("NaN and Infinity are not numbers in JSON");
    assertThat(error(priced("01"))).contains("must not start with 0");
    assertThat(error("{\"id\": \"1\", \"title\": \"a\u0001b\"}")).contains("must be escaped");
    assertThat(error("[".repeat(5000) + "]".repeat(5000)))
        .isEqualTo("…" + "[0]".repeat(9) + ": nests deeper than 500 levels, the limit");
  }

  @Test
  void aDuplicateKeyIsRefusedNamingIt() {
    assertThat(error("{\"id\": \"1\", \"id\": \"2\", \"title\": \"t\"}"))
        .startsWith("id: the property 'id' appears twice");
    assertThat(error("{\"id\": \"1\", \"title\": \"t\", \"seller\": {\"id\": \"a\", \"id\": \"b\"}}"))
        .startsWith("seller.id: the property 'id' appears twice");
    assertThatThrownBy(() -> JSON.readPortfolio(
        "{\"holder\": {\"name\": \"H\"}, \"brands\": [{\"name\": \"A\"}], \"brands\": []}"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("brands: the property 'brands' appears twice");
  }

  /** Every reader of a JSON document, as a function of its text. */
  private static List<java.util.function.Function<String, Object>> readers(Path dir) {
    return List.of(JSON::readPortfolio, JSON::readRates, JSON::readFinding, JSON::readListing,
        text -> {
          try {
            Path file = Files.writeString(dir.resolve("evidence.json"), text);
            return JSON.readEvidence(file);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  @Test
  void everyReaderRefusesADuplicateKeyNamingIt(@TempDir Path dir) {
    for (var reader : readers(dir)) {
      assertThatThrownBy(() -> reader.apply("{\"listings\": {}, \"rates\": {},"
          + " \"id\": \"1\", \"rates\": {}}"))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("rates: the property 'rates' appears twice");
    }
  }

  @Test
  void noReaderLetsTheParsersWordsThrough(@TempDir Path dir) {
    List<String> hostile = List.of("{\"a\": 1, /* c */}", "{'a': 1}", "[".repeat(600),
        "{\"a\": " + "9".repeat(100) + "}", "{\"a\": \"" + "\u0001" + "\"}", "{\"a\": NaN}",
        "{\"a\": 01}", "{\"a\": 1e999999999999}", "{\"a\": \"\\x\"}", "{\"a\" 1}", "",
        "{\"a\": 1} {}", "\uFEFF{}", "{\"a\": tru}", "{\"base\": \"USD\", \"rates\":"
            + " {\"EUR\": 1e-999999999}}", "{\"listings\": {\"L\": [{\"type\": \"x\"}]}}");
    for (var reader : readers(dir)) {
      for (String text : hostile) {
        try {
          reader.apply(text);
        } catch (InvalidInputException e) {
          for (String internal : INTERNALS) {
            assertThat(e.getMessage()).as(text).doesNotContain(internal);
          }
          assertThat(e.getMessage()).as(text).hasSizeLessThan(600);
        }
      }
    }
  }

  @Test
  void aBlankTitleIsRefused() {
    assertThat(error("{\"id\": \"1\", \"title\": \"   \"}")).isEqualTo("title: must not be blank");
    assertThat(error("{\"id\": \"1\", \"title\": \"\"}")).isEqualTo("title: must not be blank");
  }

  @Test
  void aLongListOfNullsGivesOneShortMessage() {
    String nulls = String.join(",", java.util.Collections.nCopies(100_000, "null"));
    String error = error("{\"id\": \"1\", \"title\": \"t\", \"images\": [" + nulls + "]}");
    assertThat(error).isEqualTo("images[0]: is required; images[1]: is required; images[2]: is"
        + " required; images[3]: is required; images[4]: is required; and 99995 more problems"
        + " not listed");
  }

  @Test
  void anUnknownPropertyNestedDeepDoesNotRejectAValidListing() {
    String deep = "{\"a\": ".repeat(100) + "1" + "}".repeat(100);
    Listing listing = JSON.readListing("{\"id\": \"1\", \"title\": \"Aurelia tote\", \"scraper\": "
        + deep + ", \"rows\": " + "[".repeat(300) + "]".repeat(300) + "}");
    assertThat(listing.title()).isEqualTo("Aurelia tote");
  }

  @Test
  void readListingAndTheFeedShareOneLineLimitAndOneMessage() {
    String line = "{\"id\": \"1\", \"title\": \"t\", \"description\": \""
        + "x".repeat(5 << 20) + "\"}";
    String fromFeed = error(line);
    assertThat(fromFeed).isEqualTo("line is " + line.length()
        + " characters long; the limit is 1048576");
    assertThatThrownBy(() -> JSON.readListing(line)).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems())
            .extracting(Problem::toString).containsExactly(fromFeed));
  }

  @Test
  void limitsAreChangedByABuilderAndEnforcedByEveryReader() {
    Limits small = Limits.defaults().toBuilder().maxLineChars(100).maxNestingDepth(3)
        .maxArrayLength(2).maxFractionDigits(2).build();
    MarqueJson json = JSON.withLimits(small);
    assertThat(json.limits()).isEqualTo(small);
    assertThatThrownBy(() -> json.readListing("{\"id\": \"1\", \"title\": \"" + "x".repeat(100)
        + "\"}")).hasMessageContaining("the limit is 100");
    assertThatThrownBy(() -> json.readListing(
        "{\"id\": \"1\", \"title\": \"t\", \"images\": [\"a\", \"b\", \"c\"]}"))
        .hasMessageContaining("images: has 3 entries; a list may have at most 2");
    assertThatThrownBy(() -> json.readListing("{\"id\": \"1\", \"title\": \"t\", \"x\": [[[[1]]]]}"))
        .hasMessageContaining("nests deeper than 3 levels");
    assertThatThrownBy(() -> json.readListing("{\"id\": \"1\", \"title\": \"t\", \"price\":"
        + " {\"amount\": \"1.005\", \"currency\": \"USD\"}}"))
        .hasMessageContaining("at most 2 digits after the decimal point");
    assertThat(JSON.withLimits(Limits.defaults())).isSameAs(JSON);
  }

  @Test
  void anOverlongBrandNameIsRefusedByItsLimit() {
    String name = "A".repeat(1 << 20);
    assertThatThrownBy(() -> JSON.readPortfolio("{\"holder\": {\"name\": \"H\"}, \"brands\": [{\"name\": \""
        + name + "\", \"aliases\": [\"ok\", \"" + name + "\"]}]}"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems())
            .extracting(Problem::toString).containsExactly(
                "brands[0].name: is 1048576 characters long; a name may have at most 256",
                "brands[0].aliases[1]: is 1048576 characters long; a name may have at most 256"));
  }

  @Test
  void aPortfolioThatIsNotUtf8IsNamedAsSuch(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("portfolio.json");
    byte[] head = "{\"holder\": {\"name\": \"Caf".getBytes(StandardCharsets.UTF_8);
    List<Byte> bytes = new ArrayList<>();
    for (byte b : "{\n".getBytes(StandardCharsets.UTF_8)) {
      bytes.add(b);
    }
    for (byte b : head) {
      bytes.add(b);
    }
    bytes.add((byte) 0xE9); // é in Latin-1
    for (byte b : "\"}, \"brands\": [{\"name\": \"A\"}]}".getBytes(StandardCharsets.UTF_8)) {
      bytes.add(b);
    }
    byte[] raw = new byte[bytes.size()];
    for (int i = 0; i < raw.length; i++) {
      raw[i] = bytes.get(i);
    }
    Files.write(file, raw);
    assertThatThrownBy(() -> JSON.readPortfolio(file)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("is not UTF-8 text: byte 0xE9 at line 2, byte 25 of the line;"
            + " save the file as UTF-8");
  }
}
