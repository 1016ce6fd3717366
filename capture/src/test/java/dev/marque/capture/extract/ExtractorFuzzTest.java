package dev.marque.capture.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.marque.core.json.MarqueJson;

/**
 * Fuzz target for the listing extractor over arbitrary pages (Jazzer): whatever bytes a page
 * holds, extraction gives a listing that the feed reader reads back as the same listing, or a
 * {@link PageRejectedException} saying why — never another exception.
 *
 * <p>{@code mvn verify} replays {@code ExtractorFuzzTestInputs/page};
 * {@code JAZZER_FUZZ=1 mvn -pl capture test -Dtest=ExtractorFuzzTest} fuzzes for
 * {@code maxDuration}.
 */
class ExtractorFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void page(byte[] data) {
    Extraction extraction;
    try {
      extraction = ListingExtractor.standard().extract(data, "https://www.aliexpress.com/item/1.html");
    } catch (PageRejectedException e) {
      assertThat(e.getMessage()).isNotBlank().hasSizeLessThan(2000);
      return;
    }
    MarqueJson json = MarqueJson.standard();
    assertThat(json.readListing(json.write(extraction.listing())))
        .isEqualTo(extraction.listing());
  }
}
