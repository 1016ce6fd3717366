package dev.marque.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marque.core.Jurisdiction;
import dev.marque.core.Portfolio;
import dev.marque.core.rights.Copyright;
import dev.marque.core.rights.Trademark;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioJsonTest {
  private final MarqueJson json = MarqueJson.standard();

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(PortfolioJsonTest.class.getResource(name).toURI());
  }

  @Test
  void readsAFullPortfolioAndWritesItBackUnchanged() throws Exception {
    Portfolio portfolio = json.readPortfolio(resource("full-portfolio.json"));
    assertThat(portfolio.holder().name()).isEqualTo("Aurelia Moda S.p.A.");
    assertThat(portfolio.agent().orElseThrow().authorization().orElseThrow().reference())
        .isEqualTo("CR-POA-2026-017");
    assertThat(portfolio.brands()).extracting(b -> b.name())
        .containsExactly("Aurelia", "Nordlys", "Kestrel Audio", "Solenne");
    Trademark eu = (Trademark) portfolio.brands().get(0).rights().get(0);
    assertThat(eu.goods()).containsExactly("handbags", "leather goods", "Handtaschen",
        "sacs à main", "clothing", "Bekleidungsstücke");
    Trademark madrid = (Trademark) portfolio.brands().get(0).rights().get(5);
    assertThat(madrid.jurisdictions()).contains(Jurisdiction.of("JP"), Jurisdiction.of("SG"));
    Copyright photos = (Copyright) portfolio.brands().get(0).rights().get(6);
    assertThat(photos.registeredIn()).contains(Jurisdiction.US);

    assertThat(json.readPortfolio(json.write(portfolio))).isEqualTo(portfolio);
    assertThat(json.readPortfolio(json.writePretty(portfolio))).isEqualTo(portfolio);
  }

  @Test
  void aPortfolioNeedsOnlyTheHoldersNameAndBrandNames() {
    Portfolio p = json.readPortfolio("""
        {"holder": {"name": "Aurelia Moda S.p.A."}, "brands": [{"name": "Aurelia"}]}""");
    assertThat(p.agent()).isEmpty();
    assertThat(p.brands().get(0).rights()).isEmpty();
    assertThat(json.write(p))
        .isEqualTo("{\"holder\":{\"name\":\"Aurelia Moda S.p.A.\"},"
            + "\"brands\":[{\"name\":\"Aurelia\",\"aliases\":[],\"rights\":[],\"products\":[],"
            + "\"authorizedSellers\":[]}]}");
  }

  @Test
  void reportsEveryProblemAtOnceWithItsJsonPath() throws Exception {
    assertThatThrownBy(() -> json.readPortfolio(resource("broken-portfolio.json")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(Problem::toString)
            .containsExactly(
                "holder.fax: unknown property; RightsHolder has name, email, address, phone,"
                    + " country, signatory",
                "holder.country: 'Italia' is not a jurisdiction: use an ISO 3166-1 alpha-2 country"
                    + " code (US, CN, GB, DE...), EU or INT",
                "brands[1].name: is required",
                "brands[2].rights[0].classes[1]: 46 is not a Nice class (1-45)",
                "brands[2].rights[1].type: 'trade-mark' is not a kind of right: use one of"
                    + " trademark, copyright, design, patent",
                "brands[2].products[0].msrp.currency: 'DOLLARS' is not an ISO 4217 currency code"
                    + " (such as USD, EUR, CNY)",
                "brands[2].products[1].msrp.amount: 'cheap' is not a number",
                "brands[2].authorizedSellers[0].marketplace: 'Bazaar' is not a known marketplace;"
                    + " use one of [ALIBABA, ALIEXPRESS, TAOBAO, TMALL, ALI1688, AMAZON, EBAY,"
                    + " DHGATE, TEMU, SHOPEE, LAZADA, WISH, MERCADO_LIBRE, ETSY, OTHER]"))
        .hasMessageStartingWith(resource("broken-portfolio.json") + ": 8 problems\n  holder.fax");
  }

  @Test
  void reportsAnExpiryBeforeRegistrationAtTheExpiry() {
    assertThatThrownBy(() -> json.readPortfolio("""
        {"holder": {"name": "H"}, "brands": [{"name": "N", "rights": [
          {"type": "trademark", "mark": "N", "registrationNumber": "1", "office": "USPTO",
           "registered": "2019-02-19", "expires": "2018-02-19"}]}]}"""))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(Problem::toString)
            .containsExactly("brands[0].rights[0].expires: 2018-02-19 is before registered"
                + " 2019-02-19"));
  }

  @Test
  void reportsABlankTermOfATrademarksGoodsAtTheTerm() {
    assertThatThrownBy(() -> json.readPortfolio("""
        {"holder": {"name": "H"}, "brands": [{"name": "N", "rights": [
          {"type": "trademark", "mark": "N", "registrationNumber": "1", "office": "USPTO",
           "classes": [25], "goods": ["clothing", " "]}]}]}"""))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(Problem::toString)
            .containsExactly("brands[0].rights[0].goods[1]: must not be blank"));
  }

  @Test
  void reportsValuesOfTheWrongKindAndDuplicateBrands() {
    assertThatThrownBy(() -> json.readPortfolio("""
        {"holder": "Aurelia", "brands": {"name": "A"}}"""))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(Problem::toString)
            .containsExactly("holder: expected an object, found text 'Aurelia'",
                "brands: expected a list, found an object"));
    assertThatThrownBy(() -> json.readPortfolio("""
        {"holder": {"name": "H"}, "brands": [{"name": "A"}, {"name": "a"}]}"""))
        .hasMessageEndingWith("brands[1].name: 'a' is the name of brands[0] too;"
            + " brand names must be unique");
    assertThatThrownBy(() -> json.readPortfolio("""
        {"holder": {"name": "H"}, "brands": [{"name": "A", "rights": [
          {"type": "trademark", "mark": "A", "office": "USPTO", "classes": ["25", "x", 2.5]}]}]}"""))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(Problem::toString)
            .containsExactly("brands[0].rights[0].classes[1]: 'x' is not a Nice class (1-45)",
                "brands[0].rights[0].classes[2]: '2.5' is not a Nice class (1-45)"));
  }

  @Test
  void reportsJsonThatDoesNotParseWithItsPosition() {
    assertThatThrownBy(() -> json.readPortfolio("{\"holder\": {\"name\": \"H\"},\n \"brands\": [}"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("is not valid JSON")
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> json.readPortfolio("   "))
        .hasMessage("portfolio: 1 problem\n  is empty");
    assertThatThrownBy(() -> json.readPortfolio("{\"holder\": {\"name\": \"H\"}, \"brands\": []} {}"))
        .hasMessageContaining("has more after the JSON value ends");
  }

  @Test
  void readsAFileFromDisk(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("p.json");
    Files.writeString(file, "\uFEFF{\"holder\": {\"name\": \"Aurelia\"}, \"brands\": []}");
    assertThat(json.readPortfolio(file).holder().name()).isEqualTo("Aurelia");
  }
}
