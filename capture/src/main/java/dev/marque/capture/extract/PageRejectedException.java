package dev.marque.capture.extract;

import java.util.Objects;

/**
 * A page from which no listing can be extracted at all: too large, not HTML, or without any
 * title or product data. A page that is merely odd yields an {@link Extraction} with warnings
 * instead.
 */
public final class PageRejectedException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why a page was rejected. */
  public enum Reason {
    /** The page is larger than the extractor's limit. */
    TOO_LARGE,
    /** The content is not an HTML page (an image, a PDF, JSON, binary data). */
    NOT_HTML,
    /** The page is HTML but names no product: no title, no structured data. */
    NO_LISTING
  }

  /** Why the page was rejected. */
  private final Reason reason;

  /**
   * A rejection for a reason, with a message a user can act on.
   *
   * @param reason why, as a code
   * @param message what happened, in words a user can act on
   */
  public PageRejectedException(Reason reason, String message) {
    super(Objects.requireNonNull(message, "message must not be null"));
    this.reason = Objects.requireNonNull(reason, "reason must not be null");
  }

  /**
   * Why the page was rejected.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }
}
