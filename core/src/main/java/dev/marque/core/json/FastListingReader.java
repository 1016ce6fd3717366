package dev.marque.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.marque.core.Limits;
import dev.marque.core.Listing;
import dev.marque.core.Marketplace;
import dev.marque.core.Money;
import dev.marque.core.Seller;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a well-formed feed line straight from the token stream into a {@link Listing}, without
 * building a tree: the common case of a scan, several times faster than the general reader.
 *
 * <p>It gives up (returns null) at the first thing it does not expect — a value of another kind,
 * a missing id, anything a value type refuses — and the caller then reads the line with {@link
 * StrictReader}, which finds and words every problem. So the fast path never decides what is an
 * error; it only skips work for lines that have none.
 *
 * <p>That includes a name twice in one object, which the general reader refuses: this reader
 * gives up on one by comparing the few names of each object itself ({@link Names}), instead of the
 * parser's duplicate detection, which costs a hash set for every object of every line.
 */
final class FastListingReader {
  private final JsonFactory factory;
  private final Limits limits;

  FastListingReader(JsonFactory factory, Limits limits) {
    this.factory = factory;
    this.limits = limits;
  }

  /** The listing on the line, or null when the line needs the general reader. */
  Listing read(String line) {
    try (JsonParser p = factory.createParser(line)) {
      p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION); // Names does it, see above
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      String id = null;
      String title = null;
      Marketplace marketplace = null;
      String url = null;
      String description = null;
      Money price = null;
      Seller seller = null;
      String shipsFrom = null;
      List<String> images = List.of();
      Instant capturedAt = null;
      List<String> shipsTo = List.of();
      String language = null;
      JsonToken token;
      Names names = new Names();
      while ((token = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = names.add(p.currentName());
        JsonToken value = p.nextToken();
        switch (name) {
          case "id" -> id = text(p, value, false);
          case "title" -> title = text(p, value, false);
          case "marketplace" -> {
            String m = text(p, value, true);
            marketplace = m == null || m.isBlank() ? null : Marketplace.parse(m);
          }
          case "url" -> url = text(p, value, true);
          case "description" -> description = text(p, value, true);
          case "shipsFrom" -> shipsFrom = text(p, value, true);
          case "price" -> price = value == JsonToken.VALUE_NULL ? null : money(p, value);
          case "seller" -> seller = value == JsonToken.VALUE_NULL ? null : seller(p, value);
          case "images" -> images = value == JsonToken.VALUE_NULL ? List.of() : strings(p, value);
          case "shipsTo" -> shipsTo = value == JsonToken.VALUE_NULL ? List.of()
              : strings(p, value);
          case "language" -> language = text(p, value, true);
          case "capturedAt" -> {
            String at = text(p, value, true);
            capturedAt = at == null ? null : Instant.parse(at.strip());
          }
          default -> skip(p, value);
        }
      }
      if (token != JsonToken.END_OBJECT || p.nextToken() != null || id == null || title == null) {
        return null;
      }
      Listing.Builder b = Listing.builder(id, title).url(url).description(description)
          .price(price).seller(seller).shipsFrom(shipsFrom).images(images)
          .capturedAt(capturedAt).shipsTo(shipsTo).language(language);
      if (marketplace != null) {
        b.marketplace(marketplace); // else the builder takes the URL's, as the general reader does
      }
      return b.build();
    } catch (GiveUp | IOException e) { // not for the fast path, or not JSON: the general
      return null;                      // reader words the problem
    } catch (IllegalArgumentException | DateTimeException e) { // a value type refuses a value
      return null;
    }
  }

  private static String text(JsonParser p, JsonToken value, boolean nullable) throws IOException {
    if (value == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    if (nullable && value == JsonToken.VALUE_NULL) {
      return null;
    }
    throw GiveUp.INSTANCE;
  }

  private Money money(JsonParser p, JsonToken value) throws IOException {
    if (value != JsonToken.START_OBJECT) {
      throw GiveUp.INSTANCE;
    }
    BigDecimal amount = null;
    String currency = null;
    Names names = new Names();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = names.add(p.currentName());
      JsonToken v = p.nextToken();
      switch (name) {
        case "amount" -> amount = switch (v) {
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> bounded(p.getDecimalValue());
          case VALUE_STRING -> bounded(decimal(p));
          default -> throw GiveUp.INSTANCE;
        };
        case "currency" -> currency = text(p, v, false);
        default -> skip(p, v);
      }
    }
    if (amount == null || currency == null) {
      throw GiveUp.INSTANCE;
    }
    return new Money(amount, Money.currency(currency));
  }

  /** The amount when it is within the limits; else the general reader words why not. */
  private BigDecimal bounded(BigDecimal amount) {
    if (limits.amountProblem(amount) != null) {
      throw GiveUp.INSTANCE;
    }
    return amount;
  }

  /** The string value's number, trimmed as {@link String#strip()} trims, without a string. */
  private BigDecimal decimal(JsonParser p) throws IOException {
    char[] text = p.getTextCharacters();
    int start = p.getTextOffset();
    int end = start + p.getTextLength();
    while (start < end && Character.isWhitespace(text[start])) {
      start++;
    }
    while (end > start && Character.isWhitespace(text[end - 1])) {
      end--;
    }
    if (end - start > limits.maxNumberChars()) {
      throw GiveUp.INSTANCE; // measured before parsing, which would cost far more
    }
    return new BigDecimal(text, start, end - start);
  }

  private static Seller seller(JsonParser p, JsonToken value) throws IOException {
    if (value != JsonToken.START_OBJECT) {
      throw GiveUp.INSTANCE;
    }
    String id = null;
    String name = null;
    String country = null;
    String address = null;
    Names names = new Names();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = names.add(p.currentName());
      JsonToken v = p.nextToken();
      switch (field) {
        case "id" -> id = text(p, v, false);
        case "name" -> name = text(p, v, true);
        case "country" -> country = text(p, v, true);
        case "address" -> address = text(p, v, true);
        default -> skip(p, v);
      }
    }
    if (id == null) {
      throw GiveUp.INSTANCE;
    }
    return new Seller(id, Optional.ofNullable(name), Optional.ofNullable(country),
        Optional.ofNullable(address));
  }

  private List<String> strings(JsonParser p, JsonToken value) throws IOException {
    if (value != JsonToken.START_ARRAY) {
      throw GiveUp.INSTANCE;
    }
    List<String> values = new ArrayList<>();
    JsonToken v;
    while ((v = p.nextToken()) != JsonToken.END_ARRAY) {
      values.add(text(p, v, false));
      if (values.size() > limits.maxArrayLength()) {
        throw GiveUp.INSTANCE;
      }
    }
    return values;
  }

  /**
   * Skips the value that starts with {@code token}, giving up on a name twice in any object in it,
   * as the parser's duplicate detection would. Deep nesting is bounded by the parser's limits.
   */
  private static void skip(JsonParser p, JsonToken token) throws IOException {
    if (token == JsonToken.START_OBJECT) {
      Names names = new Names();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        names.add(p.currentName());
        skip(p, p.nextToken());
      }
    } else if (token == JsonToken.START_ARRAY) {
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
        skip(p, t);
      }
    }
  }

  /** The names of one object so far: a listing's objects have a few, so a list is the fast set. */
  private static final class Names {
    private String[] names = new String[12];
    private int size;

    /** {@code name}, noted; gives up when the object already has it. */
    String add(String name) {
      for (int i = 0; i < size; i++) {
        if (names[i].equals(name)) {
          throw GiveUp.INSTANCE;
        }
      }
      if (size == names.length) {
        names = java.util.Arrays.copyOf(names, size * 2);
      }
      names[size++] = name;
      return name;
    }
  }

  /** Thrown to leave the fast path; carries no stack, as it is routine. */
  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final GiveUp INSTANCE = new GiveUp();

    private GiveUp() {
      super("not for the fast path", null, false, false);
    }
  }
}
