package dev.marque.matching.signals;

import static dev.marque.core.internal.Checks.notNull;
import static dev.marque.matching.signals.SignalChecks.notBlank;

import dev.marque.core.BrandMention;
import dev.marque.core.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Weighs counterfeit cue words against a brand: a cue word next to the brand ({@code Aurelia
 * replica}) says more than one far from it, and a cue word inside a brand mention is part of the
 * brand, not a cue.
 *
 * @since 0.1.0
 */
public final class CueWordCheck {

  private CueWordCheck() {}

  /**
   * {@return the cue-word signals for a brand}
   *
   * @param brand the brand
   * @param brandMentions the mentions of that brand
   * @param allMentions every brand mention in the listing, so that a cue word inside one is skipped
   * @param cueHits the cue words found in the listing ({@link PhraseList#cueWords()})
   * @param nearChars the most characters between a cue word and a mention of the brand in the same
   * field for the cue to count as near it
   */
  public static List<Signal.CueWord> find(String brand, List<BrandMention> brandMentions,
      List<BrandMention> allMentions, List<PhraseHit> cueHits, int nearChars) {
    notBlank(brand, "brand");
    notNull(brandMentions, "brandMentions");
    notNull(allMentions, "allMentions");
    notNull(cueHits, "cueHits");
    if (nearChars < 0) {
      throw new IllegalArgumentException("nearChars must not be negative: " + nearChars);
    }
    if (cueHits.isEmpty()) {
      return List.of();
    }
    List<Signal.CueWord> signals = new ArrayList<>(cueHits.size());
    for (PhraseHit hit : cueHits) {
      if (insideMention(hit.span(), allMentions)) {
        continue;
      }
      boolean near = false;
      for (BrandMention m : brandMentions) {
        if (m.field() == hit.field() && gap(hit.span(), m) <= nearChars) {
          near = true;
          break;
        }
      }
      signals.add(new Signal.CueWord(brand, hit, near));
    }
    return signals;
  }

  private static boolean insideMention(Span span, List<BrandMention> mentions) {
    for (BrandMention m : mentions) {
      if (m.field() == span.field() && span.start() < m.end() && m.start() < span.end()) {
        return true;
      }
    }
    return false;
  }

  private static int gap(Span span, BrandMention m) {
    if (span.end() <= m.start()) {
      return m.start() - span.end();
    }
    if (m.end() <= span.start()) {
      return span.start() - m.end();
    }
    return 0;
  }
}
