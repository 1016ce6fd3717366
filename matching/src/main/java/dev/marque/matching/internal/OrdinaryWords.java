package dev.marque.matching.internal;

import dev.marque.matching.Lexicon;
import java.util.Set;

/**
 * Which languages a word is an ordinary word of, among those listings are written in: a brand
 * whose name is such a word is a <em>word-brand</em> (Ring, Apple, Coach, Dove) in those languages,
 * and the words of a listing say which language it is written in. The one question the word-brand
 * rule asks of a lexicon. Words are asked {@linkplain GoodsVocabulary#fold folded}; languages are a
 * bit set, bit {@code i} for {@link Lexicon#KNOWN_LANGUAGES}{@code .get(i)}, and {@link #ANY} for a
 * word ordinary in every language (a word the user added to the lexicon).
 */
@FunctionalInterface
public interface OrdinaryWords {

  /** The bit of a word that is ordinary whatever the listing's language. */
  int ANY = 1 << 30;

  /** The bits of every known language. */
  int ALL_LANGUAGES = (1 << Lexicon.KNOWN_LANGUAGES.size()) - 1;

  /** The languages the folded word is an ordinary word of, as a bit set; 0 if none. */
  int languages(String folded);

  /** Whether the folded word is an ordinary word of some language. */
  default boolean isOrdinary(String folded) {
    return languages(folded) != 0;
  }

  /**
   * Whether a list holds the folded word as it is, rather than a rule taking it for a word (a
   * German compound the German list lacks: {@code kakaotalk}, Kakao + Talk; see {@link
   * Lexicon#languagesListing}); by default, whether it is ordinary at all.
   */
  default boolean isListed(String folded) {
    return isOrdinary(folded);
  }

  /** {@return the bit of an ISO 639-1 code among {@link Lexicon#KNOWN_LANGUAGES}, 0 if unknown} */
  static int bit(String language) {
    int i = Lexicon.KNOWN_LANGUAGES.indexOf(language);
    return i < 0 ? 0 : 1 << i;
  }

  /**
   * The ordinary words marque knows without a lexicon: the given common words (the matcher's
   * option, English), the goods vocabulary's words in their languages ({@code mango}, {@code
   * ring}, {@code tasche}) and a short list of English animal, bird and plant names often taken as
   * brand names that the common-word list lacks.
   */
  static OrdinaryWords standard(Set<String> commonWords) {
    return standard(commonWords, Lexicon.empty());
  }

  /** The {@linkplain #standard(Set) standard} ordinary words and those of a lexicon. */
  static OrdinaryWords standard(Set<String> commonWords, Lexicon lexicon) {
    GoodsVocabulary vocabulary = GoodsVocabulary.standard();
    int en = bit("en");
    return new OrdinaryWords() {
      @Override
      public int languages(String w) {
        return languages(w, false);
      }

      @Override
      public boolean isListed(String w) {
        return languages(w, true) != 0;
      }

      /** The word's languages; by the lexicon's rules too unless {@code listed}. */
      private int languages(String w, boolean listed) {
        int bits = vocabulary.languagesOf(w);
        if (commonWords.contains(w) || OFTEN_BRANDS.contains(w)) {
          bits |= en;
        }
        if (lexicon.addedWords().contains(w)) {
          bits |= ANY;
        } else if (!lexicon.removedWords().contains(w) && !lexicon.languages().isEmpty()) {
          for (String language : listed ? lexicon.languagesListing(w) : lexicon.languagesOf(w)) {
            bits |= bit(language);
          }
        }
        return bits;
      }
    };
  }

  /** Ordinary nouns often registered as brands, missing from the common-word list. */
  Set<String> OFTEN_BRANDS = Set.of("dove", "puma", "jaguar", "lynx", "mustang", "falcon",
      "panther", "cougar", "gazelle", "kiwi", "lotus", "orchid", "tulip", "cactus", "penguin",
      "dolphin", "beetle", "hornet", "viper", "cobra", "raven", "sparrow", "robin", "heron",
      "swan", "pelican", "mango", "papaya", "peach", "plum", "cherry", "olive", "ginger");
}
