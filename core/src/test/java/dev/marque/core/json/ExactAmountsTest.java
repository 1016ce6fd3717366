package dev.marque.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marque.core.Assessment;
import dev.marque.core.Brand;
import dev.marque.core.Finding;
import dev.marque.core.Listing;
import dev.marque.core.Money;
import dev.marque.core.Portfolio;
import dev.marque.core.Product;
import dev.marque.core.RightsHolder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * An amount is read back exactly as it was written, digit for digit and scale for scale, through
 * every format and both listing readers: {@code 850.00} stays {@code 850.00} (a reason quotes it),
 * {@code 0.1} never passes through a {@code double}. {@link Money#equals} compares numerically,
 * so these tests compare the {@code BigDecimal}s themselves, whose {@code equals} sees the scale.
 */
class ExactAmountsTest {
  private static final MarqueJson JSON = MarqueJson.standard();

  private static final List<String> AMOUNTS = List.of("0.1", "19.99", "1e-2",
      "123456789.123456789", "850.00", "19.90", "25", "1E+3", "0.000000000001",
      "999999999999999.999999999999", "0");

  private static Portfolio portfolio(Money msrp) {
    return new Portfolio(new RightsHolder("Aurelia SpA", Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty()), Optional.empty(),
        List.of(new Brand("Aurelia", List.of(), List.of(), List.of(
            new Product("tote", Optional.empty(), Optional.empty(), Optional.of(msrp))),
            List.of())));
  }

  private static BigDecimal msrp(Portfolio portfolio) {
    return portfolio.brands().get(0).products().get(0).msrp().orElseThrow().amount();
  }

  private static Listing listing(Money price) {
    return Listing.builder("1", "Aurelia tote").price(price).build();
  }

  /** Every way an amount is written and read again gives back the same digits and scale. */
  private static void readsBackExactly(BigDecimal amount) {
    Money money = new Money(amount, java.util.Currency.getInstance("EUR"));
    Portfolio portfolio = portfolio(money);
    assertThat(msrp(JSON.readPortfolio(JSON.write(portfolio)))).isEqualTo(amount);
    assertThat(msrp(JSON.readPortfolio(JSON.writePretty(portfolio)))).isEqualTo(amount);
    String line = JSON.write(listing(money));
    assertThat(JSON.readListing(line).price().orElseThrow().amount()).isEqualTo(amount);
    assertThat(JSON.readListingStrict(line).price().orElseThrow().amount()).isEqualTo(amount);
    String finding = JSON.writeFinding(new Finding(listing(money), List.of(), Assessment.clear()));
    assertThat(JSON.readFinding(finding).listing().price().orElseThrow().amount())
        .isEqualTo(amount);
  }

  @Example
  void amountsPeopleWriteReadBackDigitForDigit() {
    for (String amount : AMOUNTS) {
      readsBackExactly(new BigDecimal(amount));
    }
  }

  @Example
  void aNumberWrittenByHandKeepsItsTrailingZeros() {
    Portfolio read = JSON.readPortfolio("{\"holder\": {\"name\": \"H\"}, \"brands\": [{\"name\":"
        + " \"A\", \"products\": [{\"name\": \"tote\", \"msrp\": {\"amount\": 850.00,"
        + " \"currency\": \"USD\"}}]}]}");
    assertThat(msrp(read).toString()).isEqualTo("850.00");
    String line = "{\"id\": \"1\", \"title\": \"t\", \"price\": {\"amount\": 0.10,"
        + " \"currency\": \"USD\"}, \"x\": 1}";
    assertThat(JSON.readListingStrict(line).price().orElseThrow().amount().toString())
        .isEqualTo("0.10");
  }

  @Provide
  Arbitrary<BigDecimal> amounts() {
    // within the default limits: 15 digits before the point, 12 after
    return Combinators.combine(Arbitraries.longs().between(0, 999_999_999_999_999L),
            Arbitraries.integers().between(-3, 12))
        .as(BigDecimal::valueOf)
        .filter(a -> JSON.limits().amountProblem(a) == null);
  }

  @Property(tries = 300)
  void anyAmountWithinTheLimitsReadsBackExactly(@ForAll("amounts") BigDecimal amount) {
    readsBackExactly(amount);
  }

  private static String withMsrp(String amount) {
    return "{\"holder\": {\"name\": \"H\"}, \"brands\": [{\"name\": \"A\", \"products\":"
        + " [{\"name\": \"p\", \"msrp\": {\"amount\": " + amount + ", \"currency\": \"USD\"}}]}]}";
  }

  /**
   * Exact numbers do not mean unbounded ones: a number's length is refused by the tokenizer's
   * limit (its own wording, which only the tokenizer gives) or, as text, by the reader's check of
   * the length, both before any {@code BigDecimal} is made of it.
   */
  @Example
  void theNumberLimitsStillApplyBeforeANumberIsParsed() {
    String digits = "9".repeat(900_000);
    assertThatThrownBy(() -> JSON.readPortfolio(withMsrp(digits)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("brands[0].products[0].msrp.amount: has a number longer than 64"
            + " characters, the limit");
    assertThatThrownBy(() -> JSON.readPortfolio(withMsrp("\"" + digits + "\"")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("brands[0].products[0].msrp.amount: is a number of 900000"
            + " characters; a number may have at most 64");
    assertThatThrownBy(() -> JSON.readPortfolio(withMsrp("1e-999999999")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("brands[0].products[0].msrp.amount: 1E-999999999 is too precise");
    assertThatThrownBy(() -> JSON.readPortfolio(withMsrp("1e999999999")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("brands[0].products[0].msrp.amount: 1E+999999999 is too large");
  }
}
