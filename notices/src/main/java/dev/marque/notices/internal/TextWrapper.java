package dev.marque.notices.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.WordUtils;

/**
 * Wraps plain text for e-mail. Latin text breaks at spaces (commons-text's
 * {@link WordUtils#wrap}); Chinese text, which has no spaces, breaks between characters,
 * counting each as two columns. A list item's continuation lines hang under its text, and a
 * word longer than the width (a URL) is never broken, so it still works when clicked.
 */
public final class TextWrapper {
  private TextWrapper() {}

  /** A list marker, or a short label and its colon, under whose end continuation lines hang. */
  private static final Pattern PREFIX = Pattern.compile(
      "^([ \u3000]*(?:(?:\\d+\\.|[-*\u2022]|\\(\\w\\))[ ]+"
          + "|(?=[^:\uff1a]{1,20}[:\uff1a])[\\p{L}\\p{M}/-]+(?: [\\p{L}\\p{M}/-]+){0,2}[:\uff1a]"
          + "[ \u3000]*)?)");
  private static final String NO_LINE_START = "，。、；：？！）》」』”’,.;:?!)";

  /** The text with every line longer than the width wrapped. */
  public static String wrap(String text, int width) {
    StringBuilder out = new StringBuilder(text.length() + 64);
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append('\n');
      }
      out.append(wrapLine(stripTrailing(lines[i]), width));
    }
    return out.toString();
  }

  private static String stripTrailing(String line) {
    return line.stripTrailing();
  }

  private static String wrapLine(String line, int width) {
    if (columns(line) <= width) {
      return line;
    }
    Matcher m = PREFIX.matcher(line);
    String prefix = m.find() ? m.group(1) : "";
    if (columns(prefix) > width / 2) {
      prefix = "";
    }
    String hang = " ".repeat(columns(prefix));
    String body = line.substring(prefix.length());
    int room = width - columns(prefix);
    if (!hasWide(body)) {
      return prefix + WordUtils.wrap(body, room, "\n" + hang, false);
    }
    List<String> rows = wide(body, room);
    return prefix + String.join("\n" + hang, rows);
  }

  private static List<String> wide(String body, int room) {
    List<String> tokens = tokens(body);
    List<String> rows = new ArrayList<>();
    StringBuilder row = new StringBuilder();
    int used = 0;
    for (String t : tokens) {
      int w = columns(t);
      boolean glue = NO_LINE_START.indexOf(t.charAt(0)) >= 0;
      if (used + w > room && used > 0 && !glue) {
        rows.add(row.toString().stripTrailing());
        row.setLength(0);
        used = 0;
        if (t.equals(" ")) {
          continue;
        }
      }
      row.append(t);
      used += w;
    }
    if (row.length() > 0) {
      rows.add(row.toString().stripTrailing());
    }
    return rows;
  }

  /** Each wide character alone, each run of other non-space characters together, spaces alone. */
  private static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (cp == ' ' || isWide(cp)) {
        out.add(s.substring(i, next));
        i = next;
        continue;
      }
      int j = next;
      while (j < s.length()) {
        int c = s.codePointAt(j);
        if (c == ' ' || isWide(c)) {
          break;
        }
        j += Character.charCount(c);
      }
      out.add(s.substring(i, j));
      i = j;
    }
    return out;
  }

  /** The width of the text in columns, a wide character counting two. */
  public static int columns(String s) {
    return s.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
  }

  private static boolean hasWide(String s) {
    return s.codePoints().anyMatch(TextWrapper::isWide);
  }

  private static boolean isWide(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
        || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6);
  }
}
