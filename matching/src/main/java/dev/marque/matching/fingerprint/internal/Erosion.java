package dev.marque.matching.fingerprint.internal;

/**
 * The luminance of a picture with thin bright strokes taken out: a grey-level erosion (the
 * darkest value in a square window, made by a minimum along the rows, then along the columns)
 * whose window is a 64th of the picture's width, the size of one cell of the 64 x 64 grid PDQ
 * samples. A shop's name written over a photo in white or in a light, semi-transparent colour,
 * once or tiled, is made of strokes thinner than that: the erosion replaces each of them by the
 * photo beside it, so the original and the watermarked copy, both eroded, hash alike. Opaque
 * logos and banners wider than the window stay (the crops and the dHash find those).
 *
 * <p>To keep the cost flat for large pictures, the luminance is first averaged down to at most
 * {@value #MAX_SIDE} pixels on its longer side (PDQ keeps 64 x 64 of it anyway).
 */
public final class Erosion {
  /** The longer side of the luminance eroded; larger pictures are averaged down to it. */
  public static final int MAX_SIDE = 512;

  private float[] luma = new float[0];
  private float[] rows = new float[0];
  private int width;
  private int height;

  /**
   * Erodes a picture's luminance; the result stays in this object until the next call.
   *
   * @param rgb {@code width * height} pixels as 0xAARRGGBB, row by row
   * @param w columns
   * @param h rows
   */
  public void erode(int[] rgb, int w, int h) {
    int shrink = (Math.max(w, h) + MAX_SIDE - 1) / MAX_SIDE; // 1 when small enough
    width = Math.max(1, w / shrink);
    height = Math.max(1, h / shrink);
    int n = width * height;
    if (luma.length < n) {
      luma = new float[n];
      rows = new float[n];
    }
    java.util.Arrays.fill(luma, 0, n, 0f);
    float cell = 1f / (shrink * shrink);
    for (int y = 0; y < height * shrink; y++) {
      int out = (y / shrink) * width;
      int in = y * w;
      for (int x = 0; x < width * shrink; x++) {
        int p = rgb[in + x];
        luma[out + x / shrink] += cell
            * (0.299f * ((p >> 16) & 0xff) + 0.587f * ((p >> 8) & 0xff) + 0.114f * (p & 0xff));
      }
    }
    int window = Math.max(1, Math.round(width / 64f));
    int back = window / 2;
    int ahead = window - 1 - back;
    for (int y = 0; y < height; y++) {
      int row = y * width;
      for (int x = 0; x < width; x++) {
        float m = Float.MAX_VALUE;
        for (int k = Math.max(0, x - back); k <= Math.min(width - 1, x + ahead); k++) {
          m = Math.min(m, luma[row + k]);
        }
        rows[row + x] = m;
      }
    }
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        float m = Float.MAX_VALUE;
        for (int k = Math.max(0, y - back); k <= Math.min(height - 1, y + ahead); k++) {
          m = Math.min(m, rows[k * width + x]);
        }
        luma[y * width + x] = m;
      }
    }
  }

  /** The eroded luminance, row-major, {@link #width()} x {@link #height()} (a larger buffer). */
  public float[] luminance() {
    return luma;
  }

  /** The eroded picture's width. */
  public int width() {
    return width;
  }

  /** The eroded picture's height. */
  public int height() {
    return height;
  }
}
