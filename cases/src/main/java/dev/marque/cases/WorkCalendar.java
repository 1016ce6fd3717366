package dev.marque.cases;

import static dev.marque.cases.internal.Checks.notBlank;
import static dev.marque.cases.internal.Checks.notNull;

import dev.marque.cases.internal.CalendarFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Which days are working days for a deadline counted in business days: Saturdays and Sundays are
 * off, plus a jurisdiction's public holidays, minus the weekend days worked in exchange (China's
 * 调休). marque ships {@code US} (federal holidays, 5 U.S.C. §6103) and {@code CN} (the State
 * Council's yearly arrangements) as data files; {@link #read(String, Path)} reads one of your own.
 *
 * <pre>{@code
 * WorkCalendar cn = WorkCalendar.shipped("CN");
 * cn.isWorkingDay(LocalDate.of(2026, 2, 14));   // true: a Saturday worked for the Spring Festival
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class WorkCalendar {
  /** The names of the calendars marque ships. */
  public static final List<String> SHIPPED = List.of("US", "CN");

  private static final WorkCalendar WEEKENDS = new WorkCalendar("weekends",
      CalendarFile.empty());

  private final String name;
  private final CalendarFile days;

  private WorkCalendar(String name, CalendarFile days) {
    this.name = name;
    this.days = days;
  }

  /**
   * Saturdays and Sundays off, no holidays.
   *
   * @return the calendar named {@code weekends}
   */
  public static WorkCalendar weekends() {
    return WEEKENDS;
  }

  /**
   * A calendar shipped with marque, or {@link #weekends()}.
   *
   * @param name {@code US}, {@code CN} or {@code weekends}
   * @return the calendar
   * @throws IllegalArgumentException when marque ships no calendar of that name
   */
  public static WorkCalendar shipped(String name) {
    notBlank(name, "name");
    if (name.equals("weekends")) {
      return WEEKENDS;
    }
    if (!SHIPPED.contains(name)) {
      throw new IllegalArgumentException("no working-day calendar '" + name + "'; marque ships "
          + SHIPPED + " and weekends");
    }
    String resource = "calendars/" + name + ".tsv";
    try (InputStream in = WorkCalendar.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the calendar " + resource + " is missing from the jar");
      }
      return new WorkCalendar(name, CalendarFile.parse(resource,
          new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource + " from the jar", e);
    }
  }

  /**
   * Reads a calendar of your own, in the shipped files' form: tab-separated rows of when
   * ({@code MM-DD}, {@code 3rd MON 01}, {@code last MON 05}, {@code YYYY-MM-DD} or
   * {@code YYYY-MM-DD..YYYY-MM-DD}), kind ({@code off}, {@code off-observed}, {@code work}), name
   * and source.
   *
   * @param name the name rules give in their calendar column
   * @param file the file
   * @return the calendar
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException listing every bad line by number
   */
  public static WorkCalendar read(String name, Path file) throws IOException {
    notBlank(name, "name");
    notNull(file, "file");
    return new WorkCalendar(name, CalendarFile.parse(file.toString(),
        Files.readString(file, StandardCharsets.UTF_8)));
  }

  /**
   * The calendar's name.
   *
   * @return such as {@code US}
   */
  public String name() {
    return name;
  }

  /**
   * Whether a day is a working day.
   *
   * @param day the day
   * @return false on Saturdays, Sundays and holidays, unless the day is a weekend day worked
   */
  public boolean isWorkingDay(LocalDate day) {
    notNull(day, "day");
    if (days.worked(day)) {
      return true;
    }
    if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return false;
    }
    return days.holiday(day).isEmpty();
  }

  /**
   * The holiday on a day, with its source.
   *
   * @param day the day
   * @return such as {@code Christmas Day (5 U.S.C. 6103(a))}; empty on other days
   */
  public Optional<String> holiday(LocalDate day) {
    return days.holiday(notNull(day, "day"));
  }

  /**
   * Whether the calendar knows the holidays of a day's year: every year for a calendar of
   * yearly rules (US), only the years listed for one of announced dates (CN). In a year not
   * covered only weekends are days off, and a deadline counted in it may be early.
   *
   * @param day the day
   * @return true when the day's year is covered
   */
  public boolean covers(LocalDate day) {
    return this == WEEKENDS || days.covers(notNull(day, "day").getYear());
  }

  @Override
  public String toString() {
    return name;
  }
}
