package dev.marque.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.marque.core.Portfolio;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz target for the portfolio reader (Jazzer): whatever a portfolio file holds, reading it gives
 * a portfolio or an {@link InvalidInputException} listing problems in marque's own words — never
 * another exception — and a portfolio read is written and read back to the same value.
 *
 * <p>{@code mvn verify} replays {@code PortfolioFuzzTestInputs/portfolio};
 * {@code JAZZER_FUZZ=1 mvn -pl core test -Dtest=PortfolioFuzzTest} fuzzes for {@code maxDuration}.
 */
class PortfolioFuzzTest {
  private static final MarqueJson JSON = MarqueJson.standard();

  @FuzzTest(maxDuration = "5m")
  void portfolio(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    Portfolio portfolio;
    try {
      portfolio = JSON.readPortfolio(text);
    } catch (InvalidInputException e) {
      assertThat(e.problems()).isNotEmpty().hasSizeLessThanOrEqualTo(StrictReader.MAX_PROBLEMS + 1);
      for (Problem p : e.problems()) {
        assertThat(p.message()).hasSizeLessThanOrEqualTo(StrictReader.MAX_MESSAGE_CHARS + 1);
        for (String internal : HostileJsonTest.INTERNALS) {
          assertThat(p.toString()).doesNotContain(internal);
        }
      }
      return;
    }
    assertThat(JSON.readPortfolio(JSON.write(portfolio))).isEqualTo(portfolio);
  }
}
