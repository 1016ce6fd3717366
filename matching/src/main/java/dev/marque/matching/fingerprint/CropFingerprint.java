package dev.marque.matching.fingerprint;

import java.util.Objects;

/**
 * The hashes of one crop of a picture (see {@link ImageFingerprint#crops()}): its PDQ hash and its
 * dHash, as if the crop had been cut out and hashed by itself.
 *
 * @param pdq the crop's PDQ hash
 * @param dHash the crop's 64-bit difference hash
 */
public record CropFingerprint(PdqHash pdq, long dHash) {

  /**
   * Checks the hash is present.
   *
   * @param pdq the crop's PDQ hash
   * @param dHash the crop's 64-bit difference hash
   */
  public CropFingerprint {
    Objects.requireNonNull(pdq, "pdq");
  }
}
