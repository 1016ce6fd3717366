package dev.marque.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.marque.core.Listing;
import dev.marque.core.Money;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz target for the feed line readers (Jazzer): whatever bytes a line holds, decoded as
 * {@code marque scan} decodes them, the fast reader either gives way or reads exactly what the
 * general reader reads (neither is called through the other), and {@link MarqueJson#readFeedLine}
 * never throws and words every rejection briefly, without internals.
 *
 * <p>{@code mvn verify} replays the committed corpus in {@code FeedLineFuzzTestInputs/feedLine};
 * {@code JAZZER_FUZZ=1 mvn -pl core test -Dtest=FeedLineFuzzTest} fuzzes for {@code maxDuration}.
 */
class FeedLineFuzzTest {
  private static final MarqueJson JSON = MarqueJson.standard();
  private static final FastListingReader FAST =
      new FastListingReader(JSON.limits());

  @FuzzTest(maxDuration = "5m")
  void feedLine(byte[] data) {
    String line = new String(data, StandardCharsets.UTF_8);
    Listing fast = FAST.read(line);
    Object general;
    try {
      general = JSON.readListingStrict(line);
    } catch (InvalidInputException e) {
      general = e.problems();
    }
    if (fast != null) {
      assertThat(general).isEqualTo(fast);
      // Money compares amounts by value; the readers must agree on the scale too
      assertThat(((Listing) general).price().map(Money::amount))
          .isEqualTo(fast.price().map(Money::amount));
    }
    FeedLine read = JSON.readFeedLine(new JsonLines.Line(1, line, false, line.length()));
    if (read instanceof FeedLine.Rejected rejected) {
      assertThat(rejected.error()).hasSizeLessThan(2000).doesNotContain("an internal error");
      for (String internal : HostileJsonTest.INTERNALS) {
        assertThat(rejected.error()).doesNotContain(internal);
      }
    } else {
      assertThat(((FeedLine.Parsed) read).listing()).isEqualTo(general);
    }
  }
}
