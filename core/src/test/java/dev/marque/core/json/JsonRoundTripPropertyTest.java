package dev.marque.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.core.Assessment;
import dev.marque.core.AuthorizedSeller;
import dev.marque.core.Brand;
import dev.marque.core.BrandMention;
import dev.marque.core.Finding;
import dev.marque.core.Listing;
import dev.marque.core.ListingField;
import dev.marque.core.Marketplace;
import dev.marque.core.MatchMethod;
import dev.marque.core.Money;
import dev.marque.core.Portfolio;
import dev.marque.core.Product;
import dev.marque.core.Reason;
import dev.marque.core.ReasonCode;
import dev.marque.core.RightsHolder;
import dev.marque.core.Seller;
import dev.marque.core.Span;
import dev.marque.core.Verdict;
import dev.marque.core.rights.IpRight;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
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
 * Written and read again, a value is the value it was: a listing through the feed format, a
 * portfolio through the portfolio format, a finding through a line of scan output — with text of
 * any characters (control characters, lone surrogates, quotes, markup), amounts of any scale the
 * limits allow, and every kind of right the sample portfolio holds.
 */
class JsonRoundTripPropertyTest {
  private static final MarqueJson JSON = MarqueJson.standard();
  private static final List<IpRight> RIGHTS = sampleRights();

  private static List<IpRight> sampleRights() {
    try {
      return JSON.readPortfolio(Path.of("..", "samples", "data", "portfolio.json")).brands()
          .stream().flatMap(b -> b.rights().stream()).toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Any text, hostile characters included; never blank, where a value may not be. */
  @Provide
  Arbitrary<String> text() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMinLength(1).ofMaxLength(30),
        Arbitraries.strings().withChars("Aa \"\\<>&{}\u0000\u202e\uD800\uDC00\u00e9\u53e4")
            .ofMinLength(1).ofMaxLength(30),
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12))
        .filter(s -> !s.isBlank());
  }

  @Provide
  Arbitrary<Money> money() {
    return Combinators.combine(Arbitraries.longs().between(0, 999_999_999_999_999L),
            Arbitraries.integers().between(0, 12), Arbitraries.of("USD", "EUR", "CNY", "JPY"))
        .as((unscaled, scale, currency) -> new Money(BigDecimal.valueOf(unscaled, scale),
            Currency.getInstance(currency)));
  }

  @Provide
  Arbitrary<Listing> listings() {
    Arbitrary<String> text = text();
    Arbitrary<Optional<String>> optional = text.optional();
    Arbitrary<Optional<Seller>> seller = Combinators.combine(text, optional, optional)
        .as(Seller::new).optional();
    Arbitrary<Optional<Instant>> at = Arbitraries.longs().between(0, 4_102_444_800_000L)
        .map(Instant::ofEpochMilli).optional();
    return Combinators.combine(text, Arbitraries.of(Marketplace.class), optional, text,
            optional, money().optional(), seller, optional)
        .flatAs((id, marketplace, url, title, description, price, s, shipsFrom) ->
            Combinators.combine(text.list().ofMaxSize(3), at,
                Arbitraries.of("DE", "FR", "GB", "US", "CN").list().uniqueElements()
                    .ofMaxSize(3),
                Arbitraries.of("de", "en-GB", "zh-Hans-CN", "pl").optional())
                .as((images, capturedAt, shipsTo, language) ->
                new Listing(id, marketplace, url, title, description, price, s, shipsFrom,
                    images, capturedAt, shipsTo, language)));
  }

  @Property(tries = 300)
  void aListingReadsBackFromTheFeedFormat(@ForAll("listings") Listing listing) {
    String line = JSON.write(listing);
    assertThat(line).doesNotContain("\n", "\r");
    assertThat(JSON.readListing(line)).isEqualTo(listing);
    assertThat(JSON.readListingStrict(line)).isEqualTo(listing); // both readers, separately
  }

  @Provide
  Arbitrary<Portfolio> portfolios() {
    Arbitrary<String> text = text();
    Arbitrary<Product> product = Combinators.combine(text, text.optional(), money().optional())
        .as((name, sku, msrp) -> new Product(name, sku, Optional.empty(), msrp));
    Arbitrary<Brand> brand = Combinators.combine(text, text.list().ofMaxSize(3),
            Arbitraries.subsetOf(RIGHTS).map(ArrayList::new), product.list().ofMaxSize(3),
            Combinators.combine(Arbitraries.of(Marketplace.class), text)
                .as(AuthorizedSeller::new).list().ofMaxSize(2))
        .as((name, aliases, rights, products, sellers) -> new Brand(name, aliases,
            List.copyOf(rights), products, sellers));
    return Combinators.combine(
            Combinators.combine(text, Arbitraries.of("legal@aurelia.example",
                "o'brien+ip@x.example").optional(), text.optional()).as((name, email, address) ->
                new RightsHolder(name, email, address, Optional.empty(), Optional.empty(),
                    Optional.empty())),
            brand.list().ofMinSize(1).ofMaxSize(4))
        .as((holder, brands) -> {
          List<Brand> unique = new ArrayList<>();
          for (int i = 0; i < brands.size(); i++) { // brand names are unique
            Brand b = brands.get(i);
            unique.add(new Brand(b.name() + " #" + i, b.aliases(), b.rights(), b.products(),
                b.authorizedSellers()));
          }
          return new Portfolio(holder, Optional.empty(), unique);
        });
  }

  @Property(tries = 200)
  void aPortfolioReadsBackFromThePortfolioFormat(@ForAll("portfolios") Portfolio portfolio) {
    assertThat(JSON.readPortfolio(JSON.write(portfolio))).isEqualTo(portfolio);
    assertThat(JSON.readPortfolio(JSON.writePretty(portfolio))).isEqualTo(portfolio);
  }

  @Provide
  Arbitrary<Finding> findings() {
    Arbitrary<String> text = text();
    Arbitrary<BrandMention> mention = Combinators.combine(text, Arbitraries.of(ListingField.class),
            Arbitraries.integers().between(0, 500), Arbitraries.integers().between(0, 40), text,
            Arbitraries.of(MatchMethod.class), Arbitraries.integers().between(0, 10_000))
        .as((brand, field, start, length, matched, method, similarity) -> new BrandMention(brand,
            field, start, start + length, matched, method, similarity / 10_000.0));
    Arbitrary<Map<String, String>> facts = Arbitraries.maps(
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8), text).ofMaxSize(3)
        .map(LinkedHashMap::new);
    Arbitrary<Reason> reason = Combinators.combine(Arbitraries.of(ReasonCode.class), text,
            Combinators.combine(Arbitraries.of(ListingField.class),
                Arbitraries.integers().between(0, 100), text)
                .as((field, start, t) -> new Span(field, start, start + t.length(), t))
                .list().ofMaxSize(2), facts)
        .as(Reason::new);
    Arbitrary<Assessment> assessment = Combinators.combine(
            Arbitraries.integers().between(0, 10_000), Arbitraries.of(Verdict.class),
            reason.list().ofMinSize(1).ofMaxSize(3))
        .as((score, verdict, reasons) -> new Assessment(score / 10_000.0, verdict,
            verdict == Verdict.CLEAR ? List.of() : reasons)); // only CLEAR may give no reason
    return Combinators.combine(listings(), mention.list().ofMaxSize(4), assessment)
        .as(Finding::new);
  }

  @Property(tries = 300)
  void aFindingReadsBackFromALineOfScanOutput(@ForAll("findings") Finding finding) {
    String line = JSON.writeFinding(finding);
    assertThat(line).doesNotContain("\n", "\r");
    Finding back = JSON.readFinding(line);
    assertThat(back.mentions()).isEqualTo(finding.mentions());
    assertThat(back.assessment()).isEqualTo(finding.assessment());
    // a line of scan output carries what a notice needs of the listing (where it is offered
    // included), not its text at length
    Listing l = finding.listing();
    assertThat(back.listing()).isEqualTo(new Listing(l.id(), l.marketplace(), l.url(), l.title(),
        Optional.empty(), l.price(), l.seller(), l.shipsFrom(), List.of(), Optional.empty(),
        l.shipsTo(), l.language()));
  }
}
