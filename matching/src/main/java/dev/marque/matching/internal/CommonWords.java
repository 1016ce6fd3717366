package dev.marque.matching.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Loads the common-word list marque ships as a resource. */
public final class CommonWords {
  private static final String RESOURCE = "/dev/marque/matching/common-words-en.txt";
  private static final Set<String> ENGLISH = load();

  private CommonWords() {}

  /** The shipped list: lower case, unmodifiable. */
  public static Set<String> english() {
    return ENGLISH;
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>();
    try (InputStream in = CommonWords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("marque-matching is missing its resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#")) {
          continue;
        }
        for (String w : line.trim().split("\\s+")) {
          if (!w.isEmpty()) {
            words.add(w.toLowerCase(Locale.ROOT));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
