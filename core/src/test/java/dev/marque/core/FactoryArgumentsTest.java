package dev.marque.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marque.core.rights.Copyright;
import dev.marque.core.rights.NiceClass;
import dev.marque.core.rights.Office;
import dev.marque.core.rights.Trademark;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public factory of the core model, given null for an argument, says which argument: never
 * a bare {@code NullPointerException: null}.
 */
class FactoryArgumentsTest {

  static Stream<Arguments> factories() {
    Money price = Money.of("25", "USD");
    return Stream.of(
        call("Seller.of(id)", () -> Seller.of(null), "id"),
        call("Seller.of(id, name) id", () -> Seller.of(null, "Best Bags"), "id"),
        call("Seller.of(id, name) name", () -> Seller.of("s", null), "name"),
        call("Brand.of name", () -> Brand.of(null), "name"),
        call("Brand.of aliases", () -> Brand.of("Aurelia", (String[]) null), "aliases"),
        call("Brand.of an alias", () -> Brand.of("Aurelia", "x", null), "aliases"),
        call("ExchangeRates.of base", () -> ExchangeRates.of(null, Map.of()), "base"),
        call("ExchangeRates.of perBase", () -> ExchangeRates.of("USD", null), "perBase"),
        call("Jurisdiction.of", () -> Jurisdiction.of(null), "code"),
        // a listing builder checks id and title when it builds; its optional setters take null
        // for "not given", as toBuilder() hands them over
        call("Listing.builder id", () -> Listing.builder(null, "t").build(), "id"),
        call("Listing.builder title", () -> Listing.builder("1", null).build(), "title"),
        call("Listing.Builder.marketplace",
            () -> Listing.builder("1", "t").marketplace(null), "marketplace"),
        call("Listing.Builder.images", () -> Listing.builder("1", "t").images(null), "images"),
        call("Money.of amount", () -> Money.of((String) null, "USD"), "amount"),
        call("Money.of decimal amount", () -> Money.of((BigDecimal) null, "USD"), "amount"),
        call("Money.of currency", () -> Money.of("1", null), "currency"),
        call("Portfolio.of holder", () -> Portfolio.of(null, List.of()), "holder"),
        call("Portfolio.of brands", () -> Portfolio.of(RightsHolder.of("h"), null), "brands"),
        call("Product.of name", () -> Product.of(null, price), "name"),
        call("Product.of msrp", () -> Product.of("Tote", null), "msrp"),
        call("Reason.of code", () -> Reason.of(null, "m"), "code"),
        call("Reason.of message", () -> Reason.of(ReasonCode.CUE_WORD, null), "message"),
        call("RightsHolder.of", () -> RightsHolder.of(null), "name"),
        call("Span.of", () -> Span.of(null), "mention"),
        call("Marketplace.fromHost", () -> Marketplace.fromHost(null), "host"),
        call("Marketplace.fromUrl(URI)", () -> Marketplace.fromUrl((URI) null), "url"),
        call("Marketplace.fromUrl(String)", () -> Marketplace.fromUrl((String) null), "url"),
        call("Marketplace.parse", () -> Marketplace.parse(null), "marketplace"),
        call("NiceClass.of", () -> NiceClass.of(0), "0 is not a Nice class"),
        call("Office.of", () -> Office.of(null), "office"),
        call("Copyright.unregistered work",
            () -> Copyright.unregistered(null, "a", LocalDate.EPOCH), "work"),
        call("Trademark.word mark", () -> Trademark.word(null, "1", Office.of("EUIPO"), 18),
            "mark"),
        call("Trademark.word registrationNumber",
            () -> Trademark.word("AURELIA", null, Office.of("EUIPO"), 18), "registrationNumber"),
        call("Trademark.word office", () -> Trademark.word("AURELIA", "1", null, 18), "office"),
        call("Trademark.word classes",
            () -> Trademark.word("AURELIA", "1", Office.of("EUIPO"), (int[]) null), "classes"));
  }

  private static Arguments call(String name, ThrowingCallable call, String argument) {
    return Arguments.of(name, call, argument);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("factories")
  void aMissingArgumentIsNamed(String name, ThrowingCallable call, String argument) {
    assertThatThrownBy(call).isInstanceOf(RuntimeException.class)
        .hasMessageContaining(argument);
  }
}
