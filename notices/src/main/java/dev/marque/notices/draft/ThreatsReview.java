package dev.marque.notices.draft;

import static dev.marque.core.internal.Checks.notBlank;
import static dev.marque.core.internal.Checks.notNull;
import static dev.marque.core.internal.Checks.optional;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How a notice stands under the UK's Intellectual Property (Unjustified Threats) Act 2017, kept
 * with the notice for the person who reviews it: why the Act reaches it (a UK trade mark, design
 * or patent, and acts done in the UK), what the recipient is known to be, and what the drafter
 * did about it.
 *
 * @param actsInUk why the listings are acts done in the UK: the targeting basis, per listing
 * @param recipient the seller's recorded role, when one was recorded
 * @param outcome what was drafted
 * @param section the provision on permitted communications and primary actors for the kind of
 *     right, such as {@code Trade Marks Act 1994, ss.21A and 21B}
 */
public record ThreatsReview(String actsInUk, Optional<SellerRole> recipient, Outcome outcome,
    String section) {

  /** What the drafter did, given the Act. */
  public enum Outcome {
    /**
     * A notice to a platform: it asks the platform to act and states no intention to bring
     * proceedings, though the platform may pass it on to the seller.
     */
    PLATFORM_NOTICE,
    /** A letter before action to a seller recorded as the maker or importer (a primary actor). */
    LETTER_TO_PRIMARY_ACTOR,
    /**
     * A permitted communication instead of a letter before action: the seller is a retailer, or
     * its role is not recorded.
     */
    PERMITTED_COMMUNICATION,
    /**
     * A letter before action to a seller not shown to be a primary actor, because the user
     * explicitly accepted the risk of an unjustified-threats claim.
     */
    RISK_ACCEPTED
  }

  /**
   * Checks every part is present.
   *
   * @param actsInUk why the listings are acts done in the UK
   * @param recipient the seller's recorded role, when one was recorded
   * @param outcome what was drafted
   * @param section the provision for the kind of right
   */
  public ThreatsReview {
    actsInUk = notBlank(actsInUk, "actsInUk");
    optional(recipient, "recipient");
    notNull(outcome, "outcome");
    section = notBlank(section, "section");
  }

  /**
   * The review as the fields a reviewer reads in a drafted notice's index and in its Lumen record,
   * in a fixed order: {@code outcome}, {@code section}, {@code actsInUk}, then, when the seller's
   * role is recorded, {@code recipientRole}, {@code roleBasis} and {@code stepsToFindMaker}, and
   * last {@code riskAccepted}.
   *
   * @return an unmodifiable map of field name to a string, boolean or list value
   */
  public Map<String, Object> fields() {
    Map<String, Object> review = new LinkedHashMap<>();
    review.put("outcome", outcome.name());
    review.put("section", section);
    review.put("actsInUk", actsInUk);
    recipient.ifPresent(r -> {
      review.put("recipientRole", r.role().name());
      review.put("roleBasis", r.basis());
      review.put("stepsToFindMaker", r.stepsToFindMaker());
    });
    review.put("riskAccepted", outcome == Outcome.RISK_ACCEPTED);
    return Collections.unmodifiableMap(review);
  }
}
