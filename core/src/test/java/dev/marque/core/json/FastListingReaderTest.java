package dev.marque.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marque.core.Listing;
import dev.marque.core.Money;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The fast path for feed lines must read exactly what the general reader reads, and leave every
 * line it is unsure of to the general reader, which words the errors. The two are fed the same
 * lines, hostile ones included, and neither is called through the other: the general reader is
 * {@link MarqueJson#readListingStrict}, which never tries the fast path.
 */
class FastListingReaderTest {
  private static final MarqueJson JSON = MarqueJson.standard();
  private static final FastListingReader FAST =
      new FastListingReader(JSON.factory(), JSON.limits());

  /** Fragments of feed lines, good and bad, which a line combines at random. */
  private static final List<String> FRAGMENTS = List.of(
      "\"id\": \"1005006\"", "\"id\": 42", "\"id\": \" \"", "\"id\": null",
      "\"title\": \"Aur3lia tote 1:1\"", "\"title\": \"\"", "\"title\": [\"x\"]",
      "\"marketplace\": \"aliexpress\"", "\"marketplace\": \"Mercado Libre\"",
      "\"marketplace\": \"Bazaar\"", "\"marketplace\": null", "\"marketplace\": \"\"",
      "\"url\": \"https://www.ebay.de/itm/119200334455\"", "\"url\": null", "\"url\": 7",
      "\"description\": \"  \"", "\"description\": \"mirror quality\"",
      "\"price\": {\"amount\": 25.50, \"currency\": \"usd\"}",
      "\"price\": {\"amount\": \"19.99\", \"currency\": \"EUR\", \"note\": 1}",
      "\"price\": {\"amount\": \" 7.10\\t\", \"currency\": \"CNY\"}",
      "\"price\": {\"amount\": \" \", \"currency\": \"USD\"}",
      "\"price\": {\"amount\": -5, \"currency\": \"USD\"}",
      "\"price\": {\"amount\": 5, \"currency\": \"DOLLARS\"}", "\"price\": {\"amount\": 5}",
      "\"price\": null", "\"price\": \"25 USD\"",
      "\"seller\": {\"id\": \"shop-88\", \"name\": \"Best\", \"country\": \"CN\"}",
      "\"seller\": {\"name\": \"no id\"}", "\"seller\": null",
      "\"seller\": {\"id\": \"s9\", \"address\": \" Room 1203, 88 Huaqiang Rd, Shenzhen \"}",
      "\"seller\": {\"id\": \"s9\", \"address\": 12}", "\"seller\": {\"id\": \"s9\", \"address\": \" \"}",
      "\"shipsFrom\": \"Guangdong\"", "\"shipsTo\": [\"de\", \"UK\", \"DE\"]",
      "\"shipsTo\": [\"XX\"]", "\"shipsTo\": \"DE\"", "\"shipsTo\": null",
      "\"language\": \"EN-gb\"", "\"language\": \"not a tag!\"", "\"language\": 7",
      "\"images\": [\"https://img.example/1.jpg\"]",
      "\"images\": null", "\"images\": [1]", "\"images\": \"one\"",
      "\"capturedAt\": \"2026-11-28T09:30:00Z\"", "\"capturedAt\": \"yesterday\"",
      "\"scraper\": {\"run\": \"x\", \"pages\": [1, 2, {\"a\": null}]}", "\"rating\": 4.5",
      // hostile: numbers out of bounds, duplicates, nesting, blank and odd titles
      "\"price\": {\"amount\": 1e-999999999, \"currency\": \"USD\"}",
      "\"price\": {\"amount\": \"1e-99999999\", \"currency\": \"USD\"}",
      "\"price\": {\"amount\": \"1e999999999\", \"currency\": \"USD\"}",
      "\"price\": {\"amount\": 1E+2147483648, \"currency\": \"USD\"}",
      "\"price\": {\"amount\": \"" + "9".repeat(70) + "\", \"currency\": \"USD\"}",
      "\"price\": {\"amount\": " + "9".repeat(70) + ", \"currency\": \"USD\"}",
      "\"price\": {\"amount\": 0.0000000000001, \"currency\": \"USD\"}",
      "\"price\": {\"amount\": \"999999999999999.999999999999\", \"currency\": \"USD\"}",
      "\"id\": \"dup\"", "\"title\": \"   \"", "\"title\": \"\\u202eAurelia\\ud800\"",
      "\"images\": [null, null]", "\"x\": " + "[".repeat(120) + "]".repeat(120),
      "\"x\": " + "[".repeat(600) + "]".repeat(600), "\"seller\": {\"id\": \"a\", \"id\": \"b\"}",
      // a number no BigDecimal holds, where marque never reads it (found by fuzzing)
      "\"rank\": 1E+2147483648", "\"price\": {\"amount\": 2, \"currency\": \"USD\", \"x\": 1e-2147483649}",
      "\"seller\": {\"id\": \"s\", \"score\": 1E+2147483648}",
      // hostile: escapes, glued tokens, numbers JSON does not allow
      "\"\\u0069d\": \"escaped-name\"", "\"t\\u0069tle\": \"x\"", "\"a\\nb\": 1",
      "\"title\": \"tab\\t quote\\\" slash\\/ \\u00e9\\uD83D\\uDE00 \\ud800\"",
      "\"title\": \"bad \\x escape\"", "\"title\": \"short \\u12\"",
      "\"title\": \"wide \\u００４１\"", "\"title\": \"raw\ttab\"", "\"title\": \"raw\u0001\"",
      "\"title\": \"line\u2028sep \u007f\"", "\"scraper\": {\"run\": \"b\", \"run\": \"c\"}",
      "\"scraper\": {\"a\": {\"b\": 1, \"b\": 2}}", "\"scraper\": {\"a\": 1, \"b\": [1, 2,]}",
      "\"scraper\": {\"page\": 0}", "\"scraper\": {\"page\": -0.5}", "\"n\": 01",
      "\"n\": -", "\"n\": .5", "\"n\": 1.", "\"n\": 1e5", "\"n\": 2E-3", "\"n\": +1",
      "\"n\": nullx", "\"n\": tru", "\"n\": true", "\"n\": false", "\"n\": NaN",
      "\"n\" : \t\r\n [ true , null ]", "\"n\": {} // comment", "\"n\": 'single'",
      "\"price\": {\"amount\": \"12.50\", \"currency\": \"EUR\", \"amount\": 3}",
      "\"price\": {\"amount\": 1.5e1, \"currency\": \"USD\"}",
      "\"price\": {\"amount\": -0.0, \"currency\": \"USD\"}",
      "\"price\": {\"amount\": \"\\u0031\\u0039.5\", \"currency\": \"USD\"}",
      "\"seller\": {\"id\": \"s\", \"id\": \"t\"}", "\"seller\": {\"id\": \"s\", \"x\": {\"y\": [{}]}}",
      "\"shipsTo\": []", "\"shipsTo\": [\"DE\",]", "\"images\": [ ]",
      "\"description\": \"" + "d".repeat(300) + "\"", "\"" + "k".repeat(300) + "\": 1");

  @Provide
  Arbitrary<String> lines() {
    // most lines begin with a good id and title, so that the rest decides which path reads them
    Arbitrary<List<String>> head = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(List.of("\"id\": \"1005006\"", "\"title\": \"Aurelia\""))),
        Tuple.of(1, Arbitraries.just(List.<String>of())));
    return Combinators.combine(head, Arbitraries.of(FRAGMENTS).list().ofMinSize(0).ofMaxSize(9))
        .as((first, parts) -> {
          List<String> all = new java.util.ArrayList<>(first);
          all.addAll(parts);
          return "{" + String.join(", ", all) + "}";
        });
  }

  @Property(tries = 600)
  void readsWhatTheGeneralReaderReadsOrGivesWay(@ForAll("lines") String line) {
    Listing fast = FAST.read(line);
    Object general;
    try {
      general = JSON.readListingStrict(line);
    } catch (InvalidInputException e) {
      general = e.problems();
    }
    if (fast != null) {
      assertThat(general).isEqualTo(fast);
      // Money compares amounts by value; the readers must agree on the scale too (19.90, 1E+3)
      assertThat(((Listing) general).price().map(Money::amount))
          .isEqualTo(fast.price().map(Money::amount));
    }
    // the property proves something only if the fast path takes a fair share of the lines
    Statistics.label("fast path").collect(fast != null);
    Statistics.label("fast path").coverage(c -> c.check(true).percentage(p -> p >= 5));
  }

  @Example
  void takesTheCommonLineItselfAndNothingAfterIt() {
    String line = "{\"id\": \"1\", \"title\": \"t\", \"price\": {\"amount\": 1, \"currency\": \"USD\"},"
        + " \"seller\": {\"id\": \"s\"}, \"images\": [], \"extra\": {\"deep\": [1, {}]}}";
    assertThat(FAST.read(line)).isNotNull().isEqualTo(JSON.readListingStrict(line));
    assertThat(FAST.read(line + " {}")).isNull();
    assertThat(FAST.read("[" + line + "]")).isNull();
  }

  @Example
  void givesWayToANameTwiceInAnyObjectWhichTheGeneralReaderRefuses() {
    for (String rest : List.of("\"id\": \"2\"", "\"u\": 1, \"u\": [1]",
        "\"scraper\": {\"a\": [1, {\"b\": 1, \"b\": 2}]}",
        "\"price\": {\"amount\": 1, \"currency\": \"USD\", \"currency\": \"EUR\"}",
        "\"price\": {\"amount\": 1, \"currency\": \"USD\", \"x\": {\"y\": 1, \"y\": 1}}",
        "\"seller\": {\"id\": \"s\", \"x\": [[{\"y\": 1, \"z\": 2, \"y\": 3}]]}")) {
      String line = "{\"id\": \"1\", \"title\": \"t\", " + rest + "}";
      assertThat(FAST.read(line)).as(line).isNull();
      assertThatThrownBy(() -> JSON.readListingStrict(line)).as(line)
          .isInstanceOf(InvalidInputException.class);
    }
    // the same names in different objects are no duplicates
    String line = "{\"id\": \"1\", \"title\": \"t\", \"x\": {\"id\": 1, \"y\": {\"id\": 2}},"
        + " \"seller\": {\"id\": \"s\", \"x\": [{\"id\": 1}, {\"id\": 1}]}}";
    assertThat(FAST.read(line)).isNotNull().isEqualTo(JSON.readListingStrict(line));
  }

  @Example
  void keepsAnAmountAsWrittenScaleAndAll() {
    for (String amount : List.of("19.90", " 19.90\\t", "1E+3", "25")) {
      Listing listing = FAST.read("{\"id\": \"1\", \"title\": \"t\", \"price\": {\"amount\": \""
          + amount + "\", \"currency\": \"USD\"}}");
      assertThat(listing.price().orElseThrow().amount()) // BigDecimal.equals compares the scale too
          .isEqualTo(new BigDecimal(amount.replace("\\t", "").strip()));
    }
  }
}
