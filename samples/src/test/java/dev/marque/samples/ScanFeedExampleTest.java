package dev.marque.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.core.Finding;
import dev.marque.core.Verdict;
import dev.marque.core.json.MarqueJson;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The feed-scanning example, run on the bundled sample feed as its Javadoc says. */
class ScanFeedExampleTest {

  @Test
  void printsTheRiskyFindingsOfTheSampleFeedAndASummary() throws IOException {
    Console console = Console.run(ScanFeedExample::main, "data/portfolio.json",
        "data/listings-with-errors.jsonl");
    List<String> lines = console.out().lines().toList();
    assertThat(lines).isNotEmpty().allSatisfy(line -> {
      Finding f = MarqueJson.standard().readFinding(line);
      assertThat(f.assessment().verdict().isAtLeast(Verdict.SUSPICIOUS)).isTrue();
    });
    assertThat(console.err())
        .contains("line 2: ", "6 lines, 3 rejected");
  }
}
