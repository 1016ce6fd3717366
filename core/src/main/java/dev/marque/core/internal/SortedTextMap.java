package dev.marque.core.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * An immutable map of texts that iterates in the natural order of its keys, held in two sorted
 * arrays. It stands where an unmodifiable {@link java.util.TreeMap} would, for the handful of
 * entries a reason's facts have, at a fraction of the cost to build: reasons are made for every
 * listing of a scan. Every mutator throws {@link UnsupportedOperationException}; a null key is
 * refused as a {@code TreeMap} refuses it. Internal: not part of marque's API.
 */
public final class SortedTextMap extends AbstractMap<String, String> {
  private static final SortedTextMap EMPTY = new SortedTextMap(new String[0], new String[0]);

  private final String[] keys;
  private final String[] values;

  private SortedTextMap(String[] keys, String[] values) {
    this.keys = keys;
    this.values = values;
  }

  /**
   * An immutable copy of the map sorted by key, throwing naming {@code name} when it, a key or a
   * value is null; the map itself when it is one already.
   */
  public static SortedTextMap copyOf(Map<String, String> map, String name) {
    if (map instanceof SortedTextMap sorted) {
      return sorted;
    }
    Checks.notNull(map, name);
    int capacity = map.size();
    if (capacity == 0) {
      return EMPTY;
    }
    String[] keys = new String[capacity];
    String[] values = new String[capacity];
    int size = 0;
    for (Map.Entry<String, String> entry : map.entrySet()) {
      String key = entry.getKey();
      String value = entry.getValue();
      Checks.notNullEntry(key, value, name);
      if (size == capacity) { // the map grew while being copied
        capacity = capacity * 2;
        keys = Arrays.copyOf(keys, capacity);
        values = Arrays.copyOf(values, capacity);
      }
      size = insert(keys, values, size, key, value);
    }
    return size == 0 ? EMPTY : new SortedTextMap(size == keys.length ? keys
        : Arrays.copyOf(keys, size), size == values.length ? values : Arrays.copyOf(values, size));
  }

  /** Insertion sort, one entry at a time: a later equal key replaces the value, as in a map. */
  private static int insert(String[] keys, String[] values, int size, String key, String value) {
    int i = size;
    while (i > 0) {
      int order = keys[i - 1].compareTo(key);
      if (order == 0) {
        values[i - 1] = value;
        return size;
      }
      if (order < 0) {
        break;
      }
      i--;
    }
    System.arraycopy(keys, i, keys, i + 1, size - i);
    System.arraycopy(values, i, values, i + 1, size - i);
    keys[i] = key;
    values[i] = value;
    return size + 1;
  }

  private int indexOf(Object key) {
    if (key == null) {
      throw new NullPointerException("key must not be null");
    }
    return key instanceof String text ? Arrays.binarySearch(keys, text) : -1;
  }

  /** The {@code i}th key in order, {@code 0 <= i < size()}: for a loop that makes no entries. */
  public String keyAt(int i) {
    return keys[i];
  }

  /** The value of the {@code i}th key in order. */
  public String valueAt(int i) {
    return values[i];
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public String get(Object key) {
    int i = indexOf(key);
    return i >= 0 ? values[i] : null;
  }

  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          public Map.Entry<String, String> next() {
            if (next >= keys.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return Map.entry(keys[i], values[i]);
          }
        };
      }

      @Override
      public int size() {
        return keys.length;
      }
    };
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super String> action) {
    Checks.notNull(action, "action");
    for (int i = 0; i < keys.length; i++) {
      action.accept(keys[i], values[i]);
    }
  }

  // ---------------------------------------------------------------- immutable

  @Override
  public String put(String key, String value) {
    throw immutable();
  }

  @Override
  public String remove(Object key) {
    throw immutable();
  }

  @Override
  public void putAll(Map<? extends String, ? extends String> map) {
    throw immutable();
  }

  @Override
  public void clear() {
    throw immutable();
  }

  @Override
  public void replaceAll(BiFunction<? super String, ? super String, ? extends String> function) {
    throw immutable();
  }

  @Override
  public String putIfAbsent(String key, String value) {
    throw immutable();
  }

  @Override
  public boolean remove(Object key, Object value) {
    throw immutable();
  }

  @Override
  public boolean replace(String key, String oldValue, String newValue) {
    throw immutable();
  }

  @Override
  public String replace(String key, String value) {
    throw immutable();
  }

  @Override
  public String computeIfAbsent(String key, Function<? super String, ? extends String> function) {
    throw immutable();
  }

  @Override
  public String computeIfPresent(String key,
      BiFunction<? super String, ? super String, ? extends String> function) {
    throw immutable();
  }

  @Override
  public String compute(String key,
      BiFunction<? super String, ? super String, ? extends String> function) {
    throw immutable();
  }

  @Override
  public String merge(String key, String value,
      BiFunction<? super String, ? super String, ? extends String> function) {
    throw immutable();
  }

  private static UnsupportedOperationException immutable() {
    return new UnsupportedOperationException("an immutable map");
  }
}
