package dev.marque.core;

import static dev.marque.core.internal.Checks.copy;
import static dev.marque.core.internal.Checks.notNull;
import static dev.marque.core.internal.Checks.optional;

import dev.marque.core.rights.IpRight;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;

/**
 * What a rights holder protects: the holder, the agent acting for it if any, and its brands.
 * Read one from JSON with {@link dev.marque.core.json.MarqueJson#readPortfolio}.
 *
 * @param holder the owner of the rights
 * @param agent the agent acting for the holder, when there is one
 * @param brands the brands, whose names are unique ignoring case
 */
public record Portfolio(RightsHolder holder, Optional<Agent> agent, List<Brand> brands) {

  /**
   * Checks the holder is present and no two brands share a name.
   *
   * @param holder the owner of the rights
   * @param agent the agent acting for the holder, when there is one
   * @param brands the brands, whose names are unique ignoring case
   */
  public Portfolio {
    notNull(holder, "holder");
    optional(agent, "agent");
    brands = copy(brands, "brands");
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < brands.size(); i++) {
      Integer first = seen.putIfAbsent(brands.get(i).name().toLowerCase(Locale.ROOT), i);
      if (first != null) {
        throw new IllegalArgumentException("brands[" + i + "].name '" + brands.get(i).name()
            + "' is the name of brands[" + first + "] too; brand names must be unique");
      }
    }
  }

  /**
   * {@return a portfolio of a holder's brands, with no agent}
   *
   * @param holder the owner of the rights
   * @param brands the brands, whose names are unique ignoring case
   */
  public static Portfolio of(RightsHolder holder, List<Brand> brands) {
    return new Portfolio(holder, Optional.empty(), brands);
  }

  /**
   * {@return the brand with the name, ignoring case}
   *
   * @param name the brand's name, any case
   */
  public Optional<Brand> brand(String name) {
    notNull(name, "name");
    return brands.stream().filter(b -> b.name().equalsIgnoreCase(name.strip())).findFirst();
  }

  /**
   * {@return the rights of the named brand; empty when there is no such brand}
   *
   * @param brand the brand's name, any case
   */
  public List<IpRight> rightsOf(String brand) {
    return brand(brand).map(Brand::rights).orElse(List.of());
  }

  /** {@return the party that sends notices: the agent when there is one, else the holder} */
  public Party sender() {
    return agent.<Party>map(a -> a).orElse(holder);
  }
}
