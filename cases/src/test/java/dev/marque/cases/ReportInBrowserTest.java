package dev.marque.cases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.core.Marketplace;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a browser shows it: headless Chromium (Debian's {@code chromium} package,
 * or the browser named by {@code MARQUE_TEST_CHROMIUM}) renders the page from a file, runs no
 * script from it, and draws a chart per marketplace. Skipped, saying so, when no Chromium is
 * installed.
 */
class ReportInBrowserTest {
  private static final String HOSTILE = "<script>document.title='pwned'</script><img src=x>";

  @TempDir
  Path dir;

  private static Optional<Path> chromium() {
    String named = System.getenv("MARQUE_TEST_CHROMIUM");
    if (named != null && !named.isBlank()) {
      return Optional.of(Path.of(named));
    }
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .flatMap(d -> Stream.of("chromium", "chromium-browser", "google-chrome")
            .map(n -> Path.of(d, n)))
        .filter(Files::isExecutable).findFirst();
  }

  private static String run(Path chromium, Path home, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless",
        "--disable-gpu", "--no-first-run", "--user-data-dir=" + home.resolve("profile")));
    if ("root".equals(System.getProperty("user.name"))) {
      command.add("--no-sandbox"); // Chromium refuses to run as root inside its sandbox
    }
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectError(home.resolve("chromium.log").toFile())
        .start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(Duration.ofSeconds(90).toSeconds(), TimeUnit.SECONDS)).isTrue();
    return new String(out, StandardCharsets.UTF_8);
  }

  @Test
  void the_report_renders_in_headless_chromium_with_a_chart_per_marketplace_and_no_script()
      throws Exception {
    Optional<Path> chromium = chromium();
    Assumptions.assumeTrue(chromium.isPresent(), "no chromium on PATH: the browser check of the"
        + " HTML report is skipped (install Debian's chromium or set MARQUE_TEST_CHROMIUM)");
    Path page = dir.resolve("report.html");
    try (CaseStore store = CaseStore.open(dir.resolve("marque.db").toString(),
        CaseStoreTest.clock())) {
      List<NewCase> cases = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        cases.add(NewCase.builder(i % 2 == 0 ? Marketplace.EBAY : Marketplace.TAOBAO, "L" + i,
            CaseStoreTest.RIGHT, i % 2 == 0 ? "ebay-vero" : HOSTILE).build());
      }
      List<Recording> events = new ArrayList<>();
      for (Opened o : store.openCases(cases)) {
        long id = o.theCase().id();
        events.add(new Recording(id, NewEvent.of(EventType.SUBMITTED, "alice")));
        if (id % 4 != 0) {
          events.add(new Recording(id, NewEvent.of(EventType.REMOVED, "alice")));
        }
      }
      // SUBMITTED straight after DETECTED is refused; record the drafted path first
      List<Recording> path = new ArrayList<>();
      for (Recording r : events) {
        if (r.event().type() == EventType.SUBMITTED) {
          path.add(new Recording(r.caseId(), NewEvent.of(EventType.DRAFTED, "alice")));
          path.add(new Recording(r.caseId(), NewEvent.of(EventType.APPROVED, "alice")));
        }
        path.add(r);
      }
      store.recordAll(path);
      Files.writeString(page, CaseReport.of(store, DeadlineRule.standard()).toHtml());
    }

    String dom = run(chromium.get(), dir, "--dump-dom", page.toUri().toString());
    Path png = dir.resolve("report.png");
    run(chromium.get(), dir, "--window-size=1000,1400", "--screenshot=" + png,
        page.toUri().toString());

    assertThat(dom).contains("<title>marque enforcement report</title>")
        .contains("eBay").contains("Taobao")
        .contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;&lt;img src=x&gt;")
        .doesNotContain("<script").doesNotContain("<img");
    assertThat(dom.split("<svg", -1)).hasSize(3); // one chart per marketplace
    BufferedImage shot = ImageIO.read(png.toFile());
    assertThat(shot.getWidth()).isEqualTo(1000);
    // the bars are drawn: pixels in the colour of REMOVED and of SUBMITTED
    assertThat(pixels(shot, 0x2e9e5b)).as("REMOVED bars").isGreaterThan(100);
    assertThat(pixels(shot, 0x3b6fd8)).as("SUBMITTED bars").isGreaterThan(100);
  }

  private static int pixels(BufferedImage image, int rgb) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
          n++;
        }
      }
    }
    return n;
  }
}
