package dev.marque.capture.evidence;

import dev.marque.core.Listing;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The record of one capture: what was asked for, where it ended up, when, what the server
 * answered, the exact bytes' SHA-256, and the listing extracted from them. It is what a notice
 * cites as proof of what a listing said and when.
 *
 * @param requestedUrl the URL asked for
 * @param finalUrl the URL that answered, after redirects
 * @param redirects the URLs redirected to, in order (empty when none)
 * @param capturedAt when the page was captured (UTC)
 * @param status the HTTP status of the final response (0 for a page not fetched over HTTP)
 * @param contentType the {@code Content-Type} the server sent; empty when none
 * @param byteLength the page's length in bytes
 * @param sha256 the SHA-256 of the page's exact bytes, 64 lower-case hex digits
 * @param listing the listing extracted from the page, when one could be
 * @param warnings what extraction found wrong with the page, or why it found no listing
 */
public record Evidence(
    String requestedUrl,
    String finalUrl,
    List<String> redirects,
    Instant capturedAt,
    int status,
    String contentType,
    long byteLength,
    String sha256,
    Optional<Listing> listing,
    List<String> warnings) {

  /**
   * Checks every part, naming the one that is wrong.
   *
   * @param requestedUrl the URL asked for
   * @param finalUrl the URL that answered, after redirects
   * @param redirects the URLs redirected to, in order (empty when none)
   * @param capturedAt when the page was captured (UTC)
   * @param status the HTTP status of the final response (0 for a page not fetched over HTTP)
   * @param contentType the {@code Content-Type} the server sent; empty when none
   * @param byteLength the page's length in bytes
   * @param sha256 the SHA-256 of the page's exact bytes, 64 lower-case hex digits
   * @param listing the listing extracted from the page, when one could be
   * @param warnings what extraction found wrong with the page, or why it found no listing
   */
  public Evidence {
    Objects.requireNonNull(requestedUrl, "requestedUrl must not be null");
    Objects.requireNonNull(finalUrl, "finalUrl must not be null");
    redirects = List.copyOf(Objects.requireNonNull(redirects, "redirects must not be null"));
    Objects.requireNonNull(capturedAt, "capturedAt must not be null");
    if (status < 0 || status > 999) {
      throw new IllegalArgumentException("status must be 0..999: " + status);
    }
    Objects.requireNonNull(contentType, "contentType must not be null");
    if (byteLength < 0) {
      throw new IllegalArgumentException("byteLength must not be negative: " + byteLength);
    }
    Objects.requireNonNull(sha256, "sha256 must not be null");
    if (!isSha256(sha256)) {
      throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits: '" + sha256
          + "'");
    }
    Objects.requireNonNull(listing, "listing must not be null");
    warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings must not be null"));
  }

  /**
   * {@return whether the text is a SHA-256 in the form evidence uses: 64 lower-case hex digits}
   *
   * @param text any text
   */
  public static boolean isSha256(String text) {
    if (text == null || text.length() != 64) {
      return false;
    }
    for (int i = 0; i < 64; i++) {
      char c = text.charAt(i);
      if (!HexFormat.isHexDigit(c) || Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }
}
