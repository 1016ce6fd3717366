package dev.marque.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marque.core.EvidenceFile;
import dev.marque.core.InfringementEvidence;
import dev.marque.core.ListingField;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evidence file: what {@link MarqueJson#writeEvidence} writes, {@code readEvidence} reads. */
class EvidenceJsonTest {
  private static final MarqueJson JSON = MarqueJson.standard();

  private static final InfringementEvidence.ImageCopy PHOTO = new InfringementEvidence.ImageCopy(
      "Aurelia catalogue", "https://img.example/1.jpg", "catalogue/tote.png", "PDQ", 12, 31);

  @Test
  void anImageCopyIsWrittenWithItsTypeFirstAsMarqueCopiesWritesIt() {
    assertThat(JSON.writeEvidence(Map.of("1005006", List.of(PHOTO)))).isEqualTo("""
        {
          "listings" : {
            "1005006" : [ {
              "type" : "image-copy",
              "right" : "Aurelia catalogue",
              "listingImage" : "https://img.example/1.jpg",
              "workImage" : "catalogue/tote.png",
              "algorithm" : "PDQ",
              "distance" : 12,
              "threshold" : 31
            } ]
          }
        }""");
  }

  @Test
  void everyKindOfEvidenceReadsBackInOrder(@TempDir Path dir) throws IOException {
    Map<String, List<InfringementEvidence>> byListing = new LinkedHashMap<>();
    byListing.put("B02 \"quoted\" \u53e4", List.of(
        new InfringementEvidence.TextCopy("Vireo manual", ListingField.DESCRIPTION,
            "Step 1: open the <b>clasp</b>", "Step 1: open the clasp"),
        PHOTO));
    byListing.put("A01", List.of(new InfringementEvidence.Attached("Vireo clasp",
        "the clasp has the registered design", new EvidenceFile("clasp.pdf", "ab".repeat(32),
            Optional.of("side by side"), Optional.of(10L), Optional.of(LocalDate.of(2026, 3, 1))),
        Optional.of("test purchase"))));
    byListing.put("C03", List.of());
    Path file = dir.resolve("evidence.json");
    Files.writeString(file, JSON.writeEvidence(byListing) + "\n", StandardCharsets.UTF_8);
    Map<String, List<InfringementEvidence>> read = JSON.readEvidence(file);
    assertThat(read).containsExactlyEntriesOf(byListing);
    assertThat(read.keySet()).containsExactly("B02 \"quoted\" \u53e4", "A01", "C03");
  }

  @Test
  void aMissingListOrEntryIsNamed() {
    Map<String, List<InfringementEvidence>> byListing = new LinkedHashMap<>();
    byListing.put("L1", null);
    assertThatThrownBy(() -> JSON.writeEvidence(byListing))
        .isInstanceOf(NullPointerException.class).hasMessage("byListing[L1] must not be null");
    byListing.put("L1", Arrays.asList(PHOTO, null));
    assertThatThrownBy(() -> JSON.writeEvidence(byListing))
        .isInstanceOf(NullPointerException.class).hasMessage("byListing[L1][1] must not be null");
  }
}
