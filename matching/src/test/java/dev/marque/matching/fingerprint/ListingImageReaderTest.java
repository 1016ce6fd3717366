package dev.marque.matching.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.core.Listing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A listing's images read from disk beside its feed, or fetched, and each bad one a warning. */
class ListingImageReaderTest {
  @TempDir Path dir;
  private Path feed;
  private byte[] tote;
  private final List<String> warnings = new ArrayList<>();

  @BeforeEach
  void writeAFeedDirectoryWithPhotos() throws IOException {
    Files.createDirectories(dir.resolve("img"));
    tote = Pictures.jpeg(Pictures.photo(7, 320, 240), 0.9f);
    Files.write(dir.resolve("img/tote.jpg"), tote);
    Files.write(dir.resolve("img/broken.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3});
    feed = dir.resolve("removed.jsonl"); // never read: only its directory counts
  }

  private static Listing listing(String... images) {
    return Listing.builder("R1", "Aurelia tote").images(List.of(images)).build();
  }

  @Test
  void readsRelativePathsBesideTheFeedAndFileUris() throws IOException {
    ListingImageReader reader = ListingImageReader.besideFeed(feed);
    String uri = dir.resolve("img/tote.jpg").toUri().toString();
    List<ListingImage> images = reader.read(listing("img/tote.jpg", uri), warnings::add);

    ImageFingerprint expected = ImageFingerprinter.standard().fingerprint(tote);
    assertThat(images).extracting(ListingImage::source).containsExactly("img/tote.jpg", uri);
    assertThat(images).allSatisfy(i -> assertThat(i.fingerprint().sha256())
        .isEqualTo(expected.sha256()));
    assertThat(warnings).isEmpty();
    assertThat(ListingImageReader.in(dir.resolve("img")).read(listing("tote.jpg"), warnings::add))
        .hasSize(1);
  }

  @Test
  void aMissingOrUndecodableImageIsAWarningAndTheOthersAreStillRead() {
    List<ListingImage> images = ListingImageReader.besideFeed(feed)
        .read(listing("img/gone.png", "img/broken.jpg", "img/tote.jpg"), warnings::add);

    assertThat(images).extracting(ListingImage::source).containsExactly("img/tote.jpg");
    assertThat(warnings).hasSize(2);
    assertThat(warnings.get(0)).isEqualTo("image img/gone.png: no such file");
    assertThat(warnings.get(1)).startsWith("image img/broken.jpg: ");
  }

  @Test
  void httpImagesAreFetchedOnlyThroughWhatIsGiven() {
    String url = "https://img.example/tote.jpg";
    assertThat(ListingImageReader.besideFeed(feed).read(listing(url), warnings::add)).isEmpty();
    assertThat(warnings).containsExactly(
        "image " + url + ": not compared: no way to fetch http(s) images was given");

    warnings.clear();
    List<String> asked = new ArrayList<>();
    ListingImageReader fetching = ListingImageReader.besideFeed(feed).withHttp(u -> {
      asked.add(u);
      if (u.endsWith("gone.jpg")) {
        throw new IOException("HTTP 404 from img.example");
      }
      return tote;
    });
    List<ListingImage> images = fetching.read(listing(url, "https://img.example/gone.jpg"),
        warnings::add);
    assertThat(asked).containsExactly(url, "https://img.example/gone.jpg");
    assertThat(images).extracting(ListingImage::source).containsExactly(url);
    assertThat(warnings).containsExactly("image https://img.example/gone.jpg: HTTP 404 from"
        + " img.example");
  }
}
