package dev.marque.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The re-listing example, run on the bundled sample feeds and photos as its Javadoc says. */
class RelistingExampleTest {

  @Test
  void findsTheToteThatCameBackAndTheSellersBehindItAndNothingElse(@TempDir Path dir)
      throws IOException {
    Path index = dir.resolve("removed.idx");
    Console console = Console.run(RelistingExample::main, "data/relist/removed.jsonl",
        "data/relist/feed.jsonl", index.toString());
    List<String> lines = console.out().lines().toList();
    assertThat(Files.size(index)).isPositive();
    assertThat(lines).hasSize(5);
    // reworded, another seller, the photo cut, shrunk and watermarked by the new shop
    assertThat(lines.get(0)).startsWith("1005007999000123: Re-lists removed listing"
        + " 1005006123450001: photo img/tote-new-shop.jpg matches its img/laurel-tote.jpg (PDQ"
        + " distance ").contains("a linked seller");
    // the brand's burgundy tote, photographed on the same table: another product, not a re-listing
    assertThat(lines.get(1)).isEqualTo("1005007999000456: no removed listing is back");
    assertThat(lines.get(2)).isEqualTo("1005007999000789: no removed listing is back");
    assertThat(lines.get(3)).isEqualTo("sellers acting together: aliexpress:lux-bags-888,"
        + " aliexpress:new-season-bags");
    assertThat(lines.get(4)).contains("phone number +8613800138000");
    assertThat(console.err().lines().toList()).containsExactly(
        "data/relist/feed.jsonl line 3: image img/gone.jpg: no such file",
        "data/relist/feed.jsonl line 4: title: is required");
  }
}
