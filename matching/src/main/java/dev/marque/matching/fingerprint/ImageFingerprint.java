package dev.marque.matching.fingerprint;

import java.util.List;
import java.util.Objects;

/**
 * What marque keeps of an image to recognise it again: the SHA-256 of its bytes for exact copies,
 * the PDQ hash and its quality for the same picture re-encoded, resized, cropped a little or
 * watermarked, a 64-bit dHash as a cheap second opinion, and both hashes of crops of the picture,
 * so that a re-listed photo cut by up to a tenth, or cut and watermarked, still lands near one of
 * them (the package documentation says which crops, and why), and the picture's colour layout,
 * which tells smooth pictures apart where their PDQ hashes are noise.
 *
 * @param sha256 the SHA-256 of the encoded bytes, lower-case hex
 * @param pdq the PDQ hash
 * @param quality the PDQ quality, 0 (featureless: a blank or flat image whose hash means little)
 *     to 100; Meta suggests ignoring hashes of quality 49 or less
 * @param dHash the 64-bit difference hash
 * @param width the decoded width in pixels (after any subsampling of a very large image)
 * @param height the decoded height in pixels
 * @param crops the hashes of the picture's crops (27 of them, made by {@link ImageFingerprinter}:
 *     the package documentation says which, then, when the picture has a plain border such as a
 *     shop's frame, the picture inside it), empty for a fingerprint made without them
 * @param eroded the PDQ hashes of the picture with thin bright strokes eroded away (a white or
 *     light semi-transparent text written over it, once or tiled), whole and then the grid's 27
 *     crops in the order of {@code crops}; empty for a fingerprint made without them
 * @param colours the average colour of each cell of an 8 x 8 grid over the picture, {@link
 *     ColourLayout#NONE} for a fingerprint made without it
 */
public record ImageFingerprint(
    String sha256, PdqHash pdq, int quality, long dHash, int width, int height,
    List<CropFingerprint> crops, List<PdqHash> eroded, ColourLayout colours) {

  /**
   * Checks the parts are present and in range.
   *
   * @param dHash the 64-bit difference hash
   * @param height the decoded height in pixels
   * @param pdq the PDQ hash
   * @param quality the PDQ quality, 0 (featureless: a blank or flat image whose hash means little)
   *     to 100; Meta suggests ignoring hashes of quality 49 or less
   * @param sha256 the SHA-256 of the encoded bytes, lower-case hex
   * @param width the decoded width in pixels (after any subsampling of a very large image)
   * @param crops the hashes of the picture's crops (27 of them, made by {@link ImageFingerprinter}:
   *     the package documentation says which, then, when the picture has a plain border, the
   *     picture inside it), empty for a fingerprint made without them
   * @param eroded the PDQ hashes of the picture with thin bright strokes eroded away, whole and
   *     then the grid's 27 crops; empty for a fingerprint made without them
   * @param colours the picture's colour layout, {@link ColourLayout#NONE} for a fingerprint made
   *     without it
   */
  public ImageFingerprint {
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(pdq, "pdq");
    if (quality < 0 || quality > 100) {
      throw new IllegalArgumentException("quality: must be 0..100, got " + quality);
    }
    crops = List.copyOf(Objects.requireNonNull(crops, "crops"));
    eroded = List.copyOf(Objects.requireNonNull(eroded, "eroded"));
    Objects.requireNonNull(colours, "colours");
  }

  /**
   * A fingerprint without a colour layout (as marque made them before it kept one): a smooth
   * picture is then found only through its hashes.
   *
   * @param sha256 the SHA-256 of the encoded bytes, lower-case hex
   * @param pdq the PDQ hash
   * @param quality the PDQ quality, 0 to 100
   * @param dHash the 64-bit difference hash
   * @param width the decoded width in pixels
   * @param height the decoded height in pixels
   * @param crops the hashes of the picture's crops
   * @param eroded the PDQ hashes of the picture eroded, whole and then its crops
   */
  public ImageFingerprint(String sha256, PdqHash pdq, int quality, long dHash, int width,
      int height, List<CropFingerprint> crops, List<PdqHash> eroded) {
    this(sha256, pdq, quality, dHash, width, height, crops, eroded, ColourLayout.NONE);
  }

  /**
   * A fingerprint without the eroded picture's hashes (as marque made them before it eroded
   * overlays away): a watermarked copy is then found only through the other hashes.
   *
   * @param sha256 the SHA-256 of the encoded bytes, lower-case hex
   * @param pdq the PDQ hash
   * @param quality the PDQ quality, 0 to 100
   * @param dHash the 64-bit difference hash
   * @param width the decoded width in pixels
   * @param height the decoded height in pixels
   * @param crops the hashes of the picture's crops
   */
  public ImageFingerprint(String sha256, PdqHash pdq, int quality, long dHash, int width,
      int height, List<CropFingerprint> crops) {
    this(sha256, pdq, quality, dHash, width, height, crops, List.of(), ColourLayout.NONE);
  }

  /**
   * A fingerprint without crop hashes (as marque made them before it hashed crops): it matches a
   * cropped copy only through its own PDQ hash and dHash.
   *
   * @param sha256 the SHA-256 of the encoded bytes, lower-case hex
   * @param pdq the PDQ hash
   * @param quality the PDQ quality, 0 to 100
   * @param dHash the 64-bit difference hash
   * @param width the decoded width in pixels
   * @param height the decoded height in pixels
   */
  public ImageFingerprint(
      String sha256, PdqHash pdq, int quality, long dHash, int width, int height) {
    this(sha256, pdq, quality, dHash, width, height, List.of(), List.of(), ColourLayout.NONE);
  }

  /**
   * The smallest PDQ distance between this picture, whole or cropped, and another picture, whole
   * or cropped: how near the two come once a crop is allowed for (0..256).
   *
   * @param other the other fingerprint
   * @return the smallest distance between any PDQ hash of one and any of the other
   */
  public int cropDistance(ImageFingerprint other) {
    Objects.requireNonNull(other, "other");
    int best = pdq.distance(other.pdq);
    for (CropFingerprint c : other.crops) {
      best = Math.min(best, pdq.distance(c.pdq()));
    }
    for (CropFingerprint mine : crops) {
      best = Math.min(best, mine.pdq().distance(other.pdq));
      for (CropFingerprint theirs : other.crops) {
        best = Math.min(best, mine.pdq().distance(theirs.pdq()));
      }
    }
    return best;
  }

  /**
   * The smallest PDQ distance between the two pictures with thin bright strokes eroded away,
   * whole or cropped ({@link #eroded()}): how near they come once a light watermark is set aside.
   *
   * @param other the other fingerprint
   * @return 0..256, or 256 when either has no eroded hashes
   */
  public int erodedDistance(ImageFingerprint other) {
    Objects.requireNonNull(other, "other");
    int best = 256;
    for (PdqHash mine : eroded) {
      for (PdqHash theirs : other.eroded) {
        best = Math.min(best, mine.distance(theirs));
      }
    }
    return best;
  }

  /**
   * Whether some hash pair of the two pictures, whole or cropped (the same pair for both hashes),
   * has dHashes within {@code dHashRadius} and PDQ hashes within {@code pdqGuard}.
   *
   * @param other the other fingerprint
   * @param dHashRadius the largest dHash distance, 0..64
   * @param pdqGuard the largest PDQ distance of the same pair, 0..256
   * @return whether such a pair exists
   */
  public boolean dHashMatches(ImageFingerprint other, int dHashRadius, int pdqGuard) {
    Objects.requireNonNull(other, "other");
    for (int i = -1; i < crops.size(); i++) {
      long myD = i < 0 ? dHash : crops.get(i).dHash();
      PdqHash myP = i < 0 ? pdq : crops.get(i).pdq();
      for (int j = -1; j < other.crops.size(); j++) {
        long theirD = j < 0 ? other.dHash : other.crops.get(j).dHash();
        if (Long.bitCount(myD ^ theirD) <= dHashRadius
            && myP.distance(j < 0 ? other.pdq : other.crops.get(j).pdq()) <= pdqGuard) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * How far apart the two pictures' colours lie ({@link ColourLayout#distance}): the measure that
   * still tells smooth pictures apart, whose PDQ hashes are noise.
   *
   * @param other the other fingerprint
   * @return the distance, or {@link Double#POSITIVE_INFINITY} when either has no colour layout
   */
  public double colourDistance(ImageFingerprint other) {
    Objects.requireNonNull(other, "other");
    return colours.distance(other.colours);
  }

  /**
   * The Hamming distance between the dHashes of two fingerprints.
   *
   * @param other the other fingerprint
   * @return 0..64
   */
  public int dHashDistance(ImageFingerprint other) {
    return Long.bitCount(dHash ^ other.dHash);
  }

  /**
   * Whether two fingerprints are of byte-identical files.
   *
   * @param other the other fingerprint
   * @return true when the SHA-256 digests are equal
   */
  public boolean sameBytes(ImageFingerprint other) {
    return sha256.equals(other.sha256);
  }
}
