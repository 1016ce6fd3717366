package dev.marque.matching.fingerprint;

import java.util.Arrays;
import java.util.Objects;

/**
 * The average colour of each cell of an 8 x 8 grid laid over a picture, in luma and two chroma
 * channels (Y, Cb, Cr, one byte each): what is left of a smooth picture (a sky, a gradient, a
 * plain backdrop) once its detail is gone, and so what still tells two such pictures apart when
 * their PDQ hashes are noise (PDQ quality under 50, see {@link ImageFingerprint#quality()}).
 *
 * <p>Two layouts are compared cell by cell ({@link #distance}): the colour distance of each cell,
 * and the mean of the {@value #CELLS_COMPARED} nearest of the 64, so that a banner, a logo or a
 * line of text over a few cells is set aside. The package documentation says what the distance
 * measured on outside photos, and how {@link RelistingIndex} uses it.
 */
public final class ColourLayout {
  /** Cells along each side of the grid. */
  public static final int GRID = 8;
  /** The cells compared: the nearest 56 of the 64, the other 8 set aside as covered. */
  public static final int CELLS_COMPARED = 56;
  /** The layout of a fingerprint made without one: {@link #isKnown()} is false. */
  public static final ColourLayout NONE = new ColourLayout(new byte[0]);

  private static final int CELLS = GRID * GRID;
  private static final int BYTES = CELLS * 3;

  /** Y, Cb and Cr per cell, cell by cell in rows; Cb and Cr offset by 128. */
  private final byte[] cells;
  /** {@link #distanceFromFlat()}, computed once. */
  private final double fromFlat;

  private ColourLayout(byte[] cells) {
    this.cells = cells;
    this.fromFlat = cells.length == 0 ? 0 : flatDistance(cells);
  }

  /** The distance between the cells and a flat layout of their mean colour, as {@link #distance}. */
  private static double flatDistance(byte[] cells) {
    double[] mean = new double[3];
    for (int k = 0; k < CELLS; k++) {
      for (int c = 0; c < 3; c++) {
        mean[c] += (cells[k * 3 + c] & 0xff) / (double) CELLS;
      }
    }
    double[] d = new double[CELLS];
    for (int k = 0; k < CELLS; k++) {
      double s = 0;
      for (int c = 0; c < 3; c++) {
        double x = (cells[k * 3 + c] & 0xff) - mean[c];
        s += x * x;
      }
      d[k] = Math.sqrt(s);
    }
    return trimmedMean(d);
  }

  private static double trimmedMean(double[] d) {
    Arrays.sort(d);
    double sum = 0;
    for (int k = 0; k < CELLS_COMPARED; k++) {
      sum += d[k];
    }
    return sum / CELLS_COMPARED;
  }

  /**
   * The layout of a picture given as 0xRRGGBB pixels, row by row.
   *
   * @param rgb the pixels
   * @param width the width in pixels, at least 1
   * @param height the height in pixels, at least 1
   * @return its layout
   */
  static ColourLayout of(int[] rgb, int width, int height) {
    long[] sums = new long[BYTES];
    int[] counts = new int[CELLS];
    int[] column = new int[width];
    for (int x = 0; x < width; x++) {
      column[x] = (int) ((long) x * GRID / width);
    }
    for (int y = 0; y < height; y++) {
      int row = (int) ((long) y * GRID / height) * GRID;
      for (int x = 0, i = y * width; x < width; x++, i++) {
        int p = rgb[i];
        int k = row + column[x];
        sums[k * 3] += p >>> 16 & 0xff;
        sums[k * 3 + 1] += p >>> 8 & 0xff;
        sums[k * 3 + 2] += p & 0xff;
        counts[k]++;
      }
    }
    byte[] cells = new byte[BYTES];
    for (int k = 0; k < CELLS; k++) {
      int n = Math.max(1, counts[k]);
      double r = (double) sums[k * 3] / n;
      double g = (double) sums[k * 3 + 1] / n;
      double b = (double) sums[k * 3 + 2] / n;
      // ITU-R BT.601 luma and chroma, as JPEG uses them
      cells[k * 3] = clamp(0.299 * r + 0.587 * g + 0.114 * b);
      cells[k * 3 + 1] = clamp(128 - 0.168736 * r - 0.331264 * g + 0.5 * b);
      cells[k * 3 + 2] = clamp(128 + 0.5 * r - 0.418688 * g - 0.081312 * b);
    }
    return new ColourLayout(cells);
  }

  private static byte clamp(double v) {
    return (byte) Math.max(0, Math.min(255, (int) Math.round(v)));
  }

  /**
   * A layout from the bytes {@link #bytes()} gave.
   *
   * @param bytes 192 bytes (Y, Cb, Cr per cell, cell by cell in rows), or none for {@link #NONE}
   * @return the layout
   * @throws IllegalArgumentException if there are neither 192 bytes nor none
   */
  public static ColourLayout ofBytes(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length == 0) {
      return NONE;
    }
    if (bytes.length != BYTES) {
      throw new IllegalArgumentException("bytes: a colour layout is " + BYTES
          + " bytes, got " + bytes.length);
    }
    return new ColourLayout(bytes.clone());
  }

  /**
   * The layout as bytes, for storage: Y, Cb and Cr (Cb and Cr offset by 128) per cell, cell by
   * cell in rows; empty for {@link #NONE}.
   *
   * @return a copy of the bytes
   */
  public byte[] bytes() {
    return cells.clone();
  }

  /**
   * Whether this is a picture's layout, not {@link #NONE}.
   *
   * @return false only for {@link #NONE}
   */
  public boolean isKnown() {
    return cells.length != 0;
  }

  /**
   * How far apart two pictures' colours lie: the mean, over the {@value #CELLS_COMPARED} cells
   * where they agree best, of the Euclidean distance between the cells' (Y, Cb, Cr) values. 0 for
   * the same picture; the same smooth picture re-encoded, resized or under a banner lies within
   * about 5, other pictures mostly 10 to 100 away.
   *
   * @param other the other layout
   * @return the distance, or {@link Double#POSITIVE_INFINITY} when either is {@link #NONE}
   */
  public double distance(ColourLayout other) {
    Objects.requireNonNull(other, "other");
    if (!isKnown() || !other.isKnown()) {
      return Double.POSITIVE_INFINITY;
    }
    double[] d = new double[CELLS];
    for (int k = 0; k < CELLS; k++) {
      double s = 0;
      for (int c = 0; c < 3; c++) {
        int x = (cells[k * 3 + c] & 0xff) - (other.cells[k * 3 + c] & 0xff);
        s += x * x;
      }
      d[k] = Math.sqrt(s);
    }
    return trimmedMean(d);
  }

  /**
   * How far the picture is from a single colour: the {@link #distance} between this layout and a
   * flat one of its mean colour. A layout within the match radius of its own flat version would
   * match any picture of about that one colour, so it says what colour a picture is, not which
   * picture it is: two halves of one plain wallpaper, two black photos.
   *
   * @return the distance, 0 for a picture of one colour (and for {@link #NONE})
   */
  public double distanceFromFlat() {
    return fromFlat;
  }

  /**
   * The layout's luma as 64 bits, one a cell (in rows): set where the cell is brighter than the
   * picture's mean. A brightness or contrast shift, a re-encoding or a light overlay leaves most
   * bits as they are, so layouts that {@link #distance} finds close have keys a few bits apart;
   * {@link RelistingIndex} looks smooth photos up by it.
   *
   * @return the key, 0 for {@link #NONE}
   */
  long lumaKey() {
    if (!isKnown()) {
      return 0L;
    }
    int sum = 0;
    for (int k = 0; k < CELLS; k++) {
      sum += cells[k * 3] & 0xff;
    }
    long key = 0;
    for (int k = 0; k < CELLS; k++) {
      if ((cells[k * 3] & 0xff) * CELLS > sum) {
        key |= 1L << k;
      }
    }
    return key;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ColourLayout other && Arrays.equals(cells, other.cells);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(cells);
  }

  @Override
  public String toString() {
    return isKnown() ? "ColourLayout[" + GRID + "x" + GRID + "]" : "ColourLayout[none]";
  }
}
