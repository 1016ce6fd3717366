package dev.marque.matching;

import dev.marque.core.MatchMethod;
import java.util.Objects;

/**
 * One phrase found in a text by a {@link PhraseIndex}: which phrase, where in the original text, what
 * was written there, how it was recognised and how close it is.
 *
 * @param name the name the phrase was registered under (a brand's canonical name, a cue's id)
 * @param spelling the spelling of that name that matched (the name itself or one of its aliases)
 * @param start the first character of the match, a UTF-16 index into the original text
 * @param end one past the last character of the match
 * @param matched the original text, {@code text.substring(start, end)}
 * @param method how it was recognised
 * @param similarity how close the text is to the spelling, 1.0 when only disguise separates them
 * @since 0.1.0
 */
public record PhraseMatch(String name, String spelling, int start, int end, String matched,
    MatchMethod method, double similarity) {

  /**
   * Checks the fields are present and the span and similarity are valid.
   *
   * @param name the name the phrase was registered under (a brand's canonical name, a cue's id)
   * @param spelling the spelling of that name that matched (the name itself or one of its aliases)
   * @param start the first character of the match, a UTF-16 index into the original text
   * @param end one past the last character of the match
   * @param matched the original text, {@code text.substring(start, end)}
   * @param method how it was recognised
   * @param similarity how close the text is to the spelling, 1.0 when only disguise separates them
   */
  public PhraseMatch {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(spelling, "spelling must not be null");
    Objects.requireNonNull(matched, "matched must not be null");
    Objects.requireNonNull(method, "method must not be null");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("span [" + start + ", " + end + ") is not a valid span");
    }
    if (!(similarity >= 0.0 && similarity <= 1.0)) {
      throw new IllegalArgumentException("similarity must be within 0..1: " + similarity);
    }
  }
}
