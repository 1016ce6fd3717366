package dev.marque.notices.draft;

import static dev.marque.core.internal.Checks.copy;
import static dev.marque.core.internal.Checks.notBlank;
import static dev.marque.core.internal.Checks.notNull;
import static dev.marque.core.internal.Checks.optionalText;

import dev.marque.core.Marketplace;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a seller gives to answer a DMCA takedown with a counter-notification under
 * 17 U.S.C. § 512(g)(3): who they are and what was taken down where.
 *
 * <pre>{@code
 * CounterNotice request = new CounterNotice(
 *     new Contact("Lin Mei", Optional.of("lin@example.com"), Optional.of("1 Main St, Austin TX"),
 *         Optional.of("+1 512 555 0100"), Optional.of(Jurisdiction.US)),
 *     Marketplace.AMAZON,
 *     List.of(new CounterNotice.Removed("Handmade leather tote", "https://www.amazon.com/dp/B0X")),
 *     Optional.of("DMCA-2026-0042"), LocalDate.parse("2026-06-20"), Optional.empty());
 * }</pre>
 *
 * @param subscriber the seller: name, address, telephone and country are required elements
 * @param marketplace the service provider that removed the material
 * @param removed what was removed, and where it was
 * @param originalNotice the reference of the notice that caused the removal, when known
 * @param date the date of the counter-notice
 * @param signatory the person signing; the subscriber's name when empty
 */
public record CounterNotice(Contact subscriber, Marketplace marketplace, List<Removed> removed,
    Optional<String> originalNotice, LocalDate date, Optional<String> signatory) {

  /**
   * Checks every part is present and something was removed.
   *
   * @param subscriber the seller: name, address, telephone and country are required elements
   * @param marketplace the service provider that removed the material
   * @param removed what was removed, and where it was
   * @param originalNotice the reference of the notice that caused the removal, when known
   * @param date the date of the counter-notice
   * @param signatory the person signing; the subscriber's name when empty
   */
  public CounterNotice {
    notNull(subscriber, "subscriber");
    notNull(marketplace, "marketplace");
    removed = copy(removed, "removed");
    if (removed.isEmpty()) {
      throw new IllegalArgumentException("removed must name at least one item");
    }
    originalNotice = optionalText(originalNotice, "originalNotice");
    notNull(date, "date");
    signatory = optionalText(signatory, "signatory");
  }

  /**
   * One piece of material that was removed.
   *
   * @param description what it was, such as the listing's title
   * @param location where it appeared before removal (its URL)
   */
  public record Removed(String description, Optional<String> location) {
    /**
     * Checks the description is present.
     *
     * @param description what it was, such as the listing's title
     * @param location where it appeared before removal (its URL)
     */
    public Removed {
      description = notBlank(description, "description");
      location = optionalText(location, "location");
    }

    /**
     * Removed material with its location.
     *
     * @param description what it was, such as the listing's title
     * @param location where it appeared before removal (its URL)
     */
    public Removed(String description, String location) {
      this(description, Optional.ofNullable(location));
    }
  }
}
