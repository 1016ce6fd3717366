package dev.marque.matching.signals;

import static dev.marque.core.internal.Checks.notBlank;
import static dev.marque.core.internal.Checks.notNull;

import dev.marque.core.BrandMention;
import dev.marque.core.Listing;
import java.util.List;
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
   * The first mention of the brand that a compatibility phrase stands just before, with only
   * spaces or punctuation between them.
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
    for (BrandMention m : brandMentions) {
      for (PhraseHit hit : phraseHits) {
        if (hit.field() != m.field() || hit.span().end() > m.start()
            || m.start() - hit.span().end() > MAX_GAP_CHARS) {
          continue;
        }
        String gap = listing.text(m.field()).substring(hit.span().end(), m.start());
        if (gap.codePoints().noneMatch(Character::isLetterOrDigit)) {
          return Optional.of(new Signal.Compatibility(brand, hit, m));
        }
      }
    }
    return Optional.empty();
  }
}
