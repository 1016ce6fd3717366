package dev.marque.matching.internal;

import java.util.Set;

/**
 * Whether a word is an ordinary word of a language listings are written in, which makes a brand of
 * that name a <em>word-brand</em> (Ring, Apple, Coach, Dove): the one question the word-brand rule
 * asks of a lexicon. Words are asked {@linkplain GoodsVocabulary#fold folded}.
 */
@FunctionalInterface
public interface OrdinaryWords {

  /** Whether the folded word is an ordinary word. */
  boolean isOrdinary(String folded);

  /**
   * The ordinary words marque knows without a lexicon: the given common words (the matcher's
   * option), the goods vocabulary's words ({@code mango}, {@code ring}) and a short list of animal,
   * bird and plant names often taken as brand names that the common-word list lacks.
   */
  static OrdinaryWords standard(Set<String> commonWords) {
    return standard(commonWords, w -> false);
  }

  /** The {@linkplain #standard(Set) standard} ordinary words and those of a lexicon. */
  static OrdinaryWords standard(Set<String> commonWords, OrdinaryWords lexicon) {
    Set<String> vocabulary = GoodsVocabulary.standard().words();
    return w -> commonWords.contains(w) || vocabulary.contains(w) || OFTEN_BRANDS.contains(w)
        || lexicon.isOrdinary(w);
  }

  /** Ordinary nouns often registered as brands, missing from the common-word list. */
  Set<String> OFTEN_BRANDS = Set.of("dove", "puma", "jaguar", "lynx", "mustang", "falcon",
      "panther", "cougar", "gazelle", "kiwi", "lotus", "orchid", "tulip", "cactus", "penguin",
      "dolphin", "beetle", "hornet", "viper", "cobra", "raven", "sparrow", "robin", "heron",
      "swan", "pelican", "mango", "papaya", "peach", "plum", "cherry", "olive", "ginger");
}
