package dev.marque.core;

import java.math.BigDecimal;

/**
 * The bounds marque puts on what strangers feed it, stated once: how long a feed line may be, how
 * deep JSON may nest, how long a number or a text may be, how many entries a list may hold, how
 * large an amount of money may be, and how many mentions of one brand in one field are reported.
 * Each has a default ({@link #defaults()}) and a builder to change it; every reader of outside data
 * ({@code MarqueJson}, the feed reader, {@code marque scan} and {@code validate}) enforces the same
 * values with the same wording, so a limit reads the same wherever it is met.
 *
 * <pre>{@code
 * Limits limits = Limits.defaults().toBuilder().maxLineChars(4 << 20).build();
 * MarqueJson json = MarqueJson.standard().withLimits(limits);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class Limits {

  private static final Limits DEFAULTS = new Builder().build();

  private static final java.util.List<String> NAMES = java.util.List.of("maxLineChars",
      "maxNestingDepth", "maxNumberChars", "maxIntegerDigits", "maxFractionDigits",
      "maxArrayLength", "maxTextChars", "maxNameChars", "maxMentionsPerBrandAndField");

  /**
   * The names of the limits, as {@link Builder#set(String, int)} and {@code marque scan --limit
   * NAME=VALUE} take them: the names of this class's accessors.
   *
   * @return the names, in the order of the README's table
   */
  public static java.util.List<String> names() {
    return NAMES;
  }

  private final int maxLineChars;
  private final int maxNestingDepth;
  private final int maxNumberChars;
  private final int maxIntegerDigits;
  private final int maxFractionDigits;
  private final int maxArrayLength;
  private final int maxTextChars;
  private final int maxNameChars;
  private final int maxMentionsPerBrandAndField;

  private Limits(Builder b) {
    this.maxLineChars = b.maxLineChars;
    this.maxNestingDepth = b.maxNestingDepth;
    this.maxNumberChars = b.maxNumberChars;
    this.maxIntegerDigits = b.maxIntegerDigits;
    this.maxFractionDigits = b.maxFractionDigits;
    this.maxArrayLength = b.maxArrayLength;
    this.maxTextChars = b.maxTextChars;
    this.maxNameChars = b.maxNameChars;
    this.maxMentionsPerBrandAndField = b.maxMentionsPerBrandAndField;
  }

  /**
   * The defaults: lines of 1 MiB, nesting 500 deep, numbers of 64 characters, amounts of 15 digits
   * before the point and 12 after, lists of 100,000 entries, texts of 1 MiB, names of 256
   * characters, 100 mentions per brand and field.
   *
   * @return the default limits
   */
  public static Limits defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from these limits.
   *
   * @return a builder holding this instance's values
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxLineChars = maxLineChars;
    b.maxNestingDepth = maxNestingDepth;
    b.maxNumberChars = maxNumberChars;
    b.maxIntegerDigits = maxIntegerDigits;
    b.maxFractionDigits = maxFractionDigits;
    b.maxArrayLength = maxArrayLength;
    b.maxTextChars = maxTextChars;
    b.maxNameChars = maxNameChars;
    b.maxMentionsPerBrandAndField = maxMentionsPerBrandAndField;
    return b;
  }

  /**
   * The longest feed line, in characters (UTF-16 units); a longer line is an error for that line
   * alone and is never held in memory whole.
   *
   * @return the limit
   */
  public int maxLineChars() {
    return maxLineChars;
  }

  /**
   * How deep JSON objects and arrays may nest in one document (a feed line or a portfolio). A
   * listing's own properties are at most three deep; the rest is room for scrapers' extra
   * properties, which are skipped without recursion.
   *
   * @return the limit
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * The longest number, in characters, as JSON number or as text where an amount is expected;
   * checked before the number is parsed, so a huge one costs no more than reading it. A JSON
   * number is measured as the tokenizer measures it, by its digits (before and after the point
   * and in the exponent, not the point, the sign or the {@code e}); a number given as text, by
   * its characters once trimmed.
   *
   * @return the limit
   */
  public int maxNumberChars() {
    return maxNumberChars;
  }

  /**
   * The most digits an amount of money may have before the decimal point.
   *
   * @return the limit
   */
  public int maxIntegerDigits() {
    return maxIntegerDigits;
  }

  /**
   * The most digits an amount of money may have after the decimal point, trailing zeros aside.
   *
   * @return the limit
   */
  public int maxFractionDigits() {
    return maxFractionDigits;
  }

  /**
   * The most entries one JSON list may hold.
   *
   * @return the limit
   */
  public int maxArrayLength() {
    return maxArrayLength;
  }

  /**
   * The longest text value of one property (a title, a description), in characters.
   *
   * @return the limit
   */
  public int maxTextChars() {
    return maxTextChars;
  }

  /**
   * The longest name of a brand, an alias or a product in a portfolio, in characters.
   *
   * @return the limit
   */
  public int maxNameChars() {
    return maxNameChars;
  }

  /**
   * The most mentions of one brand reported in one field of a listing; the first are kept, and a
   * line of scan output where the cap applied says {@code "mentionCap": N}. The matcher takes it
   * from {@code MatchOptions.withMaxMentionsPerBrandAndField}, which {@code marque scan --limit}
   * sets from these limits; {@code MarqueJson} writes {@code "mentionCap"} by it.
   *
   * @return the limit
   */
  public int maxMentionsPerBrandAndField() {
    return maxMentionsPerBrandAndField;
  }

  /**
   * The problem with an amount of money, or null when it is within the limits. Cheap for any
   * {@code BigDecimal}, however large its exponent.
   *
   * @param amount the amount
   * @return what is wrong, in words that do not repeat the whole number; null when nothing is
   */
  public String amountProblem(BigDecimal amount) {
    if (amount == null) {
      throw new NullPointerException("amount must not be null");
    }
    if (amount.signum() == 0) {
      return null;
    }
    // precision - scale digits before the point; for 1e-999999999 that is far below zero
    long integerDigits = (long) amount.precision() - amount.scale();
    if (integerDigits > maxIntegerDigits) {
      return "is too large: an amount may have at most " + maxIntegerDigits
          + " digits before the decimal point";
    }
    BigDecimal stripped = amount.scale() > 0 ? amount.stripTrailingZeros() : amount;
    if (stripped.scale() > maxFractionDigits) {
      return "is too precise: an amount may have at most " + maxFractionDigits
          + " digits after the decimal point";
    }
    return null;
  }

  /**
   * The message for a line over {@link #maxLineChars()}, the same from every reader.
   *
   * @param length the line's length in characters
   * @return the message
   */
  public String lineTooLong(long length) {
    return "line is " + length + " characters long; the limit is " + maxLineChars;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Limits l && maxLineChars == l.maxLineChars
        && maxNestingDepth == l.maxNestingDepth && maxNumberChars == l.maxNumberChars
        && maxIntegerDigits == l.maxIntegerDigits && maxFractionDigits == l.maxFractionDigits
        && maxArrayLength == l.maxArrayLength && maxTextChars == l.maxTextChars
        && maxNameChars == l.maxNameChars
        && maxMentionsPerBrandAndField == l.maxMentionsPerBrandAndField;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(maxLineChars, maxNestingDepth, maxNumberChars, maxIntegerDigits,
        maxFractionDigits, maxArrayLength, maxTextChars, maxNameChars,
        maxMentionsPerBrandAndField);
  }

  @Override
  public String toString() {
    return "Limits[maxLineChars=" + maxLineChars + ", maxNestingDepth=" + maxNestingDepth
        + ", maxNumberChars=" + maxNumberChars + ", maxIntegerDigits=" + maxIntegerDigits
        + ", maxFractionDigits=" + maxFractionDigits + ", maxArrayLength=" + maxArrayLength
        + ", maxTextChars=" + maxTextChars + ", maxNameChars=" + maxNameChars
        + ", maxMentionsPerBrandAndField=" + maxMentionsPerBrandAndField + "]";
  }

  /** Builds {@link Limits}; start from {@link Limits#toBuilder()}. Not thread-safe. */
  public static final class Builder {
    private int maxLineChars = 1 << 20;
    private int maxNestingDepth = 500;
    private int maxNumberChars = 64;
    private int maxIntegerDigits = 15;
    private int maxFractionDigits = 12;
    private int maxArrayLength = 100_000;
    private int maxTextChars = 1 << 20;
    private int maxNameChars = 256;
    private int maxMentionsPerBrandAndField = 100;

    private Builder() {}

    /**
     * Sets {@link Limits#maxLineChars()}.
     *
     * @param value at least 1
     * @return this builder
     */
    public Builder maxLineChars(int value) {
      maxLineChars = positive(value, "maxLineChars");
      return this;
    }

    /**
     * Sets {@link Limits#maxNestingDepth()}.
     *
     * @param value at least 1
     * @return this builder
     */
    public Builder maxNestingDepth(int value) {
      maxNestingDepth = positive(value, "maxNestingDepth");
      return this;
    }

    /**
     * Sets {@link Limits#maxNumberChars()}.
     *
     * @param value at least 1
     * @return this builder
     */
    public Builder maxNumberChars(int value) {
      maxNumberChars = positive(value, "maxNumberChars");
      return this;
    }

    /**
     * Sets {@link Limits#maxIntegerDigits()}.
     *
     * @param value at least 1
     * @return this builder
     */
    public Builder maxIntegerDigits(int value) {
      maxIntegerDigits = positive(value, "maxIntegerDigits");
      return this;
    }

    /**
     * Sets {@link Limits#maxFractionDigits()}.
     *
     * @param value at least 1
     * @return this builder
     */
    public Builder maxFractionDigits(int value) {
      maxFractionDigits = positive(value, "maxFractionDigits");
      return this;
    }

    /**
     * Sets {@link Limits#maxArrayLength()}.
     *
     * @param value at least 1
     * @return this builder
     */
    public Builder maxArrayLength(int value) {
      maxArrayLength = positive(value, "maxArrayLength");
      return this;
    }

    /**
     * Sets {@link Limits#maxTextChars()}.
     *
     * @param value at least 1
     * @return this builder
     */
    public Builder maxTextChars(int value) {
      maxTextChars = positive(value, "maxTextChars");
      return this;
    }

    /**
     * Sets {@link Limits#maxNameChars()}.
     *
     * @param value at least 1
     * @return this builder
     */
    public Builder maxNameChars(int value) {
      maxNameChars = positive(value, "maxNameChars");
      return this;
    }

    /**
     * Sets {@link Limits#maxMentionsPerBrandAndField()}.
     *
     * @param value at least 1
     * @return this builder
     */
    public Builder maxMentionsPerBrandAndField(int value) {
      maxMentionsPerBrandAndField = positive(value, "maxMentionsPerBrandAndField");
      return this;
    }

    /**
     * Sets the limit of this name, as a command line or a configuration file names it: {@code
     * set("maxLineChars", 4 << 20)} is {@code maxLineChars(4 << 20)}.
     *
     * @param name one of {@link Limits#names()}
     * @param value the value, checked as the limit's own setter checks it
     * @return this builder
     * @throws IllegalArgumentException when no limit has the name, or the value is out of range
     */
    public Builder set(String name, int value) {
      if (name == null) {
        throw new NullPointerException("name must not be null");
      }
      switch (name) {
        case "maxLineChars" -> maxLineChars(value);
        case "maxNestingDepth" -> maxNestingDepth(value);
        case "maxNumberChars" -> maxNumberChars(value);
        case "maxIntegerDigits" -> maxIntegerDigits(value);
        case "maxFractionDigits" -> maxFractionDigits(value);
        case "maxArrayLength" -> maxArrayLength(value);
        case "maxTextChars" -> maxTextChars(value);
        case "maxNameChars" -> maxNameChars(value);
        case "maxMentionsPerBrandAndField" -> maxMentionsPerBrandAndField(value);
        default -> throw new IllegalArgumentException("'" + (name.length() <= 40 ? name
            : name.substring(0, 40) + "…") + "' is not a limit; the limits are "
            + String.join(", ", NAMES));
      }
      return this;
    }

    /**
     * The limits.
     *
     * @return an immutable instance
     */
    public Limits build() {
      return new Limits(this);
    }

    private static int positive(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1: " + value);
      }
      return value;
    }
  }
}
