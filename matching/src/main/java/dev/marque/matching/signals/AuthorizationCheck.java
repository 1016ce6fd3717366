package dev.marque.matching.signals;

import static dev.marque.core.internal.Checks.notNull;

import dev.marque.core.Brand;
import dev.marque.core.Listing;
import java.util.Optional;

/**
 * Tells whether a listing's seller is on the brand's list of authorised sellers for the listing's
 * marketplace (seller ids compared ignoring case).
 *
 * @since 0.1.0
 */
public final class AuthorizationCheck {

  private AuthorizationCheck() {}

  /**
   * {@return the {@link Signal.Authorized} signal when the seller is authorised; empty otherwise}
   *
   * @param brand the brand mentioned
   * @param listing the listing, with its marketplace and seller
   */
  public static Optional<Signal.Authorized> find(Brand brand, Listing listing) {
    notNull(brand, "brand");
    notNull(listing, "listing");
    if (listing.seller().isEmpty()) {
      return Optional.empty();
    }
    String id = listing.seller().get().id();
    if (brand.isAuthorized(listing.marketplace(), id)) {
      return Optional.of(new Signal.Authorized(brand.name(), listing.marketplace(), id));
    }
    return Optional.empty();
  }
}
