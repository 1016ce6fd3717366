package dev.marque.cases;

import static dev.marque.cases.internal.Checks.notBlank;
import static dev.marque.cases.internal.Checks.notNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A window the law or a platform sets after an event, such as the 10 to 14 business days of
 * DMCA §512(g)(2)(C) after a counter-notice. The window is open while the case stays in the state
 * the event put it in.
 *
 * @param id a short name, such as {@code dmca-512g}
 * @param routes the routes it applies to; empty for every route
 * @param after the event the window runs from
 * @param earliestDays the first day of the window, counted from the event's date (0 for none)
 * @param latestDays the last day of the window, counted from the event's date
 * @param businessDays true to count Mondays to Fridays only (no holiday calendar), false to count
 *     calendar days
 * @param description what must happen within it, for people
 */
public record DeadlineRule(String id, Set<String> routes, EventType after, int earliestDays,
    int latestDays, boolean businessDays, String description) {

  /** DMCA §512(g)(2)(C): the platform restores the material 10–14 business days after it. */
  public static final DeadlineRule DMCA_COUNTER_NOTICE = new DeadlineRule("dmca-512g",
      Set.of("dmca"), EventType.COUNTER_NOTICED, 10, 14, true,
      "DMCA 512(g)(2)(C): the platform restores the listing 10 to 14 business days after the"
          + " counter-notice unless it is told the claimant has sued; file suit and notify the"
          + " platform before the 10th business day");

  /** PRC E-Commerce Law Art. 43: 15 days from the declaration reaching the holder. */
  public static final DeadlineRule PRC_ART_43 = new DeadlineRule("prc-art43",
      Set.of("cn-ecommerce", "alibaba-ipp"), EventType.COUNTER_NOTICED, 0, 15, false,
      "PRC E-Commerce Law Art. 43: within 15 days of the seller's declaration reaching the"
          + " holder, show the platform a complaint to an authority or a suit, or the measures end");

  /** Checks every part, naming the one that is wrong. */
  public DeadlineRule {
    id = notBlank(id, "id");
    routes = Set.copyOf(notNull(routes, "routes"));
    notNull(after, "after");
    if (earliestDays < 0 || latestDays < 1 || earliestDays > latestDays) {
      throw new IllegalArgumentException(id + ": the window " + earliestDays + ".." + latestDays
          + " days is not a window (0 <= earliest <= latest, latest >= 1)");
    }
    description = notBlank(description, "description");
  }

  /**
   * The standard legal windows: {@link #DMCA_COUNTER_NOTICE} and {@link #PRC_ART_43}.
   *
   * @return the rules
   */
  public static List<DeadlineRule> standard() {
    return List.of(DMCA_COUNTER_NOTICE, PRC_ART_43);
  }

  /**
   * Whether the rule covers a route.
   *
   * @param route the route id
   * @return true when it applies
   */
  public boolean appliesTo(String route) {
    return routes.isEmpty() || routes.contains(route);
  }

  /**
   * The date a number of days after a start, counting as this rule counts.
   *
   * @param start the event's date
   * @param days how many days
   * @return the date
   */
  public LocalDate plus(LocalDate start, int days) {
    if (!businessDays) {
      return start.plusDays(days);
    }
    LocalDate d = start;
    int left = days;
    while (left > 0) {
      d = d.plusDays(1);
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return d;
  }
}
