package dev.marque.notices.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marque.core.Jurisdiction;
import dev.marque.core.Marketplace;
import dev.marque.core.rights.RightKind;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Routes are built, and derived from the bundled ones, with a builder. */
class RouteBuilderTest {

  private static final FollowUp FOLLOW_UP = new FollowUp(10, "the seller answers",
      "reply to the platform");

  @Test
  void everySetterSetsItsPropertyAndToBuilderRoundTrips() {
    Route r = Route.builder("draft-id")
        .id("my-route")
        .title("Complaint")
        .legalBasis("My platform's policy")
        .lumenType("Trademark")
        .acceptedKinds(RightKind.TRADEMARK, RightKind.DESIGN)
        .territory(Jurisdiction.UK)
        .marketplaces(Marketplace.EBAY, Marketplace.AMAZON)
        .addressee(Addressee.SELLER)
        .maxItemsPerNotice(25)
        .languages(Language.ZH, Language.EN)
        .elements(List.of(Elements.RIGHTS_OWNER, Elements.RIGHT_RELIED_ON))
        .element(Elements.CONTACT_EMAIL)
        .followUp(FOLLOW_UP)
        .build();
    assertThat(r.id()).isEqualTo("my-route");
    assertThat(r.title()).isEqualTo("Complaint");
    assertThat(r.legalBasis()).isEqualTo("My platform's policy");
    assertThat(r.lumenType()).isEqualTo("Trademark");
    assertThat(r.acceptedKinds()).containsExactlyInAnyOrder(RightKind.TRADEMARK,
        RightKind.DESIGN);
    assertThat(r.territory()).contains(Jurisdiction.UK);
    assertThat(r.marketplaces()).containsExactlyInAnyOrder(Marketplace.EBAY, Marketplace.AMAZON);
    assertThat(r.addressee()).isEqualTo(Addressee.SELLER);
    assertThat(r.maxItemsPerNotice()).isEqualTo(OptionalInt.of(25));
    assertThat(r.languages()).containsExactly(Language.ZH, Language.EN);
    assertThat(r.defaultLanguage()).isEqualTo(Language.ZH);
    assertThat(r.elements()).containsExactly(Elements.RIGHTS_OWNER, Elements.RIGHT_RELIED_ON,
        Elements.CONTACT_EMAIL);
    assertThat(r.followUp()).contains(FOLLOW_UP);

    assertThat(r.toBuilder().build()).isEqualTo(r).hasSameHashCodeAs(r);

    Route cleared = r.toBuilder().anyTerritory().noItemLimit().noFollowUp()
        .withoutElement("contact-email").acceptedKinds(Set.of(RightKind.PATENT))
        .elements(Elements.RIGHTS_OWNER, Elements.AUTHORITY).build();
    assertThat(cleared.territory()).isEmpty();
    assertThat(cleared.maxItemsPerNotice()).isEmpty();
    assertThat(cleared.followUp()).isEqualTo(Optional.empty());
    assertThat(cleared.acceptedKinds()).containsExactly(RightKind.PATENT);
    assertThat(cleared.elements()).containsExactly(Elements.RIGHTS_OWNER, Elements.AUTHORITY);
    assertThat(cleared).isNotEqualTo(r);
    assertThat(r.elements()).as("the original is unchanged").hasSize(3);
  }

  @Test
  void theDefaultsAreAnEnglishNoticeToAPlatformAnywhereWithoutLimit() {
    Route r = Route.builder("plain").title("Complaint").legalBasis("Policy")
        .acceptedKinds(RightKind.TRADEMARK).build();
    assertThat(r.lumenType()).isEqualTo(Route.LUMEN_BY_KIND);
    assertThat(r.languages()).containsExactly(Language.EN);
    assertThat(r.addressee()).isEqualTo(Addressee.PLATFORM);
    assertThat(r.marketplaces()).isEmpty();
    assertThat(r.serves(Marketplace.TEMU)).isTrue();
    assertThat(r.territory()).isEmpty();
    assertThat(r.maxItemsPerNotice()).isEmpty();
    assertThat(r.elements()).isEmpty();
  }

  @Test
  void aBundledRouteIsDerivedWithoutChangingIt() {
    Route fewer = Routes.EBAY_VERO.toBuilder().maxItemsPerNotice(10).build();
    assertThat(fewer.maxItemsPerNotice()).isEqualTo(OptionalInt.of(10));
    assertThat(Routes.EBAY_VERO.maxItemsPerNotice())
        .isEqualTo(OptionalInt.of(Routes.EBAY_VERO_MAX_ITEMS));
    assertThat(fewer.elements()).isEqualTo(Routes.EBAY_VERO.elements());
  }

  @Test
  void theBundledRoutesShareTheirCommonElementsRatherThanRestatingThem() {
    assertThat(List.of(Routes.AMAZON, Routes.EBAY_VERO, Routes.TEMU)).allSatisfy(r -> {
      assertThat(r.elements()).contains(Elements.RIGHTS_OWNER, Elements.CONTACT_EMAIL,
          Elements.AUTHORITY, Elements.GOOD_FAITH);
    });
    assertThat(Routes.CN_ECOMMERCE.elements()).contains(Elements.COMPANY_SEAL_LINE);
    assertThat(Routes.ALIBABA_IPP.elements()).contains(Elements.COMPANY_SEAL_LINE,
        Elements.SIGNED_BY_A_PERSON);
  }

  @Test
  void badValuesAreRefusedNamingWhatIsWrong() {
    Route.Builder b = Route.builder("x").title("T").legalBasis("L");
    assertThatThrownBy(b::build).hasMessageContaining("accepts no kind of right");
    assertThatThrownBy(() -> Route.builder("Not Kebab").title("T").legalBasis("L")
        .acceptedKinds(RightKind.TRADEMARK).build()).hasMessageContaining("is not kebab-case");
    assertThatThrownBy(() -> b.maxItemsPerNotice(0))
        .hasMessageContaining("maxItemsPerNotice must be at least 1");
    assertThatThrownBy(() -> b.acceptedKinds(RightKind.TRADEMARK)
        .elements(Elements.AUTHORITY, Elements.AUTHORITY).build())
        .hasMessageContaining("two elements named authority");
    assertThatThrownBy(() -> b.languages(Language.ZH).elements(Elements.GOOD_FAITH).build())
        .hasMessageContaining("statement good-faith-statement has no words in zh");
    assertThatThrownBy(() -> b.withoutElement("nope"))
        .hasMessageContaining("has no element named nope");
    assertThatThrownBy(() -> b.languages().build()).hasMessageContaining("at least one language");
  }
}
