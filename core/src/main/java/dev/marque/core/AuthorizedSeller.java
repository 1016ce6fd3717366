package dev.marque.core;

import static dev.marque.core.internal.Checks.notBlank;
import static dev.marque.core.internal.Checks.notNull;

/**
 * A seller the brand has authorised on a marketplace: its listings are genuine, whatever else
 * they say.
 *
 * @param marketplace where the seller is authorised
 * @param sellerId the seller's id on that marketplace, as listings show it
 */
public record AuthorizedSeller(Marketplace marketplace, String sellerId) {

  /**
   * Checks both parts are present.
   *
   * @param marketplace where the seller is authorised
   * @param sellerId the seller's id on that marketplace, as listings show it
   */
  public AuthorizedSeller {
    notNull(marketplace, "marketplace");
    sellerId = notBlank(sellerId, "sellerId");
  }
}
