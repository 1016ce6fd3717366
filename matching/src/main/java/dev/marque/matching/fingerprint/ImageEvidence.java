package dev.marque.matching.fingerprint;

import java.util.Objects;

/**
 * A listing's image that matches an image of a removed listing, and how.
 *
 * @param image the listing's image, as the listing names it
 * @param removedImage the removed listing's image, as it named it
 * @param distance the PDQ Hamming distance (0..256; 0 also for byte-identical files), the smallest
 *     between the two pictures whole or cropped ({@link ImageFingerprint#cropDistance}), or,
 *     for {@link Basis#ERODED}, between the two eroded
 * @param dHashDistance the dHash Hamming distance (0..64), which survives crops PDQ does not
 * @param basis what made the two photos match
 */
public record ImageEvidence(
    String image, String removedImage, int distance, int dHashDistance, Basis basis) {

  /** What made two photos match, strongest first. */
  public enum Basis {
    /** Byte-identical files (the same SHA-256). */
    SAME_FILE,
    /** PDQ hashes within {@value RelistingIndex#PDQ_RADIUS}, whole or cropped. */
    PDQ,
    /**
     * PDQ hashes within {@value RelistingIndex#PDQ_RADIUS} once thin light strokes (a watermark's,
     * and a print's) are eroded away from both pictures ({@link ImageFingerprint#erodedDistance}),
     * their colour layouts within {@value RelistingIndex#ERODED_COLOUR_RADIUS}. Two products of one
     * shape photographed alike can match so, so the text must agree as for a dHash match.
     */
    ERODED,
    /** dHashes within {@value RelistingIndex#DHASH_RADIUS}, PDQ within the dHash guard. */
    DHASH,
    /**
     * A smooth picture, whose PDQ hash is noise, with colour layouts within {@value
     * RelistingIndex#COLOUR_RADIUS} ({@link ImageFingerprint#colourDistance}).
     */
    COLOUR
  }

  /**
   * Checks the parts are present.
   *
   * @param dHashDistance the dHash Hamming distance (0..64), which survives crops PDQ does not
   * @param distance the PDQ Hamming distance (0..256; 0 also for byte-identical files), the
   *     smallest between the two pictures whole or cropped ({@link ImageFingerprint#cropDistance})
   * @param image the listing's image, as the listing names it
   * @param removedImage the removed listing's image, as it named it
   * @param basis what made the two photos match
   */
  public ImageEvidence {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(removedImage, "removedImage");
    Objects.requireNonNull(basis, "basis");
  }

  /**
   * Evidence of photos matched by their hashes (as marque reported it before it said how): PDQ
   * when {@code distance} is within {@value RelistingIndex#PDQ_RADIUS}, dHash otherwise.
   *
   * @param image the listing's image, as the listing names it
   * @param removedImage the removed listing's image, as it named it
   * @param distance the PDQ Hamming distance (0..256)
   * @param dHashDistance the dHash Hamming distance (0..64)
   */
  public ImageEvidence(String image, String removedImage, int distance, int dHashDistance) {
    this(image, removedImage, distance, dHashDistance,
        distance <= RelistingIndex.PDQ_RADIUS ? Basis.PDQ : Basis.DHASH);
  }
}
