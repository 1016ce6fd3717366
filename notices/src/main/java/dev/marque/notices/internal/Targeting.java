package dev.marque.notices.internal;

import dev.marque.core.Jurisdiction;
import dev.marque.core.Marketplace;
import dev.marque.core.Money;
import dev.marque.core.Listing;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a listing is offered to buyers in a territory. A site being reachable from there is
 * not enough (CJEU, C-324/09 L'Oréal v eBay, para. 64-65): the listing must be aimed at buyers
 * there. marque takes as pointing there a national storefront of that territory (ebay.de,
 * amazon.co.uk), a price in its currency, and goods shipping from inside it; a listing with none
 * of these is set aside for that territory's route.
 */
public final class Targeting {
  private Targeting() {}

  /** The currencies of EU member states, each pointing to the EU. */
  private static final Set<String> EU_CURRENCIES = Set.of(
      "EUR", "PLN", "CZK", "HUF", "RON", "SEK", "DKK", "BGN");

  /**
   * Why the item is offered to buyers in the territory, as a sentence a notice states; empty
   * when nothing points there.
   *
   * @param item the listing
   * @param territory the EU, or a country
   * @return the basis, naming every indicator found
   */
  public static Optional<String> basis(Listing item, Jurisdiction territory) {
    List<String> found = new ArrayList<>();
    storefront(item).filter(s -> within(s.country(), territory))
        .ifPresent(s -> found.add("it is listed on " + s.host() + ", the storefront for "
            + the(s.country())));
    item.price().map(Money::currencyCode).filter(c -> currencyPointsTo(c, territory))
        .ifPresent(c -> found.add("it is priced in " + c));
    item.shipsFrom().flatMap(Targeting::country).filter(j -> within(j, territory))
        .ifPresent(j -> found.add("the goods ship from " + the(j)));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("Offered to buyers in " + the(territory) + ": "
        + String.join("; ", found) + ".");
  }

  /**
   * Why the item is not taken to be offered in the territory: what was looked at.
   *
   * @param item the listing
   * @param territory the territory
   * @return a sentence for the set-aside reason
   */
  public static String notOffered(Listing item, Jurisdiction territory) {
    List<String> seen = new ArrayList<>();
    seen.add(storefront(item).map(s -> "its storefront is " + s.host() + " ("
        + s.country().displayName() + ")").orElse("its storefront ("
        + item.marketplace().displayName() + ") is not national"));
    seen.add(item.price().map(p -> "it is priced in " + p.currencyCode())
        .orElse("it shows no price"));
    seen.add(item.shipsFrom().map(s -> "it ships from " + s)
        .orElse("it does not say where it ships from"));
    return "nothing shows the listing is offered to buyers in " + the(territory)
        + ": " + String.join(", ", seen) + "; give a storefront, currency or shipping"
        + " location there, or use a route for where it is offered";
  }

  /** A place's name as a sentence gives it: "the United Kingdom", "Germany". */
  static String the(Jurisdiction j) {
    return switch (j.code()) {
      case "EU", "GB", "US", "NL", "CZ", "PH", "AE" -> "the " + j.displayName();
      default -> j.displayName();
    };
  }

  private static boolean within(Jurisdiction j, Jurisdiction territory) {
    return j.equals(territory) || territory.covers(j);
  }

  private static boolean currencyPointsTo(String currency, Jurisdiction territory) {
    // a currency shared by many states points to them all, never to one member state
    return territory.equals(Jurisdiction.EU) && EU_CURRENCIES.contains(currency)
        || territory.equals(Jurisdiction.UK) && currency.equals("GBP")
        || territory.equals(Jurisdiction.US) && currency.equals("USD")
        || territory.equals(Jurisdiction.CN) && currency.equals("CNY");
  }

  /** A storefront with the country it serves. */
  record Storefront(String host, Jurisdiction country) {}

  /**
   * The national storefront the item is listed on: Amazon's and eBay's by their domain
   * ({@code amazon.com} serves the US), any other by a country-code domain ({@code shopee.sg}).
   */
  static Optional<Storefront> storefront(Listing item) {
    Optional<String> host = item.url().flatMap(Storefronts::host);
    if (host.isEmpty()) {
      return Optional.empty();
    }
    String h = host.get();
    Marketplace m = item.marketplace();
    if ((m == Marketplace.AMAZON || m == Marketplace.EBAY)
        && (h.endsWith(".com") || h.equals("amazon.com") || h.equals("ebay.com"))) {
      return Optional.of(new Storefront(h.replaceFirst("^www\\.", ""), Jurisdiction.US));
    }
    String last = h.substring(h.lastIndexOf('.') + 1);
    if (last.length() != 2) {
      return Optional.empty();
    }
    return country(last).map(j -> new Storefront(h.replaceFirst("^www\\.", ""), j));
  }

  private static Optional<Jurisdiction> country(String code) {
    try {
      Jurisdiction j = Jurisdiction.of(code.strip());
      return j.equals(Jurisdiction.EU) || j.equals(Jurisdiction.INTERNATIONAL)
          ? Optional.empty() : Optional.of(j);
    } catch (IllegalArgumentException notACountry) {
      return Optional.empty();
    }
  }
}
