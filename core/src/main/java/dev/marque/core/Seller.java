package dev.marque.core;

import static dev.marque.core.internal.Checks.notBlank;
import static dev.marque.core.internal.Checks.optionalText;

import java.util.Optional;

/**
 * A seller's account on a marketplace, as the listing shows it.
 *
 * @param id the marketplace's identifier for the seller (store id, seller id, user name)
 * @param name the shop name shown to buyers, when known
 * @param country where the seller says it is established, as the page states it, when known
 */
public record Seller(String id, Optional<String> name, Optional<String> country) {

  /** Checks the id is present; trims the texts and turns blank ones into empty. */
  public Seller {
    id = notBlank(id, "seller.id");
    name = optionalText(name, "seller.name");
    country = optionalText(country, "seller.country");
  }

  /** A seller known only by its id. */
  public static Seller of(String id) {
    return new Seller(id, Optional.empty(), Optional.empty());
  }

  /** A seller with an id and a shop name. */
  public static Seller of(String id, String name) {
    return new Seller(id, Optional.of(name), Optional.empty());
  }
}
