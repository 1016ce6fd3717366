package dev.marque.capture.internal;

import java.net.URI;
import java.util.Optional;

/** Small text helpers shared by the page readers. */
public final class Texts {
  private Texts() {}

  /** The text stripped and with runs of white space collapsed; null when null or blank. */
  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    String s = text.replaceAll("[\\s\\u00A0]+", " ").strip();
    return s.isEmpty() ? null : s;
  }

  /** The first of the texts that is not null. */
  public static String first(String a, String b) {
    return a != null ? a : b;
  }

  /**
   * An absolute http(s) URL for a reference resolved against a base, or empty when it is neither
   * absolute nor resolvable (a {@code javascript:} link, a malformed reference).
   */
  public static Optional<String> absoluteHttpUrl(String reference, String base) {
    String ref = clean(reference);
    if (ref == null) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(ref.replace(" ", "%20"));
      if (!uri.isAbsolute() && base != null && !base.isBlank()) {
        uri = new URI(base.strip()).resolve(uri);
      }
      String scheme = uri.getScheme();
      if (scheme == null || uri.getHost() == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
        return Optional.empty();
      }
      return Optional.of(uri.toString());
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
