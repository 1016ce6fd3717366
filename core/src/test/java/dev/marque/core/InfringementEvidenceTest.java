package dev.marque.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marque.core.json.InvalidInputException;
import dev.marque.core.json.MarqueJson;
import dev.marque.core.rights.Copyright;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evidence of copying: what it supports, how it travels in scan output, how files are checked. */
class InfringementEvidenceTest {
  private static final MarqueJson JSON = MarqueJson.standard();
  private static final Copyright PHOTOS = new Copyright("Vireo 2026 photographs",
      Optional.empty(), Optional.empty(), Optional.of("VA 2-000-005"),
      Optional.of(Jurisdiction.US), List.of(), List.of(), Optional.empty());

  private static final String LINE = "{\"listingId\":\"B01\",\"marketplace\":\"AMAZON\","
      + "\"title\":\"Vireo satchel\",\"mentions\":[],\"assessment\":{\"score\":0.9,"
      + "\"verdict\":\"SUSPICIOUS\",\"reasons\":[{\"code\":\"CUE_WORD\",\"message\":\"replica\"}]},\"evidence\":[{\"type\":"
      + "\"image-copy\",\"right\":\"VA 2-000-005\",\"listingImage\":\"https://i.example/1.jpg\","
      + "\"workImage\":\"photos/1.jpg\",\"algorithm\":\"PDQ\",\"distance\":12,\"threshold\":31},"
      + "{\"type\":\"text-copy\",\"right\":\"Vireo 2026 photographs\",\"field\":\"DESCRIPTION\","
      + "\"listingText\":\"hand-stitched in Leeds\",\"workText\":\"hand-stitched in Leeds\"}]}";

  @Test
  void anImageMatchSupportsTheWorkItNamesOnlyWithinItsThreshold() {
    var match = new InfringementEvidence.ImageCopy("vireo 2026 PHOTOGRAPHS", "l.jpg", "w.jpg",
        "PDQ", 31, 31);
    var far = new InfringementEvidence.ImageCopy("VA 2-000-005", "l.jpg", "w.jpg", "PDQ", 32, 31);
    var other = new InfringementEvidence.ImageCopy("Another work", "l.jpg", "w.jpg", "PDQ", 0, 31);
    assertThat(match.supports(PHOTOS)).as("named by its subject, any case").isTrue();
    assertThat(far.supports(PHOTOS)).as("beyond the threshold").isFalse();
    assertThat(other.supports(PHOTOS)).as("another work").isFalse();
  }

  @Test
  void evidenceTravelsWithTheFindingThroughTheScanOutputFormat() {
    Finding f = JSON.readFinding(LINE);
    assertThat(f.evidence()).hasSize(2);
    assertThat(f.evidence().get(0)).isInstanceOfSatisfying(InfringementEvidence.ImageCopy.class,
        i -> assertThat(i.distance()).isEqualTo(12));
    assertThat(f.evidence().get(1)).isInstanceOf(InfringementEvidence.TextCopy.class);
    String written = JSON.writeFinding(f);
    assertThat(written).contains("\"evidence\":[{\"type\":\"image-copy\"")
        .contains("{\"type\":\"text-copy\"");
    assertThat(JSON.readFinding(written)).isEqualTo(f);
    assertThat(JSON.writeFinding(new Finding(f.listing(), f.mentions(), f.assessment())))
        .as("a finding without evidence is written as before").doesNotContain("evidence");
  }

  @Test
  void anUnknownKindOfEvidenceIsNamedByItsPath() {
    assertThatThrownBy(() -> JSON.readFinding(LINE.replace("text-copy", "hunch")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("evidence[1].type: 'hunch' is not a kind of evidence: use one of"
            + " image-copy, text-copy, attached");
  }

  @Test
  void anEvidenceFileIsVerifiedAndAChangedOrMissingOneIsRefused(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("comparison.txt");
    Files.writeString(file, "side by side", StandardCharsets.UTF_8);
    EvidenceFile recorded = EvidenceFile.of(file, "side-by-side comparison");
    assertThat(recorded.sha256()).hasSize(64);
    EvidenceFile relative = new EvidenceFile("comparison.txt", recorded.sha256(),
        Optional.empty(), recorded.size(), Optional.empty());
    assertThat(relative.verify(dir)).isEmpty();

    Files.writeString(file, "side by sidE", StandardCharsets.UTF_8);
    assertThat(relative.verify(dir)).hasValueSatisfying(m -> assertThat(m)
        .contains("comparison.txt has SHA-256").contains("the file has changed"));
    Files.writeString(file, "longer than before", StandardCharsets.UTF_8);
    assertThat(relative.verify(dir)).hasValueSatisfying(m -> assertThat(m)
        .contains("is 18 bytes, not the 12 recorded"));
    Files.delete(file);
    assertThat(relative.verify(dir)).hasValueSatisfying(m -> assertThat(m)
        .contains("comparison.txt does not exist"));
    assertThatThrownBy(() -> new EvidenceFile("x", "abc", Optional.empty(), Optional.empty(),
        Optional.empty())).hasMessageContaining("sha256 'abc' is not a SHA-256");
  }

  @Test
  void anEvidenceFileMapsListingsToEvidenceAndReportsProblemsByPath(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("evidence.json");
    Files.writeString(file, "{\"listings\": {\"B01\": [{\"type\": \"attached\", \"right\":"
        + " \"Vireo clasp\", \"shows\": \"the clasp has the registered design\", \"file\":"
        + " {\"path\": \"clasp.pdf\", \"sha256\": \"" + "ab".repeat(32) + "\", \"size\": 10}}]}}",
        StandardCharsets.UTF_8);
    Map<String, List<InfringementEvidence>> read = JSON.readEvidence(file);
    assertThat(read.get("B01")).singleElement()
        .isInstanceOfSatisfying(InfringementEvidence.Attached.class,
            a -> assertThat(a.file().size()).contains(10L));
    Files.writeString(file, "{\"listings\": {\"B01\": [{\"type\": \"image-copy\"}]}}",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> JSON.readEvidence(file)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("listings.B01[0].right: is required")
        .hasMessageContaining("listings.B01[0].distance");
  }
}
