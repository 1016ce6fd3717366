package dev.marque.notices.draft;

import static dev.marque.core.internal.Checks.notBlank;
import static dev.marque.core.internal.Checks.notNull;

/**
 * A required element of a notice that is missing or invalid, by its name and route, such as
 * {@code dmca: complainant-phone is missing (the complainant's telephone number): ...}.
 *
 * @param route the route's id
 * @param element the element's name in the route
 * @param kind missing or invalid
 * @param description what the element is
 * @param message what is wrong, and how to put it right
 */
public record ElementProblem(String route, String element, Kind kind, String description,
    String message) {

  /** Whether the element is absent, or present but not acceptable. */
  public enum Kind {
    /** Nothing in the portfolio or the findings supplies it. */
    MISSING,
    /** It is there but does not meet the requirement (an expired authorisation, say). */
    INVALID
  }

  /**
   * Checks every part is present.
   *
   * @param route the route's id
   * @param element the element's name in the route
   * @param kind missing or invalid
   * @param description what the element is
   * @param message what is wrong, and how to put it right
   */
  public ElementProblem {
    route = notBlank(route, "route");
    element = notBlank(element, "element");
    notNull(kind, "kind");
    description = notBlank(description, "description");
    message = notBlank(message, "message");
  }

  /** Reads as {@code route: element is missing (description): message}. */
  @Override
  public String toString() {
    return route + ": " + element + (kind == Kind.MISSING ? " is missing" : " is invalid")
        + " (" + description + "): " + message;
  }
}
