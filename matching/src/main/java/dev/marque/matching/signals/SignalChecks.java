package dev.marque.matching.signals;

import dev.marque.core.internal.Checks;

/**
 * The argument checks of the signals, made for the path every listing naming a brand takes: most
 * texts checked are names that are already stripped, which need no work.
 */
final class SignalChecks {

  private SignalChecks() {}

  /**
   * What {@link Checks#notBlank} gives (the text stripped, or an exception naming it), returning
   * at once a text that starts and ends with a character that is not white space.
   */
  static String notBlank(String value, String name) {
    return value != null && isStripped(value) ? value : Checks.notBlank(value, name);
  }

  /** What {@link String#strip()} gives, at once for a text that has nothing to strip. */
  static String strip(String value) {
    return isStripped(value) ? value : value.strip();
  }

  /** Whether the text is not empty and starts and ends with a character that is not a space. */
  private static boolean isStripped(String value) {
    int n = value.length();
    return n > 0 && notSpace(value.charAt(0)) && notSpace(value.charAt(n - 1));
  }

  /**
   * Whether the character is not {@linkplain Character#isWhitespace(char) white space}, as
   * {@link String#strip()} judges it; of a surrogate pair, neither half is. The spaces past U+0020
   * are spelled out (SignalChecksTest compares every character with the JDK's): asking
   * {@code Character} would compile its tables of every script into each caller.
   */
  private static boolean notSpace(char c) {
    if (c < '\u1680') {
      return c > ' ';
    }
    return !(c == '\u1680' || (c >= '\u2000' && c <= '\u200A' && c != '\u2007')
        || c == '\u2028' || c == '\u2029' || c == '\u205F' || c == '\u3000');
  }
}
