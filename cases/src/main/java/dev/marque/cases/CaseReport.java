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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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

  /** Copies the parts. */
  public CaseReport {
    notNull(generatedAt, "generatedAt");
    groups = List.copyOf(groups);
    states = Map.copyOf(states);
    openDeadlines = List.copyOf(openDeadlines);
  }

  /**
   * Computes the report of a store: one pass over the cases.
   *
   * @param store the store
   * @param rules the deadline rules whose open windows to list
   * @return the report
   */
  public static CaseReport of(CaseStore store, List<DeadlineRule> rules) {
    notNull(store, "store");
    Database db = StoreAccess.get().database(store);
    Map<String, Acc> groups = new TreeMap<>();
    Map<Marketplace, Map<CaseState, Long>> states = new TreeMap<>();
    db.transaction(tx -> {
      PreparedStatement ps = tx.prepare("SELECT marketplace, route, state, submitted_at,"
          + " removed_at, countered_at, relisted_at FROM cases");
      ps.setFetchSize(10_000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Marketplace m = Marketplace.valueOf(rs.getString(1));
          String route = rs.getString(2);
          Acc a = groups.computeIfAbsent(m.name() + "\u0000" + route, k -> new Acc(m, route));
          a.cases++;
          states.computeIfAbsent(m, k -> new EnumMap<>(CaseState.class))
              .merge(CaseState.valueOf(rs.getString(3)), 1L, Long::sum);
          long sub = rs.getLong(4);
          boolean submitted = !rs.wasNull();
          long rem = rs.getLong(5);
          boolean removed = !rs.wasNull();
          rs.getLong(6);
          boolean countered = !rs.wasNull();
          rs.getLong(7);
          boolean relisted = !rs.wasNull();
          if (submitted) {
            a.submitted++;
            if (removed) {
              a.removed++;
              if (rem >= sub) { // a removal recorded as before the submission has no duration
                a.add(rem - sub);
              }
            }
          }
          if (removed) {
            a.removedAny++;
            if (countered) {
              a.countered++;
            }
            if (relisted) {
              a.relisted++;
            }
          }
        }
      }
      return null;
    });
    List<Group> result = new ArrayList<>();
    for (Acc a : groups.values()) {
      long[] d = Arrays.copyOf(a.durations, a.n);
      Arrays.sort(d);
      result.add(new Group(a.marketplace, a.route, a.cases, a.submitted, a.removed,
          ratio(a.removed, a.submitted), percentile(d, 0.5), percentile(d, 0.9), a.countered,
          ratio(a.countered, a.removedAny), a.relisted, ratio(a.relisted, a.removedAny)));
    }
    return new CaseReport(store.clock().instant(), result, states,
        Deadlines.of(store, rules).open());
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0 : (double) a / b;
  }

  /** The nearest-rank percentile in hours. */
  private static Optional<Double> percentile(long[] sortedMillis, double q) {
    if (sortedMillis.length == 0) {
      return Optional.empty();
    }
    int rank = (int) Math.ceil(q * sortedMillis.length);
    return Optional.of(sortedMillis[Math.max(0, rank - 1)] / 3_600_000.0);
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
    long[] durations = new long[16];
    int n;

    Acc(Marketplace marketplace, String route) {
      this.marketplace = marketplace;
      this.route = route;
    }

    void add(long d) {
      if (n == durations.length) {
        durations = Arrays.copyOf(durations, n * 2);
      }
      durations[n++] = d;
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
