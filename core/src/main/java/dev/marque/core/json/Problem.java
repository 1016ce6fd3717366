package dev.marque.core.json;

import static dev.marque.core.internal.Checks.notNull;

/**
 * One thing wrong with an input, and where: a JSON path such as
 * {@code brands[2].rights[0].classes[1]}, or a line number in a feed.
 *
 * @param location where the problem is; empty for the document as a whole
 * @param message what is wrong, and what would be valid
 */
public record Problem(String location, String message) {

  /**
   * Checks both parts are present.
   *
   * @param location where the problem is; empty for the document as a whole
   * @param message what is wrong, and what would be valid
   */
  public Problem {
    notNull(location, "location");
    notNull(message, "message");
  }

  /** Reads as {@code location: message}, or the message alone when it has no location. */
  @Override
  public String toString() {
    return location.isEmpty() ? message : location + ": " + message;
  }
}
