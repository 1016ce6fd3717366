package dev.marque.notices.draft;

import static dev.marque.core.internal.Checks.copy;
import static dev.marque.core.internal.Checks.notBlank;
import static dev.marque.core.internal.Checks.notNull;
import static dev.marque.core.internal.Checks.optional;
import static dev.marque.core.internal.Checks.optionalText;

import dev.marque.core.Assessment;
import dev.marque.core.BrandMention;
import dev.marque.core.Finding;
import dev.marque.core.InfringementEvidence;
import dev.marque.core.Listing;
import dev.marque.core.Marketplace;
import dev.marque.core.Money;
import dev.marque.core.Reason;
import dev.marque.core.Seller;
import java.util.List;
import java.util.Optional;

/**
 * One listing a notice asks to take down (or, in a counter-notice, one that was taken down),
 * with the evidence against it.
 *
 * @param listingId the marketplace's id of the listing (item number, ASIN, offer id)
 * @param marketplace where it is
 * @param url its address
 * @param title its title, as the seller wrote it: data, never markup
 * @param seller who offers it
 * @param price its asking price
 * @param mentions the brand texts found in it, as the seller wrote them
 * @param assessment marque's verdict and reasons; empty for an item of a counter-notice
 * @param testBuyOrder the order id of a test purchase, when one was made
 * @param evidence the finding's evidence of copying that the notice relies on (for a copyright,
 *     a design or a patent); empty for a trade mark, whose evidence is the mention itself
 * @param offeredIn why the listing is taken to be offered to buyers in the territory the notice
 *     concerns (its ships-to list, a storefront, where the goods ship from, a currency, a
 *     language), when something shows it
 */
public record Item(String listingId, Marketplace marketplace, Optional<String> url, String title,
    Optional<Seller> seller, Optional<Money> price, List<String> mentions,
    Optional<Assessment> assessment, Optional<String> testBuyOrder,
    List<InfringementEvidence> evidence, Optional<OfferedIn> offeredIn) {

  /**
   * Checks the id and title are present.
   *
   * @param listingId the marketplace's id of the listing (item number, ASIN, offer id)
   * @param marketplace where it is
   * @param url its address
   * @param title its title, as the seller wrote it: data, never markup
   * @param seller who offers it
   * @param price its asking price
   * @param mentions the brand texts found in it, as the seller wrote them
   * @param assessment marque's verdict and reasons; empty for an item of a counter-notice
   * @param testBuyOrder the order id of a test purchase, when one was made
   * @param evidence the finding's evidence of copying that the notice relies on (for a copyright, a
   *     design or a patent); empty for a trade mark, whose evidence is the mention itself
   * @param offeredIn why the listing is taken to be offered to buyers in the territory the notice
   *     concerns (its ships-to list, a storefront, where the goods ship from, a currency, a
   *     language), when something shows it
   */
  public Item {
    listingId = notBlank(listingId, "listingId");
    notNull(marketplace, "marketplace");
    url = optionalText(url, "url");
    notNull(title, "title");
    optional(seller, "seller");
    optional(price, "price");
    mentions = copy(mentions, "mentions");
    optional(assessment, "assessment");
    testBuyOrder = optionalText(testBuyOrder, "testBuyOrder");
    evidence = copy(evidence, "evidence");
    optional(offeredIn, "offeredIn");
  }

  /**
   * An item without evidence of copying or a targeting basis, as a counter-notice names one.
   *
   * @param listingId the listing's id
   * @param marketplace where it is
   * @param url its address
   * @param title its title
   * @param seller who offers it
   * @param price its price
   * @param mentions the brand texts found in it
   * @param assessment marque's verdict
   * @param testBuyOrder a test purchase's order id
   */
  public Item(String listingId, Marketplace marketplace, Optional<String> url, String title,
      Optional<Seller> seller, Optional<Money> price, List<String> mentions,
      Optional<Assessment> assessment, Optional<String> testBuyOrder) {
    this(listingId, marketplace, url, title, seller, price, mentions, assessment, testBuyOrder,
        List.of(), Optional.empty());
  }

  /**
   * {@return the item for a finding's listing}
   *
   * @param finding the finding
   */
  public static Item of(Finding finding) {
    notNull(finding, "finding");
    Listing l = finding.listing();
    return new Item(l.id(), l.marketplace(), l.url(), l.title(), l.seller(), l.price(),
        finding.mentions().stream().map(BrandMention::matched).distinct().toList(),
        Optional.of(finding.assessment()), Optional.empty());
  }

  /** {@return the reasons of the assessment; empty when there is none} */
  public List<Reason> reasons() {
    return assessment.map(Assessment::reasons).orElse(List.of());
  }

  /**
   * A copy carrying the order id of a test purchase.
   *
   * @param orderId the order id
   * @return the copy
   */
  public Item withTestBuyOrder(String orderId) {
    return new Item(listingId, marketplace, url, title, seller, price, mentions, assessment,
        Optional.of(notBlank(orderId, "orderId")), evidence, offeredIn);
  }

  /**
   * A copy carrying the evidence a notice relies on and the basis for the territory.
   *
   * @param relied the evidence of copying the notice relies on
   * @param basis why the listing is offered in the territory the notice concerns
   * @return the copy
   */
  public Item withGrounds(List<InfringementEvidence> relied, Optional<OfferedIn> basis) {
    return new Item(listingId, marketplace, url, title, seller, price, mentions, assessment,
        testBuyOrder, relied, basis);
  }
}
