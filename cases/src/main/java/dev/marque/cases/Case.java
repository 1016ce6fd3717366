package dev.marque.cases;

import static dev.marque.cases.internal.Checks.notBlank;
import static dev.marque.cases.internal.Checks.notNull;
import static dev.marque.cases.internal.Checks.optionalText;

import dev.marque.core.Marketplace;
import java.time.Instant;
import java.util.Optional;

/**
 * One reported listing under one right: what was reported, by which route and notice, and where
 * it stands now. The state is derived from the case's events ({@link CaseStore#events(long)}).
 *
 * @param id the store's number for the case
 * @param marketplace where the listing is
 * @param listingId the marketplace's id of the listing
 * @param listingUrl its address, when known
 * @param sellerId the seller's id, when known
 * @param brand the brand the listing infringes, when known
 * @param right the right relied on, such as {@code TRADEMARK AURELIA (EUIPO 018123456)}
 * @param route the legal route, such as {@code dmca} or {@code ebay-vero}
 * @param noticeId the notice that names the listing, once drafted
 * @param noticeSha256 the SHA-256 of that notice's content
 * @param state where the case stands
 * @param openedAt when the case was opened
 * @param updatedAt when its last event was recorded
 * @param eventCount how many events it has
 */
public record Case(long id, Marketplace marketplace, String listingId, Optional<String> listingUrl,
    Optional<String> sellerId, Optional<String> brand, String right, String route,
    Optional<String> noticeId, Optional<String> noticeSha256, CaseState state, Instant openedAt,
    Instant updatedAt, int eventCount) {

  /** Checks every part, naming the one that is wrong. */
  public Case {
    notNull(marketplace, "marketplace");
    listingId = notBlank(listingId, "listingId");
    listingUrl = optionalText(listingUrl, "listingUrl");
    sellerId = optionalText(sellerId, "sellerId");
    brand = optionalText(brand, "brand");
    right = notBlank(right, "right");
    route = notBlank(route, "route");
    noticeId = optionalText(noticeId, "noticeId");
    noticeSha256 = optionalText(noticeSha256, "noticeSha256");
    notNull(state, "state");
    notNull(openedAt, "openedAt");
    notNull(updatedAt, "updatedAt");
  }
}
