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
import java.util.List;

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
    List<Deadline> result = new ArrayList<>();
    for (DeadlineRule rule : rules) {
      db.transaction(tx -> {
        // the cases in the state by their index, then each one's event by the case's own index:
        // work in proportion to the open windows, never a scan of the event log
        PreparedStatement ps = tx.prepare("SELECT c.id, c.route, (SELECT MAX(e.at) FROM"
            + " case_events e WHERE e.case_id = c.id AND e.type = c.state) FROM cases c"
            + " WHERE c.state = ? ORDER BY c.id");
        ps.setString(1, rule.after().name());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            if (!rule.appliesTo(rs.getString(2))) {
              continue;
            }
            Instant at = Instant.ofEpochMilli(rs.getLong(3));
            LocalDate start = LocalDate.ofInstant(at, ZoneOffset.UTC);
            result.add(new Deadline(rs.getLong(1), rule, at,
                rule.plus(start, rule.earliestDays()), rule.plus(start, rule.latestDays())));
          }
        }
        return null;
      });
    }
    result.sort(Comparator.comparing(Deadline::due).thenComparingLong(Deadline::caseId));
    return result;
  }
}
