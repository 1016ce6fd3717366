package dev.marque.matching.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The shortcuts of the signals' argument checks give what the checks they stand for give. */
class SignalChecksTest {

  @Test
  void stripsAsStringStripDoesForEveryCharacterAtEitherEnd() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      for (String text : new String[] {c + "name", "name" + c, c + "n" + c, String.valueOf(c)}) {
        assertThat(SignalChecks.strip(text)).as("U+%04X", (int) c).isEqualTo(text.strip());
      }
    }
    String stripped = "Aurelia";
    assertThat(SignalChecks.strip(stripped)).isSameAs(stripped);
  }

  @Test
  void refusesWhatIsBlankNamingIt() {
    assertThat(SignalChecks.notBlank("\u3000Aurelia\n", "brand")).isEqualTo("Aurelia");
    assertThatThrownBy(() -> SignalChecks.notBlank(" \u2028 ", "brand"))
        .hasMessage("brand must not be blank");
    assertThatThrownBy(() -> SignalChecks.notBlank("", "brand"))
        .hasMessage("brand must not be blank");
    assertThatThrownBy(() -> SignalChecks.notBlank(null, "brand"))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("brand");
  }
}
