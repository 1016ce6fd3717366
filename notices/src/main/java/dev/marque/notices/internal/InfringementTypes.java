package dev.marque.notices.internal;

import dev.marque.core.InfringementEvidence;
import dev.marque.core.Marketplace;
import dev.marque.core.Verdict;
import dev.marque.core.rights.IpRight;
import dev.marque.core.rights.Patent;
import dev.marque.core.rights.PatentType;
import dev.marque.notices.draft.Item;
import java.util.Optional;

/**
 * Each listing's type of infringement in a platform's own terms, derived from the right relied
 * on and the evidence, never chosen freely: Amazon's report type, the reason code of eBay's VeRO
 * Notice of Claimed Infringement, Temu's type. Empty where the evidence does not settle it (a
 * copyright backed only by an attached file: is the image copied, the text, the product?).
 */
public final class InfringementTypes {
  private InfringementTypes() {}

  /**
   * A type of infringement as the platform's form lists it.
   *
   * @param code the platform's code or marque's stable name for it
   * @param text the words the form uses
   */
  public record Type(String code, String text) {}

  /** The types the platform's form takes; other platforms have none. */
  public static boolean hasTypes(Marketplace m) {
    return m == Marketplace.AMAZON || m == Marketplace.EBAY || m == Marketplace.TEMU;
  }

  /** The item's type on the marketplace's form; empty when the evidence does not settle it. */
  public static Optional<Type> of(Marketplace m, IpRight right, Item item) {
    boolean counterfeit = item.assessment().map(a -> a.verdict() == Verdict.LIKELY_COUNTERFEIT)
        .orElse(false);
    boolean image = item.evidence().stream()
        .anyMatch(e -> e instanceof InfringementEvidence.ImageCopy);
    boolean text = item.evidence().stream()
        .anyMatch(e -> e instanceof InfringementEvidence.TextCopy);
    boolean designPatent = right instanceof Patent p && p.patentType() == PatentType.DESIGN;
    return switch (m) {
      case AMAZON -> switch (right.kind()) {
        case TRADEMARK -> Optional.of(counterfeit
            ? new Type("counterfeit", "Trademark: the product is counterfeit")
            : new Type("trademark-in-listing", "Trademark: the listing uses the trade mark"
                + " (word or logo) in its content"));
        case COPYRIGHT -> image || text ? Optional.of(new Type(image && text ? "copyright-image-text"
            : image ? "copyright-image" : "copyright-text", "Copyright: the listing copies "
            + (image && text ? "images and text" : image ? "an image" : "text") + " of the work"))
            : Optional.empty();
        case DESIGN -> Optional.of(new Type("design", "Design: the product copies the"
            + " registered design"));
        case PATENT -> Optional.of(designPatent
            ? new Type("design-patent", "Patent: the product copies the patented design")
            : new Type("utility-patent", "Patent: the product infringes a claim of the patent"));
      };
      case EBAY -> switch (right.kind()) {
        case TRADEMARK -> Optional.of(counterfeit
            ? new Type("1.1", "Trademark - item infringement: item(s) is a counterfeit product")
            : new Type("2.1", "Trademark - listing content infringement: listing(s) contains"
                + " unlawful use of trademark or logo"));
        case COPYRIGHT -> image && text ? Optional.of(new Type("4.3", "Copyright - listing"
            + " content infringement: listing(s) contains unlawful copy of copyrighted text and"
            + " image"))
            : image ? Optional.of(new Type("4.2", "Copyright - listing content infringement:"
                + " listing(s) contains unlawful copy of copyrighted image"))
            : text ? Optional.of(new Type("4.1", "Copyright - listing content infringement:"
                + " listing(s) contains unlawful copy of copyrighted text"))
            : Optional.of(new Type("3.2", "Copyright - item infringement: item(s) infringes"
                + " copyrights (an unlawful copy of the work)"));
        case DESIGN, PATENT -> Optional.of(new Type("5.1", "Other - item(s) infringes a valid"
            + (right.kind() == dev.marque.core.rights.RightKind.DESIGN || designPatent
                ? " design right or design patent" : " patent")));
      };
      case TEMU -> switch (right.kind()) {
        case TRADEMARK -> Optional.of(counterfeit
            ? new Type("trademark-on-product", "Trademark, on the product: counterfeit goods")
            : new Type("trademark-in-text", "Trademark, in the product text"));
        case COPYRIGHT -> image ? Optional.of(new Type("copyright-in-image", "Copyright, in the"
            + " product image")) : text ? Optional.of(new Type("copyright-in-text", "Copyright,"
            + " in the product text")) : Optional.empty();
        case DESIGN -> Optional.of(new Type("design-on-product", "Design, on the product"));
        case PATENT -> Optional.of(new Type("patent-on-product", "Patent, on the product"));
      };
      default -> Optional.empty();
    };
  }
}
