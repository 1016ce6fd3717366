package dev.marque.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import dev.marque.core.InfringementEvidence;
import dev.marque.core.Jurisdiction;
import dev.marque.core.Limits;
import dev.marque.core.Marketplace;
import dev.marque.core.Money;
import dev.marque.core.rights.Copyright;
import dev.marque.core.rights.DesignRight;
import dev.marque.core.rights.IpRight;
import dev.marque.core.rights.NiceClass;
import dev.marque.core.rights.Office;
import dev.marque.core.rights.Patent;
import dev.marque.core.rights.Trademark;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a JSON tree into marque's records, collecting every problem with its JSON path instead
 * of stopping at the first: unknown properties, missing required ones, values of the wrong kind,
 * and whatever a record's own checks refuse. Portfolios are written by hand, so each problem is
 * reported where the user can find it.
 *
 * <p>The shape comes from the records themselves: a component of type {@code Optional<T>} or
 * {@code List<T>} may be left out, any other is required. A sealed interface is read by its
 * {@code type} property.
 */
final class StrictReader {

  /** The {@code type} names of the kinds of right, as portfolios write them. */
  static final Map<String, Class<? extends IpRight>> RIGHT_TYPES = orderedMap(
      "trademark", Trademark.class, "copyright", Copyright.class,
      "design", DesignRight.class, "patent", Patent.class);

  /** The {@code type} names of the kinds of infringement evidence a finding carries. */
  static final Map<String, Class<? extends InfringementEvidence>> EVIDENCE_TYPES = orderedMap(
      "image-copy", InfringementEvidence.ImageCopy.class,
      "text-copy", InfringementEvidence.TextCopy.class,
      "attached", InfringementEvidence.Attached.class);

  /**
   * Values a portfolio may leave out, by record and component: a mark is a word mark and
   * registered unless it says otherwise, a patent is for an invention.
   */
  static final Map<String, String> DEFAULTS = Map.of(
      "Trademark.markType", "WORD",
      "Trademark.status", "REGISTERED",
      "Patent.patentType", "INVENTION");

  /**
   * The most problems listed one by one in a portfolio, and in a feed line, whose error is one
   * line of output; a document with more says how many were left out.
   */
  static final int MAX_PROBLEMS = 100;
  static final int MAX_LINE_PROBLEMS = 5;

  /** Texts a portfolio uses as names, which {@link Limits#maxNameChars()} bounds. */
  private static final java.util.Set<String> NAMES = java.util.Set.of(
      "Brand.name", "Brand.aliases", "Product.name", "Product.sku", "Product.gtin",
      "Trademark.goods");

  private final boolean failOnUnknown;
  private final Limits limits;
  private final int maxProblems;
  private final List<Problem> problems = new ArrayList<>();
  private int leftOut;

  StrictReader(boolean failOnUnknown, Limits limits, int maxProblems) {
    this.failOnUnknown = failOnUnknown;
    this.limits = limits;
    this.maxProblems = maxProblems;
  }

  List<Problem> problems() {
    if (leftOut == 0) {
      return problems;
    }
    List<Problem> all = new ArrayList<>(problems);
    all.add(new Problem("", "and " + leftOut + " more "
        + (leftOut == 1 ? "problem" : "problems") + " not listed"));
    return all;
  }

  /** Reads the node as the type; null when it has problems (all of them recorded). */
  Object read(JsonNode node, Type type, String path) {
    Class<?> raw = rawClass(type);
    if (raw == Optional.class) {
      if (node == null || node.isNull()) {
        return Optional.empty();
      }
      Object value = read(node, typeArgument(type), path);
      return value == null ? null : Optional.of(value);
    }
    if (raw == List.class) {
      if (node == null || node.isNull()) {
        return List.of();
      }
      if (!node.isArray()) {
        return problem(path, "expected a list, found " + describe(node));
      }
      if (node.size() > limits.maxArrayLength()) {
        return problem(path, "has " + node.size() + " entries; a list may have at most "
            + limits.maxArrayLength());
      }
      List<Object> values = new ArrayList<>();
      boolean ok = true;
      for (int i = 0; i < node.size(); i++) {
        Object value = read(node.get(i), typeArgument(type), path + "[" + i + "]");
        ok &= value != null;
        values.add(value);
      }
      return ok ? values : null;
    }
    if (raw == Map.class) {
      if (node == null || node.isNull()) {
        return Map.of();
      }
      if (!node.isObject()) {
        return problem(path, "expected an object, found " + describe(node));
      }
      if (node.size() > limits.maxArrayLength()) {
        return problem(path, "has " + node.size() + " entries; an object may have at most "
            + limits.maxArrayLength());
      }
      Map<String, Object> values = new LinkedHashMap<>();
      boolean ok = true;
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        Object value = read(e.getValue(), ((ParameterizedType) type).getActualTypeArguments()[1],
            join(path, e.getKey()));
        ok &= value != null;
        values.put(e.getKey(), value);
      }
      return ok ? values : null;
    }
    if (node == null || node.isNull()) {
      return problem(path, "is required");
    }
    if (raw == IpRight.class) {
      return readRight(node, path);
    }
    if (raw == InfringementEvidence.class) {
      return readTyped(node, path, EVIDENCE_TYPES, "kind of evidence");
    }
    if (raw.isRecord() && !isScalarRecord(raw)) {
      return readRecord(node, raw, path);
    }
    return readScalar(node, raw, path);
  }

  /**
   * The value at the parser's current token as a tree holding only what {@code type} reads: the
   * properties a record does not have are skipped unparsed, as {@link FastListingReader} skips
   * them, so that an extra property a scraper adds (a number no {@code BigDecimal} holds, say)
   * never rejects a listing marque can read. Other values are read whole, for {@link #read} to
   * word what is wrong with them.
   */
  static JsonNode tree(JsonParser p, Type type, ObjectMapper mapper) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return NullNode.getInstance();
    }
    Class<?> raw = rawClass(type);
    if (raw == Optional.class) {
      return tree(p, typeArgument(type), mapper);
    }
    if (token == JsonToken.START_ARRAY && raw == List.class) {
      ArrayNode array = mapper.getNodeFactory().arrayNode();
      Type element = typeArgument(type);
      while (p.nextToken() != JsonToken.END_ARRAY) {
        array.add(tree(p, element, mapper));
      }
      return array;
    }
    if (token == JsonToken.START_OBJECT && raw.isRecord() && !isScalarRecord(raw)) {
      Shape shape = SHAPES.get(raw);
      ObjectNode object = mapper.getNodeFactory().objectNode();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        int i = shape.names().indexOf(name);
        if (i < 0) {
          p.skipChildren();
        } else {
          object.set(name, tree(p, shape.types()[i], mapper));
        }
      }
      return object;
    }
    return mapper.readTree(p);
  }

  private Object readRight(JsonNode node, String path) {
    return readTyped(node, path, RIGHT_TYPES, "kind of right");
  }

  /** Reads a member of a sealed family by its {@code type} property. */
  private Object readTyped(JsonNode node, String path, Map<String, ? extends Class<?>> types,
      String what) {
    if (!node.isObject()) {
      return problem(path, "expected an object, found " + describe(node));
    }
    JsonNode type = node.get("type");
    String names = String.join(", ", types.keySet());
    if (type == null || !type.isTextual()) {
      return problem(join(path, "type"), "is required: one of " + names);
    }
    Class<?> kind = types.get(type.asText().strip().toLowerCase(Locale.ROOT));
    if (kind == null) {
      return problem(join(path, "type"),
          "'" + excerpt(type.asText()) + "' is not a " + what + ": use one of " + names);
    }
    return readRecord(node, kind, path, "type");
  }

  /** What reading a record needs of its class, found by reflection once per class. */
  private record Shape(RecordComponent[] components, List<String> names, Type[] types,
      String[] defaults, Constructor<?> constructor) {}

  private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      try {
        return new Shape(components,
            Arrays.stream(components).map(RecordComponent::getName).toList(),
            Arrays.stream(components).map(RecordComponent::getGenericType).toArray(Type[]::new),
            Arrays.stream(components)
                .map(c -> DEFAULTS.get(type.getSimpleName() + "." + c.getName()))
                .toArray(String[]::new),
            type.getDeclaredConstructor(Arrays.stream(components)
                .map(RecordComponent::getType).toArray(Class<?>[]::new)));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("no canonical constructor in " + type.getName(), e);
      }
    }
  };

  private Object readRecord(JsonNode node, Class<?> type, String path, String... extra) {
    if (!node.isObject()) {
      return problem(path, "expected an object, found " + describe(node));
    }
    Shape shape = SHAPES.get(type);
    RecordComponent[] components = shape.components();
    List<String> names = shape.names();
    if (failOnUnknown) {
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        String name = property.getKey();
        if (!names.contains(name) && !Arrays.asList(extra).contains(name)) {
          problem(join(path, excerpt(name)), "unknown property; " + type.getSimpleName()
              + " has " + String.join(", ", names));
        }
      }
    }
    Object[] args = new Object[components.length];
    boolean ok = true;
    for (int i = 0; i < components.length; i++) {
      String name = names.get(i);
      JsonNode value = node.get(name);
      String fallback = shape.defaults()[i];
      if ((value == null || value.isNull()) && fallback != null) {
        value = com.fasterxml.jackson.databind.node.TextNode.valueOf(fallback);
      }
      args[i] = read(value, shape.types()[i], join(path, name));
      ok &= args[i] != null && nameWithinLimit(type, name, args[i], join(path, name));
    }
    if (!ok) {
      return null;
    }
    try {
      return shape.constructor().newInstance(args);
    } catch (InvocationTargetException e) {
      String message = String.valueOf(e.getCause().getMessage());
      // The records' messages start with the component they are about: point the path there.
      String first = message.split(" ", 2)[0];
      String component = first.split("[.\\[]", 2)[0];
      return names.contains(component) && message.length() > first.length()
          ? problem(join(path, first), message.substring(first.length() + 1))
          : problem(path, message);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct " + type.getName(), e);
    }
  }

  /** Whether a name of a portfolio is within {@link Limits#maxNameChars()}; a problem if not. */
  private boolean nameWithinLimit(Class<?> type, String component, Object value, String path) {
    if (!NAMES.contains(type.getSimpleName() + "." + component)) {
      return true;
    }
    boolean ok = true;
    if (value instanceof String text) {
      ok = nameWithinLimit(text, path);
    } else if (value instanceof Optional<?> o && o.orElse(null) instanceof String text) {
      ok = nameWithinLimit(text, path);
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        ok &= !(list.get(i) instanceof String text) || nameWithinLimit(text, path + "[" + i + "]");
      }
    }
    return ok;
  }

  private boolean nameWithinLimit(String text, String path) {
    if (text.length() <= limits.maxNameChars()) {
      return true;
    }
    problem(path, "is " + text.length() + " characters long; a name may have at most "
        + limits.maxNameChars());
    return false;
  }

  /** The amount, or a problem when it is outside {@link Limits}; null then. */
  private Object amount(BigDecimal amount, JsonNode node, String path) {
    String wrong = limits.amountProblem(amount);
    return wrong == null ? amount : problem(path, excerpt(node.asText()) + " " + wrong);
  }

  private Object readScalar(JsonNode node, Class<?> type, String path) {
    try {
      if (type == String.class) {
        return node.isValueNode() && !node.isBinary()
            ? node.asText() : problem(path, "expected text, found " + describe(node));
      }
      if (type == int.class || type == Integer.class) {
        return node.canConvertToExactIntegral() && node.canConvertToInt()
            ? (Object) node.asInt() : problem(path, "expected a whole number, found "
                + describe(node));
      }
      if (type == long.class || type == Long.class) {
        return node.canConvertToExactIntegral() && node.canConvertToLong()
            ? (Object) node.asLong() : problem(path, "expected a whole number, found "
                + describe(node));
      }
      if (type == double.class || type == Double.class) {
        return node.isNumber() ? (Object) node.asDouble()
            : problem(path, "expected a number, found " + describe(node));
      }
      if (type == BigDecimal.class) {
        if (node.isNumber()) {
          BigDecimal value;
          try {
            value = node.decimalValue();
          } catch (NumberFormatException | ArithmeticException e) { // 1E+2147483648
            return problem(path, excerpt(node.asText()) + " is not a number marque can read");
          }
          return amount(value, node, path);
        }
        if (node.isTextual()) {
          String text = node.asText().strip();
          if (text.length() > limits.maxNumberChars()) { // before parsing: that costs more
            return problem(path, "is a number of " + text.length()
                + " characters; a number may have at most " + limits.maxNumberChars());
          }
          try {
            return amount(new BigDecimal(text), node, path);
          } catch (NumberFormatException | ArithmeticException e) {
            return problem(path, "'" + excerpt(node.asText()) + "' is not a number");
          }
        }
        return problem(path, "expected a number, found " + describe(node));
      }
      if (!node.isTextual() && !(type == NiceClass.class && node.isNumber())) {
        return problem(path, "expected text, found " + describe(node));
      }
      String text = node.asText();
      if (type == Jurisdiction.class) {
        return Jurisdiction.of(text);
      }
      if (type == Currency.class) {
        return Money.currency(text);
      }
      if (type == Office.class) {
        return Office.of(text);
      }
      if (type == Marketplace.class) {
        return Marketplace.parse(text);
      }
      if (type == NiceClass.class) {
        if (!node.canConvertToExactIntegral() && !text.strip().matches("\\d{1,9}")) {
          return problem(path, "'" + excerpt(text) + "' is not a Nice class (1-45)");
        }
        return NiceClass.of(node.isNumber() ? node.asInt() : Integer.parseInt(text.strip()));
      }
      if (type == LocalDate.class) {
        try {
          return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
          return problem(path, "'" + excerpt(text) + "' is not a date (YYYY-MM-DD)");
        }
      }
      if (type == Instant.class) {
        try {
          return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
          return problem(path, "'" + excerpt(text) + "' is not a UTC time (such as 2026-11-29T10:15:30Z)");
        }
      }
      if (type.isEnum()) {
        String key = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (Object constant : type.getEnumConstants()) {
          if (((Enum<?>) constant).name().equals(key)) {
            return constant;
          }
        }
        return problem(path, "'" + excerpt(text) + "' is not one of " + Arrays.stream(type.getEnumConstants())
            .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", ")));
      }
    } catch (IllegalArgumentException e) {
      return problem(path, e.getMessage());
    }
    throw new IllegalStateException("no reader for " + type.getName());
  }

  private static boolean isScalarRecord(Class<?> type) {
    return type == Jurisdiction.class || type == Office.class || type == NiceClass.class;
  }

  private Object problem(String path, String message) {
    if (problems.size() < maxProblems) {
      // a value type's own message may quote the value whole: keep what a person reads short
      problems.add(new Problem(path, message.length() <= MAX_MESSAGE_CHARS ? message
          : message.substring(0, Character.isHighSurrogate(message.charAt(MAX_MESSAGE_CHARS - 1))
              ? MAX_MESSAGE_CHARS - 1 : MAX_MESSAGE_CHARS) + "…"));
    } else {
      leftOut++;
    }
    return null;
  }

  /** The longest message of one problem, in characters. */
  static final int MAX_MESSAGE_CHARS = 300;

  private static String excerpt(String text) {
    return JsonErrors.excerpt(text);
  }

  static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  static String describe(JsonNode node) {
    JsonNodeType type = node.getNodeType();
    return switch (type) {
      case ARRAY -> "a list";
      case OBJECT -> "an object";
      case STRING -> "text '" + excerpt(node.asText()) + "'";
      case NUMBER -> "the number " + excerpt(node.asText());
      case BOOLEAN -> node.asText();
      default -> type.name().toLowerCase(Locale.ROOT);
    };
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    throw new IllegalStateException("unsupported type " + type);
  }

  private static Type typeArgument(Type type) {
    return ((ParameterizedType) type).getActualTypeArguments()[0];
  }

  @SuppressWarnings("unchecked")
  private static <K, V> Map<K, V> orderedMap(Object... pairs) {
    Map<K, V> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((K) pairs[i], (V) pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
