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
   * at once a text that starts and ends with a character that is surely not white space.
   */
  static String notBlank(String value, String name) {
    int n = value == null ? 0 : value.length();
    return n > 0 && surelyNotSpace(value.charAt(0)) && surelyNotSpace(value.charAt(n - 1))
        ? value : Checks.notBlank(value, name);
  }

  /** Below U+1680, the first space of {@link Character#isWhitespace} past Latin-1. */
  private static boolean surelyNotSpace(char c) {
    return c > ' ' && c < '\u1680';
  }
}
