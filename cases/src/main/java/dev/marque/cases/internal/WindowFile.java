package dev.marque.cases.internal;

import dev.marque.cases.DayCount;
import dev.marque.cases.DeadlineRule;
import dev.marque.cases.EventType;
import dev.marque.cases.WorkCalendar;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a deadline-window file: one {@link DeadlineRule} per tab-separated row. */
public final class WindowFile {
  private static final int COLUMNS = 9;

  private WindowFile() {}

  /**
   * Parses a window file.
   *
   * @throws IllegalArgumentException naming every bad line of {@code where}
   */
  public static List<DeadlineRule> parse(String where, String text,
      List<WorkCalendar> calendars) {
    Map<String, WorkCalendar> byName = new HashMap<>();
    calendars.forEach(c -> byName.put(c.name(), c));
    List<DeadlineRule> rules = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String at = where + " line " + (i + 1) + ": ";
      String[] f = line.split("\t", -1);
      if (f.length != COLUMNS) {
        problems.add(at + "expected " + COLUMNS + " tab-separated columns (id, routes, after,"
            + " from, to, counting, calendar, source, what), found " + f.length);
        continue;
      }
      try {
        String id = f[0].strip();
        if (!ids.add(id)) {
          problems.add(at + "the id '" + id + "' is used twice");
          continue;
        }
        Set<String> routes = f[1].strip().equals("*") ? Set.of() : new LinkedHashSet<>(
            Arrays.stream(f[1].split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList());
        EventType after = parseEnum(EventType.class, f[2].strip(), "after");
        int from = parseDays(f[3], "from");
        int to = parseDays(f[4], "to");
        DayCount counting = null;
        for (DayCount c : DayCount.values()) {
          if (c.key().equals(f[5].strip())) {
            counting = c;
          }
        }
        if (counting == null) {
          throw new IllegalArgumentException("counting '" + f[5].strip() + "' is not calendar,"
              + " calendar-roll or business");
        }
        String cal = f[6].strip();
        WorkCalendar calendar = byName.containsKey(cal) ? byName.get(cal)
            : byName.computeIfAbsent(cal, WorkCalendar::shipped);
        rules.add(DeadlineRule.builder(id, after, to).routes(routes).earliestDays(from)
            .counting(counting).calendar(calendar).source(f[7].strip())
            .description(f[8].strip()).build());
      } catch (IllegalArgumentException e) {
        problems.add(at + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems));
    }
    return List.copyOf(rules);
  }

  private static int parseDays(String text, String column) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(column + " '" + text.strip() + "' is not a number of"
          + " days");
    }
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String column) {
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(column + " '" + text + "' is not one of "
          + Arrays.toString(type.getEnumConstants()));
    }
  }
}
