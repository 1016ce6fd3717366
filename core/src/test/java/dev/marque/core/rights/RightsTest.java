package dev.marque.core.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marque.core.EvidenceFile;
import dev.marque.core.Jurisdiction;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RightsTest {
  private static final LocalDate TODAY = LocalDate.parse("2026-11-29");

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void aRegisteredTrademarkIsInForceBetweenRegistrationAndExpiry() {
    Trademark tm = Trademark.word("AURELIA", "018123456", Office.EUIPO, 25, 18, 25)
        .withDates(d("2019-03-01"), d("2019-09-12"), d("2029-03-01"));
    assertThat(tm.classes()).extracting(NiceClass::number).containsExactly(18, 25);
    assertThat(tm.isInForceOn(TODAY)).isTrue();
    assertThat(tm.isInForceOn(d("2019-09-11"))).isFalse();
    assertThat(tm.isInForceOn(d("2029-03-01"))).isTrue();
    assertThat(tm.isInForceOn(d("2029-03-02"))).isFalse();
    assertThat(tm.withStatus(TrademarkStatus.CANCELLED).isInForceOn(TODAY)).isFalse();
    assertThat(tm.kind()).isEqualTo(RightKind.TRADEMARK);
    assertThat(tm.subject()).isEqualTo("AURELIA");
  }

  @Test
  void anEuTrademarkAppliesInMemberStatesAndNotElsewhere() {
    Trademark tm = Trademark.word("AURELIA", "018123456", Office.EUIPO, 18);
    assertThat(tm.jurisdictions()).containsExactly(Jurisdiction.EU);
    assertThat(tm.appliesIn(Jurisdiction.of("IT"))).isTrue();
    assertThat(tm.appliesIn(Jurisdiction.EU)).isTrue();
    assertThat(tm.appliesIn(Jurisdiction.UK)).isFalse();
    assertThat(tm.appliesIn(Jurisdiction.CN)).isFalse();
  }

  @Test
  void aMadridRegistrationAppliesWhereItDesignates() {
    Trademark tm = new Trademark("AURELIA", MarkType.COMBINED, Optional.of("1512345"),
        Office.WIPO, List.of(Jurisdiction.of("JP"), Jurisdiction.CN), List.of(NiceClass.of(18)),
        TrademarkStatus.REGISTERED, Optional.empty(), Optional.empty(), Optional.empty());
    assertThat(tm.appliesIn(Jurisdiction.CN)).isTrue();
    assertThat(tm.appliesIn(Jurisdiction.US)).isFalse();
    assertThatThrownBy(() -> Trademark.word("AURELIA", "1512345", Office.WIPO, 18))
        .hasMessage("a WIPO trade mark must list its designated jurisdictions");
  }

  @Test
  void anOfficeByCountryCodeAppliesInThatCountry() {
    Trademark tm = Trademark.word("AURELIA", "3020190", Office.of("de"), 18);
    assertThat(tm.jurisdictions()).containsExactly(Jurisdiction.of("DE"));
    assertThatThrownBy(() -> Trademark.word("AURELIA", "1", Office.of("BENELUX"), 18))
        .hasMessage("office BENELUX has no known jurisdiction: list the trade mark's jurisdictions");
  }

  @Test
  void refusesDatesOutOfOrderAndARegisteredMarkWithoutNumber() {
    assertThatThrownBy(() -> Trademark.word("A", "1", Office.USPTO, 25)
        .withDates(null, d("2020-01-01"), d("2019-01-01")))
        .hasMessage("expires 2019-01-01 is before registered 2020-01-01");
    assertThatThrownBy(() -> new Trademark("A", MarkType.WORD, Optional.empty(), Office.USPTO,
        List.of(), List.of(), TrademarkStatus.REGISTERED, Optional.empty(), Optional.empty(),
        Optional.empty())).hasMessage("a registered trade mark needs its registrationNumber");
    assertThatThrownBy(() -> NiceClass.of(46)).hasMessage("46 is not a Nice class (1-45)");
    assertThatThrownBy(() -> NiceClass.of(0)).hasMessage("0 is not a Nice class (1-45)");
  }

  @Test
  void aCopyKeepsTheGoodsAndTheProofItDoesNotChange() {
    Proof certificate = new Proof(Proof.Kind.REGISTRATION_CERTIFICATE,
        new EvidenceFile("certificates/018123456.pdf", "ab".repeat(32), Optional.empty(),
            Optional.empty(), Optional.empty()));
    Trademark tm = new Trademark("AURELIA", MarkType.WORD, Optional.of("018123456"),
        Office.EUIPO, List.of(), List.of(NiceClass.of(25)), TrademarkStatus.REGISTERED,
        Optional.empty(), Optional.empty(), Optional.empty(), List.of(certificate))
        .withGoods(List.of(" clothing ", "Mieder", "clothing"));
    assertThat(tm.goods()).containsExactly("clothing", "Mieder");
    for (Trademark copy : List.of(tm.withStatus(TrademarkStatus.EXPIRED),
        tm.withDates(d("2019-03-01"), d("2019-09-12"), d("2029-03-01")),
        tm.withDesignations(List.of()))) {
      assertThat(copy.proof()).containsExactly(certificate);
      assertThat(copy.goods()).containsExactly("clothing", "Mieder");
    }
    assertThatThrownBy(() -> tm.withGoods(List.of("clothing", " ")))
        .hasMessage("goods[1] must not be blank");
  }

  @Test
  void anAppliedForMarkIsNotYetInForce() {
    Trademark filed = new Trademark("AURELIA", MarkType.WORD, Optional.of("98765432"),
        Office.USPTO, List.of(), List.of(NiceClass.of(18)), TrademarkStatus.FILED,
        Optional.of(d("2026-01-05")), Optional.empty(), Optional.empty());
    assertThat(filed.isInForceOn(TODAY)).isFalse();
  }

  @Test
  void copyrightAppliesEverywhereAndIsNeverRegisteredInTheUk() {
    Copyright print = Copyright.unregistered("Laurel monogram print", "Marta Ferri",
        d("2017-02-14"));
    assertThat(print.hasRegistration()).isFalse();
    assertThat(print.jurisdictions()).containsExactly(Jurisdiction.INTERNATIONAL);
    assertThat(print.appliesIn(Jurisdiction.US)).isTrue();
    assertThat(print.appliesIn(Jurisdiction.UK)).isTrue();
    assertThat(print.isInForceOn(TODAY)).isTrue();
    assertThat(print.isInForceOn(d("2016-01-01"))).isFalse();

    assertThatThrownBy(() -> new Copyright("Photos", Optional.empty(), Optional.empty(),
        Optional.of("UK-1"), Optional.of(Jurisdiction.UK), List.of(), List.of(), Optional.empty()))
        .hasMessage("copyright is never registered in the United Kingdom: leave registeredIn out");
    assertThatThrownBy(() -> new Copyright("Photos", Optional.empty(), Optional.empty(),
        Optional.of("VA 1-234"), Optional.empty(), List.of(), List.of(), Optional.empty()))
        .hasMessage("a registered copyright needs registeredIn (where it is registered)");

    Copyright registered = new Copyright("Catalogue photographs", Optional.empty(),
        Optional.of(d("2025-09-30")), Optional.of("VA 2-412-907"), Optional.of(Jurisdiction.US),
        List.of(), List.of("archive.zip"), Optional.empty());
    assertThat(registered.hasRegistration()).isTrue();
    assertThat(registered.kind()).isEqualTo(RightKind.COPYRIGHT);
  }

  @Test
  void aRegisteredDesignExpiresAndAnUnregisteredOneNamesItsTerritory() {
    DesignRight clasp = new DesignRight("Laurel clasp", Optional.of("008765432-0001"),
        Optional.of(Office.EUIPO), List.of(), Optional.of(d("2021-10-01")),
        Optional.of(d("2021-10-20")), Optional.of(d("2026-10-01")));
    assertThat(clasp.appliesIn(Jurisdiction.of("FR"))).isTrue();
    assertThat(clasp.isInForceOn(d("2026-10-01"))).isTrue();
    assertThat(clasp.isInForceOn(TODAY)).isFalse();

    DesignRight unregistered = new DesignRight("Tote silhouette", Optional.empty(),
        Optional.empty(), List.of(Jurisdiction.UK), Optional.empty(), Optional.empty(),
        Optional.of(d("2031-12-31")));
    assertThat(unregistered.hasRegistration()).isFalse();
    assertThat(unregistered.appliesIn(Jurisdiction.UK)).isTrue();
    assertThatThrownBy(() -> new DesignRight("X", Optional.empty(), Optional.empty(), List.of(),
        Optional.empty(), Optional.empty(), Optional.empty()))
        .hasMessage("a design must name its office or jurisdictions");
  }

  @Test
  void aPatentIsInForceOnlyOnceGranted() {
    Patent pending = new Patent("Strap release", "CN2019201234567", PatentType.UTILITY_MODEL,
        Office.CNIPA, List.of(), Optional.of(d("2019-01-28")), Optional.empty(), Optional.empty());
    assertThat(pending.isInForceOn(TODAY)).isFalse();
    Patent granted = new Patent("Strap release", "ZL201920123456.7", PatentType.UTILITY_MODEL,
        Office.CNIPA, List.of(), Optional.of(d("2019-01-28")), Optional.of(d("2019-11-05")),
        Optional.of(d("2029-01-27")));
    assertThat(granted.isInForceOn(TODAY)).isTrue();
    assertThat(granted.registrationNumber()).contains("ZL201920123456.7");
    assertThat(granted.appliesIn(Jurisdiction.CN)).isTrue();
    assertThat(granted.appliesIn(Jurisdiction.US)).isFalse();
  }

  @Test
  void everyKindOfRightIsHandledBySwitch() {
    List<IpRight> rights = List.of(
        Trademark.word("A", "1", Office.USPTO, 25),
        Copyright.unregistered("w", null, null),
        new DesignRight("d", Optional.empty(), Optional.empty(), List.of(Jurisdiction.EU),
            Optional.empty(), Optional.empty(), Optional.empty()),
        new Patent("p", "1", PatentType.INVENTION, Office.USPTO, List.of(), Optional.empty(),
            Optional.empty(), Optional.empty()));
    // Java 17 has no pattern switch: the kind enum gives the exhaustive switch instead.
    assertThat(rights).extracting(r -> switch (r.kind()) {
      case TRADEMARK -> "TM " + r.subject();
      case COPYRIGHT -> "C " + r.subject();
      case DESIGN -> "D " + r.subject();
      case PATENT -> "P " + r.subject();
    }).containsExactly("TM A", "C w", "D d", "P p");
  }
}
