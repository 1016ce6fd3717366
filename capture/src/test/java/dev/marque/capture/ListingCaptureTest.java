package dev.marque.capture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.capture.evidence.EvidenceStore;
import dev.marque.capture.evidence.StoredEvidence;
import dev.marque.capture.extract.ListingExtractor;
import dev.marque.capture.fetch.FetchConfig;
import dev.marque.capture.fetch.Fetcher;
import dev.marque.core.Money;
import java.nio.file.Path;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListingCaptureTest {
  @TempDir Path dir;

  @Test
  void capturesAPageIntoVerifiedEvidenceWithItsListing() throws Exception {
    String html = "<html><head><title>Nordlys Polar replica</title>"
        + "<meta property='product:price:amount' content='89.00'>"
        + "<meta property='product:price:currency' content='USD'></head></html>";
    try (MockWebServer server = new MockWebServer();
        Fetcher fetcher = Fetcher.create(FetchConfig.defaults().withHostInterval(Duration.ZERO))) {
      server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "/final").build());
      server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html")
          .body(html).build());
      server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html")
          .body("<html><body>no product here</body></html>").build());
      server.start();
      EvidenceStore store = EvidenceStore.open(dir);
      ListingCapture capture = ListingCapture.of(fetcher, ListingExtractor.standard(), store);

      StoredEvidence stored = capture.capture(server.url("/start").toString());
      var e = store.read(stored.id()).evidence();
      assertThat(e.requestedUrl()).isEqualTo(server.url("/start").toString());
      assertThat(e.finalUrl()).isEqualTo(server.url("/final").toString());
      assertThat(e.status()).isEqualTo(200);
      assertThat(e.byteLength()).isEqualTo(html.length());
      assertThat(store.readPage(e.sha256())).asString().isEqualTo(html);
      assertThat(e.listing()).hasValueSatisfying(l -> {
        assertThat(l.title()).isEqualTo("Nordlys Polar replica");
        assertThat(l.price()).hasValue(Money.of("89", "USD"));
        assertThat(l.url()).hasValue(server.url("/final").toString());
        assertThat(l.capturedAt()).hasValue(e.capturedAt());
      });

      // A page without a listing is still evidence of what the URL served.
      StoredEvidence empty = capture.capture(server.url("/nothing").toString());
      assertThat(store.read(empty.id()).evidence().listing()).isEmpty();
      assertThat(empty.evidence().warnings()).singleElement().asString()
          .startsWith("no listing extracted: page names no product");
    }
  }
}
