package dev.marque.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.capture.evidence.EvidenceStore;
import dev.marque.core.Listing;
import dev.marque.core.Money;
import dev.marque.core.json.MarqueJson;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FetchCommandTest {
  @TempDir Path dir;

  @Test
  void fetchesStoresEvidenceAndPrintsListings() throws Exception {
    String page = Files.readString(Path.of("../samples/data/pages/shopee-nordlys-fjord-aaa.html"));
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse.Builder().code(301).addHeader("Location", "/item").build());
      server.enqueue(new MockResponse.Builder().code(200)
          .addHeader("Content-Type", "text/html; charset=utf-8").body(page).build());
      server.enqueue(new MockResponse.Builder().code(404).body("gone").build());
      server.start();
      Path evidence = dir.resolve("evidence");
      String start = server.url("/i.345678.9876543210").toString();
      String gone = server.url("/gone").toString();

      CommandRun run = CommandRun.of("fetch", "--evidence", evidence.toString(),
          "--host-interval-ms", "0", "--max-attempts", "1", start, gone);

      assertThat(run.exitCode()).isEqualTo(1);
      Listing listing = MarqueJson.standard().readListing(run.out().strip());
      assertThat(listing.title()).startsWith("N0RDLYS Fjord 36 AAA 1:1");
      assertThat(listing.price()).hasValue(Money.of("29.90", "SGD"));
      assertThat(listing.capturedAt()).isPresent();
      assertThat(run.err()).contains(start + ": evidence ")
          .contains("via 1 redirect to " + server.url("/item"))
          .contains(gone + ": failed (HTTP_STATUS): HTTP 404 from " + gone);

      EvidenceStore store = EvidenceStore.open(evidence);
      assertThat(store.ids()).singleElement().satisfies(id -> {
        var e = store.read(id).evidence();
        assertThat(e.requestedUrl()).isEqualTo(start);
        assertThat(e.listing()).hasValue(listing);
        assertThat(store.readPage(e.sha256())).asString().isEqualTo(page);
      });
    }
  }

  @Test
  void anUnusableOptionIsAUsageError() {
    CommandRun run = CommandRun.of("fetch", "--evidence", dir.toString(), "--max-attempts", "0",
        "https://www.ebay.com/itm/256123456789");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("maxAttempts must be 1..10: 0");
  }
}
