package dev.marque.core;

import static dev.marque.core.internal.Checks.notBlank;
import static dev.marque.core.internal.Checks.notNull;
import static dev.marque.core.internal.Checks.optionalText;

import dev.marque.core.rights.IpRight;
import java.util.Locale;
import java.util.Optional;

/**
 * Evidence that a listing copies a particular right's subject — the work, the design, the
 * invention — beyond the mere use of a brand name. A notice relies on a copyright, a design or a
 * patent only with evidence of this kind for that right; a trade mark needs none beyond the
 * brand mention itself. A closed family: switch over it without a default.
 *
 * <pre>{@code
 * InfringementEvidence e = new InfringementEvidence.ImageCopy(
 *     "Aurelia 2026 catalogue photographs", "https://img.example/l1.jpg",
 *     "catalogue/AUR-TOTE-01.jpg", "PDQ", 12, 31);
 * e.supports(copyright);   // true: the right is named and the distance is within the threshold
 * }</pre>
 */
public sealed interface InfringementEvidence {

  /**
   * The right the evidence concerns, by its subject (the work, the design, the invention, as the
   * portfolio names it) or its registration number.
   *
   * @return the reference
   */
  String right();

  /**
   * Whether this evidence shows that the listing copies the right's subject: it names the right,
   * and what it shows meets its own test (an image within its threshold, say).
   *
   * @param candidate the right a notice would rely on
   * @return whether the evidence carries a claim under that right
   */
  boolean supports(IpRight candidate);

  /**
   * Whether the reference names the right, ignoring case: its subject or its registration number.
   *
   * @param reference a right's subject or registration number
   * @param right the right
   * @return whether it names the right
   */
  static boolean names(String reference, IpRight right) {
    String r = notNull(reference, "reference").strip().toLowerCase(Locale.ROOT);
    return right.subject().strip().toLowerCase(Locale.ROOT).equals(r)
        || right.registrationNumber().map(n -> n.strip().toLowerCase(Locale.ROOT).equals(r))
            .orElse(false);
  }

  /**
   * A listing image that matches an image of the work by a perceptual hash: the Hamming distance
   * between the two hashes is at most the threshold.
   *
   * @param right the work, by its subject or registration number
   * @param listingImage the listing's image (its URL, as the listing gives it)
   * @param workImage the work's image file it matches
   * @param algorithm the perceptual hash, such as {@code PDQ} or {@code dHash}
   * @param distance the Hamming distance between the two hashes
   * @param threshold the largest distance taken as a match for that algorithm
   */
  record ImageCopy(String right, String listingImage, String workImage, String algorithm,
      int distance, int threshold) implements InfringementEvidence {

    /**
     * Checks every part is present and the numbers are not negative.
     *
     * @param algorithm the perceptual hash, such as {@code PDQ} or {@code dHash}
     * @param distance the Hamming distance between the two hashes
     * @param listingImage the listing's image (its URL, as the listing gives it)
     * @param right the work, by its subject or registration number
     * @param threshold the largest distance taken as a match for that algorithm
     * @param workImage the work's image file it matches
     */
    public ImageCopy {
      right = notBlank(right, "right");
      listingImage = notBlank(listingImage, "listingImage");
      workImage = notBlank(workImage, "workImage");
      algorithm = notBlank(algorithm, "algorithm");
      if (distance < 0 || threshold < 0) {
        throw new IllegalArgumentException("distance and threshold must not be negative: "
            + distance + ", " + threshold);
      }
    }

    /**
     * Whether the images match: the distance is within the threshold.
     *
     * @return whether they match
     */
    public boolean isMatch() {
      return distance <= threshold;
    }

    @Override
    public boolean supports(IpRight candidate) {
      return isMatch() && InfringementEvidence.names(right, notNull(candidate, "candidate"));
    }
  }

  /**
   * Text of the listing that copies text of the work (a product description, a manual).
   *
   * @param right the work, by its subject or registration number
   * @param field where in the listing the copied text is
   * @param listingText the listing's text, as the seller wrote it
   * @param workText the passage of the work it copies
   */
  record TextCopy(String right, ListingField field, String listingText, String workText)
      implements InfringementEvidence {

    /**
     * Checks every part is present.
     *
     * @param field where in the listing the copied text is
     * @param listingText the listing's text, as the seller wrote it
     * @param right the work, by its subject or registration number
     * @param workText the passage of the work it copies
     */
    public TextCopy {
      right = notBlank(right, "right");
      notNull(field, "field");
      listingText = notBlank(listingText, "listingText");
      workText = notBlank(workText, "workText");
    }

    @Override
    public boolean supports(IpRight candidate) {
      return InfringementEvidence.names(right, notNull(candidate, "candidate"));
    }
  }

  /**
   * Evidence the user attaches: a file (a side-by-side comparison with a registered design, a
   * claim chart for a patent, a test purchase's photographs) with its SHA-256.
   *
   * @param right the right, by its subject or registration number
   * @param shows what the file shows, in a sentence a notice can quote
   * @param file the file and its hash
   * @param comment a further note, when given
   */
  record Attached(String right, String shows, EvidenceFile file, Optional<String> comment)
      implements InfringementEvidence {

    /**
     * Checks every part is present.
     *
     * @param comment a further note, when given
     * @param file the file and its hash
     * @param right the right, by its subject or registration number
     * @param shows what the file shows, in a sentence a notice can quote
     */
    public Attached {
      right = notBlank(right, "right");
      shows = notBlank(shows, "shows");
      notNull(file, "file");
      comment = optionalText(comment, "comment");
    }

    @Override
    public boolean supports(IpRight candidate) {
      return InfringementEvidence.names(right, notNull(candidate, "candidate"));
    }
  }
}
