package dev.marque.matching.fingerprint;

import java.util.Objects;

/**
 * A listing's image that matches an image of a removed listing.
 *
 * @param image the listing's image, as the listing names it
 * @param removedImage the removed listing's image, as it named it
 * @param distance the PDQ Hamming distance (0..256; 0 also for byte-identical files), the smallest
 *     between the two pictures whole or cropped ({@link ImageFingerprint#cropDistance})
 * @param dHashDistance the dHash Hamming distance (0..64), which survives crops PDQ does not
 */
public record ImageEvidence(String image, String removedImage, int distance, int dHashDistance) {

  /**
   * Checks the parts are present.
   *
   * @param dHashDistance the dHash Hamming distance (0..64), which survives crops PDQ does not
   * @param distance the PDQ Hamming distance (0..256; 0 also for byte-identical files), the
   *     smallest between the two pictures whole or cropped ({@link ImageFingerprint#cropDistance})
   * @param image the listing's image, as the listing names it
   * @param removedImage the removed listing's image, as it named it
   */
  public ImageEvidence {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(removedImage, "removedImage");
  }
}
