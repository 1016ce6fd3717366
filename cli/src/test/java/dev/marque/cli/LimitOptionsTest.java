package dev.marque.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.core.Limits;
import dev.marque.core.json.InvalidInputException;
import dev.marque.core.json.MarqueJson;
import dev.marque.matching.MatchOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Every limit can be changed from the command line as from the library, and a limit refused or
 * met reads the same from either: {@code --limit NAME=VALUE} on {@code scan} and {@code validate},
 * {@link Limits.Builder#set}, {@link MarqueJson#withLimits} and {@link
 * MatchOptions#withMaxMentionsPerBrandAndField}.
 */
class LimitOptionsTest {
  private static final String PORTFOLIO =
      Path.of("..", "samples", "data", "portfolio.json").toString();

  @Test
  void theMentionCapIsAnOptionOfTheScan() {
    String title = "Aurelia ".repeat(7) + "tote";
    String line = "{\"id\": \"1\", \"title\": \"" + title + "\", \"description\": \""
        + "Aurelia ".repeat(3) + "\"}\n";
    CommandRun capped = CommandRun.withStdin(line, "scan", "--portfolio", PORTFOLIO,
        "--listings", "-", "--limit", "maxMentionsPerBrandAndField=2");
    assertThat(capped.exitCode()).as(capped.err()).isZero();
    assertThat(capped.out()).contains("\"mentionCap\":2");
    assertThat(count(capped.out(), "\"brand\":\"Aurelia\",\"field\":\"TITLE\"")).isEqualTo(2);
    assertThat(count(capped.out(), "\"brand\":\"Aurelia\",\"field\":\"DESCRIPTION\"")).isEqualTo(2);

    CommandRun plain = CommandRun.withStdin(line, "scan", "--portfolio", PORTFOLIO,
        "--listings", "-");
    assertThat(plain.out()).doesNotContain("mentionCap");
    assertThat(count(plain.out(), "\"brand\":\"Aurelia\",\"field\":\"TITLE\"")).isEqualTo(7);
  }

  @Test
  void aRefusedLimitReadsTheSameFromTheCommandLineAndTheLibrary() {
    String unknown = message(() -> Limits.defaults().toBuilder().set("maxLines", 3));
    assertThat(unknown).startsWith("'maxLines' is not a limit; the limits are maxLineChars,");
    String zero = message(() -> Limits.defaults().toBuilder().maxMentionsPerBrandAndField(0));
    assertThat(zero).isEqualTo("maxMentionsPerBrandAndField must be at least 1: 0");
    assertThat(message(() -> MatchOptions.defaults().withMaxMentionsPerBrandAndField(0)))
        .isEqualTo(zero);

    for (String command : new String[] {"scan", "validate"}) {
      String[] target = command.equals("scan")
          ? new String[] {"scan", "--portfolio", PORTFOLIO, "--listings", "-"}
          : new String[] {"validate", "--listings", "-"};
      CommandRun bad = CommandRun.withStdin("", concat(target, "--limit", "maxLines=3"));
      assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(bad.err().strip()).isEqualTo("marque " + command + ": --limit: " + unknown);
      CommandRun none = CommandRun.withStdin("", concat(target, "--limit",
          "maxMentionsPerBrandAndField=0"));
      assertThat(none.err().strip()).isEqualTo("marque " + command + ": --limit: " + zero);
    }
  }

  @Test
  void aLimitMetReadsTheSameFromValidateAndTheLibrary() {
    String line = "{\"id\": \"1\", \"title\": \"" + "x".repeat(60) + "\"}";
    Limits limits = Limits.defaults().toBuilder().set("maxLineChars", 50).build();
    String library = message(() -> MarqueJson.standard().withLimits(limits).readListing(line));
    assertThat(library).contains("the limit is 50");
    CommandRun validate = CommandRun.withStdin(line + "\n", "validate", "--listings", "-",
        "--limit", "maxLineChars=50");
    assertThat(validate.exitCode()).isEqualTo(ExitCodes.PROBLEMS);
    assertThat(validate.out()).contains("<stdin>:1: line is " + line.length()
        + " characters long; the limit is 50");
    assertThat(library).endsWith("line is " + line.length() + " characters long; the limit is 50");
  }

  private static String message(Runnable action) {
    try {
      action.run();
    } catch (InvalidInputException e) {
      return e.problems().get(0).toString();
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    throw new AssertionError("nothing was refused");
  }

  private static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
