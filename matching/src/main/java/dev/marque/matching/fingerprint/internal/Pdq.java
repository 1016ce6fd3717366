package dev.marque.matching.fingerprint.internal;

/**
 * The PDQ perceptual hash (Meta, 2019), written from the published description of the algorithm
 * ("The TMK+PDQF video-hashing algorithm and the PDQ image-hashing algorithm", ThreatExchange's
 * {@code hashing.pdf}): luminance, a two-pass Jarosz (tent) filter per axis, decimation to 64x64,
 * a 16x16 corner of the DCT without the DC row and column, and one bit per coefficient above the
 * median. The quality is the sum of the 64x64 image's absolute gradients, scaled to 0..100.
 *
 * <p>Bit {@code k = 16 * i + j} is coefficient (i, j) (i the vertical frequency); the hex form
 * writes bit 255 first, as the reference tools print it.
 *
 * <p>One instance holds the scratch buffers of one hashing at a time: not thread-safe, so callers
 * keep one per thread.
 */
public final class Pdq {
  private static final int SIZE = 64;
  private static final int BITS = 16;
  /** DCT basis rows 1..16 over 64 samples (the DC row 0 is skipped). */
  private static final float[] DCT = dctMatrix();

  private float[] luma = new float[0];
  private float[] scratch = new float[0];
  private float[] columnSums = new float[0];
  private final float[] small = new float[SIZE * SIZE];
  private final float[] half = new float[BITS * SIZE];
  private final float[] coefficients = new float[BITS * BITS];
  private final float[] sorted = new float[BITS * BITS];

  /** The words of the last hash (bit k in {@code words[k >> 6]}) and its quality. */
  private final long[] words = new long[4];
  private int quality;
  /** The size of the last image hashed, whose filtered luminance {@link #luma} still holds. */
  private int lastWidth;
  private int lastHeight;

  /**
   * Hashes packed RGB pixels (alpha ignored), row by row.
   *
   * @param rgb {@code width * height} pixels as 0xAARRGGBB
   * @param width columns
   * @param height rows
   */
  public void hash(int[] rgb, int width, int height) {
    int n = width * height;
    if (luma.length < n) {
      luma = new float[n];
      scratch = new float[n];
    }
    for (int i = 0; i < n; i++) {
      int p = rgb[i];
      luma[i] = 0.299f * ((p >> 16) & 0xff) + 0.587f * ((p >> 8) & 0xff) + 0.114f * (p & 0xff);
    }
    hashLuma(width, height);
  }

  /**
   * Hashes a luminance image (0..255 per pixel) instead of RGB pixels, e.g. one {@link Erosion}
   * made.
   *
   * @param values at least {@code width * height} values, row by row (not changed)
   * @param width columns
   * @param height rows
   */
  public void hashLuminance(float[] values, int width, int height) {
    int n = width * height;
    if (luma.length < n) {
      luma = new float[n];
      scratch = new float[n];
    }
    System.arraycopy(values, 0, luma, 0, n);
    hashLuma(width, height);
  }

  /** Hashes the luminance buffer of an image of the given size. */
  private void hashLuma(int width, int height) {
    jarosz(luma, scratch, height, width);
    lastWidth = width;
    lastHeight = height;
    decimate(luma, height, width);
    bits();
  }

  /**
   * Hashes a region of the last image hashed, given as fractions of its width and height, as if
   * that region had been cut out and hashed by itself: the 64x64 samples are taken inside the
   * region from the luminance already filtered for the whole image (the filter window of a cut of
   * 90% would be 10% narrower; the bits hardly differ). The result replaces the last hash's words
   * and quality. Costs a 64x64 sampling and the DCT, not another pass over the pixels.
   *
   * @param left the region's left edge, 0..1 of the width
   * @param top its top edge, 0..1 of the height
   * @param right its right edge, above {@code left}
   * @param bottom its bottom edge, below {@code top}
   */
  public void hashRegion(double left, double top, double right, double bottom) {
    int width = lastWidth;
    int height = lastHeight;
    double x0 = left * width;
    double y0 = top * height;
    double sx = (right - left) * width / SIZE;
    double sy = (bottom - top) * height / SIZE;
    for (int i = 0; i < SIZE; i++) {
      int r = Math.min(height - 1, (int) (y0 + (i + 0.5) * sy));
      for (int j = 0; j < SIZE; j++) {
        int c = Math.min(width - 1, (int) (x0 + (j + 0.5) * sx));
        small[i * SIZE + j] = luma[r * width + c];
      }
    }
    bits();
  }

  private void bits() {
    quality = gradientQuality();
    dct();
    System.arraycopy(coefficients, 0, sorted, 0, sorted.length);
    java.util.Arrays.sort(sorted);
    float median = sorted[sorted.length / 2 - 1]; // the lower median: exactly 128 bits set
    java.util.Arrays.fill(words, 0);
    for (int k = 0; k < BITS * BITS; k++) {
      if (coefficients[k] > median) {
        words[k >> 6] |= 1L << (k & 63);
      }
    }
  }

  /** The hash's four 64-bit words, bit k in word {@code k >> 6}. */
  public long word(int index) {
    return words[index];
  }

  /** The quality of the last hash, 0 (featureless) to 100. */
  public int quality() {
    return quality;
  }

  /** The 64x64 luminance the last hash was taken from, row-major (for tests and dHash). */
  public float[] downsampled() {
    return small;
  }

  /**
   * The window of the box filter that, applied twice, averages each of the {@code to} output
   * cells over its share of the {@code from} input pixels: half a cell, rounded up.
   */
  static int window(int from, int to) {
    return (from + 2 * to - 1) / (2 * to);
  }

  private void jarosz(float[] data, float[] tmp, int rows, int cols) {
    int alongRows = window(cols, SIZE);
    int alongCols = window(rows, SIZE);
    for (int pass = 0; pass < 2; pass++) {
      for (int r = 0; r < rows; r++) {
        box(data, tmp, r * cols, 1, cols, alongRows);
      }
      boxColumns(tmp, data, rows, cols, alongCols);
    }
  }

  /**
   * A running-sum box filter over {@code n} values at {@code offset + i * stride}: output i is
   * the mean of inputs {@code i - (w - 1) / 2 .. i + w / 2}, clipped to the ends (the mean of
   * what is there).
   */
  private static void box(float[] in, float[] out, int offset, int stride, int n, int w) {
    int back = (w - 1) / 2;
    int ahead = w / 2;
    float sum = 0;
    int count = 0;
    int hi = -1; // last index added
    int lo = 0; // first index still in
    for (int i = 0; i < n; i++) {
      int wantHi = Math.min(n - 1, i + ahead);
      while (hi < wantHi) {
        hi++;
        sum += in[offset + hi * stride];
        count++;
      }
      int wantLo = Math.max(0, i - back);
      while (lo < wantLo) {
        sum -= in[offset + lo * stride];
        lo++;
        count--;
      }
      out[offset + i * stride] = sum / count;
    }
  }

  /**
   * The same box filter down every column at once, sweeping rows in memory order (a column at a
   * time would miss the cache on every pixel): a running sum per column.
   */
  private void boxColumns(float[] in, float[] out, int rows, int cols, int w) {
    int back = (w - 1) / 2;
    int ahead = w / 2;
    if (columnSums.length < cols) {
      columnSums = new float[cols];
    }
    float[] sums = columnSums;
    java.util.Arrays.fill(sums, 0, cols, 0f);
    int count = 0;
    int hi = -1;
    int lo = 0;
    for (int i = 0; i < rows; i++) {
      int wantHi = Math.min(rows - 1, i + ahead);
      while (hi < wantHi) {
        hi++;
        int row = hi * cols;
        for (int c = 0; c < cols; c++) {
          sums[c] += in[row + c];
        }
        count++;
      }
      int wantLo = Math.max(0, i - back);
      while (lo < wantLo) {
        int row = lo * cols;
        for (int c = 0; c < cols; c++) {
          sums[c] -= in[row + c];
        }
        lo++;
        count--;
      }
      int row = i * cols;
      for (int c = 0; c < cols; c++) {
        out[row + c] = sums[c] / count;
      }
    }
  }

  private void decimate(float[] data, int rows, int cols) {
    for (int i = 0; i < SIZE; i++) {
      int r = (int) ((i + 0.5) * rows / SIZE);
      for (int j = 0; j < SIZE; j++) {
        int c = (int) ((j + 0.5) * cols / SIZE);
        small[i * SIZE + j] = data[r * cols + c];
      }
    }
  }

  private int gradientQuality() {
    int sum = 0;
    for (int i = 0; i < SIZE - 1; i++) {
      for (int j = 0; j < SIZE; j++) {
        float u = small[i * SIZE + j];
        float v = small[(i + 1) * SIZE + j];
        sum += Math.abs((int) ((u - v) * 100 / 255));
      }
    }
    for (int i = 0; i < SIZE; i++) {
      for (int j = 0; j < SIZE - 1; j++) {
        float u = small[i * SIZE + j];
        float v = small[i * SIZE + j + 1];
        sum += Math.abs((int) ((u - v) * 100 / 255));
      }
    }
    return Math.min(100, sum / 90);
  }

  /** coefficients = D * small * D^T, D the 16x64 basis. */
  private void dct() {
    for (int i = 0; i < BITS; i++) {
      for (int j = 0; j < SIZE; j++) {
        float s = 0;
        for (int k = 0; k < SIZE; k++) {
          s += DCT[i * SIZE + k] * small[k * SIZE + j];
        }
        half[i * SIZE + j] = s;
      }
    }
    for (int i = 0; i < BITS; i++) {
      for (int j = 0; j < BITS; j++) {
        float s = 0;
        for (int k = 0; k < SIZE; k++) {
          s += half[i * SIZE + k] * DCT[j * SIZE + k];
        }
        coefficients[i * BITS + j] = s;
      }
    }
  }

  private static float[] dctMatrix() {
    float[] d = new float[BITS * SIZE];
    double scale = Math.sqrt(2.0 / SIZE);
    for (int i = 0; i < BITS; i++) {
      for (int j = 0; j < SIZE; j++) {
        d[i * SIZE + j] = (float) (scale * Math.cos(Math.PI / 2 / SIZE * (i + 1) * (2 * j + 1)));
      }
    }
    return d;
  }
}
