package dev.marque.matching.signals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.core.Brand;
import dev.marque.core.ExchangeRates;
import dev.marque.core.Money;
import dev.marque.core.Product;
import dev.marque.matching.text.NormalizedText;
import dev.marque.matching.text.TextNormalizer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link PriceCheck}'s fast paths — one currency, the estimate in doubles that a price is surely
 * not low, the cheapest product per currency, near ties — give exactly what a plain reference
 * gives: every product with an MSRP the rates reach, compared by a {@code BigDecimal} division,
 * the named product first, else the highest ratio (the first listed of equal ones).
 */
class PriceCheckReferenceTest {
  private static final String[] CURRENCIES = {"USD", "EUR", "CNY"};
  private static final ExchangeRates RATES =
      ExchangeRates.of("USD", Map.of("EUR", new BigDecimal("0.92"), "CNY", new BigDecimal("7.2")));
  private static final ExchangeRates EUR_ONLY =
      ExchangeRates.of("USD", Map.of("EUR", new BigDecimal("0.92")));

  /** A product: its MSRP, when it has one, as unscaled value, scale and currency. */
  record Msrp(long unscaled, int scale, int currency, boolean present) {
    Optional<Money> money() {
      return present ? Optional.of(new Money(BigDecimal.valueOf(unscaled, scale),
          Currency.getInstance(CURRENCIES[currency]))) : Optional.empty();
    }
  }

  @Provide
  Arbitrary<List<Msrp>> msrps() {
    // small unscaled values make equal and nearly equal MSRPs common; near ties come from scales
    Arbitrary<Msrp> one = Combinators.combine(
        Arbitraries.oneOf(Arbitraries.longs().between(0, 20),
            Arbitraries.longs().between(1, Long.MAX_VALUE),
            Arbitraries.of(850_000_000_000_000L, 850_000_000_000_001L, 850L, 8500L)),
        Arbitraries.integers().between(-3, 15), Arbitraries.integers().between(0, 2),
        Arbitraries.of(true, true, true, false)).as(Msrp::new);
    return one.list().ofMinSize(0).ofMaxSize(6);
  }

  @Provide
  Arbitrary<Money> prices() {
    return Combinators.combine(Arbitraries.oneOf(Arbitraries.longs().between(0, 2000),
            Arbitraries.longs().between(1, Long.MAX_VALUE)),
        Arbitraries.integers().between(-3, 15), Arbitraries.integers().between(0, 2))
        .as((unscaled, scale, currency) -> new Money(BigDecimal.valueOf(unscaled, scale),
            Currency.getInstance(CURRENCIES[currency])));
  }

  @Provide
  Arbitrary<Double> ratios() {
    return Arbitraries.oneOf(Arbitraries.of(0.5, 1.0, 0.3),
        Arbitraries.doubles().between(0.000001, 1.0).ofScale(6));
  }

  @Property(tries = 1500)
  void equalsAPlainBigDecimalReference(@ForAll("msrps") List<Msrp> msrps,
      @ForAll("prices") Money price, @ForAll("ratios") double maxRatio,
      @ForAll @net.jqwik.api.constraints.IntRange(min = -1, max = 5) int namedIndex,
      @ForAll boolean allRates) {
    List<Product> products = new ArrayList<>();
    for (int i = 0; i < msrps.size(); i++) {
      products.add(new Product("Model " + (char) ('A' + i) + "x", Optional.empty(),
          Optional.empty(), msrps.get(i).money()));
    }
    Brand brand = new Brand("Aurelia", List.of(), List.of(), products, List.of());
    int named = namedIndex < products.size() ? namedIndex : -1;
    String title = named < 0 ? "Aurelia bag" : "Aurelia " + products.get(named).name() + " bag";
    List<NormalizedText> texts = List.of(TextNormalizer.standard().normalize(title));
    ExchangeRates rates = allRates ? RATES : EUR_ONLY;

    Optional<Signal.LowPrice> actual = PriceCheck.of(brand).check(price, texts, rates, maxRatio);
    Optional<Expected> expected = reference(products, price, named, rates, maxRatio);

    assertThat(actual.isPresent()).as("a signal, expected %s", expected).isEqualTo(
        expected.isPresent());
    actual.ifPresent(low -> {
      assertThat(low.ratio()).isEqualTo(expected.get().ratio());
      assertThat(low.product()).isEqualTo(expected.get().product());
      assertThat(low.productNamed()).isEqualTo(expected.get().named());
      assertThat(low.msrp()).isEqualTo(products.stream().filter(p -> p.name().equals(
          expected.get().product())).findFirst().orElseThrow().msrp().orElseThrow());
    });
  }

  record Expected(String product, boolean named, double ratio) {}

  /** The rule, written plainly: no estimates, every product compared. */
  private static Optional<Expected> reference(List<Product> products, Money price, int named,
      ExchangeRates rates, double maxRatio) {
    if (price.amount().signum() == 0) {
      return Optional.empty();
    }
    if (named >= 0) {
      Optional<Double> ratio = ratio(products.get(named), price, rates);
      if (ratio.isPresent()) {
        return ratio.get() < maxRatio
            ? Optional.of(new Expected(products.get(named).name(), true, ratio.get()))
            : Optional.empty();
      }
    }
    Expected best = null;
    for (Product p : products) {
      Optional<Double> ratio = ratio(p, price, rates);
      if (ratio.isPresent() && (best == null || ratio.get() > best.ratio())) {
        best = new Expected(p.name(), false, ratio.get());
      }
    }
    return best != null && best.ratio() < maxRatio ? Optional.of(best) : Optional.empty();
  }

  private static Optional<Double> ratio(Product p, Money price, ExchangeRates rates) {
    if (p.msrp().isEmpty() || p.msrp().get().amount().signum() == 0) {
      return Optional.empty();
    }
    Money msrp = p.msrp().get();
    return rates.convert(price, msrp.currency()).map(converted -> converted.amount()
        .divide(msrp.amount(), MathContext.DECIMAL64).doubleValue());
  }
}
