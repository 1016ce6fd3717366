package dev.marque.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marque.core.rights.Trademark;
import dev.marque.core.rights.Office;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PortfolioTest {
  private static final LocalDate DAY = LocalDate.parse("2026-11-29");

  @Test
  void findsBrandsAndTheirRightsIgnoringCase() {
    Trademark tm = Trademark.word("AURELIA", "018123456", Office.EUIPO, 18);
    Brand aurelia = new Brand("Aurelia", List.of("奥蕾莉亚"), List.of(tm), List.of(), List.of());
    Portfolio p = Portfolio.of(RightsHolder.of("Aurelia Moda S.p.A."), List.of(aurelia));
    assertThat(p.brand("AURELIA")).contains(aurelia);
    assertThat(p.rightsOf("aurelia")).containsExactly(tm);
    assertThat(p.rightsOf("Nobody")).isEmpty();
    assertThat(p.sender()).isEqualTo(p.holder());
  }

  @Test
  void refusesTwoBrandsOfOneName() {
    assertThatThrownBy(() -> Portfolio.of(RightsHolder.of("H"),
        List.of(Brand.of("Aurelia"), Brand.of("AURELIA"))))
        .hasMessage("brands[1].name 'AURELIA' is the name of brands[0] too;"
            + " brand names must be unique");
  }

  @Test
  void anAgentSendsWhenItHoldsAValidAuthorisation() {
    Authorization poa = new Authorization("POA-1", LocalDate.parse("2026-01-01"),
        Optional.of(LocalDate.parse("2026-12-31")));
    Agent agent = new Agent("Castell & Reeve LLP", Optional.of("ip@cr.example"),
        Optional.empty(), Optional.empty(), Optional.of(Jurisdiction.UK), Optional.of(poa));
    Portfolio p = new Portfolio(RightsHolder.of("H"), Optional.of(agent), List.of());
    assertThat(p.sender()).isEqualTo(agent);
    assertThat(agent.isAuthorizedOn(DAY)).isTrue();
    assertThat(agent.isAuthorizedOn(LocalDate.parse("2027-01-01"))).isFalse();
    assertThat(agent.isAuthorizedOn(LocalDate.parse("2025-12-31"))).isFalse();
    assertThatThrownBy(() -> new Authorization("POA", DAY, Optional.of(DAY.minusDays(1))))
        .hasMessage("validUntil 2026-11-28 is before validFrom 2026-11-29");
  }

  @Test
  void refusesAnEmailThatIsNone() {
    assertThatThrownBy(() -> new RightsHolder("H", Optional.of("legal at example"),
        Optional.empty(), Optional.empty(), Optional.empty()))
        .hasMessage("'legal at example' is not an e-mail address");
  }

  @Test
  void knowsItsAuthorisedSellersPerMarketplace() {
    Brand b = new Brand("Aurelia", List.of(), List.of(), List.of(),
        List.of(new AuthorizedSeller(Marketplace.AMAZON, "A2AURELIAMODA")));
    assertThat(b.isAuthorized(Marketplace.AMAZON, "a2aureliamoda")).isTrue();
    assertThat(b.isAuthorized(Marketplace.EBAY, "A2AURELIAMODA")).isFalse();
    assertThat(b.isAuthorized(Marketplace.AMAZON, "someone-else")).isFalse();
  }

  @Test
  void productsCheckTheirGtinAndGiveTheCheapestMsrp() {
    Product tote = new Product("Tote", Optional.empty(), Optional.of("8051234567892"),
        Optional.of(Money.of("850", "USD")));
    Product mini = Product.of("Mini", Money.of("420", "USD"));
    Product scarf = Product.of("Scarf", Money.of("190", "EUR"));
    Brand b = new Brand("Aurelia", List.of(), List.of(), List.of(tote, mini, scarf), List.of());
    assertThat(b.cheapestProduct(java.util.Currency.getInstance("USD"))).contains(mini);
    assertThatThrownBy(() -> new Product("X", Optional.empty(), Optional.of("8051234567893"),
        Optional.empty()))
        .hasMessage("gtin '8051234567893' is not a GTIN: its check digit should be 2");
    assertThatThrownBy(() -> Product.checkGtin("12345"))
        .hasMessage("gtin '12345' is not a GTIN: expected 8, 12, 13 or 14 digits");
  }
}
