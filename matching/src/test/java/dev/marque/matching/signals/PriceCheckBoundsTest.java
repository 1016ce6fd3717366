package dev.marque.matching.signals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.core.Brand;
import dev.marque.core.ExchangeRates;
import dev.marque.core.Money;
import dev.marque.core.Product;
import dev.marque.matching.text.TextNormalizer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The price check with amounts of any size a library caller can pass (the readers bound what a
 * feed or portfolio may hold): its ratio equals a plain {@code BigDecimal} division, and an amount
 * of extreme scale costs no more than an ordinary one and gives a short reason.
 */
class PriceCheckBoundsTest {

  private static Brand brand(Money msrp) {
    return new Brand("Aurelia", List.of(), List.of(),
        List.of(Product.of("Aurelia Laurel Tote", msrp)), List.of());
  }

  private static Optional<Signal.LowPrice> check(Money price, Money msrp) {
    return PriceCheck.of(brand(msrp)).check(price,
        List.of(TextNormalizer.standard().normalize("Aurelia Laurel Tote")),
        ExchangeRates.none(), 0.5);
  }

  /**
   * A generous guard against the gigabyte a plain rendering of 1E-999999999 takes (minutes and an
   * out-of-memory error before), not a measurement.
   */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void anAmountOfExtremeScaleGivesAShortReason() {
    Signal.LowPrice tiny = check(Money.of("1e-999999999", "USD"), Money.of("850", "USD")).get();
    assertThat(tiny.ratio()).isZero();
    assertThat(tiny.reason().message()).hasSizeLessThan(200)
        .isEqualTo("1E-999999999 USD is 0% of the 850 USD MSRP of Aurelia Laurel Tote");
    Signal.LowPrice huge = check(Money.of("25", "USD"), Money.of("1e999999999", "USD")).get();
    assertThat(huge.reason().message()).hasSizeLessThan(200).contains("1E+999999999 USD MSRP");
    assertThat(check(Money.of("1e999999999", "USD"), Money.of("850", "USD"))).isEmpty();
  }

  @Provide
  Arbitrary<BigDecimal> amounts() {
    return Combinators.combine(Arbitraries.longs().between(1, Long.MAX_VALUE),
        Arbitraries.integers().between(-30, 30)).as((unscaled, scale) ->
        BigDecimal.valueOf(unscaled, scale));
  }

  @Property(tries = 500)
  void theRatioIsAPlainDivision(@ForAll("amounts") BigDecimal price,
      @ForAll("amounts") BigDecimal msrp) {
    double reference = price.divide(msrp, MathContext.DECIMAL64).doubleValue();
    Optional<Signal.LowPrice> s = check(new Money(price, Money.currency("USD")),
        new Money(msrp, Money.currency("USD")));
    assertThat(s.isPresent()).isEqualTo(reference < 0.5);
    s.ifPresent(low -> assertThat(low.ratio()).isEqualTo(reference));
  }

  @Property(tries = 200)
  void convertedPricesAgreeWithAPlainReference(@ForAll("amounts") BigDecimal price) {
    ExchangeRates rates = ExchangeRates.of("USD", Map.of("EUR", new BigDecimal("0.92")));
    Money msrp = Money.of("850", "USD");
    Optional<Signal.LowPrice> s = PriceCheck.of(brand(msrp)).check(
        new Money(price, Money.currency("EUR")),
        List.of(TextNormalizer.standard().normalize("Aurelia tote")), rates, 0.5);
    Money converted = rates.convert(new Money(price, Money.currency("EUR")),
        Money.currency("USD")).orElseThrow();
    double reference = converted.amount().divide(msrp.amount(), MathContext.DECIMAL64)
        .doubleValue();
    assertThat(s.isPresent()).isEqualTo(reference < 0.5);
    s.ifPresent(low -> assertThat(low.ratio()).isEqualTo(reference));
  }
}
