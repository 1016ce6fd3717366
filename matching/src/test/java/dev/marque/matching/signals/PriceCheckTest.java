package dev.marque.matching.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marque.core.Brand;
import dev.marque.core.ExchangeRates;
import dev.marque.core.Money;
import dev.marque.core.Product;
import dev.marque.matching.text.NormalizedText;
import dev.marque.matching.text.TextNormalizer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PriceCheckTest {
  static final Brand AURELIA = new Brand("Aurelia", List.of(), List.of(), List.of(
      new Product("Aurelia Laurel Tote", Optional.of("AUR-TOTE-LRL"), Optional.of("8051234567892"),
          Optional.of(Money.of("850.00", "USD"))),
      Product.of("Aurelia Mini Crossbody", Money.of("420.00", "USD")),
      Product.of("Aurelia Laurel Scarf", Money.of("190.00", "EUR"))), List.of());

  private final PriceCheck check = PriceCheck.of(AURELIA);

  private static List<NormalizedText> texts(String... texts) {
    return java.util.Arrays.stream(texts).map(TextNormalizer.standard()::normalize).toList();
  }

  private Optional<Signal.LowPrice> check(String price, String currency, ExchangeRates rates,
      String... texts) {
    return check.check(Money.of(price, currency), texts(texts), rates, 0.5);
  }

  @Test
  void comparesWithTheProductTheListingNamesByName() {
    Signal.LowPrice s = check("25", "USD", ExchangeRates.none(), "AURELIA LAUREL TOTE bag").get();
    assertThat(s.productNamed()).isTrue();
    assertThat(s.reason().code()).isEqualTo(dev.marque.core.ReasonCode.PRICE_ANOMALY);
    assertThat(s.reason().message())
        .isEqualTo("25 USD is 3% of the 850 USD MSRP of Aurelia Laurel Tote");
    assertThat(s.reason().facts()).containsEntry("ratio", "0.0294");
  }

  @Test
  void findsTheProductBySkuOrGtinInTheDescriptionToo() {
    assertThat(check.namedProduct(texts("bag", "ref. AUR-TOTE-LRL"))).map(Product::name)
        .hasValue("Aurelia Laurel Tote");
    assertThat(check.namedProduct(texts("bag 8051234567892"))).map(Product::name)
        .hasValue("Aurelia Laurel Tote");
    assertThat(check.namedProduct(texts("a bag"))).isEmpty();
  }

  @Test
  void withoutANamedProductComparesWithTheCheapestMsrp() {
    Signal.LowPrice s = check("30", "USD", ExchangeRates.none(), "Aurelia handbag").get();
    assertThat(s.productNamed()).isFalse();
    assertThat(s.reason().message()).isEqualTo(
        "30 USD is 7% of 420 USD, the lowest MSRP of any Aurelia product (Aurelia Mini Crossbody)");
  }

  @Test
  void convertsCurrenciesWithTheCallersRatesOnly() {
    ExchangeRates rates = ExchangeRates.of("USD", Map.of("CNY", new BigDecimal("7.20"),
        "EUR", new BigDecimal("0.92")));
    Signal.LowPrice s = check("180", "CNY", rates, "Aurelia Laurel Tote").get();
    assertThat(s.reason().message())
        .isEqualTo("180 CNY (25 USD) is 3% of the 850 USD MSRP of Aurelia Laurel Tote");
    // 100 USD is about 92 EUR: under half the scarf's 190 EUR MSRP, the cheapest with rates.
    assertThat(check("100", "USD", rates, "Aurelia").get().product())
        .isEqualTo("Aurelia Laurel Scarf");
    // Without a rate a CNY price cannot be compared at all.
    assertThat(check("180", "CNY", ExchangeRates.none(), "Aurelia Laurel Tote")).isEmpty();
  }

  @Test
  void aFairOrZeroPriceIsNoSign() {
    assertThat(check("700", "USD", ExchangeRates.none(), "Aurelia Laurel Tote")).isEmpty();
    assertThat(check("0", "USD", ExchangeRates.none(), "Aurelia Laurel Tote")).isEmpty();
    assertThatThrownBy(() -> check.check(Money.of("1", "USD"), texts("x"), ExchangeRates.none(),
        1.5)).hasMessageContaining("maxRatio");
  }

  @Test
  void aPriceLowForTheNamedProductIsASignEvenIfNotForTheCheapest() {
    Signal.LowPrice s = check("400", "USD", ExchangeRates.none(), "Aurelia Laurel Tote").get();
    assertThat(s.productNamed()).isTrue();
    assertThat(s.ratio()).isLessThan(0.5);
    assertThat(check("400", "USD", ExchangeRates.none(), "Aurelia bag")).isEmpty();
  }

  @Test
  void aPriceAtExactlyTheRatioIsNoSign() {
    assertThat(check("425", "USD", ExchangeRates.none(), "Aurelia Laurel Tote")).isEmpty();
    assertThat(check("424.99", "USD", ExchangeRates.none(), "Aurelia Laurel Tote")).isPresent();
  }

  @Test
  void ofProductsWhoseRatiosTieTheFirstListedIsTheCheapest() {
    PriceCheck same = PriceCheck.of(new Brand("Lumo", List.of(), List.of(), List.of(
        Product.of("Lumo Lamp", Money.of("100.00", "USD")),
        Product.of("Lumo Shade", Money.of("100", "USD"))), List.of()));
    assertThat(same.check(Money.of("10", "USD"), texts("Lumo"), ExchangeRates.none(), 0.5))
        .map(Signal.LowPrice::product).hasValue("Lumo Lamp");
    // 10 / 100.0000000000000001 rounds to the same ratio as 10 / 100: the first listed wins.
    PriceCheck nearly = PriceCheck.of(new Brand("Lumo", List.of(), List.of(), List.of(
        Product.of("Lumo Lamp", Money.of("100.0000000000000001", "USD")),
        Product.of("Lumo Shade", Money.of("100", "USD"))), List.of()));
    assertThat(nearly.check(Money.of("10", "USD"), texts("Lumo"), ExchangeRates.none(), 0.5))
        .map(Signal.LowPrice::product).hasValue("Lumo Lamp");
  }

  @Test
  void exchangeRatesRefuseNonsense() {
    assertThatThrownBy(() -> ExchangeRates.of("USD", Map.of("EUR", BigDecimal.ZERO)))
        .hasMessage("perBase[EUR] must be positive: 0");
    assertThatThrownBy(() -> ExchangeRates.of("USD", Map.of("XXY", BigDecimal.ONE)))
        .hasMessageContaining("'XXY' is not an ISO 4217 currency code");
    ExchangeRates rates = ExchangeRates.of("USD", Map.of("EUR", new BigDecimal("0.92")));
    assertThat(rates.convert(Money.of("92", "EUR"), Money.currency("USD")))
        .hasValue(Money.of("100", "USD"));
    assertThat(rates.convert(Money.of("1", "GBP"), Money.currency("USD"))).isEmpty();
  }
}
