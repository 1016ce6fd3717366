package dev.marque.matching.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marque.core.Brand;
import dev.marque.core.Finding;
import dev.marque.core.Money;
import dev.marque.core.Portfolio;
import dev.marque.core.Product;
import dev.marque.core.RightsHolder;
import dev.marque.core.Verdict;
import dev.marque.core.json.FeedLine;
import dev.marque.core.json.MarqueJson;
import dev.marque.matching.assess.Assessor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole feeds scanned as a marketplace backend would scan them. */
class FeedScannerTest {
  static final Portfolio PORTFOLIO = Portfolio.of(RightsHolder.of("Aurelia Moda S.p.A."), List.of(
      new Brand("Aurelia", List.of("奥蕾莉亚"), List.of(), List.of(
          Product.of("Aurelia Laurel Tote", Money.of("850.00", "USD"))), List.of()),
      new Brand("Kestrel Audio", List.of("Kestrel"), List.of(), List.of(
          Product.of("Kestrel K7 Wireless Headphones", Money.of("349.00", "USD"))), List.of())));
  static final Assessor ASSESSOR = Assessor.of(PORTFOLIO);
  static final MarqueJson JSON = MarqueJson.standard();

  @TempDir
  Path dir;

  /**
   * A feed of {@code n} lines crossing many batches: every 7th line is broken, the others name a
   * brand in various ways or none; line i has id {@code "L" + i}.
   */
  static List<String> feed(int n) {
    String[] titles = {"Aurelia Laurel tote replica 1:1", "Kestrel K7 headphones", "plain tote",
        "A U R E L I A bag", "Kestrel Audio K7 AAA copy", "奥蕾莉亚 手提包 高仿"};
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      if (i % 7 == 0) {
        lines.add(i % 14 == 0 ? "{\"id\": \"L" + i + "\"}" : "not json " + i);
      } else {
        lines.add("{\"id\":\"L" + i + "\",\"title\":\"" + titles[i % titles.length]
            + "\",\"price\":{\"amount\":\"" + (20 + i % 900) + "\",\"currency\":\"USD\"}}");
      }
    }
    return lines;
  }

  /** What a scan must write, listing by listing, one line after another on one thread. */
  static List<String> expected(List<String> feed, Verdict min) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < feed.size(); i++) {
      FeedLine line = JSON.readFeedLine(new dev.marque.core.json.JsonLines.Line(i + 1,
          feed.get(i), false, feed.get(i).length()));
      if (line instanceof FeedLine.Rejected r) {
        out.add(JSON.writeRejected(r));
      } else {
        Finding f = ASSESSOR.assess(((FeedLine.Parsed) line).listing());
        if (f.assessment().verdict().isAtLeast(min)) {
          out.add(JSON.writeFinding(f));
        }
      }
    }
    return out;
  }

  @Test
  void aFeedFileBecomesOneOutputLinePerInputLineInInputOrderOnEveryThread() throws IOException {
    List<String> feed = feed(3_000); // a dozen batches of 256 lines
    Path in = Files.write(dir.resolve("listings.jsonl"), feed);
    Path out = dir.resolve("findings.jsonl");

    ScanSummary summary = FeedScanner.builder(ASSESSOR).threads(8).build().scan(in, out);

    assertThat(Files.readAllLines(out)).containsExactlyElementsOf(expected(feed, Verdict.CLEAR));
    assertThat(summary.lines()).isEqualTo(3_000);
    assertThat(summary.rejected()).isEqualTo(3_000 / 7);
    assertThat(summary.assessed()).isEqualTo(3_000 - 3_000 / 7);
    assertThat(summary.count(Verdict.LIKELY_COUNTERFEIT)).isPositive();
    assertThat(summary.verdicts().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(summary.assessed());
    assertThat(summary.topBrands(5)).extracting(ScanSummary.BrandCount::brand)
        .containsExactlyInAnyOrder("Aurelia", "Kestrel Audio");
    assertThat(summary.listingsPerSecond()).isPositive();
  }

  @Test
  void streamsReadersAndWritersGiveTheSameLinesAsFiles() throws IOException {
    List<String> feed = feed(600);
    String text = String.join("\n", feed) + "\n";
    List<String> expected = expected(feed, Verdict.SUSPICIOUS);
    FeedScanner scanner = FeedScanner.builder(ASSESSOR).minVerdict(Verdict.SUSPICIOUS).build();

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    scanner.scan(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), bytes);
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactlyElementsOf(expected);

    StringWriter chars = new StringWriter();
    ScanSummary summary = scanner.scan(new StringReader(text), chars);
    assertThat(chars.toString().lines()).containsExactlyElementsOf(expected);
    // findings below the minimum are not written but still counted
    assertThat(summary.count(Verdict.CLEAR)).isPositive();
  }

  @Test
  void aHandlerGetsFindingsAndRejectedLinesAsValuesInInputOrder() throws IOException {
    List<String> feed = feed(1_000);
    Path in = Files.write(dir.resolve("listings.jsonl"), feed);
    List<Long> order = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    List<FeedLine.Rejected> rejected = new ArrayList<>();

    ScanSummary summary = FeedScanner.builder(ASSESSOR).threads(4).build().scan(in,
        new ScanHandler() {
          @Override
          public void finding(long line, Finding finding) {
            order.add(line);
            findings.add(finding);
            assertThat(finding.listing().id()).isEqualTo("L" + line);
          }

          @Override
          public void rejected(FeedLine.Rejected bad) {
            order.add(bad.line());
            rejected.add(bad);
          }
        });

    assertThat(order).hasSize(1_000).isSorted();
    assertThat(rejected).hasSize((int) summary.rejected());
    assertThat(rejected.get(0).line()).isEqualTo(7);
    assertThat(rejected.get(0).error()).contains("not valid JSON");
    assertThat(rejected.get(1).error()).contains("title");
    assertThat(findings).hasSize((int) summary.assessed());
  }

  @Test
  void aHandlerMadeOfTwoFunctionsSeesOnlyTheFindingsAtTheMinimumVerdict() throws IOException {
    List<Finding> risky = new ArrayList<>();
    List<FeedLine.Rejected> bad = new ArrayList<>();
    FeedScanner.builder(ASSESSOR).minVerdict(Verdict.LIKELY_COUNTERFEIT).build()
        .scan(new StringReader(String.join("\n", feed(100))), ScanHandler.of(risky::add, bad::add));
    assertThat(risky).isNotEmpty().allSatisfy(f ->
        assertThat(f.assessment().verdict()).isEqualTo(Verdict.LIKELY_COUNTERFEIT));
    assertThat(bad).hasSize(100 / 7);
  }

  @Test
  void theProgressListenerSeesLinesGrowAndTheBytesOfAFile() throws IOException {
    Path in = Files.write(dir.resolve("listings.jsonl"), feed(2_000));
    List<ScanProgress> seen = new ArrayList<>();
    FeedScanner scanner = FeedScanner.builder(ASSESSOR).threads(2)
        .progress(Duration.ZERO, seen::add).build();

    scanner.scan(in, new StringWriter());

    assertThat(seen).hasSizeGreaterThan(1);
    assertThat(seen).extracting(ScanProgress::lines).isSorted();
    ScanProgress last = seen.get(seen.size() - 1);
    assertThat(last.lines()).isEqualTo(2_000);
    assertThat(last.totalBytes()).hasValue(Files.size(in));
    assertThat(last.fractionRead()).hasValue(1.0);
  }

  @Test
  void aFeedThatFailsToReadIsAnIOExceptionAfterTheLinesBeforeItAreWritten() {
    Reader failing = new Reader() {
      private final Reader first = new StringReader(String.join("\n", feed(10)) + "\n");

      @Override
      public int read(char[] buf, int off, int len) throws IOException {
        int n = first.read(buf, off, len);
        if (n < 0) {
          throw new IOException("disk on fire");
        }
        return n;
      }

      @Override
      public void close() {}
    };
    StringWriter out = new StringWriter();
    assertThatThrownBy(() -> FeedScanner.of(ASSESSOR).scan(failing, out))
        .isInstanceOf(IOException.class).hasMessageContaining("disk on fire");
  }

  @Test
  void anExceptionFromTheHandlerStopsTheScan() {
    ScanHandler angry = ScanHandler.of(f -> {
      throw new IllegalStateException("queue full");
    }, r -> { });
    assertThatThrownBy(() -> FeedScanner.of(ASSESSOR).scan(new StringReader(
        String.join("\n", feed(50))), angry)).hasMessage("queue full");
  }

  @Test
  void aScannerIsBuiltOnceAndVariantsAreDerivedFromIt() {
    FeedScanner base = FeedScanner.builder(ASSESSOR).threads(3).minVerdict(Verdict.MENTION)
        .progress(Duration.ofSeconds(5), p -> { }).build();
    FeedScanner derived = base.toBuilder().threads(1).build();
    assertThat(derived.threads()).isEqualTo(1);
    assertThat(derived.minVerdict()).isEqualTo(Verdict.MENTION);
    assertThat(derived.progressInterval()).isEqualTo(Duration.ofSeconds(5));
    assertThat(derived.assessor()).isSameAs(ASSESSOR);
    assertThat(base.threads()).isEqualTo(3);
    assertThat(FeedScanner.of(ASSESSOR).minVerdict()).isEqualTo(Verdict.CLEAR);
  }

  @Test
  void badSettingsAndArgumentsAreNamed() {
    FeedScanner.Builder b = FeedScanner.builder(ASSESSOR);
    assertThatThrownBy(() -> b.threads(0)).hasMessageContaining("threads must be within 1..256");
    assertThatThrownBy(() -> b.threads(257)).hasMessageContaining("257");
    assertThatThrownBy(() -> b.minVerdict(null)).hasMessage("minVerdict must not be null");
    assertThatThrownBy(() -> b.progress(Duration.ofSeconds(-1), p -> { }))
        .hasMessageContaining("interval must not be negative");
    assertThatThrownBy(() -> FeedScanner.builder(null)).hasMessage("assessor must not be null");
    assertThatThrownBy(() -> FeedScanner.of(ASSESSOR).scan((Path) null, new StringWriter()))
        .hasMessage("feed must not be null");
    assertThatThrownBy(() -> FeedScanner.of(ASSESSOR).scan(new StringReader(""),
        (ScanHandler) null)).hasMessage("handler must not be null");
    ScanSummary empty = new ScanSummary(0, 0, java.util.Map.of(), List.of(), Duration.ZERO);
    assertThatThrownBy(() -> empty.topBrands(-1)).hasMessage("n must not be negative: -1");
    assertThatThrownBy(() -> new ScanSummary(5, 1, java.util.Map.of(), List.of(), Duration.ZERO))
        .hasMessageContaining("must be the rejected (1) plus the listings per verdict (0)");
  }

  @Test
  void undecodableBytesBecomeReplacementCharactersNotAFailedScan() throws IOException {
    byte[] feed = "{\"id\":\"x\",\"title\":\"Aurelia \u00ff\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    List<Finding> found = new ArrayList<>();
    FeedScanner.of(ASSESSOR).scan(new ByteArrayInputStream(feed),
        ScanHandler.of(found::add, r -> { }));
    assertThat(found).singleElement().satisfies(f ->
        assertThat(f.listing().title()).isEqualTo("Aurelia \uFFFD"));
  }

  @Test
  void theCodecsLimitsHoldInAScan() throws IOException {
    MarqueJson strict = JSON.withLimits(dev.marque.core.Limits.defaults().toBuilder()
        .maxLineChars(200).build());
    String longLine = "{\"id\":\"L2\",\"title\":\"Aurelia " + "x".repeat(300) + "\"}";
    List<FeedLine.Rejected> bad = new ArrayList<>();
    List<Finding> found = new ArrayList<>();
    FeedScanner scanner = FeedScanner.builder(ASSESSOR).json(strict).build();

    scanner.scan(new StringReader(feed(1).get(0) + "\n" + longLine + "\n"),
        ScanHandler.of(found::add, bad::add));

    assertThat(scanner.json()).isSameAs(strict);
    assertThat(found).hasSize(1);
    assertThat(bad).singleElement().satisfies(r -> {
      assertThat(r.line()).isEqualTo(2);
      assertThat(r.error()).contains("the limit is 200");
    });
  }
}
