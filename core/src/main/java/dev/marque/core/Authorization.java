package dev.marque.core;

import static dev.marque.core.internal.Checks.notBlank;
import static dev.marque.core.internal.Checks.notNull;
import static dev.marque.core.internal.Checks.optional;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The rights holder's written authorisation of an agent (a power of attorney or letter of
 * authorisation), which platforms ask for before acting on an agent's notice.
 *
 * @param reference the document's reference, to cite in notices
 * @param validFrom the first day it is valid
 * @param validUntil the last day it is valid; empty when open-ended
 */
public record Authorization(String reference, LocalDate validFrom,
    Optional<LocalDate> validUntil) {

  /**
   * Checks the reference is present and the period does not end before it starts.
   *
   * @param reference the document's reference, to cite in notices
   * @param validFrom the first day it is valid
   * @param validUntil the last day it is valid; empty when open-ended
   */
  public Authorization {
    reference = notBlank(reference, "reference");
    notNull(validFrom, "validFrom");
    optional(validUntil, "validUntil");
    if (validUntil.isPresent() && validUntil.get().isBefore(validFrom)) {
      throw new IllegalArgumentException("validUntil " + validUntil.get()
          + " is before validFrom " + validFrom);
    }
  }

  /**
   * {@return whether the authorisation is valid on the date, both ends included}
   *
   * @param date the day to judge
   */
  public boolean isValidOn(LocalDate date) {
    notNull(date, "date");
    return !date.isBefore(validFrom) && validUntil.map(u -> !date.isAfter(u)).orElse(true);
  }
}
