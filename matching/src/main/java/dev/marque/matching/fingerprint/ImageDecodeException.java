package dev.marque.matching.fingerprint;

import java.io.IOException;

/** An image that could not be decoded: not an image, a format no plug-in reads, or too large. */
public final class ImageDecodeException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message saying what was wrong.
   *
   * @param message what was wrong with the image
   * @param cause the decoder's own exception, or null
   */
  public ImageDecodeException(String message, Throwable cause) {
    super(message, cause);
  }
}
