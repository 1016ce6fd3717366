package dev.marque.matching.fingerprint;

import java.util.List;
import java.util.Objects;

/**
 * A removed listing a listing appears to re-list, with the evidence.
 *
 * @param removedId the removed listing's id
 * @param score how sure, 0..1: above 0.5 is reported
 * @param text the exact Jaccard similarity of the two listings' normalised text shingles, 0..1
 * @param images the listing's images that match the removed listing's, nearest first
 * @param seller how the sellers relate
 */
public record Relisting(
    String removedId, double score, double text, List<ImageEvidence> images, SellerRelation seller) {

  /** Checks the parts are present; copies the evidence. */
  public Relisting {
    Objects.requireNonNull(removedId, "removedId");
    images = List.copyOf(images);
    Objects.requireNonNull(seller, "seller");
  }
}
