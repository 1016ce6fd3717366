package dev.marque.matching;

import dev.marque.core.Limits;
import dev.marque.matching.internal.CommonWords;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * How a {@link BrandIndex} or {@link PhraseIndex} matches: immutable, each {@code with...} method
 * returns a changed copy, as Jackson's configuration does.
 *
 * <pre>{@code
 * MatchOptions options = MatchOptions.defaults()
 *     .withIgnoreUrlsAndEmails(true)
 *     .withAdditionalCommonWords(List.of("dion", "tidey"));
 * }</pre>
 *
 * <table>
 * <caption>Options and their defaults</caption>
 * <tr><th>option</th><th>default</th><th>meaning</th></tr>
 * <tr><td>{@link #fuzzy()}</td><td>{@code true}</td><td>find misspellings within the edits a phrase's
 *   length allows: none up to 2 characters, one up to 5, two beyond (Elasticsearch's AUTO)</td></tr>
 * <tr><td>{@link #minSimilarity()}</td><td>{@code 0.0}</td><td>drop matches less similar than this</td></tr>
 * <tr><td>{@link #ignoreUrlsAndEmails()}</td><td>{@code false}</td><td>do not look inside web
 *   addresses and e-mail addresses in the text</td></tr>
 * <tr><td>{@link #ignoreSkus()}</td><td>{@code false}</td><td>do not look inside product codes such as
 *   {@code GG-1234-BK} or {@code AB123456}</td></tr>
 * <tr><td>{@link #commonWords()}</td><td>marque's list of common English words</td><td>words never
 *   reported as a misspelt phrase unless also disguised ({@code door} is not {@code Dior}, {@code
 *   d00r} may be); also the product words a brand may be glued to ({@code guccibag})</td></tr>
 * <tr><td>{@link #lexicon()}</td><td>every language on the class path ({@code marque-lexicons}
 *   ships English, French, Spanish, Portuguese and Dutch)</td><td>words of those languages, inflected
 *   forms included, never reported as a misspelt phrase unless also disguised ({@code version} is not
 *   Verizon, {@code réarme} is not ReadMe)</td></tr>
 * <tr><td>{@link #wordBrandsByContext()}</td><td>{@code true}</td><td>report a brand whose name
 *   is an ordinary word ({@code Coach}) only where the listing is about its goods</td></tr>
 * <tr><td>{@link #maxMentionsPerBrandAndField()}</td><td>100</td><td>the most mentions of one
 *   brand reported in one field; the first are kept</td></tr>
 * </table>
 *
 * @since 0.1.0
 */
public final class MatchOptions {
  private static final MatchOptions DEFAULTS =
      new MatchOptions(true, 0.0, false, false, CommonWords.english(), Lexicon.available(),
          true, Limits.defaults().maxMentionsPerBrandAndField());

  private final boolean fuzzy;
  private final double minSimilarity;
  private final boolean ignoreUrlsAndEmails;
  private final boolean ignoreSkus;
  private final Set<String> commonWords;
  private final Lexicon lexicon;
  private final boolean wordBrandsByContext;
  private final int maxMentionsPerBrandAndField;

  private MatchOptions(boolean fuzzy, double minSimilarity, boolean ignoreUrlsAndEmails,
      boolean ignoreSkus, Set<String> commonWords, Lexicon lexicon, boolean wordBrandsByContext,
      int maxMentionsPerBrandAndField) {
    this.maxMentionsPerBrandAndField = maxMentionsPerBrandAndField;
    this.lexicon = lexicon;
    this.wordBrandsByContext = wordBrandsByContext;
    this.fuzzy = fuzzy;
    this.minSimilarity = minSimilarity;
    this.ignoreUrlsAndEmails = ignoreUrlsAndEmails;
    this.ignoreSkus = ignoreSkus;
    this.commonWords = commonWords;
  }

  /** {@return the defaults in the table above} */
  public static MatchOptions defaults() {
    return DEFAULTS;
  }

  /**
   * {@return the common English words marque ships (lower case): a few thousand, written for
   * marque}
   */
  public static Set<String> englishCommonWords() {
    return CommonWords.english();
  }

  /** {@return whether misspellings are found} */
  public boolean fuzzy() {
    return fuzzy;
  }

  /** {@return the least similarity, in {@code [0, 1]}, a reported match has} */
  public double minSimilarity() {
    return minSimilarity;
  }

  /** {@return whether web and e-mail addresses in the text are skipped} */
  public boolean ignoreUrlsAndEmails() {
    return ignoreUrlsAndEmails;
  }

  /** {@return whether product codes in the text are skipped} */
  public boolean ignoreSkus() {
    return ignoreSkus;
  }

  /** {@return the words never reported as a misspelt phrase unless disguised} */
  public Set<String> commonWords() {
    return commonWords;
  }

  /**
   * Whether a brand whose name is an ordinary word (Ring, Apple, Coach, Dove) is reported only where
   * the listing is about its kind of goods; see {@link #withWordBrandsByContext(boolean)}.
   *
   * @return whether word-brands are judged by context
   */
  public boolean wordBrandsByContext() {
    return wordBrandsByContext;
  }

  /**
   * A copy that judges word-brands by context, or not. When on (the default), a plain mention of a
   * brand whose name is an ordinary word (a word of the {@link #lexicon()} or of the {@link
   * #commonWords()}) is reported only where the listing's title or description names goods of one
   * of the Nice classes of the brand's trade marks ({@code Coach tabby shoulder bag}: bags, class
   * 18), a term of the goods its trade marks are registered for ({@link
   * dev.marque.core.rights.Trademark#goods()}: {@code Puma Mieder} where a mark lists {@code
   * Mieder}) or a word of one of its products' names or aliases ({@code Apple iPhone 15 case});
   * {@code apple corer} and {@code coach whistle} are not mentions. Disguised forms ({@code C0ach}, {@code
   * Аpple} with a Cyrillic A, {@code C*ach}) are always reported, and a word-brand with neither goods
   * classes nor products is reported on every use, as when this is off. A name written with a
   * capital inside a word that no list holds as it is ({@code KakaoTalk}, which German's compound
   * rule alone takes for Kakao + Talk) is a coined name, not a word-brand.
   *
   * @param judge whether to judge word-brands by context
   * @return the changed copy
   * @since 0.1.0
   */
  public MatchOptions withWordBrandsByContext(boolean judge) {
    return new MatchOptions(fuzzy, minSimilarity, ignoreUrlsAndEmails, ignoreSkus, commonWords,
        lexicon, judge, maxMentionsPerBrandAndField);
  }

  /**
   * {@return a copy that finds misspellings, or not}
   *
   * @param fuzzy whether to find misspellings
   */
  public MatchOptions withFuzzy(boolean fuzzy) {
    return new MatchOptions(fuzzy, minSimilarity, ignoreUrlsAndEmails, ignoreSkus, commonWords, lexicon,
        wordBrandsByContext, maxMentionsPerBrandAndField);
  }

  /**
   * {@return a copy that drops matches less similar than {@code minSimilarity}}
   *
   * @param minSimilarity the least similarity kept, within {@code [0, 1]}
   * @throws IllegalArgumentException if {@code minSimilarity} is not within {@code [0, 1]}
   */
  public MatchOptions withMinSimilarity(double minSimilarity) {
    if (!(minSimilarity >= 0.0 && minSimilarity <= 1.0)) {
      throw new IllegalArgumentException("minSimilarity must be within 0..1: " + minSimilarity);
    }
    return new MatchOptions(fuzzy, minSimilarity, ignoreUrlsAndEmails, ignoreSkus, commonWords, lexicon,
        wordBrandsByContext, maxMentionsPerBrandAndField);
  }

  /**
   * {@return a copy that skips web and e-mail addresses, or not}
   *
   * @param ignore whether to skip them
   */
  public MatchOptions withIgnoreUrlsAndEmails(boolean ignore) {
    return new MatchOptions(fuzzy, minSimilarity, ignore, ignoreSkus, commonWords, lexicon,
        wordBrandsByContext, maxMentionsPerBrandAndField);
  }

  /**
   * {@return a copy that skips product codes, or not}
   *
   * @param ignore whether to skip them
   */
  public MatchOptions withIgnoreSkus(boolean ignore) {
    return new MatchOptions(fuzzy, minSimilarity, ignoreUrlsAndEmails, ignore, commonWords, lexicon,
        wordBrandsByContext, maxMentionsPerBrandAndField);
  }

  /**
   * {@return a copy with exactly these common words (an empty set turns the check off)}
   *
   * @param words the common words, lower case
   */
  public MatchOptions withCommonWords(Set<String> words) {
    return new MatchOptions(fuzzy, minSimilarity, ignoreUrlsAndEmails, ignoreSkus, clean(words, "words"),
        lexicon,
        wordBrandsByContext, maxMentionsPerBrandAndField);
  }

  /**
   * {@return a copy with these words added to the common words: your market's own vocabulary}
   *
   * @param words the words to add, any case
   */
  public MatchOptions withAdditionalCommonWords(Collection<String> words) {
    Set<String> all = new HashSet<>(commonWords);
    all.addAll(clean(words, "words"));
    return new MatchOptions(fuzzy, minSimilarity, ignoreUrlsAndEmails, ignoreSkus, Set.copyOf(all), lexicon,
        wordBrandsByContext, maxMentionsPerBrandAndField);
  }

  /**
   * The words of the languages listings are written in: a token that is one is not reported as a
   * misspelt phrase unless it is also disguised ({@code version} is not Verizon, {@code v3rsion}
   * may be). By default every language whose list is on the class path.
   *
   * @return the lexicon
   */
  public Lexicon lexicon() {
    return lexicon;
  }

  /**
   * A copy with this lexicon: fewer languages ({@code Lexicon.of(List.of("en", "de"))}), words of
   * your own ({@link Lexicon#withWords}), or none ({@link Lexicon#empty()}).
   *
   * @param lexicon the lexicon
   * @return the changed copy
   * @throws NullPointerException if {@code lexicon} is null
   */
  public MatchOptions withLexicon(Lexicon lexicon) {
    Objects.requireNonNull(lexicon, "lexicon must not be null");
    return new MatchOptions(fuzzy, minSimilarity, ignoreUrlsAndEmails, ignoreSkus, commonWords, lexicon,
        wordBrandsByContext, maxMentionsPerBrandAndField);
  }

  /**
   * A copy whose lexicon has only these languages, keeping the words added to or removed from it.
   *
   * @param languages ISO 639-1 codes, such as {@code "en"}
   * @return the changed copy
   * @throws IllegalArgumentException naming a language that is unknown or not on the class path
   * @throws NullPointerException if {@code languages} or one of them is null
   */
  public MatchOptions withLanguages(Collection<String> languages) {
    Lexicon l = Lexicon.of(languages).withWords(lexicon.addedWords())
        .withoutWords(lexicon.removedWords());
    return withLexicon(l);
  }

  /**
   * The most mentions of one brand reported in one field of a listing ({@link
   * Limits#maxMentionsPerBrandAndField()}, 100 by default): a text that repeats a brand a hundred
   * thousand times says no more than one that repeats it a hundred times, and the finding stays in
   * proportion. The first ones are kept; {@code FeedScanner}'s output says {@code "mentionCap"}
   * where the cap applied.
   *
   * @return the cap
   */
  public int maxMentionsPerBrandAndField() {
    return maxMentionsPerBrandAndField;
  }

  /**
   * A copy with another cap on the mentions of one brand in one field; see {@link
   * #maxMentionsPerBrandAndField()}. Checked as {@link Limits.Builder#maxMentionsPerBrandAndField}
   * checks it, with the same message.
   *
   * @param max at least 1
   * @return the changed copy
   * @throws IllegalArgumentException when {@code max} is less than 1
   */
  public MatchOptions withMaxMentionsPerBrandAndField(int max) {
    Limits.defaults().toBuilder().maxMentionsPerBrandAndField(max); // the one check and wording
    return new MatchOptions(fuzzy, minSimilarity, ignoreUrlsAndEmails, ignoreSkus, commonWords,
        lexicon, wordBrandsByContext, max);
  }

  private static Set<String> clean(Collection<String> words, String name) {
    Objects.requireNonNull(words, name + " must not be null");
    Set<String> out = new HashSet<>();
    int i = 0;
    for (String w : words) {
      Objects.requireNonNull(w, name + "[" + i + "] must not be null");
      String t = w.strip().toLowerCase(java.util.Locale.ROOT);
      if (!t.isEmpty()) {
        out.add(t);
      }
      i++;
    }
    return Set.copyOf(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MatchOptions m && fuzzy == m.fuzzy && minSimilarity == m.minSimilarity
        && ignoreUrlsAndEmails == m.ignoreUrlsAndEmails && ignoreSkus == m.ignoreSkus
        && commonWords.equals(m.commonWords) && lexicon.equals(m.lexicon)
        && wordBrandsByContext == m.wordBrandsByContext
        && maxMentionsPerBrandAndField == m.maxMentionsPerBrandAndField;
  }

  @Override
  public int hashCode() {
    return Objects.hash(fuzzy, minSimilarity, ignoreUrlsAndEmails, ignoreSkus, commonWords, lexicon,
        wordBrandsByContext, maxMentionsPerBrandAndField);
  }

  @Override
  public String toString() {
    return "MatchOptions[fuzzy=" + fuzzy + ", minSimilarity=" + minSimilarity + ", ignoreUrlsAndEmails="
        + ignoreUrlsAndEmails + ", ignoreSkus=" + ignoreSkus + ", commonWords=" + commonWords.size()
        + " words, lexicon=" + lexicon + ", wordBrandsByContext=" + wordBrandsByContext
        + ", maxMentionsPerBrandAndField=" + maxMentionsPerBrandAndField + "]";
  }
}
