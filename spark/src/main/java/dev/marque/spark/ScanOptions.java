package dev.marque.spark;

import dev.marque.core.ExchangeRates;
import dev.marque.core.Limits;
import dev.marque.core.json.InvalidInputException;
import dev.marque.core.json.MarqueJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link MarqueSpark} scans, the knobs {@code marque scan} has that matter on a cluster: the
 * {@link Limits} a feed line must keep (the same limits, and so the same error messages, as
 * {@code marque scan}) and the exchange rates prices are compared with MSRPs by. Immutable; derive
 * a variant with {@link #toBuilder()}.
 *
 * <pre>{@code
 * ScanOptions options = ScanOptions.builder()
 *     .limits(Limits.defaults().toBuilder()   // as marque scan --limit maxLineChars=4194304
 *         .set("maxLineChars", 4 << 20).build())
 *     .rates(Path.of("rates.json"))           // as marque scan --rates
 *     .build();
 * }</pre>
 *
 * <p>The limits travel with the job to every executor: each row is read under them, with
 * {@code marque scan}'s message for a line past one, and the matcher reports at most
 * {@link Limits#maxMentionsPerBrandAndField()} mentions of a brand in a field, as {@code marque
 * scan --limit} does.
 *
 * @since 0.2.0
 */
public final class ScanOptions {

  /**
   * The most digits a Spark decimal holds: an amount's integer and fraction digits together must
   * fit, so {@code price.amount} keeps every amount a feed line may have exactly.
   */
  public static final int MAX_AMOUNT_DIGITS = 38;

  private static final ScanOptions DEFAULTS = new Builder().build();

  private final Limits limits;
  private final String ratesJson;
  private final ExchangeRates rates;

  private ScanOptions(Builder b) {
    this.limits = b.limits;
    this.ratesJson = b.ratesJson;
    this.rates = b.rates;
  }

  /**
   * The defaults: {@link Limits#defaults()} and no exchange rates, as {@code marque scan} without
   * {@code --rates}.
   *
   * @return the default options
   */
  public static ScanOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these options, to derive a variant.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.limits = limits;
    b.ratesJson = ratesJson;
    b.rates = rates;
    return b;
  }

  /**
   * The limits every feed line must keep.
   *
   * @return the limits; {@link Limits#defaults()} unless set
   */
  public Limits limits() {
    return limits;
  }

  /**
   * The exchange rates prices are converted with before they are compared with an MSRP.
   *
   * @return the rates, or empty when only prices in the MSRP's own currency are compared
   */
  public Optional<ExchangeRates> rates() {
    return Optional.ofNullable(rates);
  }

  /** The rates as the JSON text they were read from, to ship to the executors. */
  Optional<String> ratesJson() {
    return Optional.ofNullable(ratesJson);
  }

  @Override
  public String toString() {
    return "ScanOptions[limits=" + limits + ", rates=" + rates().map(Object::toString).orElse("none")
        + "]";
  }

  /**
   * Builds {@link ScanOptions}; not thread-safe. Get one from {@link ScanOptions#builder()} or
   * {@link ScanOptions#toBuilder()}.
   */
  public static final class Builder {
    private Limits limits = Limits.defaults();
    private String ratesJson;
    private ExchangeRates rates;

    private Builder() {}

    /**
     * The limits feed lines must keep, as {@link MarqueJson#withLimits(Limits)} enforces them.
     *
     * @param limits the limits
     * @return this builder
     * @throws NullPointerException when {@code limits} is null
     * @throws IllegalArgumentException when an amount's integer and fraction digits together
     *     exceed {@value ScanOptions#MAX_AMOUNT_DIGITS}, more than a Spark decimal holds
     */
    public Builder limits(Limits limits) {
      Objects.requireNonNull(limits, "limits");
      int digits = limits.maxIntegerDigits() + limits.maxFractionDigits();
      if (digits > MAX_AMOUNT_DIGITS) {
        throw new IllegalArgumentException("limits: maxIntegerDigits " + limits.maxIntegerDigits()
            + " and maxFractionDigits " + limits.maxFractionDigits() + " make an amount of "
            + digits + " digits; a Spark decimal holds at most " + MAX_AMOUNT_DIGITS);
      }
      this.limits = limits;
      return this;
    }

    /**
     * Reads exchange rates from a file, as {@code marque scan --rates} does: {@code {"base":
     * "USD", "rates": {"EUR": 0.92, ...}}}, under the {@linkplain #limits(Limits) limits} set so
     * far (so set them first).
     *
     * @param file the rates file (JSON, UTF-8) on the driver's file system
     * @return this builder
     * @throws NullPointerException when {@code file} is null
     * @throws IOException when the file cannot be read
     * @throws InvalidInputException listing every problem with the rates, by JSON path
     */
    public Builder rates(Path file) throws IOException {
      Objects.requireNonNull(file, "file");
      this.rates = MarqueJson.standard().withLimits(limits).readRates(file);
      this.ratesJson = Files.readString(file, StandardCharsets.UTF_8);
      return this;
    }

    /**
     * Reads exchange rates from JSON text, under the limits set so far; see {@link #rates(Path)}.
     *
     * @param json the rates as JSON text
     * @return this builder
     * @throws NullPointerException when {@code json} is null
     * @throws InvalidInputException listing every problem with the rates, by JSON path
     */
    public Builder rates(String json) {
      Objects.requireNonNull(json, "json");
      this.rates = MarqueJson.standard().withLimits(limits).readRates(json);
      this.ratesJson = json;
      return this;
    }

    /**
     * Compares prices only with MSRPs in their own currency (the default).
     *
     * @return this builder
     */
    public Builder noRates() {
      this.rates = null;
      this.ratesJson = null;
      return this;
    }

    /**
     * The options.
     *
     * @return new, immutable options with these settings
     */
    public ScanOptions build() {
      return new ScanOptions(this);
    }
  }
}
