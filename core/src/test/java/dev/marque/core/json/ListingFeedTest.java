package dev.marque.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.core.Listing;
import dev.marque.core.Marketplace;
import dev.marque.core.Money;
import dev.marque.core.Seller;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListingFeedTest {
  private final MarqueJson json = MarqueJson.standard();

  private List<FeedLine> read(String feed) throws IOException {
    List<FeedLine> lines = new ArrayList<>();
    try (MarqueJson.ListingFeed in = json.openFeed(new StringReader(feed))) {
      in.forEachRemaining(lines::add);
    }
    return lines;
  }

  @Test
  void readsAListingWithEveryPropertyAndIgnoresUnknownOnes() throws IOException {
    List<FeedLine> lines = read("""
        {"id": "1005006", "title": "Aurelia Laurel Tote replica", "marketplace": "aliexpress",
         "url": "https://www.aliexpress.com/item/1005006.html", "description": "1:1 quality",
         "price": {"amount": 25, "currency": "usd"}, "seller": {"id": "shop-88", "name": "Best Bags",
         "country": "CN"}, "shipsFrom": "CN", "images": ["https://img.example/1.jpg"],
         "capturedAt": "2026-11-28T09:30:00Z", "scraperRunId": 77, "rating": {"stars": 4.5}}
        """.replace("\n", " "));
    assertThat(lines).singleElement().isInstanceOfSatisfying(FeedLine.Parsed.class, p -> {
      Listing l = p.listing();
      assertThat(p.line()).isEqualTo(1);
      assertThat(l.marketplace()).isEqualTo(Marketplace.ALIEXPRESS);
      assertThat(l.price()).contains(Money.of("25", "USD"));
      assertThat(l.seller()).contains(new Seller("shop-88", java.util.Optional.of("Best Bags"),
          java.util.Optional.of("CN")));
      assertThat(l.images()).containsExactly("https://img.example/1.jpg");
      assertThat(l.capturedAt()).contains(Instant.parse("2026-11-28T09:30:00Z"));
    });
  }

  @Test
  void takesTheMarketplaceFromTheUrlWhenTheLineGivesNone() throws IOException {
    List<FeedLine> lines = read("""
        {"id": "B0C1", "title": "Tote", "url": "https://www.amazon.co.uk/dp/B0C1"}
        {"id": "2", "title": "Tote"}
        """);
    assertThat(lines).extracting(l -> ((FeedLine.Parsed) l).listing().marketplace())
        .containsExactly(Marketplace.AMAZON, Marketplace.OTHER);
  }

  @Test
  void aBadLineIsRejectedWithItsNumberAndTheRestIsRead() throws IOException {
    String feed = "\uFEFF{\"id\": \"1\", \"title\": \"first\"}\r\n"
        + "\r\n"
        + "{\"id\": \"2\", \"title\": \"broken\"\r\n"
        + "   \n"
        + "{\"title\": \"no id\", \"price\": {\"amount\": \"-3\", \"currency\": \"USD\"}}\n"
        + "[1, 2]\n"
        + "{\"id\": \"6\", \"title\": \"six\", \"marketplace\": \"Bazaar\"}\n"
        + "{\"id\": \"7\", \"title\": \"last\"}";
    List<FeedLine> lines = read(feed);
    assertThat(lines).extracting(FeedLine::line).containsExactly(1L, 3L, 5L, 6L, 7L, 8L);
    assertThat(((FeedLine.Parsed) lines.get(0)).listing().title()).isEqualTo("first");
    assertThat(((FeedLine.Rejected) lines.get(1)).error())
        .isEqualTo("title: is not valid JSON: it ends before the value is complete"
            + " at line 1, column 30");
    assertThat(((FeedLine.Rejected) lines.get(2)).error())
        .isEqualTo("id: is required; price.amount: must not be negative: -3");
    assertThat(((FeedLine.Rejected) lines.get(3)).error())
        .isEqualTo("expected an object, found a list");
    assertThat(((FeedLine.Rejected) lines.get(4)).error())
        .startsWith("marketplace: 'Bazaar' is not a known marketplace");
    assertThat(((FeedLine.Parsed) lines.get(5)).listing().title()).isEqualTo("last");
  }

  @Test
  void anOverlongLineIsRejectedWithoutBeingHeldWhole() throws IOException {
    String huge = "{\"id\": \"1\", \"title\": \"" + "x".repeat(JsonLines.MAX_LINE_CHARS) + "\"}";
    List<FeedLine> lines = read(huge + "\n{\"id\": \"2\", \"title\": \"after\"}\n");
    assertThat(lines).hasSize(2);
    assertThat(((FeedLine.Rejected) lines.get(0)).error())
        .isEqualTo("line is " + huge.length() + " characters long; the limit is 1048576");
    assertThat(((FeedLine.Parsed) lines.get(1)).listing().title()).isEqualTo("after");
  }

  @Test
  void linesAreSplitAtTheLimitExactly() {
    JsonLines lines = JsonLines.of(new StringReader("abcd\nabcde\r\nabc\r\n"), 4);
    assertThat(lines.next()).isEqualTo(new JsonLines.Line(1, "abcd", false, 4));
    assertThat(lines.next()).isEqualTo(new JsonLines.Line(2, "", true, 5));
    assertThat(lines.next()).isEqualTo(new JsonLines.Line(3, "abc", false, 3));
    assertThat(lines.hasNext()).isFalse();
  }

  @Test
  void streamsAFeedOfAnyLengthInConstantMemory() throws IOException {
    int count = 100_000;
    // The feed is generated as it is read, so a reader that held it whole would not keep up.
    Reader generated = new Reader() {
      private int line;
      private String current = "";
      private int pos;

      @Override
      public int read(char[] buf, int off, int len) {
        if (pos == current.length()) {
          if (line == count) {
            return -1;
          }
          line++;
          current = line % 1000 == 0 ? "not json\n"
              : "{\"id\":\"" + line + "\",\"title\":\"Aurelia tote " + line + "\"}\n";
          pos = 0;
        }
        int n = Math.min(len, current.length() - pos);
        current.getChars(pos, pos + n, buf, off);
        pos += n;
        return n;
      }

      @Override
      public void close() {}
    };
    long parsed = 0;
    long rejected = 0;
    long lastLine = 0;
    try (MarqueJson.ListingFeed feed = json.openFeed(generated)) {
      while (feed.hasNext()) {
        FeedLine line = feed.next();
        lastLine = line.line();
        if (line instanceof FeedLine.Parsed) {
          parsed++;
        } else {
          rejected++;
        }
      }
    }
    assertThat(parsed).isEqualTo(count - count / 1000);
    assertThat(rejected).isEqualTo(count / 1000);
    assertThat(lastLine).isEqualTo(count);
  }
}
