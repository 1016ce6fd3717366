package dev.marque.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marque.core.ExchangeRates;
import dev.marque.core.Money;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RatesJsonTest {
  private final MarqueJson json = MarqueJson.standard();

  @Test
  void readsATableAndConvertsBetweenItsCurrencies() {
    ExchangeRates rates = json.readRates("""
        {"base": "USD", "rates": {"EUR": 0.92, "CNY": "7.20"}}""");
    assertThat(rates.convert(Money.of("180", "CNY"), Money.currency("USD")))
        .contains(Money.of("25.00", "USD"));
    assertThat(rates.convert(Money.of("92", "EUR"), Money.currency("CNY")))
        .contains(Money.of("720.00", "CNY"));
    assertThat(rates.convert(Money.of("1", "JPY"), Money.currency("USD"))).isEmpty();
  }

  @Test
  void theBundledSampleRatesRead() throws Exception {
    assertThat(json.readRates(Path.of("../samples/data/rates.json")).currencies())
        .extracting(c -> c.getCurrencyCode()).contains("USD", "EUR", "CNY", "GBP");
  }

  @Test
  void reportsEveryProblemByPath() {
    assertThatThrownBy(() -> json.readRates("""
        {"base": "DOLLAR", "rates": {"EUR": "lots"}, "source": "ECB"}"""))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(Problem::toString).containsExactly(
                "source: unknown property; RateTable has base, rates",
                "base: 'DOLLAR' is not an ISO 4217 currency code (such as USD, EUR, CNY)",
                "rates.EUR: 'lots' is not a number"));
    assertThatThrownBy(() -> json.readRates("{\"base\": \"USD\", \"rates\": {\"EUR\": 0}}"))
        .hasMessageEndingWith("rates.EUR: must be positive: 0");
  }
}
