package dev.marque.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a portfolio from a file and from text follows one rule: a problem with the content is
 * an {@link InvalidInputException} listing every problem; only failing to read a file is an
 * {@link IOException}.
 */
class PortfolioReadingRuleTest {
  private final MarqueJson json = MarqueJson.standard();

  @TempDir
  Path dir;

  @Test
  void theSameBadContentIsTheSameExceptionFromAFileAndFromText() throws IOException {
    String bad = "{\"holder\": {\"name\": \"Aurelia\"}, \"brands\": [{\"nmae\": \"x\"}]}";
    Path file = Files.writeString(dir.resolve("portfolio.json"), bad);
    InvalidInputException fromText = catchInvalid(() -> json.readPortfolio(bad));
    InvalidInputException fromFile = catchInvalid(() -> json.readPortfolio(file));
    assertThat(fromFile.problems()).isEqualTo(fromText.problems()).isNotEmpty();
    assertThat(fromFile.problems()).extracting(Problem::toString)
        .anyMatch(p -> p.contains("brands[0].nmae"));
  }

  @Test
  void notJsonIsInvalidInputEitherWay() throws IOException {
    Path file = Files.writeString(dir.resolve("portfolio.json"), "{\"holder\": ");
    assertThatThrownBy(() -> json.readPortfolio("{\"holder\": "))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> json.readPortfolio(file))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("not valid JSON");
  }

  @Test
  void aFileThatIsNotUtf8IsInvalidInputNotAnIoFailure() throws IOException {
    Path file = Files.write(dir.resolve("latin1.json"),
        "{\"holder\": {\"name\": \"Caf\u00e9\"}, \"brands\": [{\"name\": \"x\"}]}"
            .getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> json.readPortfolio(file))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("is not UTF-8");
  }

  @Test
  void textOverTheSizeLimitIsRefusedLikeAFileOverIt() {
    String huge = "{\"holder\": {\"name\": \"" + "x".repeat((int) MarqueJson.MAX_PORTFOLIO_BYTES)
        + "\"}, \"brands\": []}";
    assertThatThrownBy(() -> json.readPortfolio(huge)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("a portfolio may be at most " + MarqueJson.MAX_PORTFOLIO_BYTES);
  }

  @Test
  void onlyAFileThatCannotBeReadIsAnIoException() {
    assertThatThrownBy(() -> json.readPortfolio(dir.resolve("missing.json")))
        .isInstanceOf(NoSuchFileException.class);
  }

  private interface IoRunnable {
    void run() throws IOException;
  }

  private static InvalidInputException catchInvalid(IoRunnable read) throws IOException {
    try {
      read.run();
    } catch (InvalidInputException e) {
      return e;
    }
    throw new AssertionError("expected an InvalidInputException");
  }
}
