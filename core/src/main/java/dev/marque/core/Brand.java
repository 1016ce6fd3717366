package dev.marque.core;

import static dev.marque.core.internal.Checks.copy;
import static dev.marque.core.internal.Checks.notBlank;
import static dev.marque.core.internal.Checks.notNull;

import dev.marque.core.rights.IpRight;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A brand to protect: its name and the other ways it is written, the rights that protect it,
 * its genuine products, and the sellers allowed to sell them.
 *
 * <pre>{@code
 * Brand brand = Brand.of("Louis Vuitton", "LV", "路易威登");
 * }</pre>
 *
 * @param name the canonical name, as notices and reports give it
 * @param aliases other spellings and other scripts ({@code 古驰} for Gucci)
 * @param rights the rights that protect the brand
 * @param products the genuine products
 * @param authorizedSellers the sellers allowed to sell them, per marketplace
 */
public record Brand(
    String name,
    List<String> aliases,
    List<IpRight> rights,
    List<Product> products,
    List<AuthorizedSeller> authorizedSellers) {

  /**
   * Checks the name is present, trims the aliases and drops blank ones.
   *
   * @param name the canonical name, as notices and reports give it
   * @param aliases other spellings and other scripts ({@code 古驰} for Gucci)
   * @param rights the rights that protect the brand
   * @param products the genuine products
   * @param authorizedSellers the sellers allowed to sell them, per marketplace
   */
  public Brand {
    name = notBlank(name, "name");
    aliases = copy(aliases, "aliases").stream().map(String::strip)
        .filter(a -> !a.isEmpty()).distinct().toList();
    rights = copy(rights, "rights");
    products = copy(products, "products");
    authorizedSellers = copy(authorizedSellers, "authorizedSellers");
  }

  /**
   * {@return a brand known by its name and aliases alone}
   *
   * @param name the canonical name, as notices and reports give it
   * @param aliases other spellings and other scripts ({@code 古驰} for Gucci)
   */
  public static Brand of(String name, String... aliases) {
    return new Brand(name, Arrays.asList(notNull(aliases, "aliases")), List.of(), List.of(),
        List.of());
  }

  /** {@return the name followed by the aliases: every spelling to look for} */
  public List<String> names() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream())
        .toList();
  }

  /**
   * {@return whether the seller is on this brand's list for the marketplace} Seller ids are
   * compared ignoring case, as marketplaces show them in either.
   *
   * @param marketplace the listing's marketplace
   * @param sellerId the seller's id there
   */
  public boolean isAuthorized(Marketplace marketplace, String sellerId) {
    notNull(marketplace, "marketplace");
    notNull(sellerId, "sellerId");
    String id = sellerId.strip();
    for (AuthorizedSeller s : authorizedSellers) { // a loop: asked for every listing with a seller
      if (s.marketplace() == marketplace && s.sellerId().equalsIgnoreCase(id)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return the product with the lowest MSRP in the given currency, the benchmark for a price
   * anomaly when a listing names no product}
   *
   * @param currency the currency of the MSRPs compared
   */
  public Optional<Product> cheapestProduct(java.util.Currency currency) {
    return products.stream()
        .filter(p -> p.msrp().isPresent() && p.msrp().get().currency().equals(currency))
        .min(Comparator.comparing(p -> p.msrp().get().amount()));
  }
}
