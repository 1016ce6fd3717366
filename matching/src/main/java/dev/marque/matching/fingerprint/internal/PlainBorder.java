package dev.marque.matching.fingerprint.internal;

/**
 * Finds the picture inside a plain border: the rows and columns at the picture's edges that are
 * mostly of one colour (a shop's frame of one colour, with a line of sale text in it, or the plain
 * backdrop around a product) are cut off, as an image editor's "trim" does. A re-lister who shrinks
 * the photo into a frame moves every hash of the whole and every crop of the grid; the picture
 * inside the frame is the removed photo again, resized. Two different products set into the same
 * frame are, once trimmed, two different pictures: the frame they share is what is cut off.
 *
 * <p>The border's colour is the median, channel by channel, of the picture's outermost rows and
 * columns. An edge is plain when at least {@value #SHARE} of its outermost row's (or column's)
 * pixels lie within {@value #TOLERANCE} of that colour (the sum of the red, green and blue
 * differences, which JPEG's ringing around a frame's text stays within); trimming then goes in
 * from it while at least {@value #INNER_SHARE} of a row's pixels do, so a line of text in the
 * frame goes with the frame. The inner picture is kept only when something worth it was cut (at least {@value
 * #MIN_CUT} of the width or the height) and at least {@value #MIN_KEPT} of each side is left.
 */
public final class PlainBorder {
  /** The share of the outermost row's pixels of the border colour that makes the edge plain. */
  public static final double SHARE = 0.75;
  /**
   * Once the edge is plain, the share that keeps a row in the border: lower, so that a line of
   * text written in a frame (whose letters cover a quarter to a half of their rows) is cut off
   * with it, while the photo's first row, of other colours, stops the cut.
   */
  public static final double INNER_SHARE = 0.5;
  /** The largest sum of channel differences from the border colour of a border pixel. */
  public static final int TOLERANCE = 24;
  /** The least share of the width or height that must be cut for the inner picture to count. */
  public static final double MIN_CUT = 0.03;
  /** The least share of each side the inner picture keeps. */
  public static final double MIN_KEPT = 0.5;
  /** Pixels looked at along a row or column at most (a stride is taken over longer ones). */
  private static final int SAMPLES = 256;

  private PlainBorder() {}

  /**
   * The picture inside the plain border, as fractions of the width and height.
   *
   * @param rgb the pixels as 0xRRGGBB, row by row
   * @param w the width
   * @param h the height
   * @return {left, top, right, bottom}, or null when there is no plain border worth cutting
   */
  public static double[] inner(int[] rgb, int w, int h) {
    if (w < 16 || h < 16) {
      return null;
    }
    int colour = edgeColour(rgb, w, h);
    int top = 0;
    if (rowShare(rgb, w, 0, colour) >= SHARE) {
      while (top < h / 2 && rowShare(rgb, w, top, colour) >= INNER_SHARE) {
        top++;
      }
    }
    int bottom = h;
    if (rowShare(rgb, w, h - 1, colour) >= SHARE) {
      while (bottom > h / 2 && rowShare(rgb, w, bottom - 1, colour) >= INNER_SHARE) {
        bottom--;
      }
    }
    int left = 0;
    if (columnShare(rgb, w, top, bottom, 0, colour) >= SHARE) {
      while (left < w / 2 && columnShare(rgb, w, top, bottom, left, colour) >= INNER_SHARE) {
        left++;
      }
    }
    int right = w;
    if (columnShare(rgb, w, top, bottom, w - 1, colour) >= SHARE) {
      while (right > w / 2
          && columnShare(rgb, w, top, bottom, right - 1, colour) >= INNER_SHARE) {
        right--;
      }
    }
    double keptX = (double) (right - left) / w;
    double keptY = (double) (bottom - top) / h;
    if (keptX < MIN_KEPT || keptY < MIN_KEPT || 1 - keptX < MIN_CUT && 1 - keptY < MIN_CUT) {
      return null;
    }
    return new double[] {(double) left / w, (double) top / h, (double) right / w,
        (double) bottom / h};
  }

  /** The median, channel by channel, of the outermost rows' and columns' pixels (sampled). */
  private static int edgeColour(int[] rgb, int w, int h) {
    int[][] counts = new int[3][256];
    int n = 0;
    int sx = Math.max(1, w / SAMPLES);
    int sy = Math.max(1, h / SAMPLES);
    for (int x = 0; x < w; x += sx) {
      n += count(counts, rgb[x]) + count(counts, rgb[(h - 1) * w + x]);
    }
    for (int y = 0; y < h; y += sy) {
      n += count(counts, rgb[y * w]) + count(counts, rgb[y * w + w - 1]);
    }
    int out = 0;
    for (int c = 0; c < 3; c++) {
      int seen = 0;
      int v = 0;
      while (v < 255 && (seen += counts[c][v]) * 2 < n) {
        v++;
      }
      out = out << 8 | v;
    }
    return out;
  }

  private static int count(int[][] counts, int p) {
    counts[0][p >>> 16 & 0xff]++;
    counts[1][p >>> 8 & 0xff]++;
    counts[2][p & 0xff]++;
    return 1;
  }

  /** The share of row {@code y}'s pixels (sampled) near the border colour. */
  private static double rowShare(int[] rgb, int w, int y, int colour) {
    int step = Math.max(1, w / SAMPLES);
    int near = 0;
    int all = 0;
    for (int x = 0; x < w; x += step, all++) {
      near += near(rgb[y * w + x], colour) ? 1 : 0;
    }
    return (double) near / all;
  }

  /** The share of column {@code x}'s pixels from {@code top} to {@code bottom} (sampled) near it. */
  private static double columnShare(int[] rgb, int w, int top, int bottom, int x, int colour) {
    int step = Math.max(1, (bottom - top) / SAMPLES);
    int near = 0;
    int all = 0;
    for (int y = top; y < bottom; y += step, all++) {
      near += near(rgb[y * w + x], colour) ? 1 : 0;
    }
    return all == 0 ? 0 : (double) near / all;
  }

  private static boolean near(int p, int q) {
    return Math.abs((p >>> 16 & 0xff) - (q >>> 16 & 0xff))
        + Math.abs((p >>> 8 & 0xff) - (q >>> 8 & 0xff))
        + Math.abs((p & 0xff) - (q & 0xff)) <= TOLERANCE;
  }
}
