package dev.marque.cli;

import dev.marque.core.Limits;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The {@code --limit NAME=VALUE} option of the commands that read outside data: each changes one of
 * {@link Limits}, by the names the README's table gives, with the message {@link Limits} itself
 * gives for a name or a value it refuses.
 */
final class LimitOptions {

  @Option(names = "--limit", paramLabel = "NAME=VALUE",
      description = "Change a limit on what is read, such as maxLineChars=4194304 or"
          + " maxMentionsPerBrandAndField=20; may be repeated. The limits: maxLineChars,"
          + " maxNestingDepth, maxNumberChars, maxIntegerDigits, maxFractionDigits, maxArrayLength,"
          + " maxTextChars, maxNameChars, maxMentionsPerBrandAndField.")
  private Map<String, Integer> limits = new LinkedHashMap<>();

  /** The limits, the defaults changed as the options say; a usage error for a bad one. */
  Limits limits() {
    Limits.Builder b = Limits.defaults().toBuilder();
    for (Map.Entry<String, Integer> e : limits.entrySet()) {
      try {
        b.set(e.getKey(), e.getValue());
      } catch (IllegalArgumentException ex) {
        throw new UsageException("--limit: " + ex.getMessage());
      }
    }
    return b.build();
  }
}
