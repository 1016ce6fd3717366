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
 */
public record Finding(Listing listing, List<BrandMention> mentions, Assessment assessment) {

  /**
   * Checks every part is present.
   *
   * @param listing the listing
   * @param mentions the brands found in it, in order of appearance
   * @param assessment the verdict and its reasons
   */
  public Finding {
    notNull(listing, "listing");
    mentions = copy(mentions, "mentions");
    notNull(assessment, "assessment");
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
