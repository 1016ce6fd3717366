package dev.marque.cases;

import static dev.marque.cases.internal.Checks.notNull;

/**
 * The result of opening a case: the case, and whether it was new or already existed for the same
 * marketplace, listing and right.
 *
 * @param theCase the case as stored now
 * @param created true when the case was created by this call
 */
public record Opened(Case theCase, boolean created) {

  /** Checks the case is present. */
  public Opened {
    notNull(theCase, "theCase");
  }
}
