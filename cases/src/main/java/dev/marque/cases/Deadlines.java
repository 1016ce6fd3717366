package dev.marque.cases;

import static dev.marque.cases.internal.Checks.notNull;

import dev.marque.cases.internal.Database;
import dev.marque.cases.internal.StoreAccess;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The windows running on a store's cases, computed from their events by a list of rules. Dates
 * are counted in UTC.
 *
 * <pre>{@code
 * Deadlines.of(store, DeadlineRule.standard()).open();   // soonest due first
 * }</pre>
 */
public final class Deadlines {
  private final Database db;
  private final List<DeadlineRule> rules;

  private Deadlines(Database db, List<DeadlineRule> rules) {
    this.db = db;
    this.rules = rules;
  }

  /**
   * The deadlines of a store under rules.
   *
   * @param store the store
   * @param rules the rules, such as {@link DeadlineRule#standard()} plus a platform's windows
   * @return the deadlines
   */
  public static Deadlines of(CaseStore store, List<DeadlineRule> rules) {
    notNull(store, "store");
    return new Deadlines(StoreAccess.get().database(store), List.copyOf(notNull(rules, "rules")));
  }

  /**
   * Every open window: the case is still in the state the rule's event put it in.
   *
   * @return the windows, soonest due first
   */
  public List<Deadline> open() {
    Map<EventType, List<DeadlineRule>> byEvent = new EnumMap<>(EventType.class);
    for (DeadlineRule rule : rules) {
      byEvent.computeIfAbsent(rule.after(), k -> new ArrayList<>()).add(rule);
    }
    List<Deadline> result = new ArrayList<>();
    for (Map.Entry<EventType, List<DeadlineRule>> e : byEvent.entrySet()) {
      db.read(tx -> {
        // state_at: when the event that put the case in its state happened, kept on the case
        // row, so this reads the cases in the state by their index and never the event log
        PreparedStatement ps = tx.prepare("SELECT id, route, state_at FROM cases"
            + " WHERE state = ? ORDER BY id");
        ps.setString(1, e.getKey().state().name());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String route = rs.getString(2);
            Instant at = Instant.ofEpochMilli(rs.getLong(3));
            LocalDate start = LocalDate.ofInstant(at, ZoneOffset.UTC);
            for (DeadlineRule rule : e.getValue()) {
              if (rule.appliesTo(route)) {
                result.add(new Deadline(rs.getLong(1), rule, at,
                    rule.plus(start, rule.earliestDays()), rule.plus(start, rule.latestDays())));
              }
            }
          }
        }
        return null;
      });
    }
    result.sort(Comparator.comparing(Deadline::due).thenComparingLong(Deadline::caseId));
    return result;
  }
}
