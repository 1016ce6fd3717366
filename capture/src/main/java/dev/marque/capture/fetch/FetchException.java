package dev.marque.capture.fetch;

import java.io.IOException;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A fetch that failed, with why ({@link #problem()}), the URL, how many times it was tried, and
 * the last HTTP status when there was one. The underlying I/O error, if any, is the cause.
 */
public final class FetchException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Why a fetch failed. */
  public enum Problem {
    /** The URL is not an absolute http(s) URL. */
    INVALID_URL,
    /** The connection could not be made or was dropped. */
    CONNECTION,
    /** The server was too slow: connect, read or overall timeout. */
    TIMEOUT,
    /** The server answered with an error status (after any retries). */
    HTTP_STATUS,
    /** More redirects than the limit, or a redirect without a usable Location. */
    TOO_MANY_REDIRECTS,
    /** The body is larger than the limit. */
    TOO_LARGE,
    /** The response is not an HTML page. */
    NOT_HTML,
    /** The response to {@link Fetcher#fetchImage} is not an image. */
    NOT_IMAGE,
    /** The fetching thread was interrupted while waiting. */
    INTERRUPTED
  }

  /** Why the fetch failed. */
  private final Problem problem;
  /** The URL that failed. */
  private final String url;
  /** How many times the fetch was tried. */
  private final int attempts;
  /** The last HTTP status, or 0 when there was none. */
  private final int status;

  /**
   * A failure.
   *
   * @param problem why
   * @param url the URL that failed (the one requested, or the redirect target that failed)
   * @param attempts how many times the fetch was tried
   * @param status the last HTTP status, or 0 when no response came
   * @param message what happened, for people
   * @param cause the I/O error behind it, or null
   */
  public FetchException(Problem problem, String url, int attempts, int status, String message,
      Throwable cause) {
    super(Objects.requireNonNull(message, "message must not be null"), cause);
    this.problem = Objects.requireNonNull(problem, "problem must not be null");
    this.url = Objects.requireNonNull(url, "url must not be null");
    this.attempts = attempts;
    this.status = status;
  }

  /**
   * Why the fetch failed.
   *
   * @return the problem
   */
  public Problem problem() {
    return problem;
  }

  /** {@return the URL that failed} */
  public String url() {
    return url;
  }

  /** {@return how many times the fetch was tried} */
  public int attempts() {
    return attempts;
  }

  /** {@return the last HTTP status received, when a response came at all} */
  public OptionalInt status() {
    return status == 0 ? OptionalInt.empty() : OptionalInt.of(status);
  }
}
