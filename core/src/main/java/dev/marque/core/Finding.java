package dev.marque.core;

import static dev.marque.core.internal.Checks.copy;
import static dev.marque.core.internal.Checks.notNull;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A listing with what marque found in it: the brand mentions and the assessment. This is what
 * {@code marque scan} writes, one per listing, and what the notice drafter takes in; the rights
 * a finding touches are those of its brands in the {@link Portfolio}
 * (see {@link Portfolio#rightsOf(String)}).
 *
 * @param listing the listing
 * @param mentions the brands found in it, in order of appearance
 * @param assessment the verdict and its reasons
 * @param evidence evidence that the listing copies a work, a design or an invention (such as a
 *     perceptual-hash image match); empty when there is none, as for a brand mention alone
 */
public record Finding(Listing listing, List<BrandMention> mentions, Assessment assessment,
    List<InfringementEvidence> evidence) {

  /**
   * Checks every part is present.
   *
   * @param listing the listing
   * @param mentions the brands found in it, in order of appearance
   * @param assessment the verdict and its reasons
   * @param evidence evidence that the listing copies a work, a design or an invention (such as a
   *     perceptual-hash image match); empty when there is none, as for a brand mention alone
   */
  public Finding {
    notNull(listing, "listing");
    mentions = copy(mentions, "mentions");
    notNull(assessment, "assessment");
    evidence = copy(evidence, "evidence");
  }

  /**
   * A finding without evidence of copying: what a scan of text produces.
   *
   * @param listing the listing
   * @param mentions the brands found in it
   * @param assessment the verdict and its reasons
   */
  public Finding(Listing listing, List<BrandMention> mentions, Assessment assessment) {
    this(listing, mentions, assessment, List.of());
  }

  /**
   * A copy carrying the evidence as well as this finding's own.
   *
   * @param more the evidence to add
   * @return the copy
   */
  public Finding withEvidence(List<InfringementEvidence> more) {
    List<InfringementEvidence> all = new java.util.ArrayList<>(evidence);
    all.addAll(copy(more, "evidence"));
    return new Finding(listing, mentions, assessment, all);
  }

  /** {@return the distinct brands mentioned, in order of first appearance} */
  public List<String> brands() {
    // a loop, not a stream: the scan asks this of every flagged finding
    Set<String> brands = new LinkedHashSet<>();
    for (BrandMention mention : mentions) {
      brands.add(mention.brand());
    }
    return List.copyOf(brands);
  }
}
