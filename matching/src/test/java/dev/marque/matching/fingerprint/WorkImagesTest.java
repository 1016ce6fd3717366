package dev.marque.matching.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.core.InfringementEvidence.ImageCopy;
import dev.marque.core.rights.Copyright;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The image-copy evidence a copyright claim rests on: which listing photo copies which work photo. */
class WorkImagesTest {
  private static final String CATALOGUE = "Aurelia 2026 catalogue photographs";
  private static final String PRINT = "Aurelia Laurel monogram print";

  private static ListingImage image(String source, byte[] bytes) {
    try {
      return new ListingImage(source, ImageFingerprinter.standard().fingerprint(bytes));
    } catch (ImageDecodeException e) {
      throw new AssertionError(e);
    }
  }

  private final byte[] toteFront = Pictures.jpeg(Pictures.photo(1, 800, 800), 0.95f);
  private final WorkImages works = WorkImages.builder()
      .add(CATALOGUE, image("catalogue/AUR-TOTE-01.jpg", toteFront))
      .add(CATALOGUE, image("catalogue/AUR-TOTE-02.jpg",
          Pictures.jpeg(Pictures.photo(2, 800, 800), 0.95f)))
      .add(PRINT, image("print/laurel.png", Pictures.encode(Pictures.photo(3, 600, 600), "png")))
      .build();

  private static Copyright copyright(String work) {
    return new Copyright(work, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), List.of(), List.of(), Optional.empty(), Optional.empty());
  }

  @Test
  void aResizedReEncodedCatalogueImageIsACopyByPdqThatSupportsThatCopyrightOnly() {
    ListingImage listingPhoto = image("https://img.example/l1.jpg",
        Pictures.jpeg(Pictures.resize(Pictures.photo(1, 800, 800), 0.6), 0.7f));
    List<ImageCopy> copies = works.copies(List.of(listingPhoto));
    assertThat(copies).singleElement().satisfies(c -> {
      assertThat(c.right()).isEqualTo(CATALOGUE);
      assertThat(c.listingImage()).isEqualTo("https://img.example/l1.jpg");
      assertThat(c.workImage()).isEqualTo("catalogue/AUR-TOTE-01.jpg");
      assertThat(c.algorithm()).isEqualTo("PDQ");
      assertThat(c.distance()).isBetween(0, WorkImages.PDQ_THRESHOLD);
      assertThat(c.threshold()).isEqualTo(31);
      assertThat(c.supports(copyright(CATALOGUE))).isTrue();
      assertThat(c.supports(copyright(PRINT))).isFalse();
    });
  }

  @Test
  void theSameFileIsReportedAsIdenticalBytes() {
    List<ImageCopy> copies = works.copies(List.of(image("p.jpg", toteFront)));
    assertThat(copies).singleElement().satisfies(c -> {
      assertThat(c.algorithm()).isEqualTo("SHA-256");
      assertThat(c.distance()).isZero();
      assertThat(c.workImage()).isEqualTo("catalogue/AUR-TOTE-01.jpg");
      assertThat(c.isMatch()).isTrue();
    });
  }

  @Test
  void aPhotoOfSomethingElseIsNoEvidenceOfCopying() {
    ListingImage other = image("other.jpg", Pictures.jpeg(Pictures.photo(9, 800, 800), 0.9f));
    assertThat(works.copies(List.of(other))).isEmpty();
    assertThat(works.copies(List.of())).isEmpty();
  }

  @Test
  void eachListingImageGivesItsOwnEvidenceInOrder() {
    List<ImageCopy> copies = works.copies(List.of(
        image("a.jpg", Pictures.jpeg(Pictures.photo(3, 600, 600), 0.8f)),
        image("b.jpg", Pictures.jpeg(Pictures.photo(9, 800, 800), 0.8f)),
        image("c.jpg", Pictures.jpeg(Pictures.photo(2, 800, 800), 0.6f))));
    assertThat(copies).extracting(ImageCopy::listingImage, ImageCopy::right, ImageCopy::workImage)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a.jpg", PRINT, "print/laurel.png"),
            org.assertj.core.groups.Tuple.tuple("c.jpg", CATALOGUE, "catalogue/AUR-TOTE-02.jpg"));
  }
}
