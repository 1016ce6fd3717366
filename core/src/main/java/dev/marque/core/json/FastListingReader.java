package dev.marque.core.json;

import dev.marque.core.Limits;
import dev.marque.core.Listing;
import dev.marque.core.Marketplace;
import dev.marque.core.Money;
import dev.marque.core.Seller;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a well-formed feed line straight from its characters into a {@link Listing}, without a
 * tokenizer object, a tree or a string per property name: the common case of a scan, where a
 * Jackson parser took a sixth of the time.
 *
 * <p>It gives up (returns null) at the first thing it does not expect — a value of another kind,
 * a missing id, an escape in a property name, a number with an exponent, a property named twice
 * at any depth, deep nesting, anything a value type refuses — and the caller then reads the line
 * with {@link StrictReader}, which finds and words every problem. So the fast path never decides
 * what is an error; it only skips work for lines that have none. What it accepts is JSON as
 * RFC 8259 and Jackson's defaults have it (no comments, no control characters in strings),
 * within the {@link Limits}: {@code FastListingReaderTest} and {@code FeedLineFuzzTest} hold it
 * to the general reader on hostile lines.
 */
final class FastListingReader {
  /** Deeper than this the general reader decides; feed lines are seldom more than three deep. */
  private static final int MAX_DEPTH = 32;
  /** Longer property names, or more of them in one object, are left to the general reader. */
  private static final int MAX_NAME = 256;
  private static final int MAX_NAMES = 32;

  /** The longest line whose characters a thread's cursor keeps for the next line. */
  private static final int KEPT = 1 << 16;

  private final Limits limits;
  private final int maxDepth;
  /** Each thread's cursor, reused line after line: a scan reads millions of lines. */
  private final ThreadLocal<Cursor> cursors = ThreadLocal.withInitial(Cursor::new);

  FastListingReader(Limits limits) {
    this.limits = limits;
    this.maxDepth = Math.min(MAX_DEPTH, limits.maxNestingDepth() - 1);
  }

  /** The listing on the line, or null when the line needs the general reader. */
  Listing read(String line) {
    if (maxDepth < 3) {
      return null; // a listing's price is two deep, its seller's unknown properties three
    }
    Cursor cursor = cursors.get();
    try {
      return cursor.start(line).listing();
    } catch (GiveUp e) { // not for the fast path: the general reader words the problem
      return null;
    } catch (IllegalArgumentException | DateTimeException e) { // a value type refuses a value
      return null;
    } finally {
      cursor.line = null; // not kept until the thread's next line
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

  /** The properties of a listing the reader knows, by the bit that marks them as seen. */
  private static final String[] LISTING_FIELDS = {"id", "title", "marketplace", "url",
      "description", "price", "seller", "shipsFrom", "images", "shipsTo", "language",
      "capturedAt"};
  private static final String[] MONEY_FIELDS = {"amount", "currency"};
  private static final String[] SELLER_FIELDS = {"id", "name", "country"};
  private static final String[] NONE = {};

  /** One line being read: its characters and where the reader is. */
  private final class Cursor {
    private char[] s = new char[1024];
    /** The line itself, whose substrings are the strings without escapes. */
    private String line;
    private int n;
    private int i;
    /** The names of the unknown properties of each open object, as start and end in {@link #s}. */
    private final int[][] unknownNames = new int[MAX_DEPTH + 1][];

    /** Starts reading {@code line}. */
    Cursor start(String line) {
      n = line.length();
      if (n > s.length || s.length > KEPT) {
        s = new char[Math.max(n, 1024)];
      }
      line.getChars(0, n, s, 0);
      this.line = line;
      i = 0;
      return this;
    }

    Listing listing() {
      space();
      expect('{');
      String id = null;
      String title = null;
      String marketplace = null;
      String url = null;
      String description = null;
      Money price = null;
      Seller seller = null;
      String shipsFrom = null;
      List<String> images = List.of();
      String capturedAt = null;
      List<String> shipsTo = List.of();
      String language = null;
      int seen = 0;
      int unknown = 0;
      space();
      if (peek() != '}') {
        while (true) {
          int field = name(LISTING_FIELDS, 1);
          if (field < 0) {
            unknown = unknownName(1, unknown);
            skipValue(1);
          } else {
            seen = once(seen, field);
            switch (field) {
              case 0 -> id = text(false);
              case 1 -> title = text(false);
              case 2 -> marketplace = text(true);
              case 3 -> url = text(true);
              case 4 -> description = text(true);
              case 5 -> price = isNull() ? null : money();
              case 6 -> seller = isNull() ? null : seller();
              case 7 -> shipsFrom = text(true);
              case 8 -> images = isNull() ? List.of() : strings();
              case 9 -> shipsTo = isNull() ? List.of() : strings();
              case 10 -> language = text(true);
              default -> capturedAt = text(true);
            }
          }
          if (!nextMember()) {
            break;
          }
        }
      }
      i++; // the closing brace
      space();
      if (i != n || id == null || title == null) {
        throw GiveUp.INSTANCE;
      }
      Listing.Builder b = Listing.builder(id, title).url(url).description(description)
          .price(price).seller(seller).shipsFrom(shipsFrom).images(images)
          .capturedAt(capturedAt == null ? null : Instant.parse(capturedAt.strip()))
          .shipsTo(shipsTo).language(language);
      if (marketplace != null && !marketplace.isBlank()) {
        b.marketplace(Marketplace.parse(marketplace));
      } // else the builder takes the URL's, as the general reader does
      return b.build();
    }

    private Money money() {
      expect('{');
      BigDecimal amount = null;
      String currency = null;
      int seen = 0;
      int unknown = 0;
      space();
      if (peek() != '}') {
        while (true) {
          int field = name(MONEY_FIELDS, 2);
          if (field < 0) {
            unknown = unknownName(2, unknown);
            skipValue(2);
          } else {
            seen = once(seen, field);
            if (field == 0) {
              amount = amount();
            } else {
              currency = text(false);
            }
          }
          if (!nextMember()) {
            break;
          }
        }
      }
      i++;
      if (amount == null || currency == null) {
        throw GiveUp.INSTANCE;
      }
      return new Money(amount, Money.currency(currency));
    }

    /** An amount, a JSON number or a string holding one, within the limits. */
    private BigDecimal amount() {
      BigDecimal amount;
      if (peek() == '"') {
        // as written, trimmed as String.strip() trims
        String text = string();
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
          start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
          end--;
        }
        if (end - start > limits.maxNumberChars()) {
          throw GiveUp.INSTANCE; // measured before parsing, which would cost far more
        }
        amount = new BigDecimal(text.substring(start, end));
      } else {
        int start = i;
        skipNumber();
        amount = new BigDecimal(s, start, i - start);
      }
      if (limits.amountProblem(amount) != null) {
        throw GiveUp.INSTANCE;
      }
      return amount;
    }

    private Seller seller() {
      expect('{');
      String id = null;
      String name = null;
      String country = null;
      int seen = 0;
      int unknown = 0;
      space();
      if (peek() != '}') {
        while (true) {
          int field = name(SELLER_FIELDS, 2);
          if (field < 0) {
            unknown = unknownName(2, unknown);
            skipValue(2);
          } else {
            seen = once(seen, field);
            switch (field) {
              case 0 -> id = text(false);
              case 1 -> name = text(true);
              default -> country = text(true);
            }
          }
          if (!nextMember()) {
            break;
          }
        }
      }
      i++;
      if (id == null) {
        throw GiveUp.INSTANCE;
      }
      return new Seller(id, Optional.ofNullable(name), Optional.ofNullable(country));
    }

    /** An array of strings, none null, at most {@link Limits#maxArrayLength()} of them. */
    private List<String> strings() {
      expect('[');
      List<String> values = new ArrayList<>();
      space();
      if (peek() == ']') {
        i++;
        return values;
      }
      while (true) {
        values.add(text(false));
        if (values.size() > limits.maxArrayLength()) {
          throw GiveUp.INSTANCE;
        }
        space();
        char c = next();
        if (c == ']') {
          return values;
        }
        if (c != ',') {
          throw GiveUp.INSTANCE;
        }
        space();
      }
    }

    // ------------------------------------------------------------------ members

    /**
     * Reads a property name and its colon, and returns its index in {@code known}, or -1 for
     * another name, which {@link #unknownName} then records.
     */
    private int name(String[] known, int depth) {
      if (next() != '"') {
        throw GiveUp.INSTANCE;
      }
      int start = i;
      while (true) {
        char c = next();
        if (c == '"') {
          break;
        }
        if (c == '\\' || c < 0x20) {
          throw GiveUp.INSTANCE; // an escaped name may spell a known one: the general reader
        }
      }
      int length = i - 1 - start;
      if (length > MAX_NAME) {
        throw GiveUp.INSTANCE;
      }
      nameStart = start;
      nameLength = length;
      space();
      expect(':');
      space();
      for (int k = 0; k < known.length; k++) {
        if (equals(known[k], start, length)) {
          return k;
        }
      }
      return -1;
    }

    private int nameStart;
    private int nameLength;

    private boolean equals(String name, int start, int length) {
      if (name.length() != length) {
        return false;
      }
      for (int k = 0; k < length; k++) {
        if (s[start + k] != name.charAt(k)) {
          return false;
        }
      }
      return true;
    }

    /** Marks field {@code bit} seen; a property named twice is the general reader's error. */
    private int once(int seen, int bit) {
      if ((seen & 1 << bit) != 0) {
        throw GiveUp.INSTANCE;
      }
      return seen | 1 << bit;
    }

    /**
     * Records the unknown name just read in the object at {@code depth}, which has {@code count}
     * already; a name it has had before is the general reader's error. Returns the new count.
     */
    private int unknownName(int depth, int count) {
      if (count == MAX_NAMES) {
        throw GiveUp.INSTANCE;
      }
      int[] names = unknownNames[depth];
      if (names == null) {
        names = unknownNames[depth] = new int[2 * MAX_NAMES];
      }
      for (int k = 0; k < count; k++) {
        int start = names[2 * k];
        if (names[2 * k + 1] == nameLength
            && java.util.Arrays.equals(s, start, start + nameLength, s, nameStart,
                nameStart + nameLength)) {
          throw GiveUp.INSTANCE;
        }
      }
      names[2 * count] = nameStart;
      names[2 * count + 1] = nameLength;
      return count + 1;
    }

    /** After a member: true if a comma follows (and another member), false at the closing brace. */
    private boolean nextMember() {
      space();
      char c = next();
      if (c == ',') {
        space();
        return true;
      }
      if (c != '}') {
        throw GiveUp.INSTANCE;
      }
      i--; // the caller steps over the brace
      return false;
    }

    // ------------------------------------------------------------------ values

    private boolean isNull() {
      if (i + 4 <= n && s[i] == 'n' && s[i + 1] == 'u' && s[i + 2] == 'l' && s[i + 3] == 'l') {
        i += 4;
        literalEnd();
        return true;
      }
      return false;
    }

    /** A string, or null where {@code nullable}; anything else gives up. */
    private String text(boolean nullable) {
      if (peek() == '"') {
        return string();
      }
      if (nullable && isNull()) {
        return null;
      }
      throw GiveUp.INSTANCE;
    }

    /** A string value, its escapes decoded. */
    private String string() {
      i++; // the opening quote
      int start = i;
      while (i < n) {
        char c = s[i];
        if (c == '"') {
          int length = i - start;
          checkLength(length);
          i++;
          return line.substring(start, start + length); // a copy of bytes, for Latin-1 text
        }
        if (c == '\\') {
          return escaped(start);
        }
        if (c < 0x20) {
          throw GiveUp.INSTANCE;
        }
        i++;
      }
      throw GiveUp.INSTANCE;
    }

    /** The rest of a string that holds an escape, from {@code start}; {@link #i} at the escape. */
    private String escaped(int start) {
      StringBuilder b = new StringBuilder(i - start + 16);
      b.append(s, start, i - start);
      while (i < n) {
        char c = s[i++];
        if (c == '"') {
          checkLength(b.length());
          return b.toString();
        }
        if (c < 0x20) {
          throw GiveUp.INSTANCE;
        }
        if (c != '\\') {
          b.append(c);
          continue;
        }
        char e = next();
        switch (e) {
          case '"', '\\', '/' -> b.append(e);
          case 'b' -> b.append('\b');
          case 'f' -> b.append('\f');
          case 'n' -> b.append('\n');
          case 'r' -> b.append('\r');
          case 't' -> b.append('\t');
          case 'u' -> b.append(hex4());
          default -> throw GiveUp.INSTANCE;
        }
      }
      throw GiveUp.INSTANCE;
    }

    private char hex4() {
      if (i + 4 > n) {
        throw GiveUp.INSTANCE;
      }
      int v = 0;
      for (int k = 0; k < 4; k++) {
        int d = Character.digit(s[i++], 16);
        if (d < 0 || s[i - 1] > 'f') { // ASCII hex digits only
          throw GiveUp.INSTANCE;
        }
        v = v << 4 | d;
      }
      return (char) v;
    }

    /** A string longer than the tokenizer lets through is the general reader's error. */
    private void checkLength(int length) {
      if (length > limits.maxTextChars()) {
        throw GiveUp.INSTANCE;
      }
    }

    /** Skips a value of a property nobody reads, checking it as the general reader would. */
    private void skipValue(int depth) {
      char c = peek();
      switch (c) {
        case '"' -> string();
        case '{' -> skipObject(depth + 1);
        case '[' -> skipArray(depth + 1);
        case 't' -> literal("true");
        case 'f' -> literal("false");
        case 'n' -> literal("null");
        default -> skipNumber();
      }
    }

    private void skipObject(int depth) {
      if (depth > maxDepth) {
        throw GiveUp.INSTANCE;
      }
      i++;
      space();
      if (peek() == '}') {
        i++;
        return;
      }
      int count = 0;
      while (true) {
        name(NONE, depth);
        count = unknownName(depth, count);
        skipValue(depth);
        if (!nextMember()) {
          i++;
          return;
        }
      }
    }

    private void skipArray(int depth) {
      if (depth > maxDepth) {
        throw GiveUp.INSTANCE;
      }
      i++;
      space();
      if (peek() == ']') {
        i++;
        return;
      }
      while (true) {
        skipValue(depth);
        space();
        char c = next();
        if (c == ']') {
          return;
        }
        if (c != ',') {
          throw GiveUp.INSTANCE;
        }
        space();
      }
    }

    private void literal(String word) {
      int length = word.length();
      if (i + length > n || !equals(word, i, length)) {
        throw GiveUp.INSTANCE;
      }
      i += length;
      literalEnd();
    }

    /** A literal must end where a token can: {@code nullx} is not {@code null}. */
    private void literalEnd() {
      if (i < n) {
        char c = s[i];
        if (c != ',' && c != '}' && c != ']' && !isSpace(c)) {
          throw GiveUp.INSTANCE;
        }
      }
    }

    /**
     * Skips a JSON number without an exponent ({@code -?(0|[1-9][0-9]*)(.[0-9]+)?}), no longer
     * than the limits let the tokenizer read; anything else gives up.
     */
    private void skipNumber() {
      int start = i;
      if (i < n && s[i] == '-') {
        i++;
      }
      int digits = digits();
      if (digits == 0 || (digits > 1 && s[i - digits] == '0')) {
        throw GiveUp.INSTANCE;
      }
      if (i < n && s[i] == '.') {
        i++;
        if (digits() == 0) {
          throw GiveUp.INSTANCE;
        }
      }
      if (i - start > limits.maxNumberChars()) {
        throw GiveUp.INSTANCE;
      }
      literalEnd(); // an exponent, or anything else glued on, gives up
    }

    private int digits() {
      int start = i;
      while (i < n && s[i] >= '0' && s[i] <= '9') {
        i++;
      }
      return i - start;
    }

    // ------------------------------------------------------------------ characters

    private static boolean isSpace(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private void space() {
      while (i < n && isSpace(s[i])) {
        i++;
      }
    }

    private char peek() {
      if (i >= n) {
        throw GiveUp.INSTANCE;
      }
      return s[i];
    }

    private char next() {
      if (i >= n) {
        throw GiveUp.INSTANCE;
      }
      return s[i++];
    }

    private void expect(char c) {
      if (next() != c) {
        throw GiveUp.INSTANCE;
      }
    }
  }
}
