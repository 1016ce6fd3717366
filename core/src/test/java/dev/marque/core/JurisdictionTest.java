package dev.marque.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JurisdictionTest {

  @Test
  void readsCountryCodesInAnyCaseAndUkAsGb() {
    assertThat(Jurisdiction.of("de")).isEqualTo(new Jurisdiction("DE"));
    assertThat(Jurisdiction.of("UK")).isEqualTo(Jurisdiction.UK);
    assertThat(Jurisdiction.UK.code()).isEqualTo("GB");
    assertThat(Jurisdiction.of("CN").displayName()).isEqualTo("China");
  }

  @Test
  void theEuCoversItsMembersAndInternationalCoversAll() {
    assertThat(Jurisdiction.EU.covers(Jurisdiction.of("FR"))).isTrue();
    assertThat(Jurisdiction.EU.covers(Jurisdiction.UK)).isFalse();
    assertThat(Jurisdiction.INTERNATIONAL.covers(Jurisdiction.CN)).isTrue();
    assertThat(Jurisdiction.of("FR").covers(Jurisdiction.EU)).isFalse();
    assertThat(Jurisdiction.US.covers(Jurisdiction.US)).isTrue();
  }

  @Test
  void refusesCodesThatNameNoCountry() {
    assertThatThrownBy(() -> Jurisdiction.of("XX"))
        .hasMessageStartingWith("'XX' is not a jurisdiction: use an ISO 3166-1 alpha-2");
    assertThatThrownBy(() -> Jurisdiction.of("USA")).hasMessageStartingWith("'USA' is not");
  }
}
