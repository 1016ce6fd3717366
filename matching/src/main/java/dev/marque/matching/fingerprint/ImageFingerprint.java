package dev.marque.matching.fingerprint;

import java.util.Objects;

/**
 * What marque keeps of an image to recognise it again: the SHA-256 of its bytes for exact copies,
 * the PDQ hash and its quality for the same picture re-encoded, resized, cropped a little or
 * watermarked, and a 64-bit dHash as a cheap second opinion.
 *
 * @param sha256 the SHA-256 of the encoded bytes, lower-case hex
 * @param pdq the PDQ hash
 * @param quality the PDQ quality, 0 (featureless: a blank or flat image whose hash means little)
 *     to 100; Meta suggests ignoring hashes of quality 49 or less
 * @param dHash the 64-bit difference hash
 * @param width the decoded width in pixels (after any subsampling of a very large image)
 * @param height the decoded height in pixels
 */
public record ImageFingerprint(
    String sha256, PdqHash pdq, int quality, long dHash, int width, int height) {

  /**
   * Checks the parts are present and in range.
   *
   * @param dHash the 64-bit difference hash
   * @param height the decoded height in pixels
   * @param pdq the PDQ hash
   * @param quality the PDQ quality, 0 (featureless: a blank or flat image whose hash means little)
   *     to 100; Meta suggests ignoring hashes of quality 49 or less
   * @param sha256 the SHA-256 of the encoded bytes, lower-case hex
   * @param width the decoded width in pixels (after any subsampling of a very large image)
   */
  public ImageFingerprint {
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(pdq, "pdq");
    if (quality < 0 || quality > 100) {
      throw new IllegalArgumentException("quality: must be 0..100, got " + quality);
    }
  }

  /**
   * The Hamming distance between the dHashes of two fingerprints.
   *
   * @param other the other fingerprint
   * @return 0..64
   */
  public int dHashDistance(ImageFingerprint other) {
    return Long.bitCount(dHash ^ other.dHash);
  }

  /**
   * Whether two fingerprints are of byte-identical files.
   *
   * @param other the other fingerprint
   * @return true when the SHA-256 digests are equal
   */
  public boolean sameBytes(ImageFingerprint other) {
    return sha256.equals(other.sha256);
  }
}
