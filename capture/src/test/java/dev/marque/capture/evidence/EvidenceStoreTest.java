package dev.marque.capture.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marque.core.Listing;
import dev.marque.core.Money;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceStoreTest {
  @TempDir Path dir;

  private static final byte[] PAGE = "<html><title>Aurelia tote replica</title></html>"
      .getBytes(StandardCharsets.UTF_8);

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private Evidence evidence(Instant at) throws Exception {
    Listing listing = Listing.builder("1005001", "Aurelia tote replica")
        .url("https://www.aliexpress.com/item/1005001.html")
        .price(Money.of("25.00", "USD"))
        .capturedAt(at)
        .build();
    return new Evidence("https://s.click.aliexpress.com/e/_abc",
        "https://www.aliexpress.com/item/1005001.html",
        List.of("https://www.aliexpress.com/item/1005001.html"), at, 200,
        "text/html; charset=utf-8", PAGE.length, sha256(PAGE), Optional.of(listing),
        List.of("JSON-LD describes 2 products; the first was used"));
  }

  @Test
  void storesAndReadsBackARecordVerbatim() throws Exception {
    EvidenceStore store = EvidenceStore.open(dir.resolve("evidence"));
    Evidence e = evidence(Instant.parse("2026-03-01T10:15:30Z"));
    StoredEvidence stored = store.put(e, PAGE);
    assertThat(stored.id()).matches("[0-9a-f]{64}");
    assertThat(sha256(Files.readAllBytes(stored.recordFile()))).isEqualTo(stored.id());
    assertThat(stored.pageFile().getFileName().toString()).isEqualTo(e.sha256());
    assertThat(Files.readAllBytes(stored.pageFile())).isEqualTo(PAGE);

    StoredEvidence read = store.read(stored.id());
    assertThat(read.evidence()).isEqualTo(e);
    assertThat(store.readPage(e.sha256())).isEqualTo(PAGE);
    assertThat(store.ids()).containsExactly(stored.id());
    assertThat(Files.readString(stored.recordFile()))
        .contains("\"capturedAt\" : \"2026-03-01T10:15:30Z\"")
        .contains("\"sha256\" : \"" + e.sha256() + "\"")
        .contains("\"amount\" : 25.00,");
  }

  @Test
  void theSamePageCapturedTwiceIsStoredOnceWithTwoRecords() throws Exception {
    EvidenceStore store = EvidenceStore.open(dir);
    StoredEvidence first = store.put(evidence(Instant.parse("2026-03-01T10:00:00Z")), PAGE);
    StoredEvidence again = store.put(evidence(Instant.parse("2026-03-01T10:00:00Z")), PAGE);
    StoredEvidence later = store.put(evidence(Instant.parse("2026-03-02T10:00:00Z")), PAGE);
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(later.id()).isNotEqualTo(first.id());
    assertThat(later.pageFile()).isEqualTo(first.pageFile());
    assertThat(store.ids()).hasSize(2);
  }

  @Test
  void leavesNoTemporaryFilesAndIgnoresThoseOfAnInterruptedWrite() throws Exception {
    EvidenceStore store = EvidenceStore.open(dir);
    StoredEvidence stored = store.put(evidence(Instant.parse("2026-03-01T10:00:00Z")), PAGE);
    try (Stream<Path> files = Files.walk(dir)) {
      assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.startsWith(".tmp-")).hasSize(2);
    }
    // What a crash mid-write leaves behind: a partial temporary file beside the records.
    Files.writeString(stored.recordFile().resolveSibling(".tmp-123.part"), "{\"requestedU");
    assertThat(store.ids()).containsExactly(stored.id());
    assertThat(store.read(stored.id()).evidence().status()).isEqualTo(200);
  }

  @Test
  void aChangedRecordIsReportedAsTampered() throws Exception {
    EvidenceStore store = EvidenceStore.open(dir);
    StoredEvidence stored = store.put(evidence(Instant.parse("2026-03-01T10:00:00Z")), PAGE);
    String json = Files.readString(stored.recordFile());
    Files.writeString(stored.recordFile(),
        json.replace("\"amount\" : 25.00", "\"amount\" : 250.00"));
    assertThatThrownBy(() -> store.read(stored.id()))
        .isInstanceOf(TamperedEvidenceException.class)
        .hasMessageContaining("record was changed after it was written")
        .hasMessageContaining(stored.recordFile().toString());
  }

  @Test
  void aChangedTruncatedOrMissingPageIsReportedAsTampered() throws Exception {
    EvidenceStore store = EvidenceStore.open(dir);
    StoredEvidence stored = store.put(evidence(Instant.parse("2026-03-01T10:00:00Z")), PAGE);
    Files.writeString(stored.pageFile(), "<html><title>Aurelia tote</title></html>");
    assertThatThrownBy(() -> store.read(stored.id()))
        .isInstanceOf(TamperedEvidenceException.class)
        .hasMessageContaining("page was changed after it was written");
    Files.delete(stored.pageFile());
    assertThatThrownBy(() -> store.readPage(stored.evidence().sha256()))
        .isInstanceOf(TamperedEvidenceException.class)
        .hasMessageEndingWith("page is missing");
    // Storing the page again repairs the store.
    store.put(stored.evidence(), PAGE);
    assertThat(store.read(stored.id()).evidence()).isEqualTo(stored.evidence());
  }

  @Test
  void refusesBytesThatDoNotMatchTheRecord() throws Exception {
    EvidenceStore store = EvidenceStore.open(dir);
    Evidence e = evidence(Instant.parse("2026-03-01T10:00:00Z"));
    assertThatThrownBy(() -> store.put(e, "<html>other</html>".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("do not match the evidence record");
    assertThat(store.ids()).isEmpty();
  }

  @Test
  void anUnknownOrMalformedIdIsAClearError() throws Exception {
    EvidenceStore store = EvidenceStore.open(dir);
    assertThatThrownBy(() -> store.read("0".repeat(64))).isInstanceOf(NoSuchFileException.class);
    assertThatThrownBy(() -> store.read("../../etc/passwd"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id must be 64 lower-case hex digits");
  }

  @Test
  void evidenceWithoutAListingRoundTrips() throws Exception {
    EvidenceStore store = EvidenceStore.open(dir);
    byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
    Evidence e = new Evidence("https://x.example/a", "https://x.example/a", List.of(),
        Instant.parse("2026-03-01T10:00:00Z"), 200, "", png.length, sha256(png),
        Optional.empty(), List.of("no listing extracted: content is not HTML"));
    assertThat(store.read(store.put(e, png).id()).evidence()).isEqualTo(e);
  }
}
