package dev.marque.cases;

import static dev.marque.cases.internal.Checks.notNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.marque.cases.internal.Database;
import dev.marque.cases.internal.HtmlReport;
import dev.marque.cases.internal.StoreAccess;
import dev.marque.core.Marketplace;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How enforcement is going: per marketplace and route, the takedown rate, the median and 90th
 * percentile time from submission to removal, the counter-notice and re-listing rates, and the
 * cases per state; with the open deadlines. As JSON ({@link #toJson()}) or one self-contained
 * HTML page with an inline SVG chart per marketplace ({@link #toHtml()}).
 *
 * @param generatedAt when the report was computed
 * @param groups one line per marketplace and route
 * @param states cases per state per marketplace
 * @param openDeadlines the open windows, soonest first
 */
public record CaseReport(Instant generatedAt, List<Group> groups,
    Map<Marketplace, Map<CaseState, Long>> states, List<Deadline> openDeadlines) {

  /**
   * The figures of one marketplace and route.
   *
   * @param marketplace the marketplace
   * @param route the route
   * @param cases how many cases
   * @param submitted how many were submitted
   * @param removed how many submitted listings were removed
   * @param takedownRate removed / submitted (0 when none submitted)
   * @param medianHours the median hours from submission to removal
   * @param p90Hours the 90th percentile of those hours
   * @param counterNoticed how many removals drew a counter-notice
   * @param counterNoticeRate counter-noticed / removed
   * @param relisted how many removed listings came back
   * @param relistingRate relisted / removed
   */
  public record Group(Marketplace marketplace, String route, long cases, long submitted,
      long removed, double takedownRate, Optional<Double> medianHours, Optional<Double> p90Hours,
      long counterNoticed, double counterNoticeRate, long relisted, double relistingRate) {}

  /**
   * Copies the parts.
   *
   * @param generatedAt when the report was computed
   * @param groups one line per marketplace and route
   * @param states cases per state per marketplace
   * @param openDeadlines the open windows, soonest first
   */
  public CaseReport {
    notNull(generatedAt, "generatedAt");
    groups = List.copyOf(groups);
    states = Map.copyOf(states);
    openDeadlines = List.copyOf(openDeadlines);
  }

  /**
   * Computes the report of a store. The database does the counting: one pass over an index of
   * (marketplace, route, state, milestones) grouped in SQL, and each percentile is read as the
   * n-th entry of an index of times to takedown, so the work in Java is per group, not per case.
   *
   * @param store the store
   * @param rules the deadline rules whose open windows to list
   * @return the report
   */
  public static CaseReport of(CaseStore store, List<DeadlineRule> rules) {
    notNull(store, "store");
    notNull(rules, "rules");
    Database db = StoreAccess.get().database(store);
    Map<String, Acc> groups = new TreeMap<>();
    Map<Marketplace, Map<CaseState, Long>> states = new TreeMap<>();
    db.read(tx -> {
      PreparedStatement ps = tx.prepare("SELECT marketplace, route, state, COUNT(*),"
          + " COUNT(submitted_at),"
          + " SUM(CASE WHEN submitted_at IS NOT NULL AND removed_at IS NOT NULL THEN 1 ELSE 0 END),"
          + " COUNT(removed_at),"
          + " SUM(CASE WHEN removed_at IS NOT NULL AND countered_at IS NOT NULL THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN removed_at IS NOT NULL AND relisted_at IS NOT NULL THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN removed_at >= submitted_at THEN 1 ELSE 0 END)"
          + " FROM cases GROUP BY marketplace, route, state");
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Marketplace m = Marketplace.valueOf(rs.getString(1));
          String route = rs.getString(2);
          Acc a = groups.computeIfAbsent(m.name() + "\u0000" + route, k -> new Acc(m, route));
          long cases = rs.getLong(4);
          a.cases += cases;
          states.computeIfAbsent(m, k -> new EnumMap<>(CaseState.class))
              .merge(CaseState.valueOf(rs.getString(3)), cases, Long::sum);
          a.submitted += rs.getLong(5);
          a.removed += rs.getLong(6);
          a.removedAny += rs.getLong(7);
          a.countered += rs.getLong(8);
          a.relisted += rs.getLong(9);
          a.timed += rs.getLong(10);
        }
      }
      // takedown_ms: removed_at - submitted_at, absent when the removal is recorded as earlier
      PreparedStatement nth = tx.prepare("SELECT takedown_ms FROM cases WHERE marketplace = ?"
          + " AND route = ? AND takedown_ms IS NOT NULL ORDER BY takedown_ms LIMIT 1 OFFSET ?");
      for (Acc a : groups.values()) {
        a.median = percentile(nth, a, 0.5);
        a.p90 = percentile(nth, a, 0.9);
      }
      return null;
    });
    List<Group> result = new ArrayList<>();
    for (Acc a : groups.values()) {
      result.add(new Group(a.marketplace, a.route, a.cases, a.submitted, a.removed,
          ratio(a.removed, a.submitted), a.median, a.p90, a.countered,
          ratio(a.countered, a.removedAny), a.relisted, ratio(a.relisted, a.removedAny)));
    }
    return new CaseReport(store.clock().instant(), result, states,
        Deadlines.of(store, rules).open());
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0 : (double) a / b;
  }

  /** The nearest-rank percentile in hours: the ceil(q * n)-th smallest time to takedown. */
  private static Optional<Double> percentile(PreparedStatement nth, Acc a, double q)
      throws SQLException {
    if (a.timed == 0) {
      return Optional.empty();
    }
    long rank = (long) Math.ceil(q * a.timed);
    nth.clearParameters();
    nth.setString(1, a.marketplace.name());
    nth.setString(2, a.route);
    nth.setLong(3, Math.max(0, rank - 1));
    try (ResultSet rs = nth.executeQuery()) {
      return rs.next() ? Optional.of(rs.getLong(1) / 3_600_000.0) : Optional.empty();
    }
  }

  private static final class Acc {
    final Marketplace marketplace;
    final String route;
    long cases;
    long submitted;
    long removed;
    long removedAny;
    long countered;
    long relisted;
    long timed;
    Optional<Double> median = Optional.empty();
    Optional<Double> p90 = Optional.empty();

    Acc(Marketplace marketplace, String route) {
      this.marketplace = marketplace;
      this.route = route;
    }
  }

  /**
   * The report as plain maps and lists, in the shape {@link #toJson()} writes.
   *
   * @return the model
   */
  public Map<String, Object> toModel() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("generatedAt", generatedAt.toString());
    List<Object> gs = new ArrayList<>();
    for (Group g : groups) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("marketplace", g.marketplace().name());
      m.put("route", g.route());
      m.put("cases", g.cases());
      m.put("submitted", g.submitted());
      m.put("removed", g.removed());
      m.put("takedownRate", round(g.takedownRate()));
      m.put("medianHoursToTakedown", g.medianHours().map(CaseReport::round).orElse(null));
      m.put("p90HoursToTakedown", g.p90Hours().map(CaseReport::round).orElse(null));
      m.put("counterNoticed", g.counterNoticed());
      m.put("counterNoticeRate", round(g.counterNoticeRate()));
      m.put("relisted", g.relisted());
      m.put("relistingRate", round(g.relistingRate()));
      gs.add(m);
    }
    root.put("groups", gs);
    Map<String, Object> st = new LinkedHashMap<>();
    states.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      Map<String, Object> counts = new LinkedHashMap<>();
      e.getValue().forEach((k, v) -> counts.put(k.name(), v));
      st.put(e.getKey().name(), counts);
    });
    root.put("states", st);
    root.put("openDeadlines", openDeadlines.stream().map(d -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("case", d.caseId());
      m.put("rule", d.rule().id());
      m.put("startedAt", d.startedAt().toString());
      m.put("opens", d.opens().toString());
      m.put("due", d.due().toString());
      m.put("description", d.rule().description());
      return m;
    }).toList());
    return root;
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }

  /**
   * The report as pretty-printed JSON.
   *
   * @return the JSON text
   */
  public String toJson() {
    try {
      return JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
          .writeValueAsString(toModel());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a model of plain values always becomes JSON", e);
    }
  }

  /**
   * The report as one self-contained HTML page: no script, no external resource; a table per
   * route and an inline SVG chart of cases per state for each marketplace.
   *
   * @return the HTML text
   */
  public String toHtml() {
    return HtmlReport.render(this);
  }
}
