package dev.marque.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void keepsTheExactDecimalAmount() {
    Money price = Money.of("19.99", "usd");
    assertThat(price.amount()).isEqualByComparingTo(new BigDecimal("19.99"));
    assertThat(price.currencyCode()).isEqualTo("USD");
    assertThat(price).hasToString("19.99 USD");
  }

  @Test
  void amountsEqualRegardlessOfScale() {
    assertThat(Money.of("10", "EUR")).isEqualTo(Money.of("10.00", "EUR"))
        .hasSameHashCodeAs(Money.of("10.00", "EUR"));
    assertThat(Money.of("10", "EUR")).isNotEqualTo(Money.of("10", "USD"));
  }

  @Test
  void refusesNegativeAmountsUnknownCurrenciesAndNonNumbers() {
    assertThatThrownBy(() -> Money.of("-1", "USD")).hasMessage("amount must not be negative: -1");
    assertThatThrownBy(() -> Money.of("5", "XYZW"))
        .hasMessage("'XYZW' is not an ISO 4217 currency code (such as USD, EUR, CNY)");
    assertThatThrownBy(() -> Money.of("five", "USD")).hasMessage("amount is not a number: 'five'");
  }

  @Test
  void comparesOnlyWithinOneCurrency() {
    assertThat(Money.of("5", "USD")).isLessThan(Money.of("6", "USD"));
    assertThatThrownBy(() -> Money.of("5", "USD").compareTo(Money.of("5", "EUR")))
        .hasMessageContaining("without a rate");
  }
}
