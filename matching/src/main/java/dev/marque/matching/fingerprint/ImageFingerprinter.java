package dev.marque.matching.fingerprint;

import dev.marque.matching.fingerprint.internal.CropGrid;
import dev.marque.matching.fingerprint.internal.DHash;
import dev.marque.matching.fingerprint.internal.Erosion;
import dev.marque.matching.fingerprint.internal.ImageDecoding;
import dev.marque.matching.fingerprint.internal.Pdq;
import dev.marque.matching.fingerprint.internal.PlainBorder;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Fingerprints images: decodes them (JPEG including CMYK, PNG, GIF, BMP, WebP) and computes the
 * SHA-256, PDQ and dHash of each. Immutable and thread-safe; share the {@link #standard()} one.
 *
 * <pre>{@code
 * ImageFingerprinter hasher = ImageFingerprinter.standard();
 * ImageFingerprint listed = hasher.fingerprint(Path.of("listing-photo.webp"));
 * ImageFingerprint work = hasher.fingerprint(Path.of("catalogue-photo.jpg"));
 * listed.pdq().distance(work.pdq());   // 0..256; 31 or less is the same picture
 * }</pre>
 *
 * <p>The PDQ implementation follows Meta's published description of the algorithm. Checked
 * against the hashes Meta publishes for its test photos: identical bits for the photos small
 * enough that decoding cannot differ (128x128 to 512x512), and within 8 bits for the 1600x1004
 * originals, whose JPEG decoding differs slightly between libraries (Meta accepts up to 10).
 * EXIF orientation is not applied: the stored pixels are hashed, as the reference does.
 */
public final class ImageFingerprinter {
  private static final ImageFingerprinter STANDARD = new ImageFingerprinter();
  private static final ThreadLocal<Pdq> PDQ = ThreadLocal.withInitial(Pdq::new);
  private static final ThreadLocal<Erosion> EROSION = ThreadLocal.withInitial(Erosion::new);

  /** The largest encoded image read, in bytes. */
  public static final int MAX_BYTES = 64 * 1024 * 1024;

  private ImageFingerprinter() {}

  /**
   * The fingerprinter.
   *
   * @return the shared instance
   */
  public static ImageFingerprinter standard() {
    return STANDARD;
  }

  /**
   * Decodes and fingerprints an encoded image.
   *
   * @param encoded the file's bytes
   * @return the fingerprint
   * @throws ImageDecodeException if the bytes are not an image marque can decode, or too large
   */
  public ImageFingerprint fingerprint(byte[] encoded) throws ImageDecodeException {
    Objects.requireNonNull(encoded, "encoded");
    if (encoded.length > MAX_BYTES) {
      throw new ImageDecodeException("the image is " + encoded.length + " bytes, more than "
          + MAX_BYTES, null);
    }
    BufferedImage image = ImageDecoding.decode(encoded);
    return fingerprint(image, sha256(encoded));
  }

  /**
   * Reads, decodes and fingerprints an image file.
   *
   * @param file the image file
   * @return the fingerprint
   * @throws ImageDecodeException if the file is not an image marque can decode
   * @throws IOException if the file cannot be read
   */
  public ImageFingerprint fingerprint(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    long size = Files.size(file);
    if (size > MAX_BYTES) {
      throw new ImageDecodeException(file + " is " + size + " bytes, more than " + MAX_BYTES, null);
    }
    try {
      return fingerprint(Files.readAllBytes(file));
    } catch (ImageDecodeException e) {
      throw new ImageDecodeException(file + ": " + e.getMessage(), e.getCause());
    }
  }

  /**
   * The PDQ hash of an image already decoded.
   *
   * @param image the image (any type; alpha is ignored)
   * @return its PDQ hash
   */
  public PdqHash pdq(BufferedImage image) {
    Objects.requireNonNull(image, "image");
    Pdq pdq = hash(image);
    return PdqHash.ofWords(pdq.word(0), pdq.word(1), pdq.word(2), pdq.word(3));
  }

  private ImageFingerprint fingerprint(BufferedImage image, String sha256) {
    int w = image.getWidth();
    int h = image.getHeight();
    int[] rgb = pixels(image, w, h);
    ColourLayout colours = ColourLayout.of(rgb, w, h);
    Pdq pdq = PDQ.get();
    pdq.hash(rgb, w, h);
    PdqHash whole = PdqHash.ofWords(pdq.word(0), pdq.word(1), pdq.word(2), pdq.word(3));
    int quality = pdq.quality();
    long dHash = DHash.of(pdq.downsampled());
    long[] words = new long[CropGrid.size() * 4];
    long[] dHashes = new long[CropGrid.size()];
    CropGrid.hash(pdq, words, dHashes);
    List<CropFingerprint> crops = new ArrayList<>(CropGrid.size() + 1);
    for (int i = 0; i < CropGrid.size(); i++) {
      crops.add(new CropFingerprint(PdqHash.ofWords(words[i * 4], words[i * 4 + 1],
          words[i * 4 + 2], words[i * 4 + 3]), dHashes[i]));
    }
    // the picture inside a plain border (a shop's frame, a plain backdrop), when it has one
    double[] inner = PlainBorder.inner(rgb, w, h);
    if (inner != null) {
      pdq.hashRegion(inner[0], inner[1], inner[2], inner[3]);
      crops.add(new CropFingerprint(PdqHash.ofWords(pdq.word(0), pdq.word(1), pdq.word(2),
          pdq.word(3)), DHash.of(pdq.downsampled())));
    }
    // the same picture with light strokes (a white or translucent watermark) eroded away
    Erosion erosion = EROSION.get();
    erosion.erode(rgb, w, h);
    pdq.hashLuminance(erosion.luminance(), erosion.width(), erosion.height());
    List<PdqHash> eroded = new ArrayList<>(CropGrid.size() + 1);
    eroded.add(PdqHash.ofWords(pdq.word(0), pdq.word(1), pdq.word(2), pdq.word(3)));
    CropGrid.hash(pdq, words, dHashes);
    for (int i = 0; i < CropGrid.size(); i++) {
      eroded.add(PdqHash.ofWords(words[i * 4], words[i * 4 + 1], words[i * 4 + 2],
          words[i * 4 + 3]));
    }
    return new ImageFingerprint(sha256, whole, quality, dHash, w, h, crops, eroded, colours);
  }

  private static Pdq hash(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    int[] rgb = pixels(image, w, h);
    Pdq pdq = PDQ.get();
    pdq.hash(rgb, w, h);
    return pdq;
  }

  /**
   * The image's pixels as 0xRRGGBB: straight from the buffer for the layout JPEG decoding gives
   * (3-byte BGR), which {@link BufferedImage#getRGB} would convert pixel by pixel through the
   * colour model at several times the cost; through {@code getRGB} for every other layout.
   */
  private static int[] pixels(BufferedImage image, int w, int h) {
    if (image.getType() == BufferedImage.TYPE_3BYTE_BGR
        && image.getRaster().getDataBuffer() instanceof DataBufferByte buffer
        && buffer.getNumBanks() == 1 && buffer.getOffset() == 0
        && buffer.getData().length == w * h * 3
        && image.getRaster().getSampleModelTranslateX() == 0
        && image.getRaster().getSampleModelTranslateY() == 0) {
      byte[] bgr = buffer.getData();
      int[] rgb = new int[w * h];
      for (int i = 0, j = 0; i < rgb.length; i++, j += 3) {
        rgb[i] = (bgr[j + 2] & 0xff) << 16 | (bgr[j + 1] & 0xff) << 8 | (bgr[j] & 0xff);
      }
      return rgb;
    }
    return image.getRGB(0, 0, w, h, null, 0, w);
  }

  /**
   * The SHA-256 of some bytes, lower-case hex: the fingerprint of an exact copy.
   *
   * @param bytes the bytes
   * @return 64 hex digits
   */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
