package dev.marque.capture;

import dev.marque.capture.evidence.StoredEvidence;
import java.util.Objects;

/**
 * An image as {@link ImageCapture} fetched and stored it: its exact bytes and the evidence record
 * that says where and when it was served. Immutable: {@link #bytes()} returns a copy.
 */
public final class CapturedImage {
  private final StoredEvidence evidence;
  private final byte[] bytes;

  /**
   * An image and its evidence.
   *
   * @param evidence the stored evidence record
   * @param bytes the image's exact bytes (copied)
   * @throws IllegalArgumentException when the bytes are not those the record describes
   */
  public CapturedImage(StoredEvidence evidence, byte[] bytes) {
    this.evidence = Objects.requireNonNull(evidence, "evidence must not be null");
    this.bytes = Objects.requireNonNull(bytes, "bytes must not be null").clone();
    if (this.bytes.length != evidence.evidence().byteLength()) {
      throw new IllegalArgumentException("bytes: " + this.bytes.length + " bytes, but the evidence"
          + " record says " + evidence.evidence().byteLength());
    }
  }

  /** {@return the stored evidence record of the image} */
  public StoredEvidence evidence() {
    return evidence;
  }

  /** {@return a copy of the image's exact bytes} */
  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public String toString() {
    return "CapturedImage[" + evidence.evidence().finalUrl() + ", " + bytes.length + " bytes,"
        + " evidence " + evidence.id() + "]";
  }
}
