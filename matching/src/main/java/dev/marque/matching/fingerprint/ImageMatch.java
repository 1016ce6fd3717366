package dev.marque.matching.fingerprint;

import java.util.Objects;

/**
 * An indexed image found near a query image.
 *
 * @param key the key the image was indexed under (a file name, a URL, a work's id)
 * @param hash the indexed image's PDQ hash
 * @param distance the Hamming distance between it and the query, 0..256
 */
public record ImageMatch(String key, PdqHash hash, int distance) {

  /**
   * Checks the parts are present.
   *
   * @param distance the Hamming distance between it and the query, 0..256
   * @param hash the indexed image's PDQ hash
   * @param key the key the image was indexed under (a file name, a URL, a work's id)
   */
  public ImageMatch {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(hash, "hash");
  }
}
