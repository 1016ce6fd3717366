package dev.marque.matching.signals;

import static dev.marque.core.internal.Checks.notNull;
import static dev.marque.matching.signals.SignalChecks.notBlank;

import dev.marque.core.BrandMention;
import dev.marque.core.Listing;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds compatibility wording just before a brand ({@code case for Kestrel}, {@code compatible
 * with Nordlys}): the mark of an accessory or spare part that names the product it fits, a use of
 * the brand the law allows.
 *
 * @since 0.1.0
 */
public final class CompatibilityCheck {

  /** The most characters of spaces and punctuation allowed between the phrase and the brand. */
  public static final int MAX_GAP_CHARS = 3;

  private CompatibilityCheck() {}

  /**
   * {@return the first mention of the brand that a compatibility phrase stands just before, with
   * only spaces or punctuation between them}
   *
   * @param brand the brand
   * @param listing the listing, whose texts the offsets point into
   * @param brandMentions the mentions of that brand
   * @param phraseHits the compatibility phrases found ({@link PhraseList#compatibilityPhrases()})
   */
  public static Optional<Signal.Compatibility> find(String brand, Listing listing,
      List<BrandMention> brandMentions, List<PhraseHit> phraseHits) {
    notBlank(brand, "brand");
    notNull(listing, "listing");
    notNull(brandMentions, "brandMentions");
    notNull(phraseHits, "phraseHits");
    if (phraseHits.isEmpty()) {
      return Optional.empty(); // as for most listings
    }
    for (BrandMention m : brandMentions) {
      for (PhraseHit hit : phraseHits) {
        if (hit.field() != m.field() || hit.span().end() > m.start()
            || m.start() - hit.span().end() > MAX_GAP_CHARS) {
          continue;
        }
        if (!hasLetterOrDigit(listing.text(m.field()), hit.span().end(), m.start())) {
          return Optional.of(new Signal.Compatibility(brand, hit, m));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code text.substring(from, to)} has a letter or digit, reading it by code points as
   * that substring has them (a surrogate cut off at either end stands alone).
   */
  private static boolean hasLetterOrDigit(String text, int from, int to) {
    Objects.checkFromToIndex(from, to, text.length());
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      int cp = c;
      if (Character.isHighSurrogate(c) && i + 1 < to
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        cp = Character.toCodePoint(c, text.charAt(++i));
      }
      if (Character.isLetterOrDigit(cp)) {
        return true;
      }
    }
    return false;
  }
}
