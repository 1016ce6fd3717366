package dev.marque.notices.draft;

import static dev.marque.core.internal.Checks.notBlank;
import static dev.marque.core.internal.Checks.notNull;
import static dev.marque.core.internal.Checks.optionalText;

import java.util.Optional;

/**
 * A finding the drafter could not put in a notice on the route, and why: reported, never
 * silently dropped.
 *
 * @param route the route's id
 * @param listingId the listing concerned, when there is one
 * @param kind why, in one word
 * @param message why, in words a person acts on
 */
public record DraftProblem(String route, Optional<String> listingId, Kind kind, String message) {

  /** Why a finding was not drafted. */
  public enum Kind {
    /** The verdict is below the drafter's threshold (an authorised seller, a mere mention). */
    BELOW_THRESHOLD,
    /** The route does not serve the listing's marketplace. */
    WRONG_MARKETPLACE,
    /** The finding mentions no brand of the portfolio. */
    NO_BRAND,
    /** No right of the brands mentioned fits the route: wrong kind, not in force, elsewhere. */
    NO_FITTING_RIGHT,
    /** The same listing came twice; the second was left out. */
    DUPLICATE,
    /**
     * A right would fit the route, but nothing in the finding shows the listing copies its
     * subject (a work, a design, an invention); the message names the evidence needed.
     */
    NO_EVIDENCE,
    /** The route's law reaches only listings offered to buyers in its territory; this is not. */
    NOT_TARGETED
  }

  /** Checks every part is present. */
  public DraftProblem {
    route = notBlank(route, "route");
    listingId = optionalText(listingId, "listingId");
    notNull(kind, "kind");
    message = notBlank(message, "message");
  }

  /** Reads as {@code route: listing id: message}. */
  @Override
  public String toString() {
    return route + ": " + listingId.map(id -> "listing " + id + ": ").orElse("") + message;
  }
}
