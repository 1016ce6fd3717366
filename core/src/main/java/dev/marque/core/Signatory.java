package dev.marque.core;

import static dev.marque.core.internal.Checks.notBlank;

/**
 * The natural person who signs notices for a party, and in what capacity: DMCA, DSA, UK and the
 * platforms' forms want a person's name, not a firm's.
 *
 * @param name the person's full name, such as {@code "Eleanor Reeve"}
 * @param capacity the role in which the person signs, such as {@code "Partner"} or
 *     {@code "Head of Legal"}
 */
public record Signatory(String name, String capacity) {

  /**
   * Checks both are present.
   *
   * @param capacity the role in which the person signs, such as {@code "Partner"} or {@code "Head
   *     of Legal"}
   * @param name the person's full name, such as {@code "Eleanor Reeve"}
   */
  public Signatory {
    name = notBlank(name, "name");
    capacity = notBlank(capacity, "capacity");
  }
}
