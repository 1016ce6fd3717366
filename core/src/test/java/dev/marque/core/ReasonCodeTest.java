package dev.marque.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marque.core.json.InvalidInputException;
import dev.marque.core.json.MarqueJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one set of reason codes, as scan output and findings files spell them. */
class ReasonCodeTest {
  private final MarqueJson json = MarqueJson.standard();

  private Finding finding(Reason reason) {
    return new Finding(Listing.builder("1", "Aurelia tote").build(), List.of(),
        new Assessment(0.5, Verdict.SUSPICIOUS, List.of(reason)));
  }

  @Test
  void aReasonIsWrittenWithItsCodesNameAndReadBack() {
    for (ReasonCode code : ReasonCode.values()) {
      String line = json.writeFinding(finding(Reason.of(code, "why")));
      assertThat(line).contains("\"reasons\":[{\"code\":\"" + code.name() + "\",\"message\":\"why\"");
      assertThat(json.readFinding(line).assessment().reasons().get(0).code()).isEqualTo(code);
    }
  }

  @Test
  void theCodesAreTheStringsScanOutputHasAlwaysGiven() {
    assertThat(ReasonCode.values()).extracting(Enum::name).contains("BRAND_MENTION",
        "DISGUISED_BRAND", "CUE_WORD", "PRICE_ANOMALY", "AUTHORIZED_SELLER", "COMPATIBILITY_USE");
  }

  @Test
  void anUnknownCodeInAFindingsFileIsAnErrorNamingItsPath() {
    String line = json.writeFinding(finding(Reason.of(ReasonCode.CUE_WORD, "why")))
        .replace("\"CUE_WORD\"", "\"COUNTERFEIT_VIBES\"");
    assertThatThrownBy(() -> json.readFinding(line)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("assessment.reasons[0].code")
        .hasMessageContaining("COUNTERFEIT_VIBES");
  }

  @Test
  void aReasonNamesAMissingCodeOrMessage() {
    assertThatThrownBy(() -> Reason.of(null, "m")).hasMessage("code must not be null");
    assertThatThrownBy(() -> Reason.of(ReasonCode.CUE_WORD, " "))
        .hasMessage("message must not be blank");
  }
}
