package dev.marque.lexicons.languagetool;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * German word forms, with their inflections ({@code Taschen}, {@code grüne}, {@code gekauft}), from
 * LanguageTool's German part-of-speech dictionary ({@code de.danielnaber:german-pos-dict}, CC BY-SA
 * 4.0, based on Morphy), read where that artifact lies on the class path. Proper names (tag {@code
 * EIG}) are not words; a compound of two words is one ({@code Handtasche}, {@code
 * Lederhandtaschen}, {@code Geburtstagsgeschenk}). Found by {@link java.util.ServiceLoader} as a {@link
 * dev.marque.matching.WordList}; use it through {@link dev.marque.matching.Lexicon}.
 *
 * @since 0.2.0
 */
public final class GermanWords extends MorfologikWords {
  /** Reads nothing until the first look-up or {@link #load()}. */
  public GermanWords() {
    super("de", "org/languagetool/resource/de/german.dict", StandardCharsets.UTF_8, '_',
        List.of("EIG"), true);
  }
}
