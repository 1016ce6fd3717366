package dev.marque.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marque.capture.evidence.EvidenceStore;
import dev.marque.capture.evidence.StoredEvidence;
import dev.marque.capture.fetch.FetchConfig;
import dev.marque.capture.fetch.FetchException;
import dev.marque.capture.fetch.FetchException.Problem;
import dev.marque.capture.fetch.Fetcher;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A listing's photos fetched over real HTTP on loopback and kept as evidence. */
@Timeout(30)
class ImageCaptureTest {
  private static final FetchConfig FAST = FetchConfig.defaults()
      .withHostInterval(Duration.ZERO)
      .withBackoff(Duration.ofMillis(1), Duration.ofMillis(5))
      .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5));

  @TempDir
  Path dir;
  private MockWebServer server;
  private Fetcher fetcher;
  private EvidenceStore store;
  private ImageCapture images;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
    fetcher = Fetcher.create(FAST);
    store = EvidenceStore.open(dir.resolve("evidence"));
    images = ImageCapture.of(fetcher, store);
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  private static byte[] png() throws Exception {
    BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.ORANGE);
    g.fillOval(8, 8, 40, 30);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  private static MockResponse image(byte[] bytes, String type) {
    return new MockResponse.Builder().code(200).addHeader("Content-Type", type)
        .body(new Buffer().write(bytes)).build();
  }

  @Test
  void aPhotoIsFetchedAskingForImagesAndKeptByteForByteAsEvidence() throws Exception {
    byte[] png = png();
    server.enqueue(image(png, "image/png"));
    String url = server.url("/goods/1005001/main.png").toString();

    CapturedImage captured = images.capture(url);

    assertThat(captured.bytes()).isEqualTo(png);
    assertThat(server.takeRequest().getHeaders().get("Accept")).startsWith("image/");
    StoredEvidence again = store.read(captured.evidence().id());
    assertThat(again.evidence().requestedUrl()).isEqualTo(url);
    assertThat(again.evidence().contentType()).isEqualTo("image/png");
    assertThat(again.evidence().listing()).isEmpty();
    assertThat(store.readPage(again.evidence().sha256())).isEqualTo(png);
    assertThat(Files.readAllBytes(again.pageFile())).isEqualTo(png);
  }

  @Test
  void theSameUrlTwiceIsFetchedOnceAndReadBackFromTheStore() throws Exception {
    byte[] png = png();
    server.enqueue(image(png, "image/png"));
    String url = server.url("/p.png").toString();
    CapturedImage first = images.capture(url);
    CapturedImage second = images.capture(url);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(second.bytes()).isEqualTo(png);
    assertThat(second.evidence().id()).isEqualTo(first.evidence().id());
  }

  @Test
  void aRedirectAndAServerErrorAreFollowedAndRetriedAsForPages() throws Exception {
    byte[] png = png();
    server.enqueue(new MockResponse.Builder().code(301).addHeader("Location", "/cdn/p.png")
        .build());
    server.enqueue(new MockResponse.Builder().code(503).body("busy").build());
    server.enqueue(new MockResponse.Builder().code(301).addHeader("Location", "/cdn/p.png")
        .build());
    server.enqueue(image(png, "application/octet-stream"));
    CapturedImage captured = images.capture(server.url("/p.png").toString());
    assertThat(captured.bytes()).isEqualTo(png);
    assertThat(captured.evidence().evidence().finalUrl()).endsWith("/cdn/p.png");
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void aPageWhereAPhotoShouldBeIsRefusedAsNotAnImageAndNothingIsStored() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html")
        .body("<html>login</html>").build());
    assertThatThrownBy(() -> images.capture(server.url("/p.jpg").toString()))
        .isInstanceOfSatisfying(FetchException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.NOT_IMAGE);
          assertThat(e.getMessage()).contains("'text/html', not an image");
        });
    assertThat(store.ids()).isEmpty();
  }

  @Test
  void aMissingPhotoIsAnHttpStatusProblemNamingTheUrl() {
    server.enqueue(new MockResponse.Builder().code(404).body("gone").build());
    String url = server.url("/gone.jpg").toString();
    assertThatThrownBy(() -> images.capture(url))
        .isInstanceOfSatisfying(FetchException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.HTTP_STATUS);
          assertThat(e.getMessage()).contains("404").contains(url);
        });
  }
}
