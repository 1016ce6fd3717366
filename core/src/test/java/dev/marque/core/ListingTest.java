package dev.marque.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListingTest {

  @Test
  void theUrlGivesTheMarketplaceUnlessOneIsSet() {
    Listing fromUrl = Listing.builder("B0C1", "Tote").url("https://www.amazon.de/dp/B0C1").build();
    assertThat(fromUrl.marketplace()).isEqualTo(Marketplace.AMAZON);
    Listing explicit = fromUrl.toBuilder().marketplace(Marketplace.OTHER).build();
    assertThat(explicit.marketplace()).isEqualTo(Marketplace.OTHER);
    assertThat(Listing.builder("1", "t").build().marketplace()).isEqualTo(Marketplace.OTHER);
  }

  @Test
  void blankOptionalTextsBecomeEmpty() {
    Listing l = Listing.builder(" 42 ", "Tote").description("   ").shipsFrom("").build();
    assertThat(l.id()).isEqualTo("42");
    assertThat(l.description()).isEmpty();
    assertThat(l.shipsFrom()).isEmpty();
  }

  @Test
  void givesTheTextOfEachField() {
    Listing l = Listing.builder("1", "Title").description("Desc")
        .seller(Seller.of("s1", "Shop")).url("https://x.example/1").build();
    assertThat(l.text(ListingField.TITLE)).isEqualTo("Title");
    assertThat(l.text(ListingField.DESCRIPTION)).isEqualTo("Desc");
    assertThat(l.text(ListingField.SELLER_NAME)).isEqualTo("Shop");
    assertThat(l.text(ListingField.URL)).isEqualTo("https://x.example/1");
    assertThat(Listing.builder("2", "t").build().text(ListingField.DESCRIPTION)).isEmpty();
  }

  @Test
  void refusesAMissingIdOrTitleNamingIt() {
    assertThatThrownBy(() -> Listing.builder(" ", "t").build()).hasMessage("id must not be blank");
    assertThatThrownBy(() -> Listing.builder("1", null).build())
        .hasMessage("title must not be null");
    assertThatThrownBy(() -> new Listing("1", Marketplace.OTHER, Optional.empty(), "t",
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        java.util.Arrays.asList("a", null), Optional.empty()))
        .hasMessage("images[1] must not be null");
  }

  @Test
  void shipsToTakesCountryCodesInAnyCaseAndReadsUkAsGb() {
    Listing l = Listing.builder("1", "Tote").shipsTo(List.of("de", " UK ", "DE", "fr")).build();
    assertThat(l.shipsTo()).containsExactly("DE", "GB", "FR");
    assertThat(l.toBuilder().build()).isEqualTo(l);
    assertThat(Listing.builder("2", "t").build().shipsTo()).isEmpty();
  }

  @Test
  void aShipsToEntryThatIsNoCountryIsRefusedNamingItsIndex() {
    assertThatThrownBy(() -> Listing.builder("1", "t").shipsTo(List.of("DE", "Europe")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("shipsTo[1] 'Europe' is not an ISO 3166-1 alpha-2 country code");
    assertThatThrownBy(() -> Listing.builder("1", "t").shipsTo(List.of("EU")).build())
        .hasMessageStartingWith("shipsTo[0] 'EU' is not an ISO 3166-1 alpha-2 country code");
  }

  @Test
  void theLanguageIsABcp47TagKeptInItsCanonicalForm() {
    assertThat(Listing.builder("1", "t").language("EN-gb").build().language()).contains("en-GB");
    assertThat(Listing.builder("1", "t").language("zh_Hans_CN").build().language())
        .contains("zh-Hans-CN");
    assertThat(Listing.builder("1", "t").language(" ").build().language()).isEmpty();
    assertThatThrownBy(() -> Listing.builder("1", "t").language("Deutsch!").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("language 'Deutsch!' is not a BCP 47 language tag");
  }

  @Test
  void aFeedLineWithABadShipsToOrLanguageNamesTheField() {
    var json = dev.marque.core.json.MarqueJson.standard();
    assertThat(json.readListing("{\"id\": \"1\", \"title\": \"t\", \"shipsTo\": [\"gb\"],"
        + " \"language\": \"de-AT\"}")).satisfies(l -> {
          assertThat(l.shipsTo()).containsExactly("GB");
          assertThat(l.language()).contains("de-AT");
        });
    assertThatThrownBy(() -> json.readListing("{\"id\": \"1\", \"title\": \"t\","
        + " \"shipsTo\": [\"DE\", \"XX\"]}"))
        .hasMessageContaining("shipsTo[1]").hasMessageContaining("'XX' is not an ISO 3166-1");
    assertThatThrownBy(() -> json.readListing("{\"id\": \"1\", \"title\": \"t\","
        + " \"language\": \"12345678901\"}"))
        .hasMessageContaining("language").hasMessageContaining("is not a BCP 47 language tag");
    assertThatThrownBy(() -> json.readListing("{\"id\": \"1\", \"title\": \"t\","
        + " \"shipsTo\": \"DE\"}")).hasMessageContaining("shipsTo")
        .hasMessageContaining("expected a list");
  }

  @Test
  void aFindingListsItsBrandsOnce() {
    Listing l = Listing.builder("1", "Aurelia Aurelia Nordlys").build();
    Finding f = new Finding(l, List.of(
        new BrandMention("Aurelia", ListingField.TITLE, 0, 7, "Aurelia", MatchMethod.EXACT, 1),
        new BrandMention("Aurelia", ListingField.TITLE, 8, 15, "Aurelia", MatchMethod.EXACT, 1),
        new BrandMention("Nordlys", ListingField.TITLE, 16, 23, "Nordlys", MatchMethod.EXACT, 1)),
        new Assessment(0.2, Verdict.MENTION, List.of(Reason.of(ReasonCode.BRAND_MENTION, "m"))));
    assertThat(f.brands()).containsExactly("Aurelia", "Nordlys");
  }

  @Test
  void anAssessmentAboveClearGivesItsReasons() {
    assertThatThrownBy(() -> new Assessment(0.9, Verdict.SUSPICIOUS, List.of()))
        .hasMessage("a SUSPICIOUS assessment must give its reasons");
    assertThatThrownBy(() -> new Assessment(1.5, Verdict.CLEAR, List.of()))
        .hasMessage("score must be within 0..1: 1.5");
    assertThat(Assessment.clear().verdict()).isEqualTo(Verdict.CLEAR);
    assertThat(Verdict.LIKELY_COUNTERFEIT.isAtLeast(Verdict.SUSPICIOUS)).isTrue();
    assertThat(Verdict.MENTION.isAtLeast(Verdict.SUSPICIOUS)).isFalse();
  }

  @Test
  void aMentionSpanMustBeWellFormed() {
    assertThatThrownBy(() -> new BrandMention("A", ListingField.TITLE, 5, 2, "x",
        MatchMethod.EXACT, 1)).hasMessage("span [5, 2) is not a valid span");
    assertThatThrownBy(() -> new BrandMention("A", ListingField.TITLE, 0, 1, "x",
        MatchMethod.EXACT, Double.NaN)).hasMessage("similarity must be within 0..1: NaN");
    assertThat(MatchMethod.SEPARATED.isDisguise()).isTrue();
    assertThat(MatchMethod.FUZZY.isDisguise()).isFalse();
  }

  @Test
  void reasonFactsAreSortedForStableOutput() {
    Reason r = new Reason(ReasonCode.PRICE_ANOMALY, "cheap", List.of(),
        java.util.Map.of("z", "1", "a", "2", "m", "3"));
    assertThat(r.facts().keySet()).containsExactly("a", "m", "z");
  }

  @Test
  void reasonFactsAreAnImmutableMapLikeAnyOther() {
    java.util.Map<String, String> given = new java.util.LinkedHashMap<>();
    given.put("ratio", "0.03");
    given.put("brand", "Aurelia");
    given.put("price", "25 USD");
    Reason r = new Reason(ReasonCode.PRICE_ANOMALY, "cheap", List.of(), given);
    given.put("brand", "changed later");
    java.util.Map<String, String> facts = r.facts();
    assertThat(facts).isEqualTo(java.util.Map.of("brand", "Aurelia", "price", "25 USD",
        "ratio", "0.03")).hasSameHashCodeAs(new java.util.TreeMap<>(facts))
        .hasToString("{brand=Aurelia, price=25 USD, ratio=0.03}");
    assertThat(facts.get("price")).isEqualTo("25 USD");
    assertThat(facts.get("msrp")).isNull();
    assertThat(facts.containsKey("ratio")).isTrue();
    assertThat(facts.values()).containsExactly("Aurelia", "25 USD", "0.03");
    assertThatThrownBy(() -> facts.put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> facts.remove("msrp"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> facts.entrySet().iterator().next().setValue("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Reason.of(ReasonCode.BRAND_MENTION, "m").facts().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(new Reason(ReasonCode.BRAND_MENTION, "m", List.of(), facts).facts()).isEqualTo(facts);
  }

  @Test
  void reasonFactsRefuseNullsNamingThem() {
    java.util.Map<String, String> nullValue = new java.util.HashMap<>();
    nullValue.put("brand", null);
    assertThatThrownBy(() -> new Reason(ReasonCode.BRAND_MENTION, "m", List.of(), nullValue))
        .hasMessage("facts[brand] must not be null");
    java.util.Map<String, String> nullKey = new java.util.HashMap<>();
    nullKey.put(null, "x");
    assertThatThrownBy(() -> new Reason(ReasonCode.BRAND_MENTION, "m", List.of(), nullKey))
        .hasMessage("facts key must not be null");
    assertThatThrownBy(() -> new Reason(ReasonCode.BRAND_MENTION, "m", List.of(), null))
        .hasMessage("facts must not be null");
  }

  @Test
  void aFindingWithManyMentionsListsItsBrandsOnceInOrder() {
    Listing l = Listing.builder("1", "many").build();
    List<BrandMention> mentions = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String brand = List.of("Nordlys", "Aurelia", "Bregox").get(i % 3);
      mentions.add(new BrandMention(brand, ListingField.TITLE, i, i + 1, "x", MatchMethod.EXACT,
          1));
    }
    Finding f = new Finding(l, mentions,
        new Assessment(0.2, Verdict.MENTION, List.of(Reason.of(ReasonCode.BRAND_MENTION, "m"))));
    assertThat(f.brands()).containsExactly("Nordlys", "Aurelia", "Bregox");
  }
}
