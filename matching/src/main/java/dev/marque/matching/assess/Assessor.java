package dev.marque.matching.assess;

import static dev.marque.core.internal.Checks.notNull;

import dev.marque.core.Assessment;
import dev.marque.core.Brand;
import dev.marque.core.BrandMention;
import dev.marque.core.Finding;
import dev.marque.core.Listing;
import dev.marque.core.ListingField;
import dev.marque.core.Portfolio;
import dev.marque.core.Reason;
import dev.marque.core.Verdict;
import dev.marque.matching.BrandIndex;
import dev.marque.matching.signals.AuthorizationCheck;
import dev.marque.matching.signals.CompatibilityCheck;
import dev.marque.matching.signals.CueWordCheck;
import dev.marque.matching.signals.PhraseHit;
import dev.marque.matching.signals.PriceCheck;
import dev.marque.matching.signals.Signal;
import dev.marque.matching.text.NormalizedText;
import dev.marque.matching.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells whether a listing is likely a counterfeit of a portfolio's brands, and why. Built once from
 * a portfolio (it compiles the {@link BrandIndex}); immutable and thread-safe, so one assessor
 * serves every thread of a scan or a web service. Same listing, same finding.
 *
 * <pre>{@code
 * Assessor assessor = Assessor.of(portfolio);
 * Finding finding = assessor.assess(listing);
 * finding.assessment().verdict();    // LIKELY_COUNTERFEIT
 * finding.assessment().reasons();    // DISGUISED_BRAND, CUE_WORD, PRICE_ANOMALY, ...
 * }</pre>
 *
 * <p>The verdict: {@link Verdict#CLEAR} when no brand of the portfolio is mentioned;
 * {@link Verdict#AUTHORIZED} when the seller is on the brand's list for the marketplace, whatever
 * else the listing says (the score still gives the weight of the other signs, and the reasons name
 * them); otherwise {@link Verdict#MENTION}, {@link Verdict#SUSPICIOUS} or
 * {@link Verdict#LIKELY_COUNTERFEIT} by the score and the thresholds of the
 * {@link AssessorConfig}. A listing naming several brands is judged by the brand that gives the
 * highest verdict, and its reasons name every brand.
 *
 * @since 0.1.0
 */
public final class Assessor {

  private final Portfolio portfolio;
  private final AssessorConfig config;
  private final BrandIndex index;
  private final Map<String, PriceCheck> priceChecks;
  private final TextNormalizer normalizer = TextNormalizer.standard();

  private Assessor(Portfolio portfolio, AssessorConfig config, BrandIndex index) {
    this.portfolio = portfolio;
    this.config = config;
    this.index = index;
    Map<String, PriceCheck> checks = new HashMap<>();
    for (Brand b : portfolio.brands()) {
      checks.put(b.name(), PriceCheck.of(b));
    }
    this.priceChecks = Map.copyOf(checks);
  }

  /** An assessor for the portfolio's brands with the {@linkplain AssessorConfig#defaults() defaults}. */
  public static Assessor of(Portfolio portfolio) {
    return of(portfolio, AssessorConfig.defaults());
  }

  /** An assessor for the portfolio's brands, weighing signs as the configuration says. */
  public static Assessor of(Portfolio portfolio, AssessorConfig config) {
    notNull(portfolio, "portfolio");
    notNull(config, "config");
    return new Assessor(portfolio, config, BrandIndex.of(portfolio.brands()));
  }

  /** The portfolio. */
  public Portfolio portfolio() {
    return portfolio;
  }

  /** The configuration. */
  public AssessorConfig config() {
    return config;
  }

  /** The brand index the assessor finds mentions with. */
  public BrandIndex index() {
    return index;
  }

  /** Finds the brands in the listing and assesses it. */
  public Finding assess(Listing listing) {
    notNull(listing, "listing");
    List<BrandMention> mentions = index.find(listing);
    return new Finding(listing, mentions, assess(listing, mentions));
  }

  /**
   * Assesses a listing whose brand mentions are already known, such as from
   * {@link BrandIndex#find(Listing)}. Mentions of brands not in the portfolio are ignored.
   */
  public Assessment assess(Listing listing, List<BrandMention> mentions) {
    notNull(listing, "listing");
    notNull(mentions, "mentions");
    Map<String, List<Signal>> byBrand = signals(listing, mentions);
    if (byBrand.isEmpty()) {
      return Assessment.clear();
    }
    List<Judgement> judgements = new ArrayList<>(byBrand.size());
    int order = 0;
    for (Map.Entry<String, List<Signal>> e : byBrand.entrySet()) {
      judgements.add(judge(e.getValue(), order++));
    }
    judgements.sort(Comparator.comparing(Judgement::verdict).reversed()
        .thenComparing(Comparator.comparingDouble(Judgement::score).reversed())
        .thenComparingInt(Judgement::order));
    Judgement top = judgements.get(0);
    List<Reason> reasons = new ArrayList<>();
    for (Judgement j : judgements) {
      reasons.addAll(j.reasons());
    }
    return new Assessment(top.score(), top.verdict(), reasons);
  }

  /**
   * The signals found in a listing for each brand mentioned, brands in order of first mention and
   * each brand's signals in the order its reasons give them: what {@link #assess(Listing, List)}
   * weighs, for those who want to weigh them differently.
   */
  public Map<String, List<Signal>> signals(Listing listing, List<BrandMention> mentions) {
    notNull(listing, "listing");
    notNull(mentions, "mentions");
    Map<String, List<BrandMention>> mentionsByBrand = new LinkedHashMap<>();
    for (BrandMention m : mentions) {
      if (priceChecks.containsKey(m.brand())) {
        mentionsByBrand.computeIfAbsent(m.brand(), k -> new ArrayList<>()).add(m);
      }
    }
    if (mentionsByBrand.isEmpty()) {
      return Map.of();
    }
    Texts texts = new Texts(listing);
    List<PhraseHit> cueHits = texts.find(config.cueWords());
    List<PhraseHit> compatibilityHits = texts.find(config.compatibilityPhrases());
    Map<String, List<Signal>> result = new LinkedHashMap<>();
    for (Map.Entry<String, List<BrandMention>> e : mentionsByBrand.entrySet()) {
      String name = e.getKey();
      List<BrandMention> own = e.getValue();
      Brand brand = priceChecks.get(name).brand();
      List<Signal> signals = new ArrayList<>();
      AuthorizationCheck.find(brand, listing).ifPresent(signals::add);
      signals.add(new Signal.Mention(name, own));
      for (BrandMention m : own) {
        if (m.method().isDisguise()) {
          signals.add(new Signal.Disguise(m));
        }
      }
      signals.addAll(CueWordCheck.find(name, own, mentions, cueHits,
          config.cueWordNearChars()));
      listing.price().flatMap(price -> priceChecks.get(name).check(price, texts.normalized(),
          config.rates(), config.lowPriceRatio())).ifPresent(signals::add);
      CompatibilityCheck.find(name, listing, own, compatibilityHits).ifPresent(signals::add);
      result.put(name, List.copyOf(signals));
    }
    return result;
  }

  /** A brand's score, verdict and reasons. */
  private record Judgement(double score, Verdict verdict, List<Reason> reasons, int order) {}

  private Judgement judge(List<Signal> signals, int order) {
    double keep = 1.0; // the product of (1 - weight) over the signs counted
    boolean authorized = false;
    boolean compatibility = false;
    Signal.Disguise disguise = null;
    List<Signal.CueWord> cues = new ArrayList<>();
    for (Signal s : signals) {
      switch (s.kind()) {
        case AUTHORIZED -> authorized = true;
        case MENTION -> keep *= 1.0
            - config.mentionWeight() * fieldFactor(((Signal.Mention) s).fields().get(0));
        case DISGUISE -> {
          // One disguise is the sign, the one in the most telling field; more say no more.
          Signal.Disguise d = (Signal.Disguise) s;
          if (disguise == null || disguiseWeight(d) > disguiseWeight(disguise)) {
            disguise = d;
          }
        }
        case CUE_WORD -> cues.add((Signal.CueWord) s);
        case LOW_PRICE -> {
          Signal.LowPrice p = (Signal.LowPrice) s;
          double strength = (config.lowPriceRatio() - p.ratio()) / (config.lowPriceRatio() * 0.8);
          keep *= 1.0 - config.lowPriceWeight() * Math.max(0.0, Math.min(1.0, strength));
        }
        case COMPATIBILITY -> compatibility = true;
      }
    }
    if (disguise != null) {
      keep *= 1.0 - disguiseWeight(disguise);
    }
    List<Signal.CueWord> counted = new ArrayList<>(cues);
    counted.sort(Comparator.comparingDouble(this::cueWeight).reversed());
    counted = counted.subList(0, Math.min(config.maxCueWords(), counted.size()));
    for (Signal.CueWord c : counted) {
      keep *= 1.0 - cueWeight(c);
    }
    double score = 1.0 - keep;
    if (compatibility && counted.isEmpty()) {
      score *= config.compatibilityFactor();
    }
    score = Math.max(0.0, Math.min(1.0, score));
    List<Reason> reasons = new ArrayList<>();
    for (Signal s : signals) {
      if ((s.kind() != Signal.Kind.DISGUISE || s == disguise)
          && (s.kind() != Signal.Kind.CUE_WORD || counted.contains(s))) {
        reasons.add(s.reason());
      }
    }
    Verdict verdict = authorized ? Verdict.AUTHORIZED
        : score >= config.likelyCounterfeitThreshold() ? Verdict.LIKELY_COUNTERFEIT
        : score >= config.suspiciousThreshold() ? Verdict.SUSPICIOUS
        : Verdict.MENTION;
    return new Judgement(score, verdict, reasons, order);
  }

  private double disguiseWeight(Signal.Disguise d) {
    return config.disguiseWeight() * fieldFactor(d.mention().field());
  }

  private double cueWeight(Signal.CueWord c) {
    return (c.near() ? config.cueWordNearWeight() : config.cueWordFarWeight())
        * fieldFactor(c.hit().field());
  }

  private double fieldFactor(ListingField field) {
    return field == ListingField.TITLE ? 1.0 : config.descriptionFactor();
  }

  /** A listing's title and description, normalised once for every phrase list and price check. */
  private final class Texts {
    private final NormalizedText title;
    private final Optional<NormalizedText> description;

    Texts(Listing listing) {
      title = normalizer.normalize(listing.title());
      description = listing.description().map(normalizer::normalize);
    }

    List<NormalizedText> normalized() {
      return description.isPresent() ? List.of(title, description.get()) : List.of(title);
    }

    List<PhraseHit> find(dev.marque.matching.signals.PhraseList phrases) {
      List<PhraseHit> hits = phrases.find(title, ListingField.TITLE);
      if (description.isPresent()) {
        List<PhraseHit> more = phrases.find(description.get(), ListingField.DESCRIPTION);
        if (!more.isEmpty()) {
          hits = new ArrayList<>(hits);
          hits.addAll(more);
        }
      }
      return hits;
    }
  }
}
