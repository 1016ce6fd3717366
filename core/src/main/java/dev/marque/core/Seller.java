package dev.marque.core;

import static dev.marque.core.internal.Checks.notBlank;
import static dev.marque.core.internal.Checks.notNull;
import static dev.marque.core.internal.Checks.optionalText;

import java.util.Optional;

/**
 * A seller's account on a marketplace, as the listing shows it.
 *
 * @param id the marketplace's identifier for the seller (store id, seller id, user name)
 * @param name the shop name shown to buyers, when known
 * @param country where the seller says it is established, as the page states it, when known
 * @param address the business address the marketplace shows for the seller (as the EU's Digital
 *     Services Act has marketplaces show a trader's, and as Amazon and AliExpress show a store's
 *     business information), as the page writes it, when known
 */
public record Seller(
    String id, Optional<String> name, Optional<String> country, Optional<String> address) {

  /**
   * Checks the id is present; trims the texts and turns blank ones into empty.
   *
   * @param id the marketplace's identifier for the seller (store id, seller id, user name)
   * @param name the shop name shown to buyers, when known
   * @param country where the seller says it is established, as the page states it, when known
   * @param address the business address the marketplace shows for the seller, when known
   */
  public Seller {
    id = notBlank(id, "seller.id");
    name = optionalText(name, "seller.name");
    country = optionalText(country, "seller.country");
    address = optionalText(address, "seller.address");
  }

  /**
   * A seller without an address (as marque read them before it kept one).
   *
   * @param id the marketplace's identifier for the seller (store id, seller id, user name)
   * @param name the shop name shown to buyers, when known
   * @param country where the seller says it is established, as the page states it, when known
   */
  public Seller(String id, Optional<String> name, Optional<String> country) {
    this(id, name, country, Optional.empty());
  }

  /**
   * A seller known only by its id.
   *
   * @param id the marketplace's identifier for the seller
   * @return the seller
   * @throws NullPointerException when {@code id} is null, naming it
   * @throws IllegalArgumentException when {@code id} is blank
   */
  public static Seller of(String id) {
    return new Seller(id, Optional.empty(), Optional.empty());
  }

  /**
   * A seller with an id and a shop name.
   *
   * @param id the marketplace's identifier for the seller
   * @param name the shop name shown to buyers
   * @return the seller
   * @throws NullPointerException naming the argument that is null
   * @throws IllegalArgumentException when {@code id} is blank
   */
  public static Seller of(String id, String name) {
    return new Seller(id, Optional.of(notNull(name, "name")), Optional.empty());
  }
}
