package dev.marque.matching.signals;

import static dev.marque.core.internal.Checks.notNull;

import dev.marque.core.Brand;
import dev.marque.core.ExchangeRates;
import dev.marque.core.ListingField;
import dev.marque.core.Money;
import dev.marque.core.Product;
import dev.marque.matching.text.NormalizedText;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares a listing's price with the MSRP of the brand's product it names (by name, SKU or GTIN),
 * or else with the brand's cheapest MSRP, converting currencies with the caller's
 * {@link ExchangeRates}. Compiled once per brand; immutable and thread-safe.
 *
 * <pre>{@code
 * PriceCheck check = PriceCheck.of(aurelia);
 * check.check(Money.of("25", "USD"), texts, ExchangeRates.none(), 0.5)
 *     .map(s -> s.reason().message());  // "25 USD is 3% of the 850 USD MSRP of Aurelia Laurel Tote"
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PriceCheck {

  /**
   * MSRPs of one currency within this share of the cheapest could give the same ratio once
   * rounded; among those the first product listed wins, so the check compares them one by one.
   */
  private static final BigDecimal NEAR_TIE = new BigDecimal("1.000000000001");

  /**
   * How far above the largest ratio kept a ratio estimated in doubles must be to be surely not
   * kept: far more than the rounding of doubles and of {@link MathContext#DECIMAL64} can move it.
   */
  private static final double SURE_MARGIN = 1.0 + 1e-9;

  private final Brand brand;
  private final PhraseList productKeys;
  /** For each entry of {@link #productKeys}, the index of the product it names; -1 for none. */
  private final int[] productOfKey;
  /** For each product, its MSRP when it has one that is not zero; else null. */
  private final Money[] msrps;
  /** For each product, its MSRP as a double for estimates; NaN when a double cannot tell. */
  private final double[] approxMsrps;
  /** For each currency of an MSRP, the first product with the lowest MSRP in it. */
  private final int[] cheapest;
  /** The currency of every MSRP when they share one; else null. */
  private final Currency oneCurrency;
  /** The highest MSRP as a double, when every MSRP has one currency; else NaN. */
  private final double approxHighest;
  /** Whether some MSRP is so close above a currency's cheapest that ratios may tie. */
  private final boolean nearTies;

  private PriceCheck(Brand brand, PhraseList productKeys, Map<String, Integer> productByKey) {
    this.brand = brand;
    this.productKeys = productKeys;
    List<Product> products = brand.products();
    this.productOfKey = new int[productKeys.size()];
    for (int k = 0; k < productOfKey.length; k++) {
      productOfKey[k] = productByKey.getOrDefault(productKeys.phrase(k), -1);
    }
    this.msrps = new Money[products.size()];
    this.approxMsrps = new double[products.size()];
    Map<Currency, Integer> lowest = new LinkedHashMap<>();
    for (int i = 0; i < msrps.length; i++) {
      Money msrp = products.get(i).msrp().orElse(null);
      if (msrp == null || msrp.amount().signum() == 0) {
        continue;
      }
      msrps[i] = msrp;
      approxMsrps[i] = approx(msrp.amount());
      Integer low = lowest.get(msrp.currency());
      if (low == null || msrp.amount().compareTo(msrps[low].amount()) < 0) {
        lowest.put(msrp.currency(), i);
      }
    }
    this.cheapest = lowest.values().stream().mapToInt(Integer::intValue).toArray();
    this.nearTies = hasNearTies(msrps, lowest);
    this.oneCurrency = cheapest.length == 1 ? msrps[cheapest[0]].currency() : null;
    this.approxHighest = cheapest.length == 1 ? highest(msrps, approxMsrps) : Double.NaN;
  }

  /** The highest of the estimates of the MSRPs present; NaN when one is NaN. */
  private static double highest(Money[] msrps, double[] approxMsrps) {
    double highest = 0.0;
    for (int i = 0; i < msrps.length; i++) {
      if (msrps[i] != null) {
        highest = Math.max(highest, approxMsrps[i]); // NaN when either is
      }
    }
    return highest;
  }

  private static boolean hasNearTies(Money[] msrps, Map<Currency, Integer> lowest) {
    for (Money msrp : msrps) {
      if (msrp == null) {
        continue;
      }
      BigDecimal low = msrps[lowest.get(msrp.currency())].amount();
      if (msrp.amount().compareTo(low) > 0
          && msrp.amount().compareTo(low.multiply(NEAR_TIE)) <= 0) {
        return true;
      }
    }
    return false;
  }

  /** The amount as a double when one is within its normal range, else NaN. */
  private static double approx(BigDecimal amount) {
    double d = amount.doubleValue();
    return d > 1e-300 && d < 1e300 ? d : Double.NaN;
  }

  /**
   * {@return the check for a brand's products}
   *
   * @param brand the brand
   */
  public static PriceCheck of(Brand brand) {
    notNull(brand, "brand");
    Map<String, Integer> byKey = new HashMap<>();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < brand.products().size(); i++) {
      Product p = brand.products().get(i);
      addKey(p.name(), i, keys, byKey);
      if (p.sku().isPresent()) {
        addKey(p.sku().get(), i, keys, byKey);
      }
      if (p.gtin().isPresent()) {
        addKey(p.gtin().get(), i, keys, byKey);
      }
    }
    return new PriceCheck(brand, keys.isEmpty() ? PhraseList.empty()
        : PhraseList.of("und", keys), Map.copyOf(byKey));
  }

  private static void addKey(String key, int product, List<String> keys,
      Map<String, Integer> byKey) {
    if (byKey.containsKey(key) || !PhraseList.isPhrase(key)) {
      return; // a key with nothing to look for, such as a SKU of punctuation, names nothing
    }
    byKey.put(key, product);
    keys.add(key);
  }

  /** {@return the brand checked} */
  public Brand brand() {
    return brand;
  }

  /**
   * {@return the first of the brand's products the texts name, by name, SKU or GTIN, looking
   * through the texts in the order given}
   *
   * @param texts normalised listing texts, the title first
   */
  public Optional<Product> namedProduct(Collection<NormalizedText> texts) {
    notNull(texts, "texts");
    int named = named(texts);
    return named < 0 ? Optional.empty() : Optional.of(brand.products().get(named));
  }

  /** The index of the product {@link #namedProduct} gives; -1 for none. */
  private int named(Collection<NormalizedText> texts) {
    if (productKeys.size() == 0) {
      return -1;
    }
    for (NormalizedText text : texts) {
      int key = productKeys.firstEntry(text);
      if (key >= 0) {
        return productOfKey[key];
      }
    }
    return -1;
  }

  /**
   * {@return a {@link Signal.LowPrice} when the price is below {@code maxRatio} of the MSRP it is
   * compared with: that of the product the texts name when it has one the rates can reach, else the
   * brand's cheapest} Empty when the price is zero (marketplaces show zero for "ask the seller") or
   * no MSRP can be compared.
   *
   * @param price the listing's price
   * @param texts normalised listing texts, the title first
   * @param rates the exchange rates
   * @param maxRatio the ratio below which a price is anomalous, in (0, 1]
   */
  public Optional<Signal.LowPrice> check(Money price, Collection<NormalizedText> texts,
      ExchangeRates rates, double maxRatio) {
    notNull(price, "price");
    notNull(texts, "texts");
    notNull(rates, "rates");
    if (!(maxRatio > 0.0 && maxRatio <= 1.0)) {
      throw new IllegalArgumentException("maxRatio must be within (0, 1]: " + maxRatio);
    }
    if (price.amount().signum() == 0) {
      return Optional.empty();
    }
    if (oneCurrency != null) {
      return checkOneCurrency(price, texts, rates, maxRatio);
    }
    if (cheapest.length == 0) {
      return Optional.empty(); // no MSRP to compare with
    }
    int named = named(texts);
    if (named >= 0 && msrps[named] != null) {
      Money converted = convert(price, msrps[named].currency(), rates);
      if (converted != null) {
        return kept(price, converted, named, true, maxRatio);
      }
    }
    return keptLowest(price, rates, maxRatio);
  }

  /**
   * A {@link Signal.NoExchangeRate} when the brand has MSRPs but the rates reach none of their
   * currencies from the price's, so that {@link #check} could compare nothing: the assessor says
   * so rather than passing over the price in silence. Empty when the price is zero or the brand
   * has no MSRP.
   *
   * @param price the listing's price
   * @param rates the exchange rates
   * @return the note, or empty when some MSRP can be compared
   * @throws NullPointerException naming the argument that is null
   */
  public Optional<Signal.NoExchangeRate> noExchangeRate(Money price, ExchangeRates rates) {
    notNull(price, "price");
    notNull(rates, "rates");
    if (cheapest.length == 0 || price.amount().signum() == 0) {
      return Optional.empty();
    }
    List<Currency> unreached = new ArrayList<>(cheapest.length);
    for (int c : cheapest) {
      Currency currency = msrps[c].currency();
      if (currency.equals(price.currency()) || convert(price, currency, rates) != null) {
        return Optional.empty();
      }
      unreached.add(currency);
    }
    return Optional.of(new Signal.NoExchangeRate(brand.name(), price, unreached));
  }

  /**
   * {@link #check} for a brand whose MSRPs share one currency, the usual case: one conversion,
   * and no product to look for when the price is not low even against the highest MSRP.
   */
  private Optional<Signal.LowPrice> checkOneCurrency(Money price,
      Collection<NormalizedText> texts, ExchangeRates rates, double maxRatio) {
    Money converted = convert(price, oneCurrency, rates);
    if (converted == null || surelyNotBelow(converted, approxHighest, maxRatio)) {
      return Optional.empty();
    }
    int named = named(texts);
    if (named >= 0 && msrps[named] != null) {
      return kept(price, converted, named, true, maxRatio);
    }
    // a price converted to zero is 0% of every MSRP: then the first listed wins, as in any tie
    return nearTies || converted.amount().signum() == 0 ? keptLowest(price, rates, maxRatio)
        : kept(price, converted, cheapest[0], false, maxRatio);
  }

  private Optional<Signal.LowPrice> keptLowest(Money price, ExchangeRates rates,
      double maxRatio) {
    Signal.LowPrice lowest = lowest(price, rates);
    return lowest != null && lowest.ratio() < maxRatio ? Optional.of(lowest) : Optional.empty();
  }

  /**
   * Whether the compared price is surely not below {@code maxRatio} of the MSRP, judged in doubles
   * with a margin: false when a double cannot tell.
   */
  private static boolean surelyNotBelow(Money compared, double approxMsrp, double maxRatio) {
    return compared.amount().doubleValue() / approxMsrp > maxRatio * SURE_MARGIN;
  }

  private static Money convert(Money price, Currency to, ExchangeRates rates) {
    return rates.convert(price, to).orElse(null);
  }

  /**
   * The signal comparing with the product's MSRP when its ratio is below {@code maxRatio}. Most
   * prices are not low: for those a division of doubles tells it, without dividing decimals.
   */
  private Optional<Signal.LowPrice> kept(Money price, Money converted, int product,
      boolean named, double maxRatio) {
    if (surelyNotBelow(converted, approxMsrps[product], maxRatio)) {
      return Optional.empty();
    }
    Signal.LowPrice s = signal(price, converted, product, named);
    return s.ratio() < maxRatio ? Optional.of(s) : Optional.empty();
  }

  /**
   * The comparison with the brand's cheapest MSRP the rates can reach: the highest ratio, the
   * benefit of the doubt going to the seller, and of products with the same ratio the first listed.
   * Only a currency's cheapest product can give it, unless MSRPs nearly tie or the price converts
   * to zero (0% of each); then every product is
   * compared. Null when none can be compared.
   */
  private Signal.LowPrice lowest(Money price, ExchangeRates rates) {
    Signal.LowPrice best = null;
    for (int i = 0; i < msrps.length; i++) {
      if (msrps[i] == null) {
        continue;
      }
      Money converted = convert(price, msrps[i].currency(), rates);
      // a price converted to zero ties every MSRP of the currency at 0%: the first listed wins
      if (converted == null
          || !(nearTies || isCheapest(i) || converted.amount().signum() == 0)) {
        continue;
      }
      Signal.LowPrice s = signal(price, converted, i, false);
      if (best == null || s.ratio() > best.ratio()) {
        best = s;
      }
    }
    return best;
  }

  private boolean isCheapest(int product) {
    for (int c : cheapest) {
      if (c == product) {
        return true;
      }
    }
    return false;
  }

  private Signal.LowPrice signal(Money price, Money converted, int product, boolean named) {
    Money msrp = msrps[product];
    return new Signal.LowPrice(brand.name(), price, converted, msrp,
        brand.products().get(product).name(), named,
        converted.amount().divide(msrp.amount(), MathContext.DECIMAL64).doubleValue());
  }
}
