package dev.marque.core;

import static dev.marque.core.internal.Checks.notNull;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * An amount of money in an ISO 4217 currency: a listing's price, a product's MSRP.
 *
 * <p>The amount is a {@link BigDecimal}, never a {@code double}, so {@code 19.99} stays
 * {@code 19.99}. Two amounts are equal when they are numerically equal ({@code 10} and
 * {@code 10.00} are the same price), whatever their scale.
 *
 * <pre>{@code
 * Money price = Money.of("25.00", "USD");
 * }</pre>
 *
 * @param amount a non-negative amount
 * @param currency the ISO 4217 currency
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

  /**
   * Checks the amount is non-negative and both parts are present.
   *
   * @param amount a non-negative amount
   * @param currency the ISO 4217 currency
   */
  public Money {
    notNull(amount, "amount");
    notNull(currency, "currency");
    if (amount.signum() < 0) {
      // toString, not toPlainString: -1E+999999999 stays short; a long one is cut
      String shown = amount.toString();
      throw new IllegalArgumentException("amount must not be negative: "
          + (shown.length() <= 40 ? shown : shown.substring(0, 40) + "…"));
    }
  }

  /**
   * Parses an amount such as {@code "19.99"} and an ISO 4217 code such as {@code "USD"}.
   *
   * @param amount a non-negative amount
   * @param currencyCode the ISO 4217 code, any case
   * @return the amount in the currency
   * @throws IllegalArgumentException naming what is wrong when either cannot be read
   */
  public static Money of(String amount, String currencyCode) {
    notNull(amount, "amount");
    BigDecimal value;
    try {
      value = new BigDecimal(amount.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("amount is not a number: '" + amount + "'", e);
    }
    return new Money(value, currency(currencyCode));
  }

  /**
   * Money from an amount and an ISO 4217 code.
   *
   * @param amount a non-negative amount
   * @param currencyCode the ISO 4217 code, any case
   * @return the amount in the currency
   */
  public static Money of(BigDecimal amount, String currencyCode) {
    return new Money(amount, currency(currencyCode));
  }

  /**
   * {@return the ISO 4217 currency for a code, any case}
   *
   * @param code the ISO 4217 code, any case
   * @throws IllegalArgumentException when the code is not an ISO 4217 currency
   */
  public static Currency currency(String code) {
    notNull(code, "currency");
    try {
      return Currency.getInstance(code.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'" + code + "' is not an ISO 4217 currency code (such as USD, EUR, CNY)", e);
    }
  }

  /** {@return the ISO 4217 code of the currency, such as {@code "USD"}} */
  public String currencyCode() {
    return currency.getCurrencyCode();
  }

  /** Compares amounts of the same currency. */
  @Override
  public int compareTo(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "cannot compare " + currencyCode() + " with " + other.currencyCode() + " without a rate");
    }
    return amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && currency.equals(m.currency) && amount.compareTo(m.amount) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * currency.hashCode() + amount.stripTrailingZeros().hashCode();
  }

  /** The largest scale, either way, that {@link #toString()} writes out in plain digits. */
  private static final int PLAIN_SCALE = 40;

  /** Reads as {@code "25.00 USD"}; {@code "1E-50 USD"} for an amount of extreme scale. */
  @Override
  public String toString() {
    // plain digits for any price a person writes; an extreme exponent keeps its short form
    // (1E-999999999), where plain digits would take a gigabyte
    int scale = amount.scale();
    String number = scale >= -PLAIN_SCALE && scale <= PLAIN_SCALE ? amount.toPlainString()
        : amount.toString();
    return number + " " + currencyCode();
  }
}
