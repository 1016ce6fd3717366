package dev.marque.core.json;

import static dev.marque.core.internal.Checks.notNull;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Splits a JSON Lines stream into lines, in constant memory however long the stream: blank lines
 * are skipped, a UTF-8 byte order mark and CR LF line ends are accepted, and a line longer than the
 * limit is not held in memory but reported as {@link Line#tooLong()} with its number.
 *
 * <p>Line numbers count every physical line, blank ones included, so that they match what an
 * editor shows. Not thread-safe: one reader per stream.
 */
public final class JsonLines implements Iterator<JsonLines.Line>, Closeable {

  /** The longest line read, in characters: 1 MiB. A listing is far smaller; longer is an error. */
  public static final int MAX_LINE_CHARS = 1 << 20;

  /**
   * One non-blank line.
   *
   * @param number the 1-based line number
   * @param text the line without its line end; empty when too long
   * @param tooLong whether the line exceeded the limit and was skipped
   * @param length the line's length in characters (for a too-long line, at least the limit)
   */
  public record Line(long number, String text, boolean tooLong, long length) {}

  private final Reader reader;
  private final int maxChars;
  private final StringBuilder buffer = new StringBuilder(256);
  private final char[] chunk = new char[1 << 16];
  private int pos;
  private int limit;
  private boolean eof;
  private long number;
  private Line next;
  private boolean done;

  private JsonLines(Reader reader, int maxChars) {
    this.reader = reader;
    this.maxChars = maxChars;
  }

  /**
   * Lines of the reader, at most {@link #MAX_LINE_CHARS} characters each.
   *
   * @param reader the text; closed when the lines are closed
   * @return the lines, read as they are asked for
   */
  public static JsonLines of(Reader reader) {
    return of(reader, MAX_LINE_CHARS);
  }

  /**
   * Lines of the reader, at most {@code maxChars} characters each.
   *
   * @param reader the text; closed when the lines are closed
   * @param maxChars the longest line accepted, in characters
   * @return the lines, read as they are asked for
   */
  public static JsonLines of(Reader reader, int maxChars) {
    notNull(reader, "reader");
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
    }
    return new JsonLines(reader, maxChars);
  }

  /**
   * Whether another non-blank line follows.
   *
   * @throws UncheckedIOException when the stream cannot be read
   */
  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      try {
        next = readLine();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read line " + (number + 1), e);
      }
      done = next == null;
    }
    return next != null;
  }

  @Override
  public Line next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Line line = next;
    next = null;
    return line;
  }

  private Line readLine() throws IOException {
    while (true) {
      buffer.setLength(0);
      long length = 0;
      boolean any = false;
      boolean ended = false;
      char last = 0;
      while (!ended) {
        if (pos == limit) {
          limit = reader.read(chunk, 0, chunk.length);
          pos = 0;
          if (limit <= 0) {
            limit = 0;
            eof = true;
            break;
          }
        }
        any = true;
        int start = pos;
        while (pos < limit && chunk[pos] != '\n') {
          pos++;
        }
        int stop = pos;
        if (pos < limit) {
          pos++; // past the line feed
          ended = true;
        }
        if (number == 0 && length == 0 && start < stop && chunk[start] == '\uFEFF') {
          start++; // a byte order mark at the start of the stream is not data
        }
        long room = maxChars + 1L - buffer.length();
        if (room > 0) {
          buffer.append(chunk, start, (int) Math.min(room, stop - start));
        }
        length += stop - start;
        if (stop > start) {
          last = chunk[stop - 1];
        }
      }
      if (!any) {
        return null;
      }
      number++;
      if (length > 0 && last == '\r') {
        if (length <= maxChars + 1) {
          buffer.setLength(buffer.length() - 1);
        }
        length--;
      }
      if (length > maxChars) {
        return new Line(number, "", true, length);
      }
      if (isBlank(buffer)) {
        if (eof) {
          return null;
        }
        continue;
      }
      return new Line(number, buffer.toString(), false, length);
    }
  }

  private static boolean isBlank(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
