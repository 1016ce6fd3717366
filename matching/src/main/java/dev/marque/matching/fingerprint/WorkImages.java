package dev.marque.matching.fingerprint;

import dev.marque.core.InfringementEvidence;
import dev.marque.core.InfringementEvidence.ImageCopy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The photographs of copyright works (a catalogue's product photos, a print, packaging artwork),
 * indexed so that a listing photo copying one is found with the evidence a copyright claim needs:
 * which listing image matched which image of which work, by which hash, at what distance, against
 * what threshold ({@link ImageCopy}). A notice claims a copyright only with such evidence.
 *
 * <pre>{@code
 * ImageFingerprinter hasher = ImageFingerprinter.standard();
 * WorkImages works = WorkImages.builder()
 *     .add("Aurelia 2026 catalogue photographs",
 *         new ListingImage("catalogue/AUR-TOTE-01.jpg", hasher.fingerprint(Path.of("catalogue/AUR-TOTE-01.jpg"))))
 *     .build();
 * List<ImageCopy> copies = works.copies(imagesOf(listing));   // evidence for Finding.withEvidence
 * }</pre>
 *
 * <p>Only the evidence that holds up is produced: the same file (SHA-256, distance 0) or PDQ
 * within {@value #PDQ_THRESHOLD} of 256 bits, Meta's threshold for "the same picture". dHash,
 * which {@link RelistingIndex} also uses to survive crops, is not used here: on smooth, low-detail
 * pictures unrelated images fall within its radius (see the re-listing evaluation in the README),
 * which a re-listing check can weigh against the text but a copyright claim cannot. A cropped
 * copy therefore gives no evidence here until PDQ is made robust to crops.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class WorkImages {
  /** The PDQ distance up to which a listing image is taken as a copy of a work's image. */
  public static final int PDQ_THRESHOLD = ImageHashIndex.DEFAULT_RADIUS;

  private final String[] rights;
  private final ListingImage[] images;
  private final ImageHashIndex index;
  private final Map<String, Integer> bySha;

  private WorkImages(List<String> rights, List<ListingImage> images) {
    this.rights = rights.toArray(new String[0]);
    this.images = images.toArray(new ListingImage[0]);
    ImageHashIndex.Builder b = ImageHashIndex.builder(PDQ_THRESHOLD);
    Map<String, Integer> sha = new HashMap<>();
    for (int i = 0; i < this.images.length; i++) {
      b.add(String.valueOf(i), this.images[i].fingerprint().pdq());
      sha.putIfAbsent(this.images[i].fingerprint().sha256(), i);
    }
    this.index = b.build();
    this.bySha = Map.copyOf(sha);
  }

  /**
   * A builder collecting the works' images.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The number of work images indexed.
   *
   * @return the count
   */
  public int size() {
    return images.length;
  }

  /**
   * The evidence that a listing's images copy the works' images: for each listing image and each
   * work it copies, the closest of that work's images. Byte-identical files are reported as
   * {@code SHA-256} at distance 0 (threshold 0), the others as {@code PDQ} with their distance.
   *
   * @param listingImages the listing's fingerprinted images (their sources as the listing gives
   *     them, such as URLs)
   * @return the evidence, in the order of the listing's images and then nearest first; empty when
   *     no image is a copy
   */
  public List<ImageCopy> copies(List<ListingImage> listingImages) {
    Objects.requireNonNull(listingImages, "listingImages");
    List<ImageCopy> out = new ArrayList<>();
    for (ListingImage mine : listingImages) {
      Objects.requireNonNull(mine, "listingImages: an element is null");
      ImageFingerprint f = mine.fingerprint();
      Map<String, ImageCopy> perWork = new java.util.LinkedHashMap<>();
      Integer same = bySha.get(f.sha256());
      if (same != null) {
        perWork.put(rights[same], new ImageCopy(rights[same], mine.source(),
            images[same].source(), "SHA-256", 0, 0));
      }
      List<ImageMatch> matches = new ArrayList<>(index.search(f.pdq()));
      matches.sort(java.util.Comparator.comparingInt(ImageMatch::distance)
          .thenComparing(ImageMatch::key));
      for (ImageMatch m : matches) {
        int i = Integer.parseInt(m.key());
        perWork.putIfAbsent(rights[i], new ImageCopy(rights[i], mine.source(), images[i].source(),
            "PDQ", m.distance(), PDQ_THRESHOLD));
      }
      out.addAll(perWork.values());
    }
    return out;
  }

  /** Collects the works' images; not thread-safe. */
  public static final class Builder {
    private final List<String> rights = new ArrayList<>();
    private final List<ListingImage> images = new ArrayList<>();

    private Builder() {}

    /**
     * Adds an image of a work.
     *
     * @param right the work, by its subject or registration number as the portfolio gives it
     *     (what {@link InfringementEvidence#right()} names)
     * @param workImage the image, its source being the file a notice can cite
     * @return this builder
     * @throws IllegalArgumentException when the right is blank
     */
    public Builder add(String right, ListingImage workImage) {
      Objects.requireNonNull(right, "right");
      Objects.requireNonNull(workImage, "workImage");
      if (right.isBlank()) {
        throw new IllegalArgumentException("right must not be blank");
      }
      rights.add(right.strip());
      images.add(workImage);
      return this;
    }

    /**
     * Builds the index.
     *
     * @return an immutable index of the images added
     */
    public WorkImages build() {
      return new WorkImages(rights, images);
    }
  }
}
