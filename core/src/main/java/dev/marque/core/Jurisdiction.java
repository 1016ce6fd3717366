package dev.marque.core;

import static dev.marque.core.internal.Checks.notNull;

import java.util.Locale;
import java.util.Set;

/**
 * Where a right applies or a law governs: an ISO 3166-1 alpha-2 country ({@code "US"},
 * {@code "CN"}, {@code "GB"}), the European Union ({@code "EU"}), or {@code "INT"} for
 * a right recognised internationally (an unregistered copyright under the Berne Convention).
 *
 * <pre>{@code
 * Jurisdiction.EU.covers(Jurisdiction.of("FR"))   // true: an EU trade mark protects in France
 * Jurisdiction.of("gb").equals(Jurisdiction.UK)   // true
 * }</pre>
 *
 * @param code the upper-case code
 */
public record Jurisdiction(String code) {

  /** The United States. */
  public static final Jurisdiction US = new Jurisdiction("US");
  /** The People's Republic of China (mainland). */
  public static final Jurisdiction CN = new Jurisdiction("CN");
  /** The United Kingdom, ISO code GB. */
  public static final Jurisdiction UK = new Jurisdiction("GB");
  /** The European Union as a whole: EU trade marks and designs, the Digital Services Act. */
  public static final Jurisdiction EU = new Jurisdiction("EU");
  /** Everywhere a treaty reaches: an unregistered copyright under the Berne Convention. */
  public static final Jurisdiction INTERNATIONAL = new Jurisdiction("INT");

  /** The 27 member states of the European Union. */
  public static final Set<String> EU_MEMBERS = Set.of(
      "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
      "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

  /**
   * Checks the code is an ISO 3166-1 alpha-2 country, EU or INT.
   *
   * @param code the upper-case code
   */
  public Jurisdiction {
    notNull(code, "code");
    if (!(Countries.ISO.contains(code) || code.equals("EU") || code.equals("INT"))) {
      throw new IllegalArgumentException("'" + code
          + "' is not a jurisdiction: use an ISO 3166-1 alpha-2 country code (US, CN, GB, DE...),"
          + " EU or INT");
    }
  }

  /**
   * {@return a jurisdiction from its code, any case; {@code "UK"} is accepted for {@code "GB"}}
   *
   * @param code the upper-case code
   * @throws IllegalArgumentException when the code names no country, EU or INT
   */
  public static Jurisdiction of(String code) {
    notNull(code, "code");
    String upper = code.strip().toUpperCase(Locale.ROOT);
    try {
      return new Jurisdiction(upper.equals("UK") ? "GB" : upper);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(e.getMessage().replace("'" + upper + "'", "'" + code + "'"));
    }
  }

  /** {@return whether this is a single country rather than the EU or INT} */
  public boolean isCountry() {
    return code.length() == 2 && !code.equals("EU");
  }

  /** {@return whether this country is a member state of the European Union} */
  public boolean isEuMember() {
    return EU_MEMBERS.contains(code);
  }

  /**
   * {@return whether a right that applies here also applies in {@code other}: a jurisdiction covers
   * itself, the EU covers its member states, and INT covers everywhere}
   *
   * @param other the jurisdiction asked about
   */
  public boolean covers(Jurisdiction other) {
    notNull(other, "other");
    return equals(other)
        || equals(INTERNATIONAL)
        || (equals(EU) && other.isEuMember());
  }

  /** {@return the English name of the country, or "European Union" / "International"} */
  public String displayName() {
    return switch (code) {
      case "EU" -> "European Union";
      case "INT" -> "International";
      default -> new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    };
  }

  @Override
  public String toString() {
    return code;
  }

  /** Initialised before the constants above, which need it. */
  private static final class Countries {
    static final Set<String> ISO = Set.of(Locale.getISOCountries());
  }
}
