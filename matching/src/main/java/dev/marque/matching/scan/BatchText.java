package dev.marque.matching.scan;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A batch's output text. Unsynchronized, as one worker writes it and then the writing thread
 * reads it; held in chunks of one size, so it never copies itself as it grows, holds no array
 * large enough to be costly for the collector, and is written out without a copy into a string.
 */
final class BatchText extends Writer {
  /** Characters per chunk: 32 KiB. */
  private static final int CHUNK = 1 << 14;
  private final Chunks chunks;
  private final List<char[]> full = new ArrayList<>();
  private char[] chunk;
  private int used;

  /**
   * The chunks of one scan's batches, handed back once a batch is written and taken again by the
   * next: a scan's output then reuses a few hundred kilobytes instead of allocating (and the
   * collector clearing) a new array for every 16 Ki characters of output. Thread-safe.
   */
  static final class Chunks {
    private final ConcurrentLinkedQueue<char[]> free = new ConcurrentLinkedQueue<>();

    char[] take() {
      char[] c = free.poll();
      return c != null ? c : new char[CHUNK];
    }

    void give(char[] c) {
      free.add(c);
    }
  }

  BatchText(Chunks chunks) {
    this.chunks = chunks;
    this.chunk = chunks.take();
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
      chunk = chunks.take();
      used = 0;
    }
    return Math.min(wanted, CHUNK - used);
  }

  /** Writes the text to {@code out}, then gives its chunks back: the batch's last use. */
  void writeTo(Writer out) throws IOException {
    for (char[] c : full) {
      out.write(c, 0, CHUNK);
    }
    out.write(chunk, 0, used);
    for (char[] c : full) {
      chunks.give(c);
    }
    chunks.give(chunk);
    full.clear();
    chunk = null;
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
