package dev.marque.capture.internal;

import dev.marque.core.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a price as a page writes it ({@code "1,299.00"}, {@code "US $25.99"}, {@code "1.299,00 €"},
 * {@code 25}) into {@link Money}, or into a warning when it is absent, unreadable or absurd.
 */
public final class Prices {
  private Prices() {}

  /**
   * The largest price believed, in any currency: one billion. A larger one is a placeholder or a
   * parsing accident ({@code 99999999999}), not an offer.
   */
  public static final BigDecimal MAX_PRICE = new BigDecimal("1000000000");

  /** The longest price text read, in characters; a longer one is not a price. */
  public static final int MAX_PRICE_CHARS = 64;

  private static final Pattern NUMBER = Pattern.compile("-?\\d[\\d.,\\s\\u00A0']*(?:[eE][+-]?\\d+)?");
  private static final Map<String, String> SYMBOLS = Map.of(
      "€", "EUR", "£", "GBP", "¥", "CNY", "₩", "KRW", "₹", "INR", "US$", "USD", "US $", "USD",
      "R$", "BRL", "₱", "PHP", "₫", "VND");

  /**
   * The money for a raw price, or empty with a warning (naming {@code source}) added to
   * {@code warnings}.
   */
  public static Optional<Money> parse(PageData.RawPrice raw, String source, List<String> warnings) {
    String amountText = Texts.clean(raw.amount());
    if (amountText == null) {
      return Optional.empty();
    }
    String currency = Texts.clean(raw.currency());
    if (currency == null) {
      currency = symbolCurrency(amountText).orElse(null);
    }
    Optional<BigDecimal> amount = amount(amountText);
    if (amount.isEmpty()) {
      warnings.add(source + " price '" + amountText + "' is not a number; ignored");
      return Optional.empty();
    }
    BigDecimal value = amount.get();
    if (value.signum() < 0) {
      warnings.add(source + " price " + show(value) + " is negative; ignored");
      return Optional.empty();
    }
    if (value.signum() == 0) {
      warnings.add(source + " price is zero (a placeholder, not an offer); ignored");
      return Optional.empty();
    }
    if (value.compareTo(MAX_PRICE) > 0) {
      warnings.add(source + " price " + show(value) + " is larger than "
          + MAX_PRICE.toPlainString() + "; ignored as absurd");
      return Optional.empty();
    }
    if (currency == null) {
      warnings.add(source + " price " + show(value) + " has no currency; ignored");
      return Optional.empty();
    }
    if (value.scale() < 0) {
      value = value.setScale(0); // 1.15E+3 reads as 1150
    }
    try {
      return Optional.of(Money.of(value, currency));
    } catch (IllegalArgumentException e) {
      warnings.add(source + " price " + show(value) + " has currency '" + currency
          + "', which is not an ISO 4217 code; ignored");
      return Optional.empty();
    }
  }

  // An amount such as 1E+999999999 must not be written out digit by digit.
  private static String show(BigDecimal value) {
    return value.precision() - value.scale() > 24 ? value.toString() : value.toPlainString();
  }

  private static Optional<String> symbolCurrency(String text) {
    String upper = text.toUpperCase(java.util.Locale.ROOT);
    for (Map.Entry<String, String> e : SYMBOLS.entrySet()) {
      if (upper.contains(e.getKey())) {
        return Optional.of(e.getValue());
      }
    }
    Matcher code = Pattern.compile("\\b([A-Z]{3})\\b").matcher(upper);
    return code.find() ? Optional.of(code.group(1)) : Optional.empty();
  }

  /** The amount in a price text, reading the last of {@code ,} and {@code .} as the decimal mark. */
  static Optional<BigDecimal> amount(String text) {
    Matcher m = NUMBER.matcher(text);
    if (text.length() > MAX_PRICE_CHARS || !m.find()) {
      return Optional.empty();
    }
    String n = m.group().replaceAll("[\\s\\u00A0']", "");
    while (!n.isEmpty() && (n.endsWith(".") || n.endsWith(","))) {
      n = n.substring(0, n.length() - 1);
    }
    int dot = n.lastIndexOf('.');
    int comma = n.lastIndexOf(',');
    if (dot >= 0 && comma >= 0) {
      char decimal = dot > comma ? '.' : ',';
      char grouping = decimal == '.' ? ',' : '.';
      n = n.replace(String.valueOf(grouping), "").replace(decimal, '.');
    } else if (comma >= 0) {
      // "25,99" is a decimal comma; "1,299" and "1,299,000" are thousands.
      boolean decimal = n.indexOf(',') == comma && n.length() - comma - 1 != 3;
      n = decimal ? n.replace(',', '.') : n.replace(",", "");
    } else if (dot >= 0 && n.indexOf('.') != dot) {
      n = n.replace(".", ""); // "1.299.000" groups thousands
    }
    try {
      BigDecimal value = new BigDecimal(n);
      if (value.precision() - (long) value.scale() < -9) {
        // below half of the eighth decimal, such as 1e-999999999: rounds to zero, and rounding
        // it by setScale would need a power of ten too large to hold (found by ExtractorFuzzTest)
        return Optional.of(BigDecimal.ZERO);
      }
      // Digits beyond any currency's minor unit are floating-point noise from the shop's system.
      return Optional.of(value.scale() > 8 ? value.setScale(8, RoundingMode.HALF_UP) : value);
    } catch (NumberFormatException | ArithmeticException e) {
      return Optional.empty();
    }
  }
}
