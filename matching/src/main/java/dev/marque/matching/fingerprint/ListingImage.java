package dev.marque.matching.fingerprint;

import java.util.Objects;

/**
 * One of a listing's images, fingerprinted.
 *
 * @param source the image as the listing names it (its URL or path), reported in evidence
 * @param fingerprint its fingerprint
 */
public record ListingImage(String source, ImageFingerprint fingerprint) {

  /**
   * Checks the parts are present.
   *
   * @param fingerprint its fingerprint
   * @param source the image as the listing names it (its URL or path), reported in evidence
   */
  public ListingImage {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }
}
