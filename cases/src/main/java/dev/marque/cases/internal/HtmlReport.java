package dev.marque.cases.internal;

import dev.marque.cases.CaseReport;
import dev.marque.cases.CaseState;
import dev.marque.cases.Deadline;
import dev.marque.core.Marketplace;
import java.util.Locale;
import java.util.Map;

/** Renders a {@link CaseReport} as one HTML page with inline SVG; every text is escaped. */
public final class HtmlReport {
  private static final String[] COLOURS = {"#8c8c8c", "#b0b0b0", "#5b8def", "#3b6fd8",
      "#2b55b0", "#2e9e5b", "#d9534f", "#e8a33d", "#c0392b", "#8e44ad", "#555555"};

  private HtmlReport() {}

  /** The page. */
  public static String render(CaseReport r) {
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>marque enforcement report</title><style>")
        .append("body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}")
        .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;")
        .append("padding:4px 8px;text-align:right}th:first-child,th:nth-child(2),td:first-child,")
        .append("td:nth-child(2){text-align:left}h2{margin-top:2em}")
        .append("</style></head><body>\n<h1>Enforcement report</h1>\n<p>Generated ")
        .append(esc(r.generatedAt().toString())).append(".</p>\n");
    h.append("<h2>Takedowns by marketplace and route</h2>\n<table><tr><th>marketplace</th>")
        .append("<th>route</th><th>cases</th><th>submitted</th><th>removed</th>")
        .append("<th>takedown rate</th><th>median h</th><th>p90 h</th>")
        .append("<th>counter-notice rate</th><th>re-listing rate</th></tr>\n");
    for (CaseReport.Group g : r.groups()) {
      h.append("<tr><td>").append(esc(g.marketplace().displayName())).append("</td><td>")
          .append(esc(g.route())).append("</td><td>").append(g.cases()).append("</td><td>")
          .append(g.submitted()).append("</td><td>").append(g.removed()).append("</td><td>")
          .append(pct(g.takedownRate())).append("</td><td>")
          .append(g.medianHours().map(HtmlReport::num).orElse("–")).append("</td><td>")
          .append(g.p90Hours().map(HtmlReport::num).orElse("–")).append("</td><td>")
          .append(pct(g.counterNoticeRate())).append("</td><td>")
          .append(pct(g.relistingRate())).append("</td></tr>\n");
    }
    h.append("</table>\n");
    r.states().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      h.append("<h2>").append(esc(e.getKey().displayName())).append("</h2>\n");
      chart(h, e.getKey(), e.getValue());
    });
    h.append("<h2>Open deadlines</h2>\n");
    if (r.openDeadlines().isEmpty()) {
      h.append("<p>None.</p>\n");
    } else {
      h.append("<table><tr><th>case</th><th>rule</th><th>from</th><th>due</th>")
          .append("<th>what</th></tr>\n");
      for (Deadline d : r.openDeadlines()) {
        h.append("<tr><td>").append(d.caseId()).append("</td><td>").append(esc(d.rule().id()))
            .append("</td><td>").append(esc(d.opens().toString())).append("</td><td>")
            .append(esc(d.due().toString())).append("</td><td style=\"text-align:left\">")
            .append(esc(d.rule().description())).append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    h.append("</body></html>\n");
    return h.toString();
  }

  private static void chart(StringBuilder h, Marketplace m, Map<CaseState, Long> counts) {
    long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
    int rowH = 22;
    int labelW = 140;
    int barW = 420;
    int rows = CaseState.values().length;
    h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
        .append(labelW + barW + 80).append("\" height=\"").append(rows * rowH + 10)
        .append("\" aria-label=\"cases per state on ").append(esc(m.displayName()))
        .append("\">\n");
    int y = 5;
    for (CaseState s : CaseState.values()) {
      long n = counts.getOrDefault(s, 0L);
      int w = max == 0 ? 0 : (int) Math.round((double) n / max * barW);
      h.append("<text x=\"").append(labelW - 6).append("\" y=\"").append(y + 15)
          .append("\" text-anchor=\"end\" font-size=\"12\">").append(s.name()).append("</text>")
          .append("<rect x=\"").append(labelW).append("\" y=\"").append(y + 3)
          .append("\" width=\"").append(w).append("\" height=\"").append(rowH - 6)
          .append("\" fill=\"").append(COLOURS[s.ordinal() % COLOURS.length]).append("\"/>")
          .append("<text x=\"").append(labelW + w + 4).append("\" y=\"").append(y + 15)
          .append("\" font-size=\"12\">").append(n).append("</text>\n");
      y += rowH;
    }
    h.append("</svg>\n");
  }

  private static String pct(double d) {
    return String.format(Locale.ROOT, "%.1f%%", d * 100);
  }

  private static String num(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }

  /** Escapes text for HTML content and attributes. */
  public static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
