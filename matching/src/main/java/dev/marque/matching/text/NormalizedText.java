package dev.marque.matching.text;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Text after normalisation, with the way back to the original: every normalised character knows the
 * range of original characters it came from and which {@link Change}s produced it.
 *
 * <p>Offsets are UTF-16 indices, as {@link String#substring(int, int)} takes them. The original range
 * of a normalised span {@code [from, to)} is {@code [originalStart(from), originalEnd(to - 1))}; every
 * step keeps characters in order, so that range is never inverted. Instances are immutable.
 *
 * <pre>{@code
 * NormalizedText n = TextNormalizer.standard().normalize("G.U.C.C.I bag");
 * n.text();               // "gucci bag"
 * n.originalEnd(4);       // 9: the 'i' came from the ninth original character
 * n.changes(0, 5);        // [SEPARATED]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class NormalizedText {
  private final String original;
  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final byte[] changes;

  NormalizedText(String original, String text, int[] starts, int[] ends, byte[] changes) {
    this.original = original;
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.changes = changes;
  }

  /**
   * {@return the text as given, unchanged: each character maps to itself}
   *
   * @param original the text
   */
  public static NormalizedText identity(String original) {
    Objects.requireNonNull(original, "original");
    int n = original.length();
    int[] starts = new int[n];
    int[] ends = new int[n];
    for (int i = 0; i < n; i++) {
      starts[i] = i;
      ends[i] = i + 1;
    }
    return new NormalizedText(original, original, starts, ends, new byte[n]);
  }

  /** {@return the text the normalisation started from} */
  public String original() {
    return original;
  }

  /** {@return the normalised text} */
  public String text() {
    return text;
  }

  /** {@return the length of the normalised text} */
  public int length() {
    return text.length();
  }

  /**
   * {@return where, in the original, the normalised character at {@code index} begins}
   *
   * @param index an offset into the normalised text
   */
  public int originalStart(int index) {
    Objects.checkIndex(index, text.length());
    return starts[index];
  }

  /**
   * {@return where, in the original, the normalised character at {@code index} ends (exclusive)}
   *
   * @param index an offset into the normalised text
   */
  public int originalEnd(int index) {
    Objects.checkIndex(index, text.length());
    return ends[index];
  }

  /**
   * {@return the original text behind the normalised span {@code [from, to)}; empty for an empty
   * span}
   *
   * @param from the start in the normalised text
   * @param to the end in the normalised text, exclusive
   */
  public String originalText(int from, int to) {
    Objects.checkFromToIndex(from, to, text.length());
    return from == to ? "" : original.substring(starts[from], ends[to - 1]);
  }

  /**
   * {@return the changes that produced the normalised character at {@code index}}
   *
   * @param index an offset into the normalised text
   */
  public Set<Change> changes(int index) {
    Objects.checkIndex(index, text.length());
    return toSet(changes[index]);
  }

  /**
   * {@return the changes that produced any normalised character in {@code [from, to)}}
   *
   * @param from the start in the normalised text
   * @param to the end in the normalised text, exclusive
   */
  public Set<Change> changes(int from, int to) {
    return toSet(changeBits(from, to));
  }

  /**
   * {@return whether {@code change} produced the normalised character at {@code index}}
   *
   * @param index an offset into the normalised text
   * @param change the change asked about
   */
  public boolean changed(int index, Change change) {
    Objects.checkIndex(index, text.length());
    return (changes[index] & change.bit()) != 0;
  }

  /**
   * {@return the changes of {@code [from, to)} as a bit set over {@link Change#ordinal()}: for hot
   * loops}
   *
   * @param from the start in the normalised text
   * @param to the end in the normalised text, exclusive
   */
  public int changeBits(int from, int to) {
    Objects.checkFromToIndex(from, to, text.length());
    int bits = 0;
    for (int i = from; i < to; i++) {
      bits |= changes[i];
    }
    return bits;
  }

  private static Set<Change> toSet(int bits) {
    EnumSet<Change> set = EnumSet.noneOf(Change.class);
    for (Change c : Change.values()) {
      if ((bits & c.bit()) != 0) {
        set.add(c);
      }
    }
    return set;
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  byte bits(int i) {
    return changes[i];
  }

  int[] startsArray() {
    return starts;
  }

  int[] endsArray() {
    return ends;
  }

  @Override
  public String toString() {
    return "NormalizedText[" + text + "]";
  }

  /**
   * Builds the output of one step from its input: each appended character names the input characters
   * it came from, and the original range and changes are carried through.
   */
  static final class Builder {
    private final NormalizedText in;
    private final StringBuilder text;
    private int[] starts;
    private int[] ends;
    private byte[] changes;
    private int size;

    Builder(NormalizedText in) {
      this.in = in;
      int cap = Math.max(16, in.length() + 8);
      this.text = new StringBuilder(cap);
      this.starts = new int[cap];
      this.ends = new int[cap];
      this.changes = new byte[cap];
    }

    /** Appends {@code c}, made from input characters {@code [from, to)}, with {@code extra} change bits. */
    void append(char c, int from, int to, int extra) {
      appendWithBits(c, from, to, extra | changes(from, to));
    }

    /** The change bits of input characters {@code [from, to)}, together. */
    int changes(int from, int to) {
      int bits = 0;
      for (int i = from; i < to; i++) {
        bits |= in.changes[i];
      }
      return bits;
    }

    /**
     * {@link #append} with the change bits already known, so that many characters made from one
     * long input range (a letter with half a million combining marks) cost one pass, not one each.
     */
    void appendWithBits(char c, int from, int to, int bits) {
      if (size == starts.length) {
        int cap = size * 2;
        starts = java.util.Arrays.copyOf(starts, cap);
        ends = java.util.Arrays.copyOf(ends, cap);
        changes = java.util.Arrays.copyOf(changes, cap);
      }
      text.append(c);
      starts[size] = in.starts[from];
      ends[size] = in.ends[to - 1];
      changes[size] = (byte) bits;
      size++;
    }

    /** Appends {@code c[from..to)}, which are input characters {@code from..to}, unchanged. */
    void appendUnchanged(char[] c, int from, int to) {
      for (int i = from; i < to; i++) {
        append(c[i], i, i + 1, 0);
      }
    }

    int size() {
      return size;
    }

    char lastChar() {
      return text.charAt(size - 1);
    }

    NormalizedText build() {
      return new NormalizedText(in.original, text.toString(), java.util.Arrays.copyOf(starts, size),
          java.util.Arrays.copyOf(ends, size), java.util.Arrays.copyOf(changes, size));
    }
  }
}
