package dev.marque.matching.scan;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

/**
 * A batch's output text. Unsynchronized, as one worker writes it and then the writing thread
 * reads it; held in chunks of one size, so it never copies itself as it grows, holds no array
 * large enough to be costly for the collector, and is written out without a copy into a string.
 * The chunks of a text written out are filled again by the texts after it (a scan's spares).
 */
final class BatchText extends Writer {
  /** Characters per chunk: 32 KiB. */
  private static final int CHUNK = 1 << 14;
  private final List<char[]> full = new ArrayList<>();
  /** Chunks written out before, to be filled again rather than allocated. */
  private final Queue<char[]> spare;
  private char[] chunk;
  private int used;

  /**
   * An empty text that takes its chunks from {@code spare} while it has some, and gives them back
   * when {@linkplain #writeTo written out}.
   */
  BatchText(Queue<char[]> spare) {
    this.spare = spare;
    this.chunk = newChunk();
  }

  private char[] newChunk() {
    char[] c = spare.poll();
    return c != null ? c : new char[CHUNK];
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    while (length > 0) {
      int n = room(length);
      System.arraycopy(chars, offset, chunk, used, n);
      used += n;
      offset += n;
      length -= n;
    }
  }

  @Override
  public void write(String text, int offset, int length) {
    while (length > 0) {
      int n = room(length);
      text.getChars(offset, offset + n, chunk, used);
      used += n;
      offset += n;
      length -= n;
    }
  }

  @Override
  public void write(int c) {
    room(1);
    chunk[used++] = (char) c;
  }

  @Override
  public BatchText append(CharSequence text) {
    String s = String.valueOf(text);
    write(s, 0, s.length());
    return this;
  }

  @Override
  public BatchText append(char c) {
    write(c);
    return this;
  }

  /** How many of {@code wanted} characters fit in the current chunk, starting a new one if full. */
  private int room(int wanted) {
    if (used == CHUNK) {
      full.add(chunk);
      chunk = newChunk();
      used = 0;
    }
    return Math.min(wanted, CHUNK - used);
  }

  /** Writes the text to {@code out}, and gives its chunks back to the spares: it is empty after. */
  void writeTo(Writer out) throws IOException {
    for (char[] c : full) {
      out.write(c, 0, CHUNK);
    }
    out.write(chunk, 0, used);
    for (char[] c : full) {
      spare.offer(c);
    }
    full.clear();
    used = 0;
  }

  @Override
  public void flush() {
    // nothing buffered beyond the text itself
  }

  @Override
  public void close() {
    // nothing to release
  }
}
