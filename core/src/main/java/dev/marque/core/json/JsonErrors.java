package dev.marque.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.marque.core.Limits;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words what the JSON parser throws in marque's own terms: where it is (the JSON path, the line and
 * column), what is wrong, and which limit applies — never the parser's class names, features or
 * source excerpts, and never more than a short excerpt of the input.
 */
final class JsonErrors {
  private JsonErrors() {}

  /** The most characters of the input a message quotes. */
  static final int EXCERPT_CHARS = 40;

  private static final Pattern UNEXPECTED_CHAR =
      Pattern.compile("^Unexpected character \\('(.{1,2})' \\(code (\\d+)");
  private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("^Unrecognized token '([^']*)'");
  private static final Pattern DUPLICATE = Pattern.compile("^Duplicate (?:field|Object property) '(.*)'$",
      Pattern.DOTALL);

  /** The problem for the exception, located by the parser's position when it was thrown. */
  static Problem problem(JsonProcessingException e, JsonParser parser, Limits limits) {
    String path = path(parser);
    String original = String.valueOf(e.getOriginalMessage());
    String what;
    if (e instanceof StreamConstraintsException) {
      what = constraint(original, limits);
    } else {
      Matcher duplicate = DUPLICATE.matcher(original);
      if (duplicate.find()) {
        return new Problem(path, "the property '" + excerpt(duplicate.group(1))
            + "' appears twice; each property may be given once");
      }
      what = syntax(original);
    }
    JsonLocation at = e.getLocation();
    String where = at == null || at.getLineNr() < 1 ? ""
        : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    return new Problem(path, what + where);
  }

  private static String constraint(String message, Limits limits) {
    String m = message.toLowerCase(Locale.ROOT);
    if (m.contains("nesting depth")) {
      return "nests deeper than " + limits.maxNestingDepth() + " levels, the limit";
    }
    if (m.contains("number value length")) {
      return "has a number longer than " + limits.maxNumberChars() + " characters, the limit";
    }
    if (m.contains("string value length") || m.contains("name length")) {
      return "has a text longer than " + limits.maxTextChars() + " characters, the limit";
    }
    return "is larger than marque reads";
  }

  private static String syntax(String message) {
    Matcher c = UNEXPECTED_CHAR.matcher(message);
    if (message.contains("comment")) {
      return "is not valid JSON: comments are not allowed";
    }
    if (message.startsWith("Unexpected end-of-input")) {
      return "is not valid JSON: it ends before the value is complete";
    }
    if (message.contains("Illegal unquoted character")) {
      return "is not valid JSON: a control character in text must be escaped";
    }
    if (message.contains("Unrecognized character escape")) {
      return "is not valid JSON: an invalid escape sequence in text";
    }
    if (message.contains("Leading zeroes") || message.contains("leading zero")) {
      return "is not valid JSON: a number must not start with 0";
    }
    if (message.contains("NaN") || message.contains("Infinity")) {
      return "is not valid JSON: NaN and Infinity are not numbers in JSON";
    }
    if (message.contains("Invalid UTF-8") || message.contains("Invalid UTF8")) {
      return "is not valid JSON: the text is not valid UTF-8";
    }
    if (message.contains("Numeric value") || message.contains("numeric value")) {
      return "is not valid JSON: a number that cannot be read";
    }
    Matcher t = UNRECOGNIZED_TOKEN.matcher(message);
    if (t.find()) {
      return "is not valid JSON: unexpected '" + excerpt(t.group(1)) + "'";
    }
    if (c.find()) {
      int code = Integer.parseInt(c.group(2));
      String shown = code == '\'' ? "a single quote (JSON text is in double quotes)"
          : Character.isISOControl(code) ? String.format("character U+%04X", code)
          : "'" + c.group(1) + "'";
      return "is not valid JSON: unexpected " + shown;
    }
    return "is not valid JSON";
  }

  /** The JSON path of the parser's current position, such as {@code brands[2].name}. */
  static String path(JsonParser parser) {
    if (parser == null) {
      return "";
    }
    StringBuilder path = new StringBuilder();
    build(parser.getParsingContext(), path, 0);
    return path.toString();
  }

  private static void build(JsonStreamContext context, StringBuilder path, int depth) {
    if (context == null || context.inRoot()) {
      return;
    }
    if (depth > 8) { // a path deeper than that helps no one; the limit's message says the rest
      if (path.indexOf("…") < 0) {
        path.append("…");
      }
      return;
    }
    build(context.getParent(), path, depth + 1);
    if (context.inArray()) {
      path.append('[').append(Math.max(0, context.getCurrentIndex())).append(']');
    } else if (context.inObject() && context.getCurrentName() != null) {
      if (path.length() > 0) {
        path.append('.');
      }
      path.append(excerpt(context.getCurrentName()));
    }
  }

  /** At most {@link #EXCERPT_CHARS} characters of the text, saying how long the whole is. */
  static String excerpt(String text) {
    if (text.length() <= EXCERPT_CHARS) {
      return text;
    }
    int end = EXCERPT_CHARS;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "… (" + text.length() + " characters)";
  }
}
