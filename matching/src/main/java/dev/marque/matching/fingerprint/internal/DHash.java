package dev.marque.matching.fingerprint.internal;

/**
 * The difference hash (dHash, N. Krawetz 2013): the image shrunk to 9x8 grey cells, one bit per
 * cell brighter than its right neighbour. Cheap, and robust to re-encoding and resizing; used as
 * a second opinion beside PDQ, never alone.
 */
public final class DHash {
  private DHash() {}

  /**
   * The dHash of the 64x64 luminance PDQ already computed (so the image is filtered and shrunk
   * once): each of the 9 x 8 cells is the mean of its block of the 64x64 grid.
   *
   * @param small 64 x 64 luminance values, row-major
   * @return 64 bits, bit {@code 8 * row + column}
   */
  public static long of(float[] small) {
    float[] cells = new float[9 * 8];
    for (int r = 0; r < 8; r++) {
      int r0 = r * 8;
      for (int c = 0; c < 9; c++) {
        int c0 = c * 64 / 9;
        int c1 = (c + 1) * 64 / 9;
        float sum = 0;
        for (int y = r0; y < r0 + 8; y++) {
          for (int x = c0; x < c1; x++) {
            sum += small[y * 64 + x];
          }
        }
        cells[r * 9 + c] = sum / (8 * (c1 - c0));
      }
    }
    long bits = 0;
    for (int r = 0; r < 8; r++) {
      for (int c = 0; c < 8; c++) {
        if (cells[r * 9 + c] > cells[r * 9 + c + 1]) {
          bits |= 1L << (r * 8 + c);
        }
      }
    }
    return bits;
  }
}
