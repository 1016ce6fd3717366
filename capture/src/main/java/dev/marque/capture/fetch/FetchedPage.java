package dev.marque.capture.fetch;

import dev.marque.capture.internal.Hashes;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A page as fetched: where it was asked for and where it ended up, when, with which status and
 * content type, and its exact bytes with their SHA-256. Immutable: {@link #body()} returns a copy.
 */
public final class FetchedPage {
  private final String requestedUrl;
  private final String finalUrl;
  private final List<String> redirects;
  private final Instant fetchedAt;
  private final int status;
  private final String contentType;
  private final byte[] body;
  private final String sha256;
  private final int attempts;

  /**
   * A fetched page.
   *
   * @param requestedUrl the URL asked for
   * @param redirects the URLs redirected to, in order; the last is the final URL
   * @param fetchedAt when the response arrived
   * @param status the final HTTP status
   * @param contentType the {@code Content-Type} header, empty when absent
   * @param body the exact bytes received (copied)
   * @param attempts how many tries it took
   */
  public FetchedPage(String requestedUrl, List<String> redirects, Instant fetchedAt, int status,
      String contentType, byte[] body, int attempts) {
    this.requestedUrl = Objects.requireNonNull(requestedUrl, "requestedUrl must not be null");
    this.redirects = List.copyOf(Objects.requireNonNull(redirects, "redirects must not be null"));
    this.finalUrl = this.redirects.isEmpty() ? requestedUrl
        : this.redirects.get(this.redirects.size() - 1);
    this.fetchedAt = Objects.requireNonNull(fetchedAt, "fetchedAt must not be null");
    this.status = status;
    this.contentType = Objects.requireNonNull(contentType, "contentType must not be null");
    this.body = Objects.requireNonNull(body, "body must not be null").clone();
    this.sha256 = Hashes.sha256Hex(this.body);
    this.attempts = attempts;
  }

  /** {@return the URL asked for} */
  public String requestedUrl() {
    return requestedUrl;
  }

  /** {@return the URL that answered, after redirects} */
  public String finalUrl() {
    return finalUrl;
  }

  /** {@return the URLs redirected to, in order; empty when the requested URL answered itself} */
  public List<String> redirects() {
    return redirects;
  }

  /** {@return when the response arrived (UTC)} */
  public Instant fetchedAt() {
    return fetchedAt;
  }

  /** {@return the HTTP status of the final response} */
  public int status() {
    return status;
  }

  /** {@return the {@code Content-Type} header; empty when the server sent none} */
  public String contentType() {
    return contentType;
  }

  /** {@return a copy of the exact bytes received} */
  public byte[] body() {
    return body.clone();
  }

  /** {@return the body's length in bytes} */
  public int byteLength() {
    return body.length;
  }

  /** {@return the SHA-256 of the body, 64 lower-case hex digits} */
  public String sha256() {
    return sha256;
  }

  /** {@return how many tries it took} */
  public int attempts() {
    return attempts;
  }

  @Override
  public String toString() {
    return "FetchedPage[" + finalUrl + ", status " + status + ", " + body.length + " bytes, sha256 "
        + sha256 + "]";
  }
}
