package dev.marque.matching.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marque.core.BrandMention;
import dev.marque.core.ListingField;
import dev.marque.core.MatchMethod;
import dev.marque.core.Money;
import dev.marque.core.Reason;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The reasons signals give, word for word and fact for fact. */
class SignalTest {

  private static Reason lowPrice(String price, String msrp, double ratio, boolean named) {
    Money p = Money.of(price, "USD");
    return new Signal.LowPrice("Aurelia", p, p, Money.of(msrp, "USD"), "Aurelia Laurel Tote",
        named, ratio).reason();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "0.0294117647058824, 0.0294",
      "0.12345, 0.1235",
      "0.5, 0.5",
      "0.99995, 1",
      "0.00005, 0.0001",
      "0.00004, 0",
      "0.0, 0",
      "2.25, 2.25"})
  void theRatioFactIsRoundedHalfUpToFourDecimals(double ratio, String fact) {
    assertThat(lowPrice("25", "850", ratio, true).facts()).containsEntry("ratio", fact);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "0.4, 40%",
      "0.0294117647058824, 3%",
      "0.01, 1%",
      "0.005, 0.5%",
      "0.00125, 0.1%",
      "0.00999, 1.0%",
      "0.000001, 0.0%",
      "0.0, 0%"})
  void theShareIsAWholePercentFromOnePercentAndATenthBelow(double ratio, String percent) {
    assertThat(lowPrice("25", "850", ratio, true).message()).contains(" is " + percent + " of ");
  }

  @Test
  void aPriceAnomalyWritesMoneyAsAPersonDoesAndKeepsTheAmountsInItsFacts() {
    Reason named = lowPrice("12.50", "1500.00", 12.5 / 1500, true);
    assertThat(named.message()).isEqualTo("12.50 USD is 0.8% of the 1500 USD MSRP of"
        + " Aurelia Laurel Tote");
    assertThat(named.facts()).containsEntry("price", "12.50 USD")
        .containsEntry("comparedPrice", "12.50 USD").containsEntry("msrp", "1500.00 USD")
        .containsEntry("productNamed", "true");
    Reason cheapest = lowPrice("25.00", "420", 25.0 / 420, false);
    assertThat(cheapest.message()).isEqualTo("25 USD is 6% of 420 USD, the lowest MSRP of any"
        + " Aurelia product (Aurelia Laurel Tote)");
  }

  @Test
  void aMentionNamesEveryFieldInTheirOrder() {
    BrandMention inDescription = new BrandMention("Aurelia", ListingField.DESCRIPTION, 0, 7,
        "Aurelia", MatchMethod.EXACT, 1.0);
    BrandMention inTitle = new BrandMention("Aurelia", ListingField.TITLE, 4, 11, "AURELIA",
        MatchMethod.CASE, 1.0);
    Signal.Mention m = new Signal.Mention("Aurelia", List.of(inDescription, inTitle,
        inDescription));
    assertThat(m.fields()).containsExactly(ListingField.TITLE, ListingField.DESCRIPTION);
    Reason r = m.reason();
    assertThat(r.message()).isEqualTo("Names Aurelia in the title and description ('Aurelia')");
    assertThat(r.spans()).hasSize(3);
    assertThat(r.facts()).containsEntry("mentions", "3");
  }

  @Test
  void namesAreStrippedAndBlankOnesRefused() {
    PhraseHit hit = PhraseList.cueWords().find("replica", ListingField.TITLE).get(0);
    assertThat(new Signal.CueWord(" Aurelia\t", hit, true).brand()).isEqualTo("Aurelia");
    assertThat(new Signal.CueWord("Aurelia", hit, true).brand()).isEqualTo("Aurelia");
    assertThat(new Signal.CueWord("\u3000奥蕾莉亚", hit, true).brand()).isEqualTo("奥蕾莉亚");
    assertThatThrownBy(() -> new Signal.CueWord(" \u2003 ", hit, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("brand must not be blank");
  }
}
