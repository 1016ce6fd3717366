package dev.marque.spark;

import dev.marque.core.Finding;
import dev.marque.core.json.FeedLine;
import dev.marque.core.json.JsonLines;
import dev.marque.core.json.MarqueJson;
import dev.marque.matching.scan.FeedScanner;
import dev.marque.matching.scan.ScanHandler;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.Tuple2;

/**
 * Scans one partition of feed lines, each with its 0-based position in the input, into rows of
 * {@code (line, json)}: the line number and the line {@code marque scan} writes for it, through
 * the same per-line code ({@link FeedScanner#scanLine}). Lazy: one row is scanned per row asked
 * for, so a partition of any size streams.
 */
final class ScanPartition implements FlatMapFunction<Iterator<Tuple2<String, Long>>, Row> {
  private static final long serialVersionUID = 1L;

  private final Broadcast<ScanPlan> plan;

  ScanPartition(Broadcast<ScanPlan> plan) {
    this.plan = plan;
  }

  @Override
  public Iterator<Row> call(Iterator<Tuple2<String, Long>> rows) {
    FeedScanner scanner = Scanners.of(plan.value());
    MarqueJson json = scanner.json();
    int maxChars = json.limits().maxLineChars();
    return new Iterator<>() {
      private Row next;
      private String out;
      private final ScanHandler handler = new ScanHandler() {
        @Override
        public void finding(long line, Finding finding) {
          out = json.writeFinding(finding);
        }

        @Override
        public void rejected(FeedLine.Rejected rejected) {
          out = json.writeRejected(rejected);
        }
      };

      @Override
      public boolean hasNext() {
        while (next == null && rows.hasNext()) {
          Tuple2<String, Long> row = rows.next();
          JsonLines.Line line = line(row._2() + 1, row._1(), maxChars);
          if (line != null) {
            scanner.scanLine(line, handler);
            next = RowFactory.create(line.number(), out);
          }
        }
        return next != null;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Row row = next;
        next = null;
        return row;
      }
    };
  }

  /**
   * The feed line a row holds, as {@link JsonLines} reads the same text from a file: a byte order
   * mark opening the first line is not data, a CR before the line end is dropped, a line over the
   * limit is marked too long (and not held), and a blank line gives nothing (but keeps its
   * number, as line numbers count every physical line).
   *
   * @return the line, or null for a blank one
   */
  static JsonLines.Line line(long number, String text, int maxChars) {
    if (text == null) {
      return null;
    }
    int start = number == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
    int end = text.length();
    if (end > start && text.charAt(end - 1) == '\r') {
      end--;
    }
    long length = end - start;
    if (length > maxChars) {
      return new JsonLines.Line(number, "", true, length);
    }
    for (int i = start; i < end; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return new JsonLines.Line(number, text.substring(start, end), false, length);
      }
    }
    return null;
  }
}
