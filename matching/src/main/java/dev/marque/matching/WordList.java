package dev.marque.matching;

import java.io.UncheckedIOException;

/**
 * One language's word forms supplied by another artifact at run time, for a {@link Lexicon}: a
 * service that {@link Lexicon} finds with {@link java.util.ServiceLoader} when the language has no
 * list of marque's own on the class path. {@code marque-lexicons-languagetool} provides German and
 * Italian this way, reading dictionaries that stay in their own artifacts under their own licences.
 *
 * <p>An implementation has a public no-argument constructor that reads nothing (the list is read on
 * first use, or by {@link #load()}), is thread-safe, and is registered in {@code
 * META-INF/services/dev.marque.matching.WordList} (or {@code provides} in its module descriptor).
 *
 * @since 0.2.0
 */
public interface WordList {

  /** {@return the language, an ISO 639-1 code among {@link Lexicon#KNOWN_LANGUAGES}} */
  String language();

  /**
   * Whether a word is a word of the language.
   *
   * @param folded a word {@linkplain Lexicon#fold folded}, of the letters {@code a}-{@code z} only
   * @return whether the language has a word form that folds to it and is no proper name
   * @throws UncheckedIOException if the list cannot be read
   */
  boolean contains(String folded);

  /**
   * Whether a word is a proper name the list knows (a place, a person's name): a name is not a
   * misspelling of a brand ({@code Graz} is no Grav, {@code Linz} no LINE), though it is no ordinary
   * word either (a brand that is a name is still judged as a brand). None by default.
   *
   * @param folded a word {@linkplain Lexicon#fold folded}, of the letters {@code a}-{@code z} only
   * @return whether the list holds it as a proper name, and not as an ordinary word
   * @throws UncheckedIOException if the list cannot be read
   * @since 0.2.0
   */
  default boolean isName(String folded) {
    return false;
  }

  /**
   * Whether the list holds a word form itself, rather than taking it for a word by a rule for the
   * forms no list holds (a German compound or regular inflection: {@code Lederhandtaschen},
   * {@code wandre}). A word by such a rule alone is a word of the language only in a text that
   * shows the language: in a Spanish title, {@code singlesore} is SingleStore misspelt, not a
   * German compound of Single and Sore. Every word of {@link #contains} by default.
   *
   * @param folded a word {@linkplain Lexicon#fold folded}, of the letters {@code a}-{@code z} only
   * @return whether the language has that very form, no proper name
   * @throws UncheckedIOException if the list cannot be read
   * @since 0.2.0
   */
  default boolean isListed(String folded) {
    return contains(folded);
  }

  /**
   * Reads the list now, once; later calls return at once.
   *
   * @throws UncheckedIOException if the list cannot be read
   */
  void load();

  /**
   * {@return the number of entries the list holds (forms, or forms with their readings), or -1
   * when that cannot be told without reading them all}
   */
  long size();
}
