package dev.marque.core;

import static dev.marque.core.internal.Checks.notNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A table of exchange rates the caller supplies, so that a price in one currency can be compared
 * with an MSRP in another. marque never looks rates up itself: a scan gives the same answer
 * tomorrow, offline. Immutable and thread-safe.
 *
 * <p>Rates are given as most published tables give them: how many units of each currency one unit
 * of the base buys.
 *
 * <pre>{@code
 * ExchangeRates rates = ExchangeRates.of("USD", Map.of("EUR", new BigDecimal("0.92"),
 *     "CNY", new BigDecimal("7.20")));
 * rates.convert(Money.of("180", "CNY"), Money.currency("USD"));  // Optional[25.00 USD]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ExchangeRates {

  private static final MathContext PRECISION = MathContext.DECIMAL64;
  private static final ExchangeRates NONE = new ExchangeRates(Money.currency("USD"), Map.of());

  private final Currency base;
  private final Map<Currency, BigDecimal> perBase;

  private ExchangeRates(Currency base, Map<Currency, BigDecimal> perBase) {
    this.base = base;
    this.perBase = perBase;
  }

  /** {@return no rates at all: only prices in the MSRP's own currency are compared} */
  public static ExchangeRates none() {
    return NONE;
  }

  /**
   * Rates against a base currency.
   *
   * @param base the ISO 4217 code of the base, such as {@code "USD"}
   * @param perBase for each ISO 4217 code, how many units of it one unit of the base buys
   * @return the rates
   * @throws IllegalArgumentException naming a code that is not a currency or a rate that is not
   * positive
   */
  public static ExchangeRates of(String base, Map<String, BigDecimal> perBase) {
    notNull(base, "base");
    notNull(perBase, "perBase");
    Currency baseCurrency = Money.currency(base);
    Map<Currency, BigDecimal> rates = new TreeMap<>(
        (a, b) -> a.getCurrencyCode().compareTo(b.getCurrencyCode()));
    for (Map.Entry<String, BigDecimal> e : perBase.entrySet()) {
      notNull(e.getKey(), "perBase key");
      BigDecimal rate = notNull(e.getValue(), "perBase[" + e.getKey() + "]");
      if (rate.signum() <= 0) {
        throw new IllegalArgumentException("perBase[" + e.getKey() + "] must be positive: "
            + rate.toPlainString());
      }
      rates.put(Money.currency(e.getKey()), rate);
    }
    rates.put(baseCurrency, BigDecimal.ONE);
    return new ExchangeRates(baseCurrency, java.util.Collections.unmodifiableMap(rates));
  }

  /** {@return the base currency} */
  public Currency base() {
    return base;
  }

  /** {@return the currencies this table can convert between, the base included} */
  public java.util.Set<Currency> currencies() {
    return perBase.keySet();
  }

  /**
   * {@return the amount in another currency, rounded to that currency's usual decimals; empty when
   * the table lacks either currency} Converting to the same currency returns the amount unchanged.
   *
   * @param to the currency wanted
   * @param amount the amount to convert
   */
  public Optional<Money> convert(Money amount, Currency to) {
    notNull(amount, "amount");
    notNull(to, "to");
    if (amount.currency().equals(to)) {
      return Optional.of(amount);
    }
    BigDecimal fromRate = perBase.get(amount.currency());
    BigDecimal toRate = perBase.get(to);
    if (fromRate == null || toRate == null) {
      return Optional.empty();
    }
    BigDecimal value = amount.amount().multiply(toRate, PRECISION).divide(fromRate, PRECISION);
    int scale = Math.max(0, to.getDefaultFractionDigits());
    return Optional.of(new Money(value.setScale(scale, java.math.RoundingMode.HALF_EVEN), to));
  }

  @Override
  public String toString() {
    return "ExchangeRates[base=" + base + ", " + perBase + "]";
  }
}
