package dev.marque.matching.assess;

import static dev.marque.core.internal.Checks.notNull;

import dev.marque.core.ExchangeRates;
import dev.marque.matching.signals.PhraseList;
import java.util.Objects;

/**
 * How the {@link Assessor} weighs the signs of a counterfeit: immutable and thread-safe, with
 * documented defaults, built by a {@link Builder}; {@link #toBuilder()} derives a variant.
 *
 * <pre>{@code
 * AssessorConfig config = AssessorConfig.builder()
 *     .rates(rates)                                   // compare prices across currencies
 *     .cueWords(PhraseList.cueWords().plus(myWords))  // extend the cue words
 *     .likelyCounterfeitThreshold(0.8)                // be more careful before a takedown
 *     .build();
 * AssessorConfig stricter = config.toBuilder().suspiciousThreshold(0.25).build();
 * }</pre>
 *
 * <p>The score of a listing for a brand combines the weights of the signs found as independent
 * pieces of evidence: {@code score = 1 - (1 - w1)(1 - w2)...}, so that each sign raises it and none
 * alone reaches 1. A compatibility phrase just before the brand ("case for …") multiplies the score
 * by {@link #compatibilityFactor()} unless cue words are present. Signs found only in the
 * description, seller name or URL weigh {@link #descriptionFactor()} of what they weigh in the
 * title. The defaults:
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>setting</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>mentionWeight</td><td>0.10</td><td>the brand is named: no sign on its own</td></tr>
 *   <tr><td>disguiseWeight</td><td>0.60</td><td>the brand is disguised (lookalikes, leet,
 *       spaced or masked letters)</td></tr>
 *   <tr><td>cueWordNearWeight</td><td>0.60</td><td>a cue word within
 *       {@code cueWordNearChars} of the brand</td></tr>
 *   <tr><td>cueWordFarWeight</td><td>0.35</td><td>a cue word elsewhere</td></tr>
 *   <tr><td>cueWordNearChars</td><td>40</td><td>characters between a cue word and the brand
 *       for "near"</td></tr>
 *   <tr><td>maxCueWords</td><td>3</td><td>cue words counted per brand (the strongest)</td></tr>
 *   <tr><td>lowPriceRatio</td><td>0.50</td><td>a price below this share of the MSRP is a
 *       sign</td></tr>
 *   <tr><td>lowPriceWeight</td><td>0.55</td><td>the weight of a price at a fifth of
 *       {@code lowPriceRatio} or less; less as the price nears it</td></tr>
 *   <tr><td>descriptionFactor</td><td>0.60</td><td>signs outside the title</td></tr>
 *   <tr><td>compatibilityFactor</td><td>0.30</td><td>an accessory naming what it fits</td></tr>
 *   <tr><td>suspiciousThreshold</td><td>0.35</td><td>the score from which a listing is
 *       SUSPICIOUS</td></tr>
 *   <tr><td>likelyCounterfeitThreshold</td><td>0.70</td><td>the score from which it is
 *       LIKELY_COUNTERFEIT</td></tr>
 *   <tr><td>cueWords</td><td>{@link PhraseList#cueWords()}</td><td></td></tr>
 *   <tr><td>compatibilityPhrases</td><td>{@link PhraseList#compatibilityPhrases()}</td>
 *       <td></td></tr>
 *   <tr><td>rates</td><td>{@link ExchangeRates#none()}</td><td>only same-currency prices
 *       compared</td></tr>
 * </table>
 *
 * <p>With the defaults: a cue word next to the brand, a disguised brand, or a price a tenth of the
 * MSRP each make a listing SUSPICIOUS; any two of them make it LIKELY_COUNTERFEIT.
 *
 * @since 0.1.0
 */
public final class AssessorConfig {

  private static final AssessorConfig DEFAULTS = new Builder().build();

  private final double mentionWeight;
  private final double disguiseWeight;
  private final double cueWordNearWeight;
  private final double cueWordFarWeight;
  private final int cueWordNearChars;
  private final int maxCueWords;
  private final double lowPriceRatio;
  private final double lowPriceWeight;
  private final double descriptionFactor;
  private final double compatibilityFactor;
  private final double suspiciousThreshold;
  private final double likelyCounterfeitThreshold;
  private final PhraseList cueWords;
  private final PhraseList compatibilityPhrases;
  private final ExchangeRates rates;

  private AssessorConfig(Builder b) {
    double mentionWeight = b.mentionWeight;
    double disguiseWeight = b.disguiseWeight;
    double cueWordNearWeight = b.cueWordNearWeight;
    double cueWordFarWeight = b.cueWordFarWeight;
    int cueWordNearChars = b.cueWordNearChars;
    int maxCueWords = b.maxCueWords;
    double lowPriceRatio = b.lowPriceRatio;
    double lowPriceWeight = b.lowPriceWeight;
    double descriptionFactor = b.descriptionFactor;
    double compatibilityFactor = b.compatibilityFactor;
    double suspiciousThreshold = b.suspiciousThreshold;
    double likelyCounterfeitThreshold = b.likelyCounterfeitThreshold;
    PhraseList cueWords = b.cueWords;
    PhraseList compatibilityPhrases = b.compatibilityPhrases;
    ExchangeRates rates = b.rates;
    this.mentionWeight = unit(mentionWeight, "mentionWeight");
    this.disguiseWeight = unit(disguiseWeight, "disguiseWeight");
    this.cueWordNearWeight = unit(cueWordNearWeight, "cueWordNearWeight");
    this.cueWordFarWeight = unit(cueWordFarWeight, "cueWordFarWeight");
    if (cueWordNearChars < 0) {
      throw new IllegalArgumentException("cueWordNearChars must not be negative: "
          + cueWordNearChars);
    }
    this.cueWordNearChars = cueWordNearChars;
    if (maxCueWords < 0) {
      throw new IllegalArgumentException("maxCueWords must not be negative: " + maxCueWords);
    }
    this.maxCueWords = maxCueWords;
    if (!(lowPriceRatio > 0.0 && lowPriceRatio <= 1.0)) {
      throw new IllegalArgumentException("lowPriceRatio must be within (0, 1]: " + lowPriceRatio);
    }
    this.lowPriceRatio = lowPriceRatio;
    this.lowPriceWeight = unit(lowPriceWeight, "lowPriceWeight");
    this.descriptionFactor = unit(descriptionFactor, "descriptionFactor");
    this.compatibilityFactor = unit(compatibilityFactor, "compatibilityFactor");
    this.suspiciousThreshold = unit(suspiciousThreshold, "suspiciousThreshold");
    this.likelyCounterfeitThreshold = unit(likelyCounterfeitThreshold,
        "likelyCounterfeitThreshold");
    if (suspiciousThreshold > likelyCounterfeitThreshold) {
      throw new IllegalArgumentException("suspiciousThreshold " + suspiciousThreshold
          + " must not exceed likelyCounterfeitThreshold " + likelyCounterfeitThreshold);
    }
    this.cueWords = notNull(cueWords, "cueWords");
    this.compatibilityPhrases = notNull(compatibilityPhrases, "compatibilityPhrases");
    this.rates = notNull(rates, "rates");
  }

  private static double unit(double value, String name) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(name + " must be within 0..1: " + value);
    }
    return value;
  }

  /**
   * The defaults, as the table above gives them.
   *
   * @return the default configuration
   */
  public static AssessorConfig defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the {@linkplain #defaults() defaults}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder starting from this configuration, to derive a variant.
   *
   * @return a new builder holding these settings
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.mentionWeight = mentionWeight;
    b.disguiseWeight = disguiseWeight;
    b.cueWordNearWeight = cueWordNearWeight;
    b.cueWordFarWeight = cueWordFarWeight;
    b.cueWordNearChars = cueWordNearChars;
    b.maxCueWords = maxCueWords;
    b.lowPriceRatio = lowPriceRatio;
    b.lowPriceWeight = lowPriceWeight;
    b.descriptionFactor = descriptionFactor;
    b.compatibilityFactor = compatibilityFactor;
    b.suspiciousThreshold = suspiciousThreshold;
    b.likelyCounterfeitThreshold = likelyCounterfeitThreshold;
    b.cueWords = cueWords;
    b.compatibilityPhrases = compatibilityPhrases;
    b.rates = rates;
    return b;
  }

  /** {@return the weight of a mention of the brand, with no other sign} */
  public double mentionWeight() {
    return mentionWeight;
  }

  /** {@return the weight of a disguised brand} */
  public double disguiseWeight() {
    return disguiseWeight;
  }

  /** {@return the weight of a cue word near the brand} */
  public double cueWordNearWeight() {
    return cueWordNearWeight;
  }

  /** {@return the weight of a cue word far from the brand} */
  public double cueWordFarWeight() {
    return cueWordFarWeight;
  }

  /** {@return the most characters between a cue word and the brand, in one field, for "near"} */
  public int cueWordNearChars() {
    return cueWordNearChars;
  }

  /** {@return the most cue words counted for a brand: the strongest} */
  public int maxCueWords() {
    return maxCueWords;
  }

  /** {@return the share of the MSRP below which a price is a sign} */
  public double lowPriceRatio() {
    return lowPriceRatio;
  }

  /** {@return the weight of a price at a fifth of {@link #lowPriceRatio()} or less} */
  public double lowPriceWeight() {
    return lowPriceWeight;
  }

  /** {@return what a sign outside the title weighs, as a share of its weight in the title} */
  public double descriptionFactor() {
    return descriptionFactor;
  }

  /**
   * {@return the factor on the score of an accessory naming what it fits, when no cue word is
   * present}
   */
  public double compatibilityFactor() {
    return compatibilityFactor;
  }

  /** {@return the score from which a listing is SUSPICIOUS} */
  public double suspiciousThreshold() {
    return suspiciousThreshold;
  }

  /** {@return the score from which a listing is LIKELY_COUNTERFEIT} */
  public double likelyCounterfeitThreshold() {
    return likelyCounterfeitThreshold;
  }

  /** {@return the counterfeit cue words} */
  public PhraseList cueWords() {
    return cueWords;
  }

  /** {@return the compatibility phrases} */
  public PhraseList compatibilityPhrases() {
    return compatibilityPhrases;
  }

  /** {@return the exchange rates prices are compared with} */
  public ExchangeRates rates() {
    return rates;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AssessorConfig c && mentionWeight == c.mentionWeight
        && disguiseWeight == c.disguiseWeight && cueWordNearWeight == c.cueWordNearWeight
        && cueWordFarWeight == c.cueWordFarWeight && cueWordNearChars == c.cueWordNearChars
        && maxCueWords == c.maxCueWords && lowPriceRatio == c.lowPriceRatio
        && lowPriceWeight == c.lowPriceWeight && descriptionFactor == c.descriptionFactor
        && compatibilityFactor == c.compatibilityFactor
        && suspiciousThreshold == c.suspiciousThreshold
        && likelyCounterfeitThreshold == c.likelyCounterfeitThreshold
        && cueWords.equals(c.cueWords) && compatibilityPhrases.equals(c.compatibilityPhrases)
        && rates.equals(c.rates);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mentionWeight, disguiseWeight, cueWordNearWeight, cueWordFarWeight,
        cueWordNearChars, maxCueWords, lowPriceRatio, lowPriceWeight, descriptionFactor,
        compatibilityFactor, suspiciousThreshold, likelyCounterfeitThreshold, cueWords,
        compatibilityPhrases, rates);
  }

  @Override
  public String toString() {
    return "AssessorConfig[mentionWeight=" + mentionWeight + ", disguiseWeight=" + disguiseWeight
        + ", cueWordNearWeight=" + cueWordNearWeight + ", cueWordFarWeight=" + cueWordFarWeight
        + ", cueWordNearChars=" + cueWordNearChars + ", maxCueWords=" + maxCueWords
        + ", lowPriceRatio=" + lowPriceRatio + ", lowPriceWeight=" + lowPriceWeight
        + ", descriptionFactor=" + descriptionFactor + ", compatibilityFactor="
        + compatibilityFactor + ", suspiciousThreshold=" + suspiciousThreshold
        + ", likelyCounterfeitThreshold=" + likelyCounterfeitThreshold + ", cueWords="
        + cueWords.size() + " phrases, compatibilityPhrases=" + compatibilityPhrases.size()
        + " phrases, rates=" + rates + "]";
  }

  /**
   * Builds an {@link AssessorConfig}; starts from the defaults. Not thread-safe; the
   * configuration it builds is. Each value is checked by {@link #build()}, which names the first
   * one out of range.
   */
  public static final class Builder {
    private double mentionWeight = 0.10;
    private double disguiseWeight = 0.60;
    private double cueWordNearWeight = 0.60;
    private double cueWordFarWeight = 0.35;
    private int cueWordNearChars = 40;
    private int maxCueWords = 3;
    private double lowPriceRatio = 0.50;
    private double lowPriceWeight = 0.55;
    private double descriptionFactor = 0.60;
    private double compatibilityFactor = 0.30;
    private double suspiciousThreshold = 0.35;
    private double likelyCounterfeitThreshold = 0.70;
    private PhraseList cueWords = PhraseList.cueWords();
    private PhraseList compatibilityPhrases = PhraseList.compatibilityPhrases();
    private ExchangeRates rates = ExchangeRates.none();

    private Builder() {}

    /**
     * The weight of a mention of the brand, with no other sign.
     *
     * @param value 0..1
     * @return this builder
     */
    public Builder mentionWeight(double value) {
      this.mentionWeight = value;
      return this;
    }

    /**
     * The weight of a disguised brand.
     *
     * @param value 0..1
     * @return this builder
     */
    public Builder disguiseWeight(double value) {
      this.disguiseWeight = value;
      return this;
    }

    /**
     * The weight of a cue word near the brand.
     *
     * @param value 0..1
     * @return this builder
     */
    public Builder cueWordNearWeight(double value) {
      this.cueWordNearWeight = value;
      return this;
    }

    /**
     * The weight of a cue word far from the brand.
     *
     * @param value 0..1
     * @return this builder
     */
    public Builder cueWordFarWeight(double value) {
      this.cueWordFarWeight = value;
      return this;
    }

    /**
     * The most characters between a cue word and the brand, in one field, for "near".
     *
     * @param value not negative
     * @return this builder
     */
    public Builder cueWordNearChars(int value) {
      this.cueWordNearChars = value;
      return this;
    }

    /**
     * The most cue words counted for a brand: the strongest.
     *
     * @param value not negative
     * @return this builder
     */
    public Builder maxCueWords(int value) {
      this.maxCueWords = value;
      return this;
    }

    /**
     * The share of the MSRP below which a price is a sign.
     *
     * @param value within (0, 1]
     * @return this builder
     */
    public Builder lowPriceRatio(double value) {
      this.lowPriceRatio = value;
      return this;
    }

    /**
     * The weight of a price at a fifth of the low-price ratio or less.
     *
     * @param value 0..1
     * @return this builder
     */
    public Builder lowPriceWeight(double value) {
      this.lowPriceWeight = value;
      return this;
    }

    /**
     * What a sign outside the title weighs, as a share of its weight in the title.
     *
     * @param value 0..1
     * @return this builder
     */
    public Builder descriptionFactor(double value) {
      this.descriptionFactor = value;
      return this;
    }

    /**
     * The factor on the score of an accessory naming what it fits, when no cue word is present.
     *
     * @param value 0..1
     * @return this builder
     */
    public Builder compatibilityFactor(double value) {
      this.compatibilityFactor = value;
      return this;
    }

    /**
     * The score from which a listing is SUSPICIOUS.
     *
     * @param value 0..1, at most the LIKELY_COUNTERFEIT threshold
     * @return this builder
     */
    public Builder suspiciousThreshold(double value) {
      this.suspiciousThreshold = value;
      return this;
    }

    /**
     * The score from which a listing is LIKELY_COUNTERFEIT.
     *
     * @param value 0..1, at least the SUSPICIOUS threshold
     * @return this builder
     */
    public Builder likelyCounterfeitThreshold(double value) {
      this.likelyCounterfeitThreshold = value;
      return this;
    }

    /**
     * The counterfeit cue words, such as {@code PhraseList.cueWords().plus(mine)}.
     *
     * @param value the cue words
     * @return this builder
     * @throws NullPointerException when {@code value} is null
     */
    public Builder cueWords(PhraseList value) {
      this.cueWords = notNull(value, "cueWords");
      return this;
    }

    /**
     * The compatibility phrases ("case for", "compatible with").
     *
     * @param value the phrases
     * @return this builder
     * @throws NullPointerException when {@code value} is null
     */
    public Builder compatibilityPhrases(PhraseList value) {
      this.compatibilityPhrases = notNull(value, "compatibilityPhrases");
      return this;
    }

    /**
     * Exchange rates for comparing prices with MSRPs in other currencies.
     *
     * @param value the rates
     * @return this builder
     * @throws NullPointerException when {@code value} is null
     */
    public Builder rates(ExchangeRates value) {
      this.rates = notNull(value, "rates");
      return this;
    }

    /**
     * The configuration.
     *
     * @return a new, immutable configuration
     * @throws IllegalArgumentException naming the first value out of range
     */
    public AssessorConfig build() {
      return new AssessorConfig(this);
    }
  }

}
