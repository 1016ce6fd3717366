package dev.marque.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Reading a feed with for-each and as a stream, once, and closing it. */
class ListingFeedIterationTest {
  private static final String FEED = """
      {"id": "1", "title": "Aurelia tote"}
      not json

      {"id": "3", "title": "Kestrel K7"}
      """;

  private final MarqueJson json = MarqueJson.standard();

  /** A reader that records whether it was closed. */
  private static final class TrackedReader extends StringReader {
    boolean closed;

    TrackedReader(String text) {
      super(text);
    }

    @Override
    public void close() {
      closed = true;
      super.close();
    }
  }

  @Test
  void aFeedIsReadWithForEachAndClosedWithTryWithResources() throws IOException {
    TrackedReader reader = new TrackedReader(FEED);
    List<Long> parsed = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    try (MarqueJson.ListingFeed feed = json.openFeed(reader)) {
      for (FeedLine line : feed) {
        if (line instanceof FeedLine.Parsed p) {
          parsed.add(p.line());
        } else if (line instanceof FeedLine.Rejected r) {
          errors.add(r.line() + ": " + r.error());
        }
      }
    }
    assertThat(parsed).containsExactly(1L, 4L);
    assertThat(errors).singleElement().asString().startsWith("2: ");
    assertThat(reader.closed).isTrue();
  }

  @Test
  void aFeedIsAStreamWhoseCloseClosesTheFeed() {
    TrackedReader reader = new TrackedReader(FEED);
    try (Stream<FeedLine> lines = json.openFeed(reader).stream()) {
      assertThat(lines.filter(l -> l instanceof FeedLine.Parsed).map(FeedLine::line))
          .containsExactly(1L, 4L);
    }
    assertThat(reader.closed).isTrue();
  }

  @Test
  void aFeedIsReadOnce() throws IOException {
    try (MarqueJson.ListingFeed feed = json.openFeed(new StringReader(FEED))) {
      feed.iterator();
      assertThatThrownBy(feed::iterator).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("a feed is read once");
      assertThatThrownBy(feed::stream).isInstanceOf(IllegalStateException.class);
    }
  }
}
