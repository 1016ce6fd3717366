package dev.marque.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.core.Finding;
import dev.marque.core.Verdict;
import dev.marque.core.json.MarqueJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The feed-scanning example, run on the bundled sample feed as its Javadoc says. */
class ScanFeedExampleTest {

  @Test
  void printsTheRiskyFindingsOfTheSampleFeedAndASummary() throws IOException {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
      ScanFeedExample.main(new String[] {"data/portfolio.json", "data/listings-with-errors.jsonl"});
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    List<String> lines = stdout.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).isNotEmpty().allSatisfy(line -> {
      Finding f = MarqueJson.standard().readFinding(line);
      assertThat(f.assessment().verdict().isAtLeast(Verdict.SUSPICIOUS)).isTrue();
    });
    assertThat(stderr.toString(StandardCharsets.UTF_8))
        .contains("line 2: ", "6 lines, 3 rejected");
  }
}
