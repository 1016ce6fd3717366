package dev.marque.cases;

import static dev.marque.cases.internal.Checks.notBlank;
import static dev.marque.cases.internal.Checks.notNull;
import static dev.marque.cases.internal.Checks.optionalText;

import dev.marque.core.Marketplace;
import java.time.Instant;
import java.util.Optional;

/**
 * A case to open: a listing reported under a right, by a route, with the notice that names it
 * when one is drafted. Opening the same marketplace, listing and right again reuses the case.
 *
 * @param marketplace where the listing is
 * @param listingId the marketplace's id of the listing
 * @param listingUrl its address
 * @param sellerId the seller's id
 * @param brand the brand it infringes
 * @param right the right relied on
 * @param route the legal route
 * @param notice the drafted notice naming it; with one the case starts DETECTED then DRAFTED
 * @param detectedAt when the listing was found; empty for now
 * @param actor who opens the case
 * @param note a note on the DETECTED event, such as the earlier case a re-listing repeats
 */
public record NewCase(Marketplace marketplace, String listingId, Optional<String> listingUrl,
    Optional<String> sellerId, Optional<String> brand, String right, String route,
    Optional<StoredNotice> notice, Optional<Instant> detectedAt, String actor,
    Optional<String> note) {

  /**
   * Checks every part, naming the one that is wrong.
   *
   * @param marketplace where the listing is
   * @param listingId the marketplace's id of the listing
   * @param listingUrl its address
   * @param sellerId the seller's id
   * @param brand the brand it infringes
   * @param right the right relied on
   * @param route the legal route
   * @param notice the drafted notice naming it; with one the case starts DETECTED then DRAFTED
   * @param detectedAt when the listing was found; empty for now
   * @param actor who opens the case
   * @param note a note on the DETECTED event, such as the earlier case a re-listing repeats
   */
  public NewCase {
    notNull(marketplace, "marketplace");
    listingId = notBlank(listingId, "listingId");
    notNull(listingUrl, "listingUrl");
    notNull(sellerId, "sellerId");
    notNull(brand, "brand");
    right = notBlank(right, "right");
    route = notBlank(route, "route");
    notNull(notice, "notice");
    notNull(detectedAt, "detectedAt");
    actor = notBlank(actor, "actor");
    note = optionalText(note, "note");
  }

  /**
   * A builder for the case of a listing under a right by a route.
   *
   * @param marketplace where the listing is
   * @param listingId the marketplace's id of the listing
   * @param right the right relied on
   * @param route the legal route
   * @return a builder; the actor defaults to {@code marque}
   */
  public static Builder builder(Marketplace marketplace, String listingId, String right,
      String route) {
    return new Builder(marketplace, listingId, right, route);
  }

  /**
   * A builder holding this case's values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(marketplace, listingId, right, route);
    b.listingUrl = listingUrl;
    b.sellerId = sellerId;
    b.brand = brand;
    b.notice = notice;
    b.detectedAt = detectedAt;
    b.actor = actor;
    b.note = note;
    return b;
  }

  /** Builds a {@link NewCase}. */
  public static final class Builder {
    private final Marketplace marketplace;
    private final String listingId;
    private final String right;
    private final String route;
    private Optional<String> listingUrl = Optional.empty();
    private Optional<String> sellerId = Optional.empty();
    private Optional<String> brand = Optional.empty();
    private Optional<StoredNotice> notice = Optional.empty();
    private Optional<Instant> detectedAt = Optional.empty();
    private String actor = "marque";
    private Optional<String> note = Optional.empty();

    private Builder(Marketplace marketplace, String listingId, String right, String route) {
      this.marketplace = marketplace;
      this.listingId = listingId;
      this.right = right;
      this.route = route;
    }

    /**
     * Sets the listing's address.
     *
     * @param url the address
     * @return this builder
     */
    public Builder listingUrl(String url) {
      this.listingUrl = Optional.of(notBlank(url, "url"));
      return this;
    }

    /**
     * Sets the seller's id.
     *
     * @param id the seller's id
     * @return this builder
     */
    public Builder sellerId(String id) {
      this.sellerId = Optional.of(notBlank(id, "id"));
      return this;
    }

    /**
     * Sets the brand.
     *
     * @param name the brand's name
     * @return this builder
     */
    public Builder brand(String name) {
      this.brand = Optional.of(notBlank(name, "name"));
      return this;
    }

    /**
     * Sets the drafted notice that names the listing.
     *
     * @param stored the notice
     * @return this builder
     */
    public Builder notice(StoredNotice stored) {
      this.notice = Optional.of(notNull(stored, "stored"));
      return this;
    }

    /**
     * Sets when the listing was found.
     *
     * @param time the time
     * @return this builder
     */
    public Builder detectedAt(Instant time) {
      this.detectedAt = Optional.of(notNull(time, "time"));
      return this;
    }

    /**
     * Sets who opens the case.
     *
     * @param name the actor
     * @return this builder
     */
    public Builder actor(String name) {
      this.actor = notBlank(name, "name");
      return this;
    }

    /**
     * Sets a note on the DETECTED event that opens the case.
     *
     * @param text the note, such as "re-listing of case 12, removed after notice N-7"
     * @return this builder
     */
    public Builder note(String text) {
      this.note = Optional.of(notBlank(text, "text"));
      return this;
    }

    /**
     * The case.
     *
     * @return the new case's description
     */
    public NewCase build() {
      return new NewCase(marketplace, listingId, listingUrl, sellerId, brand, right, route, notice,
          detectedAt, actor, note);
    }
  }
}
