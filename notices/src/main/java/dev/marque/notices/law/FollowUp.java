package dev.marque.notices.law;

import static dev.marque.core.internal.Checks.notBlank;
import static dev.marque.core.internal.Checks.notNull;

import java.time.LocalDate;

/**
 * A period the law sets after a notice, to track a case by: under China's E-Commerce Law,
 * Art. 43, once the platform forwards the seller's declaration of non-infringement, the rights
 * holder has 15 days to show it has complained to an authority or sued, or the listing returns.
 *
 * @param days the length of the period in days
 * @param startsWhen the event the period runs from
 * @param description what must happen within it
 */
public record FollowUp(int days, String startsWhen, String description) {

  /**
   * Checks the period is positive and described.
   *
   * @param days the length of the period in days
   * @param startsWhen the event the period runs from
   * @param description what must happen within it
   */
  public FollowUp {
    if (days <= 0) {
      throw new IllegalArgumentException("days must be positive: " + days);
    }
    startsWhen = notBlank(startsWhen, "startsWhen");
    description = notBlank(description, "description");
  }

  /**
   * {@return the last day of the period that starts on the date: the date plus {@link #days()}}
   *
   * @param start the first day of the period
   */
  public LocalDate deadlineAfter(LocalDate start) {
    return notNull(start, "start").plusDays(days);
  }
}
