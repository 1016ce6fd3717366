package dev.marque.notices.internal;

import dev.marque.core.Jurisdiction;
import dev.marque.core.Listing;
import dev.marque.core.Marketplace;
import dev.marque.core.Money;
import dev.marque.notices.draft.OfferedIn;
import dev.marque.notices.draft.OfferedIn.Ground;
import dev.marque.notices.draft.OfferedIn.Indicator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a listing is offered to buyers in a territory, and where a listing is offered at all.
 * A site being reachable from there is not enough (CJEU, C-324/09 L'Oréal v eBay, paras. 64-65):
 * the listing must be aimed at buyers there. The precedence, as {@link OfferedIn} states it:
 *
 * <ol>
 *   <li>the listing's ships-to list, when it gives one, decides alone: a listing on ebay.de that
 *       does not ship to the United Kingdom is not offered there;
 *   <li>else a national storefront (ebay.de, amazon.co.uk, shopee.sg) points to its country,
 *       and goods shipping from a country point to it;
 *   <li>currency and language count only where the storefront serves no one country
 *       (AliExpress, Temu): on a national storefront the price's currency and the page's
 *       language follow the viewer's settings, not the seller's choice.
 * </ol>
 */
public final class Targeting {
  private Targeting() {}

  /** The currencies of EU member states, each pointing to the EU. */
  private static final Set<String> EU_CURRENCIES = Set.of(
      "EUR", "PLN", "CZK", "HUF", "RON", "SEK", "DKK", "BGN");

  /** Currencies of one country each (or, for the euro's kin, the EU), as prices show them. */
  private static final Map<String, String> CURRENCY_PLACES = Map.ofEntries(
      Map.entry("GBP", "GB"), Map.entry("USD", "US"), Map.entry("CNY", "CN"),
      Map.entry("JPY", "JP"), Map.entry("KRW", "KR"), Map.entry("CAD", "CA"),
      Map.entry("AUD", "AU"), Map.entry("INR", "IN"), Map.entry("BRL", "BR"),
      Map.entry("MXN", "MX"), Map.entry("SGD", "SG"), Map.entry("CHF", "CH"),
      Map.entry("TRY", "TR"), Map.entry("ARS", "AR"));

  /**
   * Languages without a region that point to one place: the official languages of EU member
   * states that are official nowhere outside the EU. German, French, Spanish, Portuguese,
   * Italian, Dutch, English and the like are spoken widely elsewhere and point nowhere without a
   * region ({@code de-AT} points to Austria).
   */
  private static final Map<String, String> LANGUAGE_PLACES = Map.ofEntries(
      Map.entry("pl", "PL"), Map.entry("cs", "CZ"), Map.entry("sk", "SK"),
      Map.entry("hu", "HU"), Map.entry("bg", "BG"), Map.entry("et", "EE"),
      Map.entry("lv", "LV"), Map.entry("lt", "LT"), Map.entry("sl", "SI"),
      Map.entry("mt", "MT"), Map.entry("fi", "FI"), Map.entry("sv", "EU"),
      Map.entry("el", "EU"));

  /**
   * What in the listing points to where it is offered, by precedence: the ships-to list alone
   * when it has one; else the national storefront and the country the goods ship from, and,
   * only when the storefront is not national, the currency and the language.
   *
   * @param item the listing
   * @return the indicators, possibly none
   */
  public static List<Indicator> indicators(Listing item) {
    List<Indicator> out = new ArrayList<>();
    if (!item.shipsTo().isEmpty()) {
      for (String country : item.shipsTo()) {
        out.add(new Indicator(Ground.SHIPS_TO, country, Jurisdiction.of(country)));
      }
      return out;
    }
    Optional<Storefront> storefront = storefront(item);
    storefront.ifPresent(s -> out.add(new Indicator(Ground.STOREFRONT, s.host(), s.country())));
    item.shipsFrom().flatMap(Targeting::country)
        .ifPresent(j -> out.add(new Indicator(Ground.SHIPS_FROM, j.code(), j)));
    if (storefront.isEmpty()) {
      item.price().map(Money::currencyCode).flatMap(c -> currencyPlace(c)
          .map(j -> new Indicator(Ground.CURRENCY, c, j))).ifPresent(out::add);
      item.language().flatMap(t -> languagePlace(t)
          .map(j -> new Indicator(Ground.LANGUAGE, t, j))).ifPresent(out::add);
    }
    return out;
  }

  /**
   * Why the item is offered to buyers in the territory; empty when nothing points there.
   *
   * @param item the listing
   * @param territory the EU, or a country
   * @return the basis, naming every indicator found there
   */
  public static Optional<OfferedIn> basis(Listing item, Jurisdiction territory) {
    List<Indicator> found = indicators(item).stream()
        .filter(i -> within(i.place(), territory)).toList();
    return found.isEmpty() ? Optional.empty() : Optional.of(new OfferedIn(territory, found));
  }

  /**
   * Where the item is offered, for a route not tied to a territory: each place something in the
   * listing points to, in order of precedence, with its basis; where nothing does, the place the
   * marketplace is operated from.
   *
   * @param item the listing
   * @return the places, never empty
   */
  public static List<OfferedIn> places(Listing item) {
    List<Indicator> indicators = indicators(item);
    if (indicators.isEmpty()) {
      Marketplace m = item.marketplace();
      return List.of(new OfferedIn(m.home(), List.of(new Indicator(Ground.MARKETPLACE,
          m.displayName(), m.home()))));
    }
    List<OfferedIn> out = new ArrayList<>();
    List<Jurisdiction> seen = new ArrayList<>();
    for (Indicator i : indicators) {
      if (!seen.contains(i.place())) {
        seen.add(i.place());
        out.add(new OfferedIn(i.place(), indicators.stream()
            .filter(o -> o.place().equals(i.place())).toList()));
      }
    }
    return out;
  }

  /**
   * Why the item is not taken to be offered in the territory: what was looked at, and which
   * ground decided.
   *
   * @param item the listing
   * @param territory the territory
   * @return a sentence for the set-aside reason
   */
  public static String notOffered(Listing item, Jurisdiction territory) {
    String there = the(territory);
    if (!item.shipsTo().isEmpty()) {
      return "nothing shows the listing is offered to buyers in " + there + ": its ships-to"
          + " list (" + String.join(", ", item.shipsTo()) + ") leaves out " + there + ", and a"
          + " ships-to list decides over storefront, currency and language; use a route for"
          + " where it is offered";
    }
    List<String> seen = new ArrayList<>();
    Optional<Storefront> storefront = storefront(item);
    seen.add("it gives no ships-to list");
    seen.add(storefront.map(s -> "its storefront is " + s.host() + " ("
        + s.country().displayName() + ")").orElse("its storefront ("
        + item.marketplace().displayName() + ") is not national"));
    seen.add(item.shipsFrom().map(s -> "it ships from " + s)
        .orElse("it does not say where it ships from"));
    if (storefront.isPresent()) {
      seen.add("its currency" + item.price().map(p -> " (" + p.currencyCode() + ")").orElse("")
          + " and language" + item.language().map(l -> " (" + l + ")").orElse("")
          + " are not looked at on a national storefront, where they follow the viewer's"
          + " settings");
    } else {
      seen.add(item.price().map(p -> "it is priced in " + p.currencyCode())
          .orElse("it shows no price"));
      seen.add(item.language().map(l -> "it is written in " + l)
          .orElse("it does not say its language"));
    }
    return "nothing shows the listing is offered to buyers in " + there + ": "
        + String.join(", ", seen) + "; give its ships-to list, or use a route for where it is"
        + " offered";
  }

  /**
   * A place's name as a sentence gives it: "the United Kingdom", "Germany".
   *
   * @param j the place
   * @return its name in English, with "the" where English puts it
   */
  public static String the(Jurisdiction j) {
    return switch (j.code()) {
      case "EU", "GB", "US", "NL", "CZ", "PH", "AE" -> "the " + j.displayName();
      default -> j.displayName();
    };
  }

  static boolean within(Jurisdiction j, Jurisdiction territory) {
    return j.equals(territory) || territory.covers(j);
  }

  private static Optional<Jurisdiction> currencyPlace(String currency) {
    // a currency shared by many states points to them all, never to one member state
    if (EU_CURRENCIES.contains(currency)) {
      return Optional.of(Jurisdiction.EU);
    }
    return Optional.ofNullable(CURRENCY_PLACES.get(currency)).map(Jurisdiction::of);
  }

  private static Optional<Jurisdiction> languagePlace(String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    if (!locale.getCountry().isEmpty()) {
      return country(locale.getCountry());
    }
    return Optional.ofNullable(LANGUAGE_PLACES.get(locale.getLanguage())).map(Jurisdiction::of);
  }

  /** A storefront with the country it serves. */
  record Storefront(String host, Jurisdiction country) {}

  /**
   * The national storefront the item is listed on: Amazon's and eBay's by their own domains
   * ({@code amazon.com} serves the US, {@code ebay.de} Germany; a host that is not theirs is no
   * storefront of theirs), any other by a country-code domain ({@code shopee.sg}).
   */
  static Optional<Storefront> storefront(Listing item) {
    Optional<String> host = item.url().flatMap(Storefronts::host);
    if (host.isEmpty()) {
      return Optional.empty();
    }
    String h = host.get();
    String bare = h.replaceFirst("^www\\.", "");
    Marketplace m = item.marketplace();
    if (m == Marketplace.AMAZON || m == Marketplace.EBAY) {
      return Storefronts.national(m, h).map(j -> new Storefront(bare, j));
    }
    String last = h.substring(h.lastIndexOf('.') + 1);
    if (last.length() != 2) {
      return Optional.empty();
    }
    return country(last).map(j -> new Storefront(bare, j));
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
