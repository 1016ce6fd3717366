package dev.marque.matching.fingerprint;

import dev.marque.core.Reason;
import dev.marque.core.ReasonCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A removed listing a listing appears to re-list, with the evidence.
 *
 * @param removedId the removed listing's id
 * @param score how sure, 0..1: above 0.5 is reported
 * @param text the exact Jaccard similarity of the two listings' normalised text shingles, 0..1
 * @param words the words the listing shares with the removed one (compared as marque normalises
 *     them: case, lookalike letters and spacing undone), as the listing writes them ({@code
 *     A U R E L I A}), the rarest among the removed listings
 *     first and, as rare, the longest, at most {@value #MAX_WORDS}; neither a shop's boilerplate
 *     nor words of one or two letters without a digit are among them
 * @param images the listing's images that match the removed listing's, nearest first
 * @param seller how the sellers relate
 */
public record Relisting(String removedId, double score, double text, List<String> words,
    List<ImageEvidence> images, SellerRelation seller) {

  /** At most this many shared words are named. */
  public static final int MAX_WORDS = 8;

  /**
   * Checks the parts are present; copies the evidence.
   *
   * @param removedId the removed listing's id
   * @param score how sure, 0..1: above 0.5 is reported
   * @param text the exact Jaccard similarity of the two listings' normalised text shingles, 0..1
   * @param words the words both listings use, rarest first
   * @param images the listing's images that match the removed listing's, nearest first
   * @param seller how the sellers relate
   */
  public Relisting {
    Objects.requireNonNull(removedId, "removedId");
    words = List.copyOf(words);
    images = List.copyOf(images);
    Objects.requireNonNull(seller, "seller");
  }

  /**
   * A re-listing without the shared words named, as before they were.
   *
   * @param removedId the removed listing's id
   * @param score how sure, 0..1: above 0.5 is reported
   * @param text the exact Jaccard similarity of the two listings' normalised text shingles, 0..1
   * @param images the listing's images that match the removed listing's, nearest first
   * @param seller how the sellers relate
   */
  public Relisting(String removedId, double score, double text, List<ImageEvidence> images,
      SellerRelation seller) {
    this(removedId, score, text, List.of(), images, seller);
  }

  /**
   * This re-listing as a reason on the listing's assessment, naming the removed listing and the
   * evidence, e.g. {@code Re-lists removed listing 1005001: photo p1.jpg matches its tote-1.jpg
   * (PDQ distance 6); text 72% the same (laurel, tote, aurelia); another seller}.
   *
   * @return a {@link ReasonCode#RELISTED} reason with the evidence in its facts
   */
  public Reason toReason() {
    StringBuilder m = new StringBuilder("Re-lists removed listing ").append(removedId).append(':');
    if (!images.isEmpty()) {
      ImageEvidence e = images.get(0);
      m.append(" photo ").append(e.image()).append(" matches its ").append(e.removedImage())
          .append(switch (e.basis()) {
            case SAME_FILE -> " (the same file);";
            case PDQ -> " (PDQ distance " + e.distance() + ");";
            case ERODED -> " (PDQ distance " + e.distance() + " once light strokes such as a"
                + " watermark's are eroded away);";
            case DHASH -> " (dHash distance " + e.dHashDistance() + ", PDQ " + e.distance() + ");";
            case COLOUR -> " (a smooth picture, matched by its colour layout; PDQ " + e.distance()
                + ");";
          });
    }
    m.append(" text ").append(Math.round(text * 100)).append("% the same");
    if (!words.isEmpty()) {
      m.append(" (").append(String.join(", ", words)).append(')');
    }
    m.append("; ")
        .append(switch (seller) {
          case SAME -> "the same seller";
          case LINKED -> "a linked seller";
          case OTHER -> "another seller";
        });
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("removedId", removedId);
    facts.put("score", String.valueOf(score));
    facts.put("text", String.valueOf(text));
    if (!words.isEmpty()) {
      facts.put("words", String.join(" ", words));
    }
    facts.put("seller", seller.name().toLowerCase(Locale.ROOT));
    if (!images.isEmpty()) {
      facts.put("image", images.get(0).image());
      facts.put("removedImage", images.get(0).removedImage());
      facts.put("distance", String.valueOf(images.get(0).distance()));
      facts.put("by", images.get(0).basis().name().toLowerCase(Locale.ROOT));
    }
    return new Reason(ReasonCode.RELISTED, m.toString(), List.of(), facts);
  }
}
