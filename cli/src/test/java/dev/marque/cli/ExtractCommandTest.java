package dev.marque.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.core.Listing;
import dev.marque.core.Marketplace;
import dev.marque.core.Money;
import dev.marque.core.json.MarqueJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  private static final Path PAGES = Path.of("../samples/data/pages");

  private static List<String> samplePages() throws IOException {
    try (Stream<Path> files = Files.list(PAGES)) {
      return files.map(Path::toString).filter(p -> p.endsWith(".html")).sorted().toList();
    }
  }

  @Test
  void extractsEverySamplePageAsAFeedLineThatValidates() throws Exception {
    List<String> pages = samplePages();
    CommandRun run = CommandRun.of(Stream.concat(Stream.of("extract"), pages.stream())
        .toArray(String[]::new));
    assertThat(run.exitCode()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(pages.size());
    List<Listing> listings = lines.stream().map(MarqueJson.standard()::readListing).toList();
    assertThat(listings).extracting(Listing::marketplace).containsExactly(Marketplace.ALIEXPRESS,
        Marketplace.AMAZON, Marketplace.DHGATE, Marketplace.EBAY, Marketplace.SHOPEE);
    Listing replica = listings.get(0);
    assertThat(replica.id()).isEqualTo("1005006123456789");
    assertThat(replica.title()).contains("AURELlA Laurel Tote 1:1");
    assertThat(replica.price()).hasValue(Money.of("39.90", "USD"));
    assertThat(replica.seller().map(s -> s.id())).hasValue("912345678");

    // What extract prints is what the feed readers take: validate finds nothing wrong.
    CommandRun validate = CommandRun.withStdin(run.out(), "validate", "--listings", "-");
    assertThat(validate.exitCode()).isZero();
    assertThat(validate.out()).contains("5 listings read, 0 lines rejected");
  }

  @Test
  void theUrlOptionGivesMarketplaceAndIdToAPageWithoutCanonicalLink(@TempDir Path dir)
      throws Exception {
    Path page = Files.writeString(dir.resolve("item.html"),
        "<html><head><title>Aurelia Mini Crossbody replica</title></head></html>");
    CommandRun run = CommandRun.of("extract", "--url",
        "https://detail.tmall.com/item.htm?id=681234567891", page.toString());
    assertThat(run.exitCode()).isZero();
    Listing listing = MarqueJson.standard().readListing(run.out().strip());
    assertThat(listing.marketplace()).isEqualTo(Marketplace.TMALL);
    assertThat(listing.id()).isEqualTo("681234567891");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void warningsGoToStandardErrorAndRejectedPagesExitWithOne(@TempDir Path dir)
      throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.html"), "<html><head><title>Tote</title>"
        + "<script type='application/ld+json'>{\"@type\": \"Product\",</script></head></html>");
    Path image = Files.write(dir.resolve("photo.html"),
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    Path out = dir.resolve("listings.jsonl");
    CommandRun run = CommandRun.of("extract", "--out", out.toString(), broken.toString(),
        image.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).singleElement().asString()
        .contains("\"title\":\"Tote\"");
    assertThat(run.err())
        .contains(broken + ": warning: JSON-LD block 1 is not valid JSON")
        .contains(image + ": rejected: content is not HTML: it looks like a PNG image");
  }

  @Test
  void aMissingPageOrUrlWithManyPagesIsAUsageError(@TempDir Path dir) throws Exception {
    CommandRun missing = CommandRun.of("extract", dir.resolve("nope.html").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.html: no such file");
    List<String> pages = samplePages();
    CommandRun many = CommandRun.of("extract", "--url", "https://www.ebay.com/itm/256123456789",
        pages.get(0), pages.get(1));
    assertThat(many.exitCode()).isEqualTo(2);
    assertThat(many.err()).contains("--url is the address of one page");
  }
}
