package dev.marque.matching.signals;

import dev.marque.core.BrandMention;
import dev.marque.core.ListingField;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How the signals' reasons write fields, money, ratios and quoted text. */
final class Messages {
  private Messages() {}

  /** The field's name as a message says it: {@code title}, {@code seller name}. */
  static String fieldName(ListingField field) {
    return switch (field) {
      case TITLE -> "title";
      case DESCRIPTION -> "description";
      case SELLER_NAME -> "seller name";
      case URL -> "URL";
    };
  }

  /**
   * Money as {@link Money#toString()} writes it ({@code 25.00 USD}) as a person writes it
   * ({@code 25 USD}): the decimals dropped when they are all zero.
   */
  static String wholeIfWhole(String money) {
    int space = money.indexOf(' ');
    int dot = money.lastIndexOf('.', space);
    if (dot < 0) {
      return money;
    }
    for (int i = dot + 1; i < space; i++) {
      if (money.charAt(i) != '0') {
        return money;
      }
    }
    return money.substring(0, dot) + money.substring(space);
  }

  /**
   * The value rounded half up to four decimals, trailing zeros dropped ({@code 0.0294},
   * {@code 0.5}, {@code 0}): what {@code BigDecimal.valueOf(value).setScale(4, HALF_UP)
   * .stripTrailingZeros().toPlainString()} gives.
   */
  static String fourDecimals(double value) {
    String rounded = halfUp(value, 4);
    if (rounded == null) {
      return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros()
          .toPlainString();
    }
    int end = rounded.length();
    while (rounded.charAt(end - 1) == '0') {
      end--;
    }
    return rounded.substring(0, rounded.charAt(end - 1) == '.' ? end - 1 : end);
  }

  /**
   * The digits of {@link Double#toString(double)} rounded half up to the given decimals, as
   * {@code BigDecimal.valueOf(value).setScale(decimals, HALF_UP)} and
   * {@code String.format("%.1f", value)} round them: {@code 0.0294}, {@code 1.0}. Null when that
   * string is not plain digits (negative, or in computerized scientific notation).
   */
  static String halfUp(double value, int decimals) {
    String digits = Double.toString(value);
    int dot = digits.indexOf('.');
    if (dot < 0 || digits.charAt(0) == '-' || digits.indexOf('E') >= 0) {
      return null;
    }
    int kept = Math.min(digits.length(), dot + 1 + decimals);
    char[] c = new char[dot + 2 + decimals]; // c[0] takes a carry out of the first digit
    Arrays.fill(c, '0');
    digits.getChars(0, kept, c, 1);
    if (kept < digits.length() && digits.charAt(kept) >= '5') {
      int i = c.length - 1;
      while (c[i] == '9' || c[i] == '.') {
        if (c[i] == '9') {
          c[i] = '0';
        }
        i--;
      }
      c[i]++;
    }
    int from = c[0] == '0' ? 1 : 0;
    return new String(c, from, c.length - from);
  }

  /**
   * The parts joined, copied once into a string of their length: messages are built for every
   * listing that names a brand.
   */
  static String concat(String... parts) {
    int length = 0;
    for (String part : parts) {
      length += part.length();
    }
    StringBuilder text = new StringBuilder(length);
    for (String part : parts) {
      text.append(part);
    }
    return text.toString();
  }

  /** The fields of the mentions as a bit set over {@link ListingField#ordinal()}. */
  static int fieldBits(List<BrandMention> mentions) {
    int bits = 0;
    for (int i = 0; i < mentions.size(); i++) {
      bits |= 1 << mentions.get(i).field().ordinal();
    }
    return bits;
  }

  /** The names of the mentions' fields, in the order of {@link ListingField}, joined by and. */
  static String fieldNames(List<BrandMention> mentions) {
    int fields = fieldBits(mentions);
    if (Integer.bitCount(fields) == 1) {
      return fieldName(mentions.get(0).field()); // as for most brands
    }
    String names = null;
    for (ListingField f : ListingField.values()) {
      if ((fields & (1 << f.ordinal())) != 0) {
        names = names == null ? fieldName(f) : names + " and " + fieldName(f);
      }
    }
    return names;
  }

  /** A ratio as a percentage: whole percent from 1%, one decimal below it. */
  static String percent(double ratio) {
    double p = ratio * 100.0;
    if (p >= 1.0 || p == 0.0) {
      return Math.round(p) + "%";
    }
    String tenths = halfUp(p, 1);
    return (tenths != null ? tenths : String.format(Locale.ROOT, "%.1f", p)) + "%";
  }

  /** The maximum characters of listing text a message quotes. */
  static final int MAX_QUOTE_CHARS = 60;

  /** Listing text short enough to quote in a one-line message, on one line. */
  static String clip(String text) {
    StringBuilder line = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n' || c == '\t') {
        if (line == null) {
          line = new StringBuilder(text.length()).append(text, 0, i);
        }
        if (line.length() == 0 || line.charAt(line.length() - 1) != ' ') {
          line.append(' ');
        }
      } else if (line != null) {
        line.append(c);
      }
    }
    String one = (line == null ? text : line.toString()).strip();
    return one.length() <= MAX_QUOTE_CHARS ? one
        : one.substring(0, MAX_QUOTE_CHARS - 1) + "\u2026";
  }
}
