package dev.marque.cases.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A working-day calendar file parsed: every-year rules expanded per year on demand, and dated
 * rows (holidays and weekend days worked) as given. Immutable after parsing; the per-year cache
 * is concurrent.
 */
public final class CalendarFile {
  private static final Pattern NTH = Pattern.compile(
      "(1st|2nd|3rd|4th|5th|last) (MON|TUE|WED|THU|FRI|SAT|SUN) (\\d{2})");
  private static final Pattern DATE = Pattern.compile("\\d{4}-");
  private static final Pattern FROM = Pattern.compile("(.*) from (\\d{4})");

  /** An every-year rule. */
  private record Rule(String when, Optional<Integer> fromYear, boolean observed, String label) {}

  private final List<Rule> rules;
  private final Map<LocalDate, String> dated;
  private final Set<LocalDate> worked;
  private final Set<Integer> datedYears;
  private final Map<Integer, Map<LocalDate, String>> byYear = new ConcurrentHashMap<>();

  private CalendarFile(List<Rule> rules, Map<LocalDate, String> dated, Set<LocalDate> worked,
      Set<Integer> datedYears) {
    this.rules = List.copyOf(rules);
    this.dated = Map.copyOf(dated);
    this.worked = Set.copyOf(worked);
    this.datedYears = Set.copyOf(datedYears);
  }

  /** A calendar with no holidays. */
  public static CalendarFile empty() {
    return new CalendarFile(List.of(), Map.of(), Set.of(), Set.of());
  }

  /**
   * Parses a calendar file.
   *
   * @throws IllegalArgumentException naming every bad line of {@code where}
   */
  public static CalendarFile parse(String where, String text) {
    List<Rule> rules = new ArrayList<>();
    Map<LocalDate, String> dated = new HashMap<>();
    Set<LocalDate> worked = new HashSet<>();
    Set<Integer> years = new TreeSet<>();
    List<String> problems = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String at = where + " line " + (i + 1) + ": ";
      String[] f = line.split("\t", -1);
      if (f.length != 4 || f[0].isBlank() || f[2].isBlank() || f[3].isBlank()) {
        problems.add(at + "expected 4 tab-separated columns (when, kind, name, source), found "
            + f.length);
        continue;
      }
      String when = f[0].strip();
      String kind = f[1].strip();
      String label = f[2].strip() + " (" + f[3].strip() + ")";
      if (!kind.equals("off") && !kind.equals("off-observed") && !kind.equals("work")) {
        problems.add(at + "kind '" + kind + "' is not off, off-observed or work");
        continue;
      }
      try {
        if (DATE.matcher(when).lookingAt()) {
          if (kind.equals("off-observed")) {
            problems.add(at + "off-observed is for every-year rules, not dates");
            continue;
          }
          String[] range = when.split("\\.\\.", -1);
          LocalDate first = LocalDate.parse(range[0]);
          LocalDate last = range.length == 2 ? LocalDate.parse(range[1]) : first;
          if (range.length > 2 || last.isBefore(first)) {
            problems.add(at + "'" + when + "' is not a date or a range FIRST..LAST");
            continue;
          }
          for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (kind.equals("work")) {
              worked.add(d);
            } else {
              dated.put(d, label);
            }
            years.add(d.getYear());
          }
        } else {
          if (kind.equals("work")) {
            problems.add(at + "a worked weekend day is a date, not an every-year rule");
            continue;
          }
          Optional<Integer> from = Optional.empty();
          Matcher fm = FROM.matcher(when);
          if (fm.matches()) {
            when = fm.group(1).strip();
            from = Optional.of(Integer.parseInt(fm.group(2)));
          }
          Rule r = new Rule(when, from, kind.equals("off-observed"), label);
          dayIn(r, 2000); // fails now on a rule that cannot be read
          rules.add(r);
        }
      } catch (DateTimeParseException | IllegalArgumentException e) {
        problems.add(at + "'" + f[0].strip() + "' is not MM-DD, '3rd MON 01', 'last MON 05',"
            + " YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems));
    }
    return new CalendarFile(rules, dated, worked, years);
  }

  private static LocalDate dayIn(Rule r, int year) {
    Matcher m = NTH.matcher(r.when());
    if (m.matches()) {
      DayOfWeek dow = switch (m.group(2)) {
        case "MON" -> DayOfWeek.MONDAY;
        case "TUE" -> DayOfWeek.TUESDAY;
        case "WED" -> DayOfWeek.WEDNESDAY;
        case "THU" -> DayOfWeek.THURSDAY;
        case "FRI" -> DayOfWeek.FRIDAY;
        case "SAT" -> DayOfWeek.SATURDAY;
        default -> DayOfWeek.SUNDAY;
      };
      LocalDate month = LocalDate.of(year, Integer.parseInt(m.group(3)), 1);
      String nth = m.group(1).toLowerCase(Locale.ROOT);
      return nth.equals("last") ? month.with(TemporalAdjusters.lastInMonth(dow))
          : month.with(TemporalAdjusters.dayOfWeekInMonth(nth.charAt(0) - '0', dow));
    }
    LocalDate d = MonthDay.parse("--" + r.when()).atYear(year);
    if (r.observed()) {
      if (d.getDayOfWeek() == DayOfWeek.SATURDAY) {
        return d.minusDays(1);
      }
      if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
        return d.plusDays(1);
      }
    }
    return d;
  }

  private Map<LocalDate, String> rulesOf(int year) {
    return byYear.computeIfAbsent(year, y -> {
      Map<LocalDate, String> days = new HashMap<>();
      // a holiday observed on 31 December belongs to the next year's rule (New Year's Day)
      for (int ry = y - 1; ry <= y + 1; ry++) {
        for (Rule r : rules) {
          if (r.fromYear().isPresent() && ry < r.fromYear().get()) {
            continue;
          }
          LocalDate d = dayIn(r, ry);
          if (d.getYear() == y) {
            days.put(d, r.label());
          }
        }
      }
      return Map.copyOf(days);
    });
  }

  /** The holiday on a day, named with its source. */
  public Optional<String> holiday(LocalDate day) {
    String d = dated.get(day);
    if (d != null) {
      return Optional.of(d);
    }
    return rules.isEmpty() ? Optional.empty() : Optional.ofNullable(rulesOf(day.getYear())
        .get(day));
  }

  /** Whether a day is a Saturday or Sunday worked in exchange for a holiday. */
  public boolean worked(LocalDate day) {
    return worked.contains(day);
  }

  /** Whether the holidays of a year are known. */
  public boolean covers(int year) {
    return datedYears.isEmpty() ? !rules.isEmpty() : datedYears.contains(year);
  }
}
