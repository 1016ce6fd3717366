package dev.marque.cases.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Argument checks whose messages name the argument. */
public final class Checks {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private Checks() {}

  /** The value, or an exception naming the argument when it is null (core's check). */
  public static <T> T notNull(T value, String name) {
    return dev.marque.core.internal.Checks.notNull(value, name);
  }

  /** The text stripped, or an exception naming the argument when it is null or blank. */
  public static String notBlank(String value, String name) {
    return dev.marque.core.internal.Checks.notBlank(value, name);
  }

  /** An optional text stripped, empty when blank; the same Optional when already clean. */
  public static Optional<String> optionalText(Optional<String> value, String name) {
    return dev.marque.core.internal.Checks.optionalText(value, name);
  }

  /** An unmodifiable copy of SHA-256 references, each checked. */
  public static List<String> sha256s(List<String> values, String name) {
    notNull(values, name);
    for (int i = 0; i < values.size(); i++) {
      String v = notNull(values.get(i), name + "[" + i + "]");
      if (!SHA256.matcher(v).matches()) {
        throw new IllegalArgumentException(name + "[" + i + "]: '" + v
            + "' is not a SHA-256 (64 lower-case hex digits)");
      }
    }
    return List.copyOf(values);
  }

  /** Whether the text is 64 lower-case hex digits. */
  public static boolean isSha256(String value) {
    return value != null && SHA256.matcher(value).matches();
  }
}
