package dev.marque.matching.assess;

import static dev.marque.core.internal.Checks.notNull;

import dev.marque.core.Assessment;
import dev.marque.core.AuthorizedSeller;
import dev.marque.core.Brand;
import dev.marque.core.BrandMention;
import dev.marque.core.Finding;
import dev.marque.core.Listing;
import dev.marque.core.ListingField;
import dev.marque.core.Marketplace;
import dev.marque.core.Portfolio;
import dev.marque.core.Reason;
import dev.marque.core.ReasonCode;
import dev.marque.core.Verdict;
import dev.marque.matching.BrandIndex;
import dev.marque.matching.MatchOptions;
import dev.marque.matching.fingerprint.ListingImage;
import dev.marque.matching.fingerprint.Relisting;
import dev.marque.matching.fingerprint.RelistingIndex;
import dev.marque.matching.signals.AuthorizationCheck;
import dev.marque.matching.signals.CompatibilityCheck;
import dev.marque.matching.signals.CueWordCheck;
import dev.marque.matching.signals.PhraseHit;
import dev.marque.matching.signals.PhraseList;
import dev.marque.matching.signals.PriceCheck;
import dev.marque.matching.signals.Signal;
import dev.marque.matching.text.NormalizedText;
import dev.marque.matching.text.TextNormalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

  private static final Assessment CLEAR = Assessment.clear();
  /** The weight of a re-listing of a removed listing, times the re-listing's score. */
  public static final double RELISTED_WEIGHT = 0.6;

  private final Portfolio portfolio;
  private final AssessorConfig config;
  private final BrandIndex index;
  private final Map<String, BrandChecks> checks;
  private final TextNormalizer normalizer = TextNormalizer.standard();

  private Assessor(Portfolio portfolio, AssessorConfig config, BrandIndex index) {
    this.portfolio = portfolio;
    this.config = config;
    this.index = index;
    Map<String, BrandChecks> byName = new HashMap<>();
    for (Brand b : portfolio.brands()) {
      byName.put(b.name(), new BrandChecks(b));
    }
    this.checks = Map.copyOf(byName);
  }

  /**
   * {@return an assessor for the portfolio's brands with the {@linkplain AssessorConfig#defaults()
   * defaults}}
   *
   * @param portfolio the portfolio whose brands are looked for
   */
  public static Assessor of(Portfolio portfolio) {
    return of(portfolio, AssessorConfig.defaults());
  }

  /**
   * {@return an assessor for the portfolio's brands, weighing signs as the configuration says}
   *
   * @param portfolio the portfolio whose brands are looked for
   * @param config the weights, thresholds and word lists
   */
  public static Assessor of(Portfolio portfolio, AssessorConfig config) {
    return of(portfolio, config, MatchOptions.defaults());
  }

  /**
   * {@return an assessor for the portfolio's brands, matching them as the options say (a cap on
   * mentions per brand and field, say) and weighing signs as the configuration says}
   *
   * @param portfolio the portfolio whose brands are looked for
   * @param config the weights, thresholds and word lists
   * @param options how the brand index matches
   * @throws NullPointerException naming the argument that is null
   */
  public static Assessor of(Portfolio portfolio, AssessorConfig config, MatchOptions options) {
    notNull(portfolio, "portfolio");
    notNull(config, "config");
    notNull(options, "options");
    return new Assessor(portfolio, config, BrandIndex.of(portfolio.brands(), options));
  }

  /** {@return the portfolio} */
  public Portfolio portfolio() {
    return portfolio;
  }

  /** {@return the configuration} */
  public AssessorConfig config() {
    return config;
  }

  /** {@return the brand index the assessor finds mentions with} */
  public BrandIndex index() {
    return index;
  }

  /**
   * Finds the brands in the listing and assesses it.
   *
   * @param listing the listing
   * @return the listing with its mentions and its assessment
   */
  public Finding assess(Listing listing) {
    notNull(listing, "listing");
    List<BrandMention> mentions = index.find(listing);
    return new Finding(listing, mentions, assess(listing, mentions));
  }

  /**
   * Assesses a listing whose brand mentions are already known, such as from
   * {@link BrandIndex#find(Listing)}. Mentions of brands not in the portfolio are ignored.
   *
   * @param listing the listing
   * @param mentions its brand mentions, with offsets into its texts
   * @return the assessment
   */
  public Assessment assess(Listing listing, List<BrandMention> mentions) {
    notNull(listing, "listing");
    notNull(mentions, "mentions");
    List<List<BrandMention>> byBrand = byBrand(mentions);
    if (byBrand.isEmpty()) {
      return CLEAR;
    }
    Texts texts = new Texts(listing);
    if (byBrand.size() == 1) {
      Judgement only = judge(signals(listing, byBrand.get(0), mentions, texts), 0);
      return new Assessment(only.score(), only.verdict(), only.reasons());
    }
    Judgement[] judgements = new Judgement[byBrand.size()];
    for (int i = 0; i < judgements.length; i++) {
      judgements[i] = judge(signals(listing, byBrand.get(i), mentions, texts), i);
    }
    rank(judgements);
    List<Reason> reasons = new ArrayList<>();
    for (Judgement j : judgements) {
      reasons.addAll(j.reasons());
    }
    return new Assessment(judgements[0].score(), judgements[0].verdict(), reasons);
  }

  /**
   * Finds the brands in the listing, assesses it, and checks it against the removed listings: a
   * listing that re-lists one gets a {@link ReasonCode#RELISTED} reason naming it, as
   * {@link #withRelistings} says.
   *
   * <pre>{@code
   * Finding f = assessor.assess(listing, imagesOf(listing), removedIndex);
   * f.assessment().reasons();   // ..., RELISTED "Re-lists removed listing 1005001: photo ..."
   * }</pre>
   *
   * @param listing the listing
   * @param images its fingerprinted images (those that could be read; may be empty)
   * @param removed the index of removed listings
   * @return the listing with its mentions and its assessment
   */
  public Finding assess(Listing listing, List<ListingImage> images, RelistingIndex removed) {
    notNull(listing, "listing");
    notNull(images, "images");
    notNull(removed, "removed");
    Finding finding = assess(listing);
    List<Relisting> relistings = removed.find(listing, images);
    return relistings.isEmpty() ? finding : new Finding(listing, finding.mentions(),
        withRelistings(finding.assessment(), relistings), finding.evidence());
  }

  /**
   * An assessment with the re-listings a {@link RelistingIndex} found for the listing: each
   * becomes a {@link ReasonCode#RELISTED} reason (best first, after the other reasons). A listing
   * that comes back after a takedown is itself a sign: the best re-listing weighs
   * {@value #RELISTED_WEIGHT} times its score, like a strong cue word, and the verdict is at least
   * {@link Verdict#SUSPICIOUS} even when the seller has taken the brand out of the text. An
   * {@link Verdict#AUTHORIZED} seller stays authorised, with the reasons given.
   *
   * @param assessment the listing's assessment without them
   * @param relistings the removed listings it re-lists, best first; empty leaves it unchanged
   * @return the assessment with the re-listings weighed in
   */
  public Assessment withRelistings(Assessment assessment, List<Relisting> relistings) {
    notNull(assessment, "assessment");
    notNull(relistings, "relistings");
    if (relistings.isEmpty()) {
      return assessment;
    }
    List<Reason> reasons = new ArrayList<>(assessment.reasons());
    double best = 0.0;
    for (Relisting r : relistings) {
      reasons.add(notNull(r, "relistings: an element").toReason());
      best = Math.max(best, r.score());
    }
    double score = Math.min(1.0, 1.0 - (1.0 - assessment.score())
        * (1.0 - RELISTED_WEIGHT * Math.min(1.0, best)));
    Verdict verdict = assessment.verdict();
    if (verdict != Verdict.AUTHORIZED) {
      Verdict byScore = score >= config.likelyCounterfeitThreshold() ? Verdict.LIKELY_COUNTERFEIT
          : Verdict.SUSPICIOUS;
      verdict = byScore.compareTo(verdict) > 0 ? byScore : verdict;
    }
    return new Assessment(score, verdict, reasons);
  }

  /**
   * {@return the signals found in a listing for each brand mentioned, brands in order of first
   * mention and each brand's signals in the order its reasons give them: what {@link
   * #assess(Listing, List)} weighs, for those who want to weigh them differently}
   *
   * @param listing the listing
   * @param mentions its brand mentions, with offsets into its texts
   */
  public Map<String, List<Signal>> signals(Listing listing, List<BrandMention> mentions) {
    notNull(listing, "listing");
    notNull(mentions, "mentions");
    List<List<BrandMention>> byBrand = byBrand(mentions);
    if (byBrand.isEmpty()) {
      return Map.of();
    }
    Texts texts = new Texts(listing);
    Map<String, List<Signal>> result = new LinkedHashMap<>();
    for (List<BrandMention> own : byBrand) {
      result.put(own.get(0).brand(), List.copyOf(signals(listing, own, mentions, texts)));
    }
    return result;
  }

  /**
   * The mentions of each brand of the portfolio mentioned, brands in order of first mention. Most
   * listings name one brand: then the mentions themselves.
   */
  private List<List<BrandMention>> byBrand(List<BrandMention> mentions) {
    if (mentions.isEmpty()) {
      return List.of();
    }
    String first = mentions.get(0).brand();
    boolean one = checks.containsKey(first);
    for (int i = 1; one && i < mentions.size(); i++) {
      one = mentions.get(i).brand().equals(first);
    }
    if (one) {
      return List.of(mentions);
    }
    List<List<BrandMention>> byBrand = new ArrayList<>();
    for (BrandMention m : mentions) {
      if (checks.containsKey(m.brand())) {
        ownList(byBrand, m.brand()).add(m);
      }
    }
    return byBrand;
  }

  private static List<BrandMention> ownList(List<List<BrandMention>> byBrand, String brand) {
    for (List<BrandMention> own : byBrand) {
      if (own.get(0).brand().equals(brand)) {
        return own;
      }
    }
    List<BrandMention> own = new ArrayList<>();
    byBrand.add(own);
    return own;
  }

  /** One brand's signals, in the order its reasons give them. */
  private List<Signal> signals(Listing listing, List<BrandMention> own,
      List<BrandMention> mentions, Texts texts) {
    String name = own.get(0).brand();
    BrandChecks brand = checks.get(name);
    List<Signal> signals = new ArrayList<>(4);
    if (brand.hasSellersOn(listing.marketplace())) {
      Optional<Signal.Authorized> authorized = AuthorizationCheck.find(brand.brand, listing);
      if (authorized.isPresent()) {
        signals.add(authorized.get());
      }
    }
    signals.add(new Signal.Mention(name, own));
    for (BrandMention m : own) {
      if (m.method().isDisguise()) {
        signals.add(new Signal.Disguise(m));
      }
    }
    signals.addAll(CueWordCheck.find(name, own, mentions, texts.cueHits,
        config.cueWordNearChars()));
    if (listing.price().isPresent()) {
      Optional<Signal.LowPrice> low = brand.prices.check(listing.price().get(),
          texts.normalized, config.rates(), config.lowPriceRatio());
      if (low.isPresent()) {
        signals.add(low.get());
      } else {
        Optional<Signal.NoExchangeRate> uncompared = brand.prices.noExchangeRate(
            listing.price().get(), config.rates());
        if (uncompared.isPresent()) {
          signals.add(uncompared.get());
        }
      }
    }
    Optional<Signal.Compatibility> compatibility = CompatibilityCheck.find(name, listing, own,
        texts.compatibilityHits);
    if (compatibility.isPresent()) {
      signals.add(compatibility.get());
    }
    return signals;
  }

  /** A brand's score, verdict and reasons. */
  private record Judgement(double score, Verdict verdict, List<Reason> reasons, int order) {

    /** Whether this goes first: the higher verdict, then the higher score, then the first. */
    boolean ranksAbove(Judgement other) {
      int byVerdict = verdict.compareTo(other.verdict);
      if (byVerdict != 0) {
        return byVerdict > 0;
      }
      int byScore = Double.compare(score, other.score);
      return byScore != 0 ? byScore > 0 : order < other.order;
    }
  }

  /** Sorts the judgements, the highest ranked first; there are a few at most. */
  private static void rank(Judgement[] judgements) {
    for (int i = 1; i < judgements.length; i++) {
      Judgement j = judgements[i];
      int k = i;
      for (; k > 0 && j.ranksAbove(judgements[k - 1]); k--) {
        judgements[k] = judgements[k - 1];
      }
      judgements[k] = j;
    }
  }

  private Judgement judge(List<Signal> signals, int order) {
    double keep = 1.0; // the product of (1 - weight) over the signs counted
    boolean authorized = false;
    boolean compatibility = false;
    Signal.Disguise disguise = null;
    int cues = 0;
    for (Signal s : signals) {
      switch (s.code()) {
        case AUTHORIZED_SELLER -> authorized = true;
        case BRAND_MENTION -> keep *= 1.0 - config.mentionWeight() * mentionFactor((Signal.Mention) s);
        case DISGUISED_BRAND -> {
          // One disguise is the sign, the one in the most telling field; more say no more.
          Signal.Disguise d = (Signal.Disguise) s;
          if (disguise == null || disguiseWeight(d) > disguiseWeight(disguise)) {
            disguise = d;
          }
        }
        case CUE_WORD -> cues++;
        case PRICE_ANOMALY -> keep *= 1.0 - lowPriceWeight((Signal.LowPrice) s);
        case COMPATIBILITY_USE -> compatibility = true;
        default -> { } // a note such as NO_EXCHANGE_RATE weighs nothing
      }
    }
    if (disguise != null) {
      keep *= 1.0 - disguiseWeight(disguise);
    }
    int counting = Math.min(config.maxCueWords(), cues);
    boolean[] counted = new boolean[cues == 0 ? 0 : signals.size()];
    for (int c = 0; c < counting; c++) {
      keep *= 1.0 - countStrongestCue(signals, counted);
    }
    double score = 1.0 - keep;
    if (compatibility && counting == 0) {
      score *= config.compatibilityFactor();
    }
    score = Math.max(0.0, Math.min(1.0, score));
    List<Reason> reasons = new ArrayList<>(signals.size());
    for (int i = 0; i < signals.size(); i++) {
      Signal s = signals.get(i);
      if ((s.code() != ReasonCode.DISGUISED_BRAND || s == disguise)
          && (s.code() != ReasonCode.CUE_WORD || counted[i])) {
        reasons.add(s.reason());
      }
    }
    Verdict verdict = authorized ? Verdict.AUTHORIZED
        : score >= config.likelyCounterfeitThreshold() ? Verdict.LIKELY_COUNTERFEIT
        : score >= config.suspiciousThreshold() ? Verdict.SUSPICIOUS
        : Verdict.MENTION;
    return new Judgement(score, verdict, reasons, order);
  }

  /**
   * Marks the strongest cue word not yet counted, the first of equals, as counted and gives its
   * weight: counting them one by one counts the strongest first, as a stable sort would.
   */
  private double countStrongestCue(List<Signal> signals, boolean[] counted) {
    int best = -1;
    double bestWeight = 0.0;
    for (int i = 0; i < counted.length; i++) {
      if (!counted[i] && signals.get(i) instanceof Signal.CueWord c) {
        double weight = cueWeight(c);
        if (best < 0 || Double.compare(weight, bestWeight) > 0) {
          best = i;
          bestWeight = weight;
        }
      }
    }
    counted[best] = true;
    return bestWeight;
  }

  private double mentionFactor(Signal.Mention m) {
    for (BrandMention b : m.mentions()) {
      if (b.field() == ListingField.TITLE) {
        return 1.0; // the first of the fields, as ListingField orders them
      }
    }
    return config.descriptionFactor();
  }

  private double lowPriceWeight(Signal.LowPrice p) {
    double strength = (config.lowPriceRatio() - p.ratio()) / (config.lowPriceRatio() * 0.8);
    return config.lowPriceWeight() * Math.max(0.0, Math.min(1.0, strength));
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

  /** What the assessor checks a brand with, compiled once. */
  private static final class BrandChecks {
    final Brand brand;
    final PriceCheck prices;
    /** The marketplaces the brand has authorised sellers on: most listings are on others. */
    private final Set<Marketplace> sellersOn = EnumSet.noneOf(Marketplace.class);

    BrandChecks(Brand brand) {
      this.brand = brand;
      this.prices = PriceCheck.of(brand);
      for (AuthorizedSeller s : brand.authorizedSellers()) {
        sellersOn.add(s.marketplace());
      }
    }

    /** Whether the brand has authorised sellers on the marketplace; if not, none need be read. */
    boolean hasSellersOn(Marketplace marketplace) {
      return sellersOn.contains(marketplace);
    }
  }

  /**
   * A listing's title and description, normalised once, and the cue words and compatibility
   * phrases in them: for every brand the listing names.
   */
  private final class Texts {
    private final NormalizedText title;
    private final NormalizedText description;
    /** The normalised texts, the title first. */
    final List<NormalizedText> normalized;
    final List<PhraseHit> cueHits;
    final List<PhraseHit> compatibilityHits;

    Texts(Listing listing) {
      title = normalizer.normalize(listing.title());
      description = listing.description().isPresent()
          ? normalizer.normalize(listing.description().get()) : null;
      normalized = description == null ? List.of(title) : List.of(title, description);
      cueHits = find(config.cueWords());
      compatibilityHits = find(config.compatibilityPhrases());
    }

    private List<PhraseHit> find(PhraseList phrases) {
      List<PhraseHit> hits = phrases.find(title, ListingField.TITLE);
      if (description != null) {
        List<PhraseHit> more = phrases.find(description, ListingField.DESCRIPTION);
        if (!more.isEmpty()) {
          hits = new ArrayList<>(hits);
          hits.addAll(more);
        }
      }
      return hits;
    }
  }
}
