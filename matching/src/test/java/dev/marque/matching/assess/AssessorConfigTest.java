package dev.marque.matching.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marque.core.ExchangeRates;
import dev.marque.matching.signals.PhraseList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Configuring the assessor: defaults, every setting of the builder, and derived variants. */
class AssessorConfigTest {

  @Test
  void theDefaultsAreTheDocumentedOnes() {
    AssessorConfig d = AssessorConfig.defaults();
    assertThat(d).isEqualTo(AssessorConfig.builder().build());
    assertThat(d.mentionWeight()).isEqualTo(0.10);
    assertThat(d.disguiseWeight()).isEqualTo(0.60);
    assertThat(d.cueWordNearWeight()).isEqualTo(0.60);
    assertThat(d.cueWordFarWeight()).isEqualTo(0.35);
    assertThat(d.cueWordNearChars()).isEqualTo(40);
    assertThat(d.maxCueWords()).isEqualTo(3);
    assertThat(d.lowPriceRatio()).isEqualTo(0.50);
    assertThat(d.lowPriceWeight()).isEqualTo(0.55);
    assertThat(d.descriptionFactor()).isEqualTo(0.60);
    assertThat(d.compatibilityFactor()).isEqualTo(0.30);
    assertThat(d.suspiciousThreshold()).isEqualTo(0.35);
    assertThat(d.likelyCounterfeitThreshold()).isEqualTo(0.70);
    assertThat(d.cueWords()).isEqualTo(PhraseList.cueWords());
    assertThat(d.compatibilityPhrases()).isEqualTo(PhraseList.compatibilityPhrases());
    assertThat(d.rates()).isEqualTo(ExchangeRates.none());
  }

  @Test
  void everySetterOfTheBuilderSetsItsOwnSettingAndNoOther() {
    PhraseList cues = PhraseList.of("en", List.of("knock-off"));
    PhraseList fits = PhraseList.of("en", List.of("made for"));
    ExchangeRates rates = ExchangeRates.of("USD", Map.of("EUR", new BigDecimal("0.92")));
    AssessorConfig c = AssessorConfig.builder()
        .mentionWeight(0.11)
        .disguiseWeight(0.12)
        .cueWordNearWeight(0.13)
        .cueWordFarWeight(0.14)
        .cueWordNearChars(15)
        .maxCueWords(6)
        .lowPriceRatio(0.17)
        .lowPriceWeight(0.18)
        .descriptionFactor(0.19)
        .compatibilityFactor(0.20)
        .suspiciousThreshold(0.21)
        .likelyCounterfeitThreshold(0.22)
        .cueWords(cues)
        .compatibilityPhrases(fits)
        .rates(rates)
        .build();
    assertThat(c.mentionWeight()).isEqualTo(0.11);
    assertThat(c.disguiseWeight()).isEqualTo(0.12);
    assertThat(c.cueWordNearWeight()).isEqualTo(0.13);
    assertThat(c.cueWordFarWeight()).isEqualTo(0.14);
    assertThat(c.cueWordNearChars()).isEqualTo(15);
    assertThat(c.maxCueWords()).isEqualTo(6);
    assertThat(c.lowPriceRatio()).isEqualTo(0.17);
    assertThat(c.lowPriceWeight()).isEqualTo(0.18);
    assertThat(c.descriptionFactor()).isEqualTo(0.19);
    assertThat(c.compatibilityFactor()).isEqualTo(0.20);
    assertThat(c.suspiciousThreshold()).isEqualTo(0.21);
    assertThat(c.likelyCounterfeitThreshold()).isEqualTo(0.22);
    assertThat(c.cueWords()).isSameAs(cues);
    assertThat(c.compatibilityPhrases()).isSameAs(fits);
    assertThat(c.rates()).isSameAs(rates);
    // a builder from the configuration gives it back, and each setter changes only its own
    assertThat(c.toBuilder().build()).isEqualTo(c).hasSameHashCodeAs(c);
    assertThat(c.toBuilder().maxCueWords(1).build()).isNotEqualTo(c)
        .isEqualTo(c.toBuilder().maxCueWords(1).build());
  }

  @Test
  void aVariantIsDerivedWithoutChangingTheOriginal() {
    AssessorConfig base = AssessorConfig.defaults();
    AssessorConfig careful = base.toBuilder().likelyCounterfeitThreshold(0.8).build();
    assertThat(careful.likelyCounterfeitThreshold()).isEqualTo(0.8);
    assertThat(base.likelyCounterfeitThreshold()).isEqualTo(0.70);
    assertThat(careful.toBuilder().likelyCounterfeitThreshold(0.70).build()).isEqualTo(base);
  }

  @Test
  void aValueOutOfRangeIsNamedWhenBuilt() {
    assertThatThrownBy(() -> AssessorConfig.builder().disguiseWeight(1.5).build())
        .hasMessage("disguiseWeight must be within 0..1: 1.5");
    assertThatThrownBy(() -> AssessorConfig.builder().mentionWeight(Double.NaN).build())
        .hasMessage("mentionWeight must be within 0..1: NaN");
    assertThatThrownBy(() -> AssessorConfig.builder().lowPriceRatio(0).build())
        .hasMessage("lowPriceRatio must be within (0, 1]: 0.0");
    assertThatThrownBy(() -> AssessorConfig.builder().cueWordNearChars(-1).build())
        .hasMessage("cueWordNearChars must not be negative: -1");
    assertThatThrownBy(() -> AssessorConfig.builder().maxCueWords(-2).build())
        .hasMessage("maxCueWords must not be negative: -2");
    assertThatThrownBy(() -> AssessorConfig.builder().suspiciousThreshold(0.9).build())
        .hasMessageContaining("suspiciousThreshold 0.9 must not exceed likelyCounterfeitThreshold");
    assertThatThrownBy(() -> AssessorConfig.builder().rates(null))
        .hasMessage("rates must not be null");
    assertThatThrownBy(() -> AssessorConfig.builder().cueWords(null))
        .hasMessage("cueWords must not be null");
    assertThatThrownBy(() -> AssessorConfig.builder().compatibilityPhrases(null))
        .hasMessage("compatibilityPhrases must not be null");
  }
}
