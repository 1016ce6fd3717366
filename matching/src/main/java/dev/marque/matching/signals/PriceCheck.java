package dev.marque.matching.signals;

import static dev.marque.core.internal.Checks.notNull;

import dev.marque.core.Brand;
import dev.marque.core.ExchangeRates;
import dev.marque.core.ListingField;
import dev.marque.core.Money;
import dev.marque.core.Product;
import dev.marque.matching.text.NormalizedText;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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

  private final Brand brand;
  private final PhraseList productKeys;
  private final Map<String, Product> productByKey;

  private PriceCheck(Brand brand, PhraseList productKeys, Map<String, Product> productByKey) {
    this.brand = brand;
    this.productKeys = productKeys;
    this.productByKey = productByKey;
  }

  /** The check for a brand's products. */
  public static PriceCheck of(Brand brand) {
    notNull(brand, "brand");
    Map<String, Product> byKey = new HashMap<>();
    List<String> keys = new ArrayList<>();
    for (Product p : brand.products()) {
      addKey(p.name(), p, keys, byKey);
      p.sku().ifPresent(sku -> addKey(sku, p, keys, byKey));
      p.gtin().ifPresent(gtin -> addKey(gtin, p, keys, byKey));
    }
    return new PriceCheck(brand, keys.isEmpty() ? PhraseList.empty()
        : PhraseList.of("und", keys), Map.copyOf(byKey));
  }

  private static void addKey(String key, Product p, List<String> keys, Map<String, Product> byKey) {
    if (byKey.containsKey(key)) {
      return;
    }
    try {
      PhraseList.of("und", List.of(key));
    } catch (IllegalArgumentException e) {
      return; // a key with nothing to look for, such as a SKU of punctuation, names nothing
    }
    byKey.put(key, p);
    keys.add(key);
  }

  /** The brand checked. */
  public Brand brand() {
    return brand;
  }

  /**
   * The first of the brand's products the texts name, by name, SKU or GTIN, looking through the
   * texts in the order given.
   *
   * @param texts normalised listing texts, the title first
   */
  public Optional<Product> namedProduct(Collection<NormalizedText> texts) {
    notNull(texts, "texts");
    if (productKeys.size() == 0) {
      return Optional.empty();
    }
    for (NormalizedText text : texts) {
      List<PhraseHit> hits = productKeys.find(text, ListingField.TITLE);
      if (!hits.isEmpty()) {
        return Optional.ofNullable(productByKey.get(hits.get(0).phrase()));
      }
    }
    return Optional.empty();
  }

  /**
   * A {@link Signal.LowPrice} when the price is below {@code maxRatio} of the MSRP it is compared
   * with: that of the product the texts name when it has one the rates can reach, else the
   * brand's cheapest. Empty when the price is zero (marketplaces show zero for "ask the seller")
   * or no MSRP can be compared.
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
    if (price.amount().signum() == 0 || brand.products().isEmpty()) {
      return Optional.empty();
    }
    Optional<Signal.LowPrice> named = namedProduct(texts)
        .flatMap(p -> compare(price, p, rates, true));
    Optional<Signal.LowPrice> compared = named.isPresent() ? named : cheapest(price, rates);
    return compared.filter(s -> s.ratio() < maxRatio);
  }

  private Optional<Signal.LowPrice> cheapest(Money price, ExchangeRates rates) {
    Signal.LowPrice best = null;
    for (Product p : brand.products()) {
      Optional<Signal.LowPrice> s = compare(price, p, rates, false);
      // The cheapest MSRP gives the highest ratio: the benefit of the doubt goes to the seller.
      if (s.isPresent() && (best == null || s.get().ratio() > best.ratio())) {
        best = s.get();
      }
    }
    return Optional.ofNullable(best);
  }

  private Optional<Signal.LowPrice> compare(Money price, Product product, ExchangeRates rates,
      boolean named) {
    if (product.msrp().isEmpty() || product.msrp().get().amount().signum() == 0) {
      return Optional.empty();
    }
    Money msrp = product.msrp().get();
    return rates.convert(price, msrp.currency()).map(converted -> new Signal.LowPrice(
        brand.name(), price, converted, msrp, product.name(), named,
        converted.amount().divide(msrp.amount(), MathContext.DECIMAL64).doubleValue()));
  }
}
