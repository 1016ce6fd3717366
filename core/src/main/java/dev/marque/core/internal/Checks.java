package dev.marque.core.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Argument checks shared by the value types. Internal: not part of marque's API.
 */
public final class Checks {
  private Checks() {}

  /** Returns {@code value}, or throws naming {@code name} when it is null. */
  public static <T> T notNull(T value, String name) {
    if (value == null) {
      // built only on failure: a message supplier would be allocated on every call
      throw new NullPointerException(name + " must not be null");
    }
    return value;
  }

  /** Returns the trimmed text, or throws naming {@code name} when it is null or blank. */
  public static String notBlank(String value, String name) {
    notNull(value, name);
    String trimmed = value.strip();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return trimmed;
  }

  /** An immutable copy of the list, throwing naming {@code name} when it or an element is null. */
  public static <T> List<T> copy(Collection<? extends T> values, String name) {
    notNull(values, name);
    if (values.isEmpty()) {
      return List.of(); // what List.copyOf gives, without its copying
    }
    int i = 0;
    for (T value : values) {
      if (value == null) {
        throw new NullPointerException(name + "[" + i + "] must not be null");
      }
      i++;
    }
    return List.copyOf(values);
  }

  /** An immutable copy of the map, throwing naming {@code name} when it, a key or a value is null. */
  public static <K, V> Map<K, V> copy(Map<? extends K, ? extends V> values, String name) {
    notNull(values, name);
    for (Map.Entry<? extends K, ? extends V> entry : values.entrySet()) {
      notNullEntry(entry.getKey(), entry.getValue(), name);
    }
    return Map.copyOf(values);
  }

  /** Throws naming the map {@code name} when an entry's key or value is null. */
  public static void notNullEntry(Object key, Object value, String name) {
    if (key == null) {
      throw new NullPointerException(name + " key must not be null");
    }
    if (value == null) {
      throw new NullPointerException(name + "[" + key + "] must not be null");
    }
  }

  /** The optional itself, never null: a null optional is a programming error named after its field. */
  public static <T> Optional<T> optional(Optional<T> value, String name) {
    return notNull(value, name);
  }

  /** Trims a present optional text and turns blank into empty. */
  public static Optional<String> optionalText(Optional<String> value, String name) {
    notNull(value, name);
    if (value.isEmpty()) {
      return value;
    }
    String text = value.get();
    String stripped = text.strip();
    if (stripped.isEmpty()) {
      return Optional.empty();
    }
    return stripped == text ? value : Optional.of(stripped); // keeps the optional when untrimmed
  }
}
