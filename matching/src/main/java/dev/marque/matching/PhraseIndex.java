package dev.marque.matching;

import dev.marque.matching.internal.PhraseMatcher;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds any of a list of phrases in text however it is disguised: the general matcher {@link
 * BrandIndex} is built on, for brands, and that the assessor uses for counterfeit cue words
 * ("replica", "1:1", "高仿"). Compiled once, immutable and thread-safe.
 *
 * <pre>{@code
 * PhraseIndex cues = PhraseIndex.of(Map.of(
 *     "replica", List.of("replica", "replika"),
 *     "one-to-one", List.of("1:1"),
 *     "high-imitation", List.of("高仿")));
 * cues.find("R3plica bag 1:1 高仿");   // three matches, with offsets into the text as given
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PhraseIndex {
  private final PhraseMatcher matcher;
  private final MatchOptions options;
  private final int size;

  private PhraseIndex(PhraseMatcher matcher, MatchOptions options, int size) {
    this.matcher = matcher;
    this.options = options;
    this.size = size;
  }

  /**
   * {@return an index of the phrases with the {@linkplain MatchOptions#defaults() default options}}
   *
   * @param spellingsByName each phrase's name and its spellings
   */
  public static PhraseIndex of(Map<String, ? extends Collection<String>> spellingsByName) {
    return of(spellingsByName, MatchOptions.defaults());
  }

  /**
   * {@return an index of the phrases: each name (the first spelling reported as the canonical one)
   * with every spelling to look for} A name is also looked for itself, so its spellings may omit
   * it.
   *
   * @param spellingsByName each phrase's name and its spellings
   * @param options how to match
   * @throws IllegalArgumentException if a name is blank
   * @throws NullPointerException naming the argument, if anything is null
   */
  public static PhraseIndex of(Map<String, ? extends Collection<String>> spellingsByName,
      MatchOptions options) {
    return of(spellingsByName, Map.of(), Map.of(), false, options);
  }

  /**
   * An index as {@link #of(Map, MatchOptions)}, whose misspellings of short phrases are reported
   * only when corroborated, as brands' are (see {@link BrandIndex}): by a word of the phrase's
   * {@code corroborating} phrases or one naming goods of its {@code goodsClasses} (bits), among
   * other signs.
   */
  static PhraseIndex of(Map<String, ? extends Collection<String>> spellingsByName,
      Map<String, ? extends Collection<String>> corroborating, Map<String, Long> goodsClasses,
      boolean corroborateShort, MatchOptions options) {
    Objects.requireNonNull(spellingsByName, "spellingsByName must not be null");
    Objects.requireNonNull(options, "options must not be null");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    spellingsByName.forEach((name, spellings) -> {
      Objects.requireNonNull(name, "spellingsByName has a null name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("spellingsByName has a blank name");
      }
      Objects.requireNonNull(spellings, "spellingsByName[" + name + "] must not be null");
      List<String> all = new ArrayList<>();
      all.add(name);
      for (String s : spellings) {
        Objects.requireNonNull(s, "spellingsByName[" + name + "] has a null spelling");
        if (!s.isBlank() && !all.contains(s)) {
          all.add(s);
        }
      }
      copy.put(name, all);
    });
    return new PhraseIndex(PhraseMatcher.compile(copy, corroborating, goodsClasses,
        corroborateShort, options),
        options, copy.size());
  }

  /**
   * {@return the phrases in {@code text}, sorted by start offset; where candidates overlap, only
   * the best (the most similar, then the longest) is kept} Never throws on any text, and takes time
   * proportional to its length, not to the number of phrases.
   *
   * @param text any text, as given
   */
  public List<PhraseMatch> find(String text) {
    Objects.requireNonNull(text, "text must not be null");
    return matcher.find(text);
  }

  /** {@return the number of names indexed} */
  public int size() {
    return size;
  }

  /** {@return the options the index was compiled with} */
  public MatchOptions options() {
    return options;
  }
}
