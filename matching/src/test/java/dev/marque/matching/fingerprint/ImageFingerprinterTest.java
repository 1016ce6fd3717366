package dev.marque.matching.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFingerprinterTest {
  private final ImageFingerprinter hasher = ImageFingerprinter.standard();
  private final BufferedImage original = Pictures.photo(7, 800, 600);
  private final ImageFingerprint reference = fp(Pictures.encode(original, "png"));

  private ImageFingerprint fp(byte[] bytes) {
    try {
      return hasher.fingerprint(bytes);
    } catch (ImageDecodeException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aReEncodedResizedCroppedOrWatermarkedCopyStaysWithinTheMatchRadius() {
    assertThat(fp(Pictures.jpeg(original, 0.6f)).pdq().distance(reference.pdq())).isLessThanOrEqualTo(8);
    assertThat(fp(Pictures.jpeg(Pictures.resize(original, 0.4), 0.8f)).pdq().distance(reference.pdq()))
        .isLessThanOrEqualTo(12);
    assertThat(fp(Pictures.encode(Pictures.watermark(original, "SHOP-88 BEST PRICE"), "png")).pdq()
        .distance(reference.pdq())).isLessThanOrEqualTo(ImageHashIndex.DEFAULT_RADIUS);
  }

  @Test
  void aCroppedCopyIsFoundByDHashWherePdqLosesIt() {
    // PDQ is known to be fragile under cropping (Meta says so); dHash's coarse 9x8 grid is not.
    ImageFingerprint cropped = fp(Pictures.encode(Pictures.crop(original, 0.10), "png"));
    assertThat(cropped.dHashDistance(reference)).isLessThanOrEqualTo(12);
    assertThat(cropped.pdq().distance(reference.pdq())).isGreaterThan(ImageHashIndex.DEFAULT_RADIUS);
  }

  @Test
  void aPhotoShrunkIntoAShopsFrameMeetsTheOriginalThroughThePictureInsideTheFrame() {
    ImageFingerprint framed = fp(Pictures.jpeg(
        Pictures.framed(original, 0.85, "HOT SALE 50% OFF"), 0.8f));
    // the frame moves the whole picture's hash and every crop of the grid out of reach
    assertThat(framed.pdq().distance(reference.pdq())).isGreaterThan(ImageHashIndex.DEFAULT_RADIUS);
    // the grid's 27 crops, then the picture inside the frame
    assertThat(framed.crops()).hasSize(28);
    assertThat(framed.crops().get(27).pdq().distance(reference.pdq())).isLessThanOrEqualTo(16);
    assertThat(framed.cropDistance(reference)).isLessThanOrEqualTo(16);
    assertThat(RelistingIndex.photosMatch(framed, reference)).isTrue();
  }

  @Test
  void twoProductsInTheSameShopsFrameDoNotMatch() {
    // the frame they share is what is cut off; what is left are two different pictures
    for (long seed = 100; seed < 106; seed++) {
      ImageFingerprint a = fp(Pictures.jpeg(
          Pictures.framed(Pictures.photo(seed, 800, 600), 0.85, "HOT SALE 50% OFF"), 0.8f));
      assertThat(RelistingIndex.photosMatch(a, fp(Pictures.jpeg(
          Pictures.framed(original, 0.85, "HOT SALE 50% OFF"), 0.8f)))).as("seed %d", seed).isFalse();
    }
  }

  @Test
  void anotherPictureIsFarAway() {
    for (long seed = 100; seed < 110; seed++) {
      ImageFingerprint other = fp(Pictures.encode(Pictures.photo(seed, 800, 600), "png"));
      assertThat(other.pdq().distance(reference.pdq())).as("seed %d", seed).isGreaterThan(50);
      assertThat(other.dHashDistance(reference)).as("seed %d", seed).isGreaterThan(14);
    }
  }

  @Test
  void theSameBytesGiveTheSameFingerprintAndShaTellsExactCopies() {
    byte[] png = Pictures.encode(original, "png");
    ImageFingerprint again = fp(png.clone());
    assertThat(again).isEqualTo(reference);
    assertThat(again.sameBytes(reference)).isTrue();
    ImageFingerprint jpeg = fp(Pictures.jpeg(original, 0.9f));
    assertThat(jpeg.sameBytes(reference)).isFalse();
    assertThat(reference.sha256()).hasSize(64).matches("[0-9a-f]+");
    assertThat(reference.width()).isEqualTo(800);
    assertThat(reference.height()).isEqualTo(600);
  }

  @Test
  void dHashAgreesWithPdqOnWhatIsTheSamePicture() {
    ImageFingerprint copy = fp(Pictures.jpeg(Pictures.resize(original, 0.5), 0.7f));
    ImageFingerprint other = fp(Pictures.encode(Pictures.photo(8, 800, 600), "png"));
    assertThat(copy.dHashDistance(reference)).isLessThanOrEqualTo(8);
    assertThat(other.dHashDistance(reference)).isGreaterThan(12);
  }

  @Test
  void aFlatImageHasLowQualityAndADetailedOneHigh() {
    BufferedImage flat = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
    assertThat(fp(Pictures.encode(flat, "png")).quality()).isZero();
    assertThat(reference.quality()).isGreaterThan(49);
  }

  @Test
  void pngGifBmpAndJpegAllDecodeToTheSamePicture() {
    BufferedImage small = Pictures.photo(3, 320, 240);
    PdqHash png = fp(Pictures.encode(small, "png")).pdq();
    assertThat(fp(Pictures.encode(small, "bmp")).pdq()).isEqualTo(png);
    assertThat(fp(Pictures.jpeg(small, 0.95f)).pdq().distance(png)).isLessThanOrEqualTo(6);
    assertThat(fp(Pictures.encode(small, "gif")).pdq().distance(png)).isLessThanOrEqualTo(20);
  }

  @Test
  void bytesThatAreNotAnImageAreRefusedWithAReason(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> hasher.fingerprint("<html>not found</html>".getBytes()))
        .isInstanceOf(ImageDecodeException.class)
        .hasMessageContaining("not an image in a known format");
    byte[] truncated = java.util.Arrays.copyOf(Pictures.jpeg(original, 0.8f), 200);
    assertThatThrownBy(() -> hasher.fingerprint(truncated)).isInstanceOf(ImageDecodeException.class);
    Path empty = Files.write(dir.resolve("empty.jpg"), new byte[0]);
    assertThatThrownBy(() -> hasher.fingerprint(empty))
        .isInstanceOf(ImageDecodeException.class)
        .hasMessageContaining("empty.jpg");
  }

  @Test
  void theFastPathForDecodedJpegsGivesTheSameHashAsTheGeneralOne() throws Exception {
    byte[] jpeg = Pictures.jpeg(original, 0.8f);
    BufferedImage decoded = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(jpeg));
    assertThat(decoded.getType()).isEqualTo(BufferedImage.TYPE_3BYTE_BGR);
    BufferedImage asInts = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_INT_RGB);
    asInts.createGraphics().drawImage(decoded, 0, 0, null);
    assertThat(hasher.pdq(decoded)).isEqualTo(hasher.pdq(asInts));
    assertThat(fp(jpeg).pdq()).isEqualTo(hasher.pdq(decoded));
  }

  @Test
  void aFileIsReadFromDisk(@TempDir Path dir) throws Exception {
    Path file = Files.write(dir.resolve("photo.png"), Pictures.encode(original, "png"));
    assertThat(hasher.fingerprint(file)).isEqualTo(reference);
  }
}
