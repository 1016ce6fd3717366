package dev.marque.notices.internal;

import java.util.regex.Pattern;

/**
 * Listing text made safe to quote: it stays data, whatever a seller typed. Line breaks and
 * control characters would let a title forge lines of a notice, and bidirectional overrides
 * would let it display other than it reads, so each becomes a space; markup and template
 * syntax are left as they are, for the renderer escapes them.
 */
public final class ListingText {
  private ListingText() {}

  private static final Pattern UNSAFE = Pattern.compile(
      "[\\p{Cc}\\u2028\\u2029\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069]+");
  private static final Pattern SPACES = Pattern.compile("\\s{2,}");

  /** The text on one line, unsafe characters as spaces, cut at the quoting limit. */
  public static String clean(String text) {
    String s = SPACES.matcher(UNSAFE.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
    if (s.length() > ModelBuilder.MAX_LISTING_TEXT_CHARS) {
      int cut = ModelBuilder.MAX_LISTING_TEXT_CHARS - 1;
      if (Character.isHighSurrogate(s.charAt(cut - 1))) {
        cut--;
      }
      s = s.substring(0, cut) + "\u2026";
    }
    return s;
  }
}
