package dev.marque.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.core.Limits;
import dev.marque.core.json.FeedLine;
import dev.marque.core.json.MarqueJson;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every limit met in a feed reads the same from {@code marque scan} as from {@link MarqueJson}:
 * the scan's error line for a feed line is, byte for byte, the line {@link MarqueJson} writes for
 * what it read on that line, under the same limits given as {@code --limit} options. And none of
 * the errors carries the parser's words.
 */
class LimitWordingTest {
  private static String priced(String id, String amount) {
    return "{\"id\": \"" + id + "\", \"title\": \"Aurelia tote\", \"price\": {\"amount\": " + amount
        + ", \"currency\": \"USD\"}}";
  }

  @Test
  void everyLimitMetReadsTheSameFromScanAndTheLibrary(@TempDir Path dir) throws IOException {
    // a portfolio within the small limits below, which the scan reads it under too
    Path portfolio = Files.writeString(dir.resolve("portfolio.json"),
        "{\"holder\": {\"name\": \"Aurelia SpA\"}, \"brands\": [{\"name\": \"Aurelia\"}]}");
    Limits limits = Limits.defaults().toBuilder().maxLineChars(300).maxNestingDepth(5)
        .maxNumberChars(20).maxIntegerDigits(6).maxFractionDigits(2).maxArrayLength(3)
        .maxTextChars(50).build();
    // each line meets one limit; the fragment says which, as both must word it
    List<String[]> cases = List.of(
        new String[] {"{\"id\": \"ok\", \"title\": \"Aurelia tote\"}", null},
        new String[] {"{\"id\": \"long\", \"title\": \"" + "x".repeat(400) + "\"}",
            "characters long; the limit is 300"},
        new String[] {"{\"id\": \"deep\", \"title\": \"t\", \"x\": [[[[[[1]]]]]]}",
            "nests deeper than 5 levels, the limit"},
        new String[] {priced("digits", "1234567890.12345678901"),
            "has a number longer than 20 characters, the limit"},
        new String[] {priced("text", "\"1234567890.12345678901234\""),
            "is a number of 25 characters; a number may have at most 20"},
        new String[] {priced("large", "1234567"),
            "is too large: an amount may have at most 6 digits before the decimal point"},
        new String[] {priced("precise", "1.005"),
            "is too precise: an amount may have at most 2 digits after the decimal point"},
        new String[] {"{\"id\": \"list\", \"title\": \"t\", \"images\": [\"a\", \"b\", \"c\","
            + " \"d\"]}", "images: has 4 entries; a list may have at most 3"},
        new String[] {"{\"id\": \"words\", \"title\": \"t\", \"description\": \""
            + "y".repeat(60) + "\"}", "has a text longer than 50 characters, the limit"},
        new String[] {"{\"id\": \"twice\", \"id\": \"again\", \"title\": \"t\"}",
            "id: the property 'id' appears twice"},
        new String[] {"{\"id\": \"c\", /* note */ \"title\": \"t\"}",
            "comments are not allowed"});
    StringBuilder feed = new StringBuilder();
    for (String[] c : cases) {
      feed.append(c[0]).append('\n');
    }

    List<String> expected = new ArrayList<>();
    MarqueJson json = MarqueJson.standard().withLimits(limits);
    try (MarqueJson.ListingFeed lines = json.openFeed(new StringReader(feed.toString()))) {
      for (FeedLine line : lines) {
        expected.add(line instanceof FeedLine.Rejected r ? json.writeRejected(r) : null);
      }
    }

    List<String> args = new ArrayList<>(List.of("scan", "--portfolio", portfolio.toString(),
        "--listings", "-"));
    for (String name : Limits.names()) {
      args.add("--limit");
      args.add(name + "=" + limitValue(limits, name));
    }
    CommandRun scan = CommandRun.withStdin(feed.toString(), args.toArray(String[]::new));
    assertThat(scan.exitCode()).as(scan.err()).isEqualTo(ExitCodes.PROBLEMS);
    String[] out = scan.out().split("\n");
    assertThat(out).hasSize(cases.size());
    for (int i = 0; i < cases.size(); i++) {
      String fragment = cases.get(i)[1];
      if (fragment == null) {
        assertThat(out[i]).startsWith("{\"listingId\":\"ok\"");
        assertThat(expected.get(i)).isNull();
        continue;
      }
      assertThat(out[i]).as("line %d", i + 1).startsWith("{\"line\":" + (i + 1) + ",")
          .contains(fragment).isEqualTo(expected.get(i));
      for (String internal : HostileFeedProcessTest.INTERNALS) {
        assertThat(out[i]).doesNotContain(internal);
      }
    }
  }

  private static int limitValue(Limits limits, String name) {
    return switch (name) {
      case "maxLineChars" -> limits.maxLineChars();
      case "maxNestingDepth" -> limits.maxNestingDepth();
      case "maxNumberChars" -> limits.maxNumberChars();
      case "maxIntegerDigits" -> limits.maxIntegerDigits();
      case "maxFractionDigits" -> limits.maxFractionDigits();
      case "maxArrayLength" -> limits.maxArrayLength();
      case "maxTextChars" -> limits.maxTextChars();
      case "maxNameChars" -> limits.maxNameChars();
      case "maxMentionsPerBrandAndField" -> limits.maxMentionsPerBrandAndField();
      default -> throw new AssertionError("a limit this test does not know: " + name);
    };
  }
}
