package dev.marque.matching.fingerprint.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The crops of a picture hashed beside the whole of it, so that a copy cut by up to a tenth lands
 * near one of them: a PDQ hash moves by 60 to 130 bits under a 10% crop, but by a few bits when
 * compared with the same crop of the original. Each crop keeps {@code scale} of the width and of
 * the height, at one of three places per axis (the start, the middle, the end): 95% and 90%
 * (which a cut of the original lands on), and 97% (which, compared with those, fills the gaps
 * between them: a cut of 7% at 30% of its width from the left comes within a few bits of one
 * pair). See the package documentation of {@code dev.marque.matching.fingerprint} for the
 * measurements.
 */
public final class CropGrid {
  /** The scales, each with 3 x 3 positions. */
  private static final double[] SCALES = {0.95, 0.90, 0.97};

  /** Each crop as {left, top, right, bottom}, fractions of the width and height. */
  private static final double[][] CROPS = crops();

  private CropGrid() {}

  private static double[][] crops() {
    List<double[]> out = new ArrayList<>();
    for (double s : SCALES) {
      for (int y = 0; y < 3; y++) {
        for (int x = 0; x < 3; x++) {
          double left = x * (1 - s) / 2;
          double top = y * (1 - s) / 2;
          out.add(new double[] {left, top, left + s, top + s});
        }
      }
    }
    return out.toArray(new double[0][]);
  }

  /**
   * The number of crops.
   *
   * @return the count
   */
  public static int size() {
    return CROPS.length;
  }

  /**
   * Hashes every crop of the picture {@code pdq} last hashed, leaving the whole picture's hash in
   * it as it was.
   *
   * @param pdq the hasher that just hashed the whole picture
   * @param words receives 4 words per crop, in the grid's order
   * @param dHashes receives the dHash of each crop
   */
  public static void hash(Pdq pdq, long[] words, long[] dHashes) {
    for (int i = 0; i < CROPS.length; i++) {
      double[] c = CROPS[i];
      pdq.hashRegion(c[0], c[1], c[2], c[3]);
      for (int w = 0; w < 4; w++) {
        words[i * 4 + w] = pdq.word(w);
      }
      dHashes[i] = DHash.of(pdq.downsampled());
    }
    pdq.hashRegion(0, 0, 1, 1);
  }
}
