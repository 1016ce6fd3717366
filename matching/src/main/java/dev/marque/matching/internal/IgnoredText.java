package dev.marque.matching.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The step before normalisation that blanks what is never a brand mention however it is spelled: web
 * and e-mail addresses ({@code gucci-outlet.com}, {@code sales@rolex-deals.net}) and product codes
 * ({@code GG-1234-BK}, {@code AB123456}), each as {@link dev.marque.matching.MatchOptions} asks.
 * Blanked characters become spaces, so the text keeps its length and every offset into it still
 * points into the original. Immutable and thread-safe.
 */
final class IgnoredText {
  private static final Set<String> TOP_LEVEL_DOMAINS = Set.of("com", "net", "org", "info", "biz",
      "shop", "store", "online", "site", "top", "xyz", "cn", "hk", "tw", "jp", "kr", "ru", "de", "fr",
      "it", "es", "nl", "uk", "co", "io", "us", "ca", "au", "in", "br", "tr", "vn", "th", "id", "my",
      "sg", "ph");

  private final boolean urlsAndEmails;
  private final boolean skus;

  /**
   * A step that blanks web and e-mail addresses when {@code urlsAndEmails}, product codes when
   * {@code skus}.
   */
  IgnoredText(boolean urlsAndEmails, boolean skus) {
    this.urlsAndEmails = urlsAndEmails;
    this.skus = skus;
  }

  /**
   * {@return the text with web addresses, e-mail addresses and product codes blanked out, as asked:
   * same length, so offsets still point into the original} Scanned by hand, word by word, so the cost
   * stays linear whatever the text (a regular expression can backtrack badly on hostile input).
   */
  String apply(String text) {
    if (!urlsAndEmails && !skus) {
      return text;
    }
    char[] c = null;
    int n = text.length();
    for (int i = 0; i < n; ) {
      if (Character.isWhitespace(text.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && !Character.isWhitespace(text.charAt(j))) {
        j++;
      }
      String word = text.substring(i, j);
      boolean blank = (urlsAndEmails && isUrlOrEmail(word))
          || (skus && isSku(trimPunctuation(word)));
      if (blank) {
        if (c == null) {
          c = text.toCharArray();
        }
        Arrays.fill(c, i, j, ' ');
      }
      i = j;
    }
    return c == null ? text : new String(c);
  }

  static boolean isUrlOrEmail(String word) {
    String w = trimPunctuation(word).toLowerCase(Locale.ROOT);
    if (w.contains("://") || w.startsWith("www.")) {
      return true;
    }
    int at = w.indexOf('@');
    if (at > 0 && w.indexOf('.', at) > at + 1) {
      return true;
    }
    int slash = w.indexOf('/');
    String host = slash < 0 ? w : w.substring(0, slash);
    int dot = host.lastIndexOf('.');
    return dot > 0 && TOP_LEVEL_DOMAINS.contains(host.substring(dot + 1));
  }

  /** A product code: letters and digits in hyphenated parts ({@code GG-1234-BK}), or four digits or more after at most four letters ({@code AB123456}). */
  static boolean isSku(String w) {
    if (w.isEmpty()) {
      return false;
    }
    boolean letter = false;
    boolean digit = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      boolean alnum = c < 0x80 && Character.isLetterOrDigit(c);
      if (!alnum && c != '-') {
        return false;
      }
      letter |= Character.isLetter(c);
      digit |= Character.isDigit(c);
    }
    if (w.indexOf('-') > 0 && !w.endsWith("-") && !w.contains("--")) {
      return letter && digit;
    }
    int i = 0;
    while (i < w.length() && Character.isLetter(w.charAt(i))) {
      i++;
    }
    int digits = 0;
    while (i + digits < w.length() && Character.isDigit(w.charAt(i + digits))) {
      digits++;
    }
    return i <= 4 && digits >= 4;
  }

  private static String trimPunctuation(String w) {
    int from = 0;
    int to = w.length();
    while (from < to && !Character.isLetterOrDigit(w.charAt(from))) {
      from++;
    }
    while (to > from && !Character.isLetterOrDigit(w.charAt(to - 1))) {
      to--;
    }
    return w.substring(from, to);
  }
}
