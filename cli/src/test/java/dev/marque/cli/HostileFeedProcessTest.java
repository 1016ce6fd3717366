package dev.marque.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code marque scan} and {@code validate} run as a separate process with a 512 MB heap over a
 * hostile corpus — the committed lines of {@code hostile/*.jsonl} and huge ones made here (a
 * 900,000-digit price, half a million combining accents, a 900 KB title repeating a brand, a line
 * over the limit, 100,000 nulls, bytes that are not UTF-8) between valid listings. Whatever a line
 * holds: exit 0 or 1, no stack trace, one output line per input line in order, valid lines
 * assessed exactly as in a clean run, messages short and in marque's own words.
 */
class HostileFeedProcessTest {

  /** Words that betray internals; none may reach a user. */
  static final List<String> INTERNALS = List.of("com.fasterxml", "java.lang.",
      "java.math.", "Exception", "StreamReadConstraints", "JsonReadFeature", "Feature '",
      "[Source:", "REDACTED", "\tat ", "Error:", "BigDecimal");

  @TempDir
  static Path dir;

  private static Path portfolio;
  private static List<byte[]> valid;

  @BeforeAll
  static void samples() throws IOException {
    Path data = Path.of("..", "samples", "data");
    portfolio = data.resolve("portfolio.json");
    valid = new ArrayList<>();
    for (String line : Files.readAllLines(data.resolve("listings.jsonl"))) {
      if (!line.isBlank()) {
        valid.add(line.getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  /** A process's exit code and output. */
  private record Run(int code, String out, String err) {}

  private static Run marque(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-cp", System.getProperty("java.class.path"), MarqueCommand.class.getName()));
    Collections.addAll(command, args);
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(
            Path.of("/dev/null").toFile())).start();
    // not a timing assertion: a guard so that a hang fails the build instead of stalling it
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("marque " + String.join(" ", args) + " did not end");
    }
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static List<byte[]> hostileLines() throws IOException {
    List<byte[]> lines = new ArrayList<>();
    for (String name : List.of("hostile.jsonl", "accepted.jsonl")) {
      try (InputStream in = HostileFeedProcessTest.class.getResourceAsStream("/hostile/" + name)) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          if (!line.isBlank()) {
            lines.add(utf8(line));
          }
        }
      }
    }
    String head = "{\"id\": \"huge\", \"url\": \"https://www.aliexpress.com/item/9.html\", ";
    lines.add(utf8(head + "\"title\": \"Aurelia tote\", \"price\": {\"amount\": \""
        + "9".repeat(900_000) + "\", \"currency\": \"USD\"}}"));
    lines.add(utf8(head + "\"title\": \"Aurelia tote\", \"price\": {\"amount\": \"-"
        + "1".repeat(1_000_000) + "\", \"currency\": \"USD\"}}"));
    lines.add(utf8(head + "\"title\": \"Aurelia a" + "\u0301".repeat(500_000) + " tote\"}"));
    lines.add(utf8(head + "\"title\": \"" + "Aurelia ".repeat(110_000) + "\"}"));
    lines.add(utf8(head + "\"title\": \"Aurelia\", \"description\": \""
        + "x".repeat(1_200_000) + "\"}"));
    lines.add(utf8(head + "\"title\": \"Aurelia tote\", \"images\": ["
        + String.join(",", Collections.nCopies(100_000, "null")) + "]}"));
    byte[] bad = utf8(head + "\"title\": \"Aurelia \u00e9 tote\"}");
    for (int i = 0; i < bad.length; i++) {
      if ((bad[i] & 0xFF) == 0xC3) {
        bad[i] = (byte) 0xFF; // not UTF-8 anywhere
      }
    }
    lines.add(bad);
    return lines;
  }

  @Test
  void aHostileFeedIsScannedLineForLineAndValidLinesAsInACleanRun() throws Exception {
    List<byte[]> hostile = hostileLines();
    // valid listings and hostile lines, alternating, so that every hostile line has a valid
    // neighbour whose finding must not change
    List<byte[]> feed = new ArrayList<>();
    List<Integer> validAt = new ArrayList<>();
    for (int i = 0; i < hostile.size(); i++) {
      validAt.add(feed.size());
      feed.add(valid.get(i % valid.size()));
      feed.add(hostile.get(i));
    }
    Path feedFile = dir.resolve("hostile.jsonl");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (byte[] line : feed) {
      bytes.write(line);
      bytes.write('\n');
    }
    Files.write(feedFile, bytes.toByteArray());
    Path cleanFile = dir.resolve("clean.jsonl");
    Files.write(cleanFile, String.join("\n", valid.stream()
        .map(b -> new String(b, StandardCharsets.UTF_8)).toList())
        .getBytes(StandardCharsets.UTF_8));

    Run clean = marque("scan", "--portfolio", portfolio.toString(), "--listings",
        cleanFile.toString());
    Run run = marque("scan", "--portfolio", portfolio.toString(), "--listings",
        feedFile.toString());

    assertThat(clean.code()).isZero();
    assertThat(run.code()).isIn(0, 1);
    for (String internal : INTERNALS) {
      assertThat(run.err()).doesNotContain(internal);
    }
    List<String> cleanLines = clean.out().lines().toList();
    List<String> out = run.out().lines().toList();
    assertThat(out).hasSize(feed.size());
    Pattern error = Pattern.compile("^\\{\"line\":(\\d+),\"error\":\"(.*)\"}$");
    for (int i = 0; i < out.size(); i++) {
      String line = out.get(i);
      Matcher m = error.matcher(line);
      if (m.matches()) {
        assertThat(Long.parseLong(m.group(1))).as("line number of output %d", i).isEqualTo(i + 1);
        assertThat(m.group(2)).as("error of line %d", i + 1).hasSizeLessThan(2000);
        for (String internal : INTERNALS) {
          assertThat(m.group(2)).as("error of line %d", i + 1).doesNotContain(internal);
        }
      } else {
        assertThat(line).as("output line %d", i + 1).startsWith("{\"listingId\":");
        // proportionate: never more than the input line and a bounded rest
        assertThat(line.length()).as("output line %d", i + 1)
            .isLessThan(2 * feed.get(i).length + 200_000);
      }
    }
    for (int k = 0; k < validAt.size(); k++) {
      assertThat(out.get(validAt.get(k))).as("valid line %d", validAt.get(k) + 1)
          .isEqualTo(cleanLines.get(k % valid.size()));
    }
    // the lines that must be read, and those that must be refused, each as it should be
    String joined = run.out();
    assertThat(joined).contains("{\"listingId\":\"n100\"", "{\"listingId\":\"rtl\"",
        "{\"listingId\":\"astral\"");
    assertThat(joined).contains("is a number of 900000 characters; a number may have at most 64",
        "is too precise: an amount may have at most 12 digits after the decimal point",
        "the property 'id' appears twice", "title: must not be blank",
        "characters long; the limit is 1048576", "\"mentionCap\":100");
  }

  @Test
  void validateListingsRejectsOnlyTheBadLineNamingIt() throws Exception {
    Path feed = dir.resolve("one-bad-byte.jsonl");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(valid.get(0));
    bytes.write('\n');
    bytes.write(utf8("{\"id\": \"2\", \"title\": \"Aurelia "));
    bytes.write(0xFF);
    bytes.write(utf8(" tote\", \"price\": {\"amount\": 1e-999999999, \"currency\": \"USD\"}}\n"));
    bytes.write(valid.get(1));
    bytes.write('\n');
    Files.write(feed, bytes.toByteArray());
    Run run = marque("validate", "--listings", feed.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains(feed + ":2: price.amount: 1E-999999999 is too precise")
        .contains("3 listings read, 1 line rejected");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void hostilePortfoliosAreRefusedWithAMessageNotATrace() throws Exception {
    record Case(String file, String expected) {}
    Path nonUtf8 = dir.resolve("latin1.json");
    Files.write(nonUtf8, new byte[] {'{', '"', 'h', 'o', 'l', 'd', 'e', 'r', '"', ':', '{', '"',
        'n', 'a', 'm', 'e', '"', ':', '"', 'C', 'a', 'f', (byte) 0xE9, '"', '}', '}'});
    Path longName = dir.resolve("long-name.json");
    Files.writeString(longName, "{\"holder\": {\"name\": \"H\"}, \"brands\": [{\"name\": \""
        + "A".repeat(1 << 20) + "\"}]}");
    for (Case c : List.of(
        new Case(resource("msrp-huge.json"), "brands[0].products[0].msrp.amount: 1E+999999999"
            + " is too large: an amount may have at most 15 digits before the decimal point"),
        new Case(resource("duplicate-brands.json"),
            "brands: the property 'brands' appears twice; each property may be given once"),
        new Case(nonUtf8.toString(), "is not UTF-8 text: byte 0xE9 at line 1, byte 23 of the"
            + " line; save the file as UTF-8"),
        new Case(longName.toString(),
            "brands[0].name: is 1048576 characters long; a name may have at most 256"))) {
      Run validate = marque("validate", "--portfolio", c.file());
      assertThat(validate.code()).as(c.file()).isEqualTo(1);
      assertThat(validate.out()).as(c.file()).contains(c.expected());
      Run scan = marque("scan", "--portfolio", c.file(), "--listings",
          Path.of("..", "samples", "data", "listings.jsonl").toString());
      assertThat(scan.code()).as(c.file()).isEqualTo(2);
      assertThat(scan.err()).as(c.file()).contains(c.expected()).doesNotContain("\tat ");
    }
  }

  @Test
  void aPortfolioOfTwentyThousandBrandsBuildsAndScansWithin512Mb() throws Exception {
    // five long aliases per brand: a firm's whole client list (it needed more than 2 GB before long
    // keys were posted by their prefixes' deletion variants)
    Run scan = marque("scan", "--portfolio", firm(20_000, 5).toString(), "--listings",
        Path.of("..", "samples", "data", "listings.jsonl").toString());
    assertThat(scan.err()).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(scan.code()).isZero();
    assertThat(scan.out().lines()).hasSize(valid.size());
  }

  @Test
  void aPortfolioTooLargeForTheHeapIsOneLineSayingHowMuchItNeeds() throws Exception {
    // 100,000 brands (the most a portfolio's list may hold) with five long aliases each
    Run scan = marque("scan", "--portfolio", firm(100_000, 5).toString(), "--listings",
        Path.of("..", "samples", "data", "listings.jsonl").toString());
    assertThat(scan.code()).isEqualTo(2);
    assertThat(scan.out()).isEmpty();
    // one line, whether the heap ran out inside the command or around it (picocli rethrows errors)
    assertThat(scan.err().strip()).matches("marque( scan)?: out of memory: the brand index ran out"
        + " of heap: its 600000 spellings need about \\d+ MB while it is built, beside the rest of"
        + " the \\d+ MB of heap Java was given; run java with a larger heap, such as -Xmx\\d+m");
  }

  /** A portfolio of a brand-protection firm's size: brands, aliases and a product each. */
  private static Path firm(int brands, int aliases) throws IOException {
    String[] places = {"Moda", "Milano", "Paris", "Tokyo", "Italia"};
    StringBuilder json = new StringBuilder("{\"holder\": {\"name\": \"Firm\"}, \"brands\": [");
    for (int i = 0; i < brands; i++) {
      String name = aliases > 1 ? "Brand" + Integer.toString(i * 7919 + 104729, 36)
          : Character.toUpperCase(Integer.toString(i * 7919 + 104729, 36).charAt(0))
              + Integer.toString(i * 7919 + 104729, 36).substring(1) + "ra";
      json.append(i == 0 ? "" : ",").append("{\"name\": \"").append(name)
          .append("\", \"aliases\": [");
      for (int a = 0; a < aliases; a++) {
        json.append(a == 0 ? "\"" : ", \"").append(name).append(' ').append(places[a]).append('"');
      }
      json.append("], \"products\": [{\"name\": \"").append(name)
          .append(" Tote\", \"sku\": \"SKU-").append(i)
          .append("\", \"msrp\": {\"amount\": \"850.00\", \"currency\": \"USD\"}}]}");
    }
    Path file = dir.resolve("firm-" + brands + "-" + aliases + ".json");
    Files.writeString(file, json.append("]}"));
    return file;
  }

  private static String resource(String name) {
    return Path.of("src", "test", "resources", "hostile", name).toString();
  }
}
