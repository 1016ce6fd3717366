package dev.marque.matching.fingerprint;

import dev.marque.matching.fingerprint.internal.MultiIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An index of PDQ hashes that finds every indexed image within a Hamming radius of a query
 * without comparing the query with every image (multi-index hashing, Norouzi et al. 2012).
 *
 * <p>Each hash is cut into 16 chunks of 16 bits, and each chunk position has its own sorted
 * table. Two hashes at most {@code r} bits apart differ in at most {@code r / 16} bits in at
 * least one chunk (were every chunk {@code r / 16 + 1} or more apart, the whole would be over
 * {@code r}), so probing each chunk's table for the values within {@code r / 16} bits of the
 * query's chunk finds every hash within the radius: the lookup is exact, not approximate. For
 * radius 31 that is 17 probes per chunk; each candidate is then checked on all 256 bits.
 *
 * <p>To answer "does this listing photo copy one of these works' photos, and how closely":
 *
 * <pre>{@code
 * ImageFingerprinter hasher = ImageFingerprinter.standard();
 * ImageHashIndex works = ImageHashIndex.builder(ImageHashIndex.DEFAULT_RADIUS)
 *     .add("laurel-print-front.jpg", hasher.fingerprint(Path.of("works/laurel-print-front.jpg")).pdq())
 *     .add("laurel-print-back.jpg", hasher.fingerprint(Path.of("works/laurel-print-back.jpg")).pdq())
 *     .build();
 * Optional<ImageMatch> copy = works.nearest(hasher.fingerprint(listingPhotoBytes).pdq());
 * // copy.get().key() is the work's photo, copy.get().distance() how far (0 = same pixels)
 * }</pre>
 *
 * <p>Immutable and thread-safe once built.
 */
public final class ImageHashIndex {
  /**
   * The radius Meta recommends for "the same picture" (31 bits of 256), and the default for
   * re-listings: JPEG re-encoding and resizing move a PDQ hash by a few bits, a watermark or a
   * 10% crop by 10 to 40; unrelated photos are about 128 apart.
   */
  public static final int DEFAULT_RADIUS = 31;

  /** The largest radius an index supports (beyond it, probing costs more than a scan). */
  public static final int MAX_RADIUS = 63;

  private final int radius;
  private final String[] keys;
  private final PdqHash[] hashes;
  private final MultiIndex index;

  private ImageHashIndex(int radius, List<String> keys, List<PdqHash> hashes) {
    this.radius = radius;
    this.keys = keys.toArray(new String[0]);
    this.hashes = hashes.toArray(new PdqHash[0]);
    long[] bits = new long[this.hashes.length * 4];
    for (int i = 0; i < this.hashes.length; i++) {
      for (int w = 0; w < 4; w++) {
        bits[i * 4 + w] = this.hashes[i].word(w);
      }
    }
    this.index = new MultiIndex(bits, 4, radius);
  }

  /**
   * A builder for an index that finds every image within {@code radius} bits of a query.
   *
   * @param radius 0..63; {@link #DEFAULT_RADIUS} for the same picture
   * @return a builder
   * @throws IllegalArgumentException if {@code radius} is out of range
   */
  public static Builder builder(int radius) {
    if (radius < 0 || radius > MAX_RADIUS) {
      throw new IllegalArgumentException("radius: must be 0.." + MAX_RADIUS + ", got " + radius);
    }
    return new Builder(radius);
  }

  /**
   * The radius this index answers exactly within.
   *
   * @return bits
   */
  public int radius() {
    return radius;
  }

  /**
   * The number of images indexed.
   *
   * @return the count
   */
  public int size() {
    return keys.length;
  }

  /**
   * Every indexed image within the index's radius of {@code query}, nearest first (ties in the
   * order added).
   *
   * @param query the PDQ hash of the image looked for
   * @return the matches; empty when none
   */
  public List<ImageMatch> search(PdqHash query) {
    Objects.requireNonNull(query, "query");
    long[] hits = index.search(new long[] {query.word(0), query.word(1), query.word(2), query.word(3)});
    List<ImageMatch> matches = new ArrayList<>(hits.length);
    for (long hit : hits) {
      int id = (int) hit;
      matches.add(new ImageMatch(keys[id], hashes[id], (int) (hit >>> 32)));
    }
    return matches;
  }

  /**
   * The nearest indexed image within the radius, if any.
   *
   * @param query the PDQ hash of the image looked for
   * @return the nearest match, or empty
   */
  public Optional<ImageMatch> nearest(PdqHash query) {
    List<ImageMatch> all = search(query);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** Collects images for an {@link ImageHashIndex}; not thread-safe. */
  public static final class Builder {
    private final int radius;
    private final List<String> keys = new ArrayList<>();
    private final List<PdqHash> hashes = new ArrayList<>();

    private Builder(int radius) {
      this.radius = radius;
    }

    /**
     * Adds an image; the same key may be added with several hashes.
     *
     * @param key what to report when it matches
     * @param hash its PDQ hash
     * @return this builder
     */
    public Builder add(String key, PdqHash hash) {
      keys.add(Objects.requireNonNull(key, "key"));
      hashes.add(Objects.requireNonNull(hash, "hash"));
      return this;
    }

    /**
     * Builds the index.
     *
     * @return an immutable index of the images added
     */
    public ImageHashIndex build() {
      return new ImageHashIndex(radius, keys, hashes);
    }
  }
}
