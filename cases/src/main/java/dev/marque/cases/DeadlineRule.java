package dev.marque.cases;

import static dev.marque.cases.internal.Checks.notBlank;
import static dev.marque.cases.internal.Checks.notNull;

import dev.marque.cases.internal.WindowFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A window the law or a platform sets after an event, such as the 10 to 14 business days of
 * DMCA §512(g)(2)(C) after a counter-notice. The window is open while the case stays in the state
 * the event put it in. The windows marque knows are data, each with its source
 * ({@code deadline-windows.tsv} in the jar, read by {@link #standard()}); add your own platforms'
 * windows in a file of the same form ({@link #read(Path)}) or with {@link #builder}.
 *
 * <pre>{@code
 * DeadlineRule.builder("vero-answer", EventType.SUBMITTED, 2)
 *     .routes(Set.of("ebay-vero")).counting(DayCount.BUSINESS)
 *     .calendar(WorkCalendar.shipped("US"))
 *     .source("our eBay account manager, 2026-05-01")
 *     .description("eBay answers VeRO reports within two business days").build();
 * }</pre>
 *
 * @param id a short name, such as {@code dmca-512g}
 * @param routes the routes it applies to; empty for every route
 * @param after the event the window runs from
 * @param earliestDays the first day of the window, counted from the event's date (0 for none)
 * @param latestDays the last day of the window, counted from the event's date
 * @param counting how the days are counted
 * @param calendar the working days for {@link DayCount#BUSINESS} and
 *     {@link DayCount#CALENDAR_ROLL} counting
 * @param source where the window is written (a statute, a platform's published rule)
 * @param description what must happen within it, for people
 */
public record DeadlineRule(String id, Set<String> routes, EventType after, int earliestDays,
    int latestDays, DayCount counting, WorkCalendar calendar, String source,
    String description) {

  private static final String SHIPPED = "deadline-windows.tsv";

  /**
   * Checks every part, naming the one that is wrong.
   *
   * @param id a short name, such as {@code dmca-512g}
   * @param routes the routes it applies to; empty for every route
   * @param after the event the window runs from
   * @param earliestDays the first day of the window, counted from the event's date (0 for none)
   * @param latestDays the last day of the window, counted from the event's date
   * @param counting how the days are counted
   * @param calendar the working days for business and calendar-roll counting
   * @param source where the window is written
   * @param description what must happen within it, for people
   * @throws IllegalArgumentException when a part is missing or the days are not a window
   */
  public DeadlineRule {
    id = notBlank(id, "id");
    routes = Set.copyOf(notNull(routes, "routes"));
    notNull(after, "after");
    if (earliestDays < 0 || latestDays < 1 || earliestDays > latestDays) {
      throw new IllegalArgumentException(id + ": the window " + earliestDays + ".." + latestDays
          + " days is not a window (0 <= earliest <= latest, latest >= 1)");
    }
    notNull(counting, "counting");
    notNull(calendar, "calendar");
    source = notBlank(source, "source");
    description = notBlank(description, "description");
  }

  /**
   * A builder of a rule; by default for every route, from day 0, in calendar days.
   *
   * @param id a short name
   * @param after the event the window runs from
   * @param latestDays the last day of the window
   * @return the builder
   */
  public static Builder builder(String id, EventType after, int latestDays) {
    return new Builder(id, after, latestDays);
  }

  /**
   * A builder holding this rule's parts, to derive a variant.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(id, after, latestDays);
    b.routes = routes;
    b.earliestDays = earliestDays;
    b.counting = counting;
    b.calendar = calendar;
    b.source = source;
    b.description = description;
    return b;
  }

  /**
   * The windows marque ships, from {@code deadline-windows.tsv} in the jar: DMCA §512(g), eBay
   * VeRO's reinstatement, PRC E-Commerce Law Art. 43 with the Supreme People's Court's 20-working
   * day limit, and Alibaba IPP's counter-notification window. Each names its source.
   *
   * @return the rules, in file order
   */
  public static List<DeadlineRule> standard() {
    try (InputStream in = DeadlineRule.class.getResourceAsStream(SHIPPED)) {
      if (in == null) {
        throw new IllegalStateException(SHIPPED + " is missing from the jar");
      }
      return WindowFile.parse(SHIPPED, new String(in.readAllBytes(), StandardCharsets.UTF_8),
          List.of());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + SHIPPED + " from the jar", e);
    }
  }

  /**
   * Reads windows of your own, in the form of the shipped {@code deadline-windows.tsv}:
   * tab-separated id, routes ({@code *} for every route), after, from, to, counting
   * ({@code calendar}, {@code calendar-roll}, {@code business}), calendar ({@code US},
   * {@code CN}, {@code weekends}), source, what.
   *
   * @param file the file
   * @return the rules, in file order
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException listing every bad line by number
   */
  public static List<DeadlineRule> read(Path file) throws IOException {
    return read(file, List.of());
  }

  /**
   * Reads windows of your own that may also name calendars of your own.
   *
   * @param file the file
   * @param calendars calendars besides the shipped ones, by their names
   * @return the rules, in file order
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException listing every bad line by number
   */
  public static List<DeadlineRule> read(Path file, List<WorkCalendar> calendars)
      throws IOException {
    notNull(file, "file");
    return WindowFile.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8),
        List.copyOf(notNull(calendars, "calendars")));
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
   * The date a number of days after a start, counting as this rule counts. The start day itself
   * is never counted.
   *
   * @param start the event's date
   * @param days how many days
   * @return the date
   */
  public LocalDate plus(LocalDate start, int days) {
    notNull(start, "start");
    switch (counting) {
      case CALENDAR:
        return start.plusDays(days);
      case CALENDAR_ROLL: {
        LocalDate d = start.plusDays(days);
        if (days == 0) {
          return d;
        }
        while (!calendar.isWorkingDay(d)) {
          d = d.plusDays(1);
        }
        return d;
      }
      case BUSINESS: {
        LocalDate d = start;
        int left = days;
        while (left > 0) {
          d = d.plusDays(1);
          if (calendar.isWorkingDay(d)) {
            left--;
          }
        }
        return d;
      }
      default:
        throw new IllegalStateException("unknown counting " + counting);
    }
  }

  /** Builds a {@link DeadlineRule}; see {@link DeadlineRule#builder}. */
  public static final class Builder {
    private final String id;
    private final EventType after;
    private final int latestDays;
    private Set<String> routes = Set.of();
    private int earliestDays;
    private DayCount counting = DayCount.CALENDAR;
    private WorkCalendar calendar = WorkCalendar.weekends();
    private String source = "";
    private String description = "";

    private Builder(String id, EventType after, int latestDays) {
      this.id = id;
      this.after = after;
      this.latestDays = latestDays;
    }

    /**
     * The routes the window applies to.
     *
     * @param value route ids; empty for every route
     * @return this builder
     */
    public Builder routes(Set<String> value) {
      this.routes = notNull(value, "routes");
      return this;
    }

    /**
     * The first day of the window.
     *
     * @param value days after the event (0 for none)
     * @return this builder
     */
    public Builder earliestDays(int value) {
      this.earliestDays = value;
      return this;
    }

    /**
     * How days are counted.
     *
     * @param value the counting
     * @return this builder
     */
    public Builder counting(DayCount value) {
      this.counting = notNull(value, "counting");
      return this;
    }

    /**
     * The working-day calendar.
     *
     * @param value the calendar
     * @return this builder
     */
    public Builder calendar(WorkCalendar value) {
      this.calendar = notNull(value, "calendar");
      return this;
    }

    /**
     * Where the window is written.
     *
     * @param value the source, required
     * @return this builder
     */
    public Builder source(String value) {
      this.source = notNull(value, "source");
      return this;
    }

    /**
     * What must happen within the window.
     *
     * @param value the description, required
     * @return this builder
     */
    public Builder description(String value) {
      this.description = notNull(value, "description");
      return this;
    }

    /**
     * The rule.
     *
     * @return the rule
     * @throws IllegalArgumentException when the source or description is missing, or the days
     *     are not a window
     */
    public DeadlineRule build() {
      return new DeadlineRule(id, routes, after, earliestDays, latestDays, counting, calendar,
          source, description);
    }
  }
}
