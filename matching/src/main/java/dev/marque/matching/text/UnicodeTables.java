package dev.marque.matching.text;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The Unicode character data the normaliser needs, read from {@value #RESOURCE}: general category,
 * Default_Ignorable_Code_Point, canonical combining class and compositions, the NFKC_Casefold
 * mapping, and the UTS #39 confusable folds. The table is generated at build time from the
 * Unicode data ICU4J carries ({@code matching/generate/GenerateUnicodeTables.java}), so the
 * normaliser gives the same results whatever the JDK's own Unicode version, without ICU4J at run
 * time.
 */
final class UnicodeTables {
  static final String RESOURCE = "unicode-tables.bin";

  private static final int MAGIC = 0x4d515554;
  private static final int FORMAT = 1;
  private static final int CATEGORY = 0x1F;
  private static final int DEFAULT_IGNORABLE = 1 << 5;
  private static final int CASEFOLD_BOUNDARY = 1 << 6;
  private static final int CASEFOLD_MAPPED = 1 << 7;
  private static final int NONZERO_CCC = 1 << 8;
  private static final int COMBINES_BACK = 1 << 9;
  private static final int CONFUSABLE_FOLD = 1 << 10;
  private static final int LETTER = 1 << Character.UPPERCASE_LETTER
      | 1 << Character.LOWERCASE_LETTER | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER
      | 1 << Character.OTHER_LETTER;
  private static final int LETTER_OR_DIGIT = LETTER | 1 << Character.DECIMAL_DIGIT_NUMBER;

  private static final String UNICODE_VERSION;
  private static final int SHIFT;
  private static final char[] INDEX;
  private static final char[] BLOCKS;
  private static final int[] MAPPED_CODE_POINTS;
  private static final int[] MAPPING_START;
  private static final char[] MAPPING_CHARS;
  private static final int[] CCC_CODE_POINTS;
  private static final byte[] CCC_VALUES;
  private static final long[] COMPOSITION_PAIRS;
  private static final int[] COMPOSITES;
  private static final int[] FOLDED_CODE_POINTS;
  private static final String[] FOLDS;

  static {
    try (InputStream raw = UnicodeTables.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException(RESOURCE + " is missing from marque-matching");
      }
      DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
      if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
        throw new IllegalStateException(RESOURCE + " is not a table this marque-matching reads");
      }
      UNICODE_VERSION = in.readUTF();
      in.readUTF(); // the ICU4J version the table was generated with
      SHIFT = in.readInt();
      INDEX = readChars(in, in.readInt());
      BLOCKS = readChars(in, in.readInt() << SHIFT);

      int mappings = in.readInt();
      MAPPED_CODE_POINTS = new int[mappings];
      MAPPING_START = new int[mappings + 1];
      StringBuilder chars = new StringBuilder(mappings * 2);
      for (int i = 0; i < mappings; i++) {
        MAPPED_CODE_POINTS[i] = in.readInt();
        MAPPING_START[i] = chars.length();
        chars.append(readChars(in, in.readUnsignedShort()));
      }
      MAPPING_START[mappings] = chars.length();
      MAPPING_CHARS = chars.toString().toCharArray();

      int classes = in.readInt();
      CCC_CODE_POINTS = new int[classes];
      CCC_VALUES = new byte[classes];
      for (int i = 0; i < classes; i++) {
        CCC_CODE_POINTS[i] = in.readInt();
        CCC_VALUES[i] = in.readByte();
      }

      int pairs = in.readInt();
      COMPOSITION_PAIRS = new long[pairs];
      COMPOSITES = new int[pairs];
      for (int i = 0; i < pairs; i++) {
        COMPOSITION_PAIRS[i] = in.readLong();
        COMPOSITES[i] = in.readInt();
      }

      int folds = in.readInt();
      FOLDED_CODE_POINTS = new int[folds];
      FOLDS = new String[folds];
      for (int i = 0; i < folds; i++) {
        FOLDED_CODE_POINTS[i] = in.readInt();
        FOLDS[i] = new String(readChars(in, in.readUnsignedShort())).intern();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private UnicodeTables() {}

  private static char[] readChars(DataInputStream in, int n) throws IOException {
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = in.readChar();
    }
    return c;
  }

  /** {@return the version of Unicode the tables hold, such as {@code 17.0.0.0}} */
  static String unicodeVersion() {
    return UNICODE_VERSION;
  }

  private static int properties(int cp) {
    return BLOCKS[INDEX[cp >>> SHIFT] << SHIFT | (cp & ((1 << SHIFT) - 1))];
  }

  /**
   * {@return the general category of the code point, numbered as {@link Character#getType(int)}
   * numbers it}
   *
   * @param cp a code point
   */
  static int type(int cp) {
    return properties(cp) & CATEGORY;
  }

  /** {@return whether the code point is a letter (general category L)} @param cp a code point */
  static boolean isLetter(int cp) {
    return (1 << type(cp) & LETTER) != 0;
  }

  /** {@return whether the code point is a letter or a decimal digit} @param cp a code point */
  static boolean isLetterOrDigit(int cp) {
    return (1 << type(cp) & LETTER_OR_DIGIT) != 0;
  }

  /** {@return whether the code point is Default_Ignorable_Code_Point} @param cp a code point */
  static boolean isDefaultIgnorable(int cp) {
    return (properties(cp) & DEFAULT_IGNORABLE) != 0;
  }

  /**
   * {@return whether NFKC_Casefold never joins the code point with what comes before it}
   *
   * @param cp a code point
   */
  static boolean hasCasefoldBoundaryBefore(int cp) {
    return (properties(cp) & CASEFOLD_BOUNDARY) != 0;
  }

  /**
   * {@return the Latin letters a letter outside ASCII folds to by its UTS #39 skeleton (or its
   * canonical decomposition), or the empty string when it has none}
   *
   * @param cp a code point
   */
  static String confusableFold(int cp) {
    if ((properties(cp) & CONFUSABLE_FOLD) == 0) {
      return "";
    }
    return FOLDS[Arrays.binarySearch(FOLDED_CODE_POINTS, cp)];
  }

  /**
   * {@return {@code s} in Unicode NFKC_Casefold: each code point mapped by its NFKC_Casefold
   * mapping, the result in NFC}
   *
   * @param s any text; an unpaired surrogate is kept as it is
   */
  static String nfkcCasefold(String s) {
    int n = s.length();
    if (n == 0) {
      return s;
    }
    int cp0 = s.codePointAt(0);
    if (Character.charCount(cp0) == n && (properties(cp0) & CASEFOLD_MAPPED) == 0) {
      return s; // one code point that neither folds nor decomposes is its own normal form
    }
    int[] buf = new int[n + 8];
    int len = 0;
    for (int i = 0; i < n; ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if ((properties(cp) & CASEFOLD_MAPPED) == 0) {
        if (len == buf.length) {
          buf = Arrays.copyOf(buf, len * 2);
        }
        buf[len++] = cp;
        continue;
      }
      int m = Arrays.binarySearch(MAPPED_CODE_POINTS, cp);
      for (int k = MAPPING_START[m]; k < MAPPING_START[m + 1]; ) {
        int mapped = Character.codePointAt(MAPPING_CHARS, k);
        k += Character.charCount(mapped);
        if (len == buf.length) {
          buf = Arrays.copyOf(buf, len * 2);
        }
        buf[len++] = mapped;
      }
    }
    reorder(buf, len);
    len = compose(buf, len);
    StringBuilder out = new StringBuilder(len + 4);
    for (int i = 0; i < len; i++) {
      out.appendCodePoint(buf[i]);
    }
    return out.toString();
  }

  private static int combiningClass(int cp) {
    if ((properties(cp) & NONZERO_CCC) == 0) {
      return 0;
    }
    return CCC_VALUES[Arrays.binarySearch(CCC_CODE_POINTS, cp)] & 0xFF;
  }

  /** Canonical ordering: each run of non-starters sorted by combining class, stably. */
  private static void reorder(int[] buf, int len) {
    for (int i = 1; i < len; i++) {
      int cc = combiningClass(buf[i]);
      if (cc == 0) {
        continue;
      }
      int cp = buf[i];
      int j = i;
      while (j > 0 && combiningClass(buf[j - 1]) > cc) {
        buf[j] = buf[j - 1];
        j--;
      }
      buf[j] = cp;
    }
  }

  /** Canonical composition (UAX #15) in place; returns the new length. */
  private static int compose(int[] buf, int len) {
    if (len == 0) {
      return 0;
    }
    int lastClass = combiningClass(buf[0]);
    int starterAt = lastClass == 0 ? 0 : -1; // -1: no starter to compose with yet
    int out = 1;
    for (int i = 1; i < len; i++) {
      int cp = buf[i];
      int cc = combiningClass(cp);
      if (starterAt >= 0 && (lastClass < cc || lastClass == 0)) {
        int composite = composite(buf[starterAt], cp);
        if (composite >= 0) {
          buf[starterAt] = composite;
          continue;
        }
      }
      if (cc == 0) {
        starterAt = out;
      }
      lastClass = cc;
      buf[out++] = cp;
    }
    return out;
  }

  private static final int HANGUL_S = 0xAC00;
  private static final int HANGUL_L = 0x1100;
  private static final int HANGUL_V = 0x1161;
  private static final int HANGUL_T = 0x11A7;
  private static final int HANGUL_V_COUNT = 21;
  private static final int HANGUL_T_COUNT = 28;
  private static final int HANGUL_S_COUNT = 19 * HANGUL_V_COUNT * HANGUL_T_COUNT;

  /** The primary composite of the pair, or -1. */
  private static int composite(int first, int second) {
    if ((properties(second) & COMBINES_BACK) == 0) {
      return -1;
    }
    if (first >= HANGUL_L && first < HANGUL_L + 19 && second >= HANGUL_V
        && second < HANGUL_V + HANGUL_V_COUNT) {
      return HANGUL_S + ((first - HANGUL_L) * HANGUL_V_COUNT + second - HANGUL_V) * HANGUL_T_COUNT;
    }
    if (first >= HANGUL_S && first < HANGUL_S + HANGUL_S_COUNT
        && (first - HANGUL_S) % HANGUL_T_COUNT == 0 && second > HANGUL_T
        && second < HANGUL_T + HANGUL_T_COUNT) {
      return first + second - HANGUL_T;
    }
    int k = Arrays.binarySearch(COMPOSITION_PAIRS, (long) first << 21 | second);
    return k >= 0 ? COMPOSITES[k] : -1;
  }
}
