package dev.marque.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marque.core.Assessment;
import dev.marque.core.BrandMention;
import dev.marque.core.Finding;
import dev.marque.core.Listing;
import dev.marque.core.ListingField;
import dev.marque.core.Marketplace;
import dev.marque.core.MatchMethod;
import dev.marque.core.Money;
import dev.marque.core.Portfolio;
import dev.marque.core.Reason;
import dev.marque.core.Seller;
import dev.marque.core.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarqueJsonSmokeTest {
  private final MarqueJson json = MarqueJson.standard();

  @Test
  void portfolioProblemsAreAllReportedByPath() {
    String text = """
        {"holder": {"name": "Aurelia"}, "brands": [
          {"name": "A"}, {"name": "B"},
          {"name": "C", "colour": "red", "rights": [
            {"type": "trademark", "mark": "C", "type2": 1, "office": "EUIPO", "registrationNumber": "1",
             "status": "registered", "type": "trademark", "classes": [25, 46],
             "registered": "2020-01-01", "expires": "2019-01-01"}]}]}
        """;
    assertThatThrownBy(() -> json.readPortfolio(text))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(Problem::toString)
            .contains("brands[2].colour: unknown property; Brand has name, aliases, rights, products, authorizedSellers",
                "brands[2].rights[0].classes[1]: 46 is not a Nice class (1-45)"));
  }

  @Test
  void minimalPortfolioAndRoundTrip() {
    Portfolio p = json.readPortfolio("{\"holder\":{\"name\":\"H\"},\"brands\":[{\"name\":\"Gucci\"}]}");
    assertThat(p.brands()).hasSize(1);
    String full = """
        {"holder": {"name": "Aurelia", "email": "legal@aurelia.example", "country": "it"},
         "agent": {"name": "Firm", "authorization": {"reference": "POA-1", "validFrom": "2025-01-01"}},
         "brands": [{"name": "Aurelia", "aliases": ["奥蕾莉亚"],
           "rights": [{"type": "trademark", "mark": "AURELIA", "type": "trademark", "markType": "WORD"}]}]}
        """;
    assertThatThrownBy(() -> json.readPortfolio(full)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("brands[0].rights[0].office: is required");
    String good = """
        {"holder": {"name": "Aurelia", "email": "legal@aurelia.example", "country": "it"},
         "agent": {"name": "Firm", "authorization": {"reference": "POA-1", "validFrom": "2025-01-01"}},
         "brands": [{"name": "Aurelia", "aliases": ["奥蕾莉亚"],
           "rights": [{"type": "trademark", "mark": "AURELIA", "markType": "WORD", "office": "WIPO",
             "designations": ["CN", "US"], "registrationNumber": "1234567", "classes": [18, 25],
             "status": "REGISTERED"}],
           "products": [{"name": "Tote", "msrp": {"amount": "850.00", "currency": "USD"}}],
           "authorizedSellers": [{"marketplace": "aliexpress", "sellerId": "aurelia-official"}]}]}
        """;
    Portfolio read = json.readPortfolio(good);
    System.out.println(json.writePretty(read));
    assertThat(json.readPortfolio(json.write(read))).isEqualTo(read);
  }

  @Test
  void findingRoundTrip() {
    Listing l = Listing.builder("1", "G U C C I bag").url("https://www.aliexpress.com/item/1.html")
        .price(Money.of("25", "USD")).seller(Seller.of("s1", "Shop")).build();
    assertThat(l.marketplace()).isEqualTo(Marketplace.ALIEXPRESS);
    Finding f = new Finding(l,
        List.of(new BrandMention("Gucci", ListingField.TITLE, 0, 9, "G U C C I", MatchMethod.SEPARATED, 1.0)),
        new Assessment(0.9, Verdict.LIKELY_COUNTERFEIT, List.of(new Reason("DISGUISED_BRAND", "m",
            List.of(), Map.of("a", "b")))));
    String line = json.writeFinding(f);
    System.out.println(line);
    assertThat(json.readFinding(line)).isEqualTo(f);
    assertThat(json.readListing(json.write(l))).isEqualTo(l);
    System.out.println(json.write(l));
  }
}
