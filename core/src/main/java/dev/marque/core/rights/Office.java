package dev.marque.core.rights;

import static dev.marque.core.internal.Checks.notNull;

import dev.marque.core.Jurisdiction;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An intellectual property office that registers rights. The well-known ones are constants;
 * others are written by code: a national office by its country's ISO code ({@code "DE"} for the
 * DPMA) applies in that country, any other code needs the right's designations.
 *
 * @param code the office's upper-case code, such as {@code "USPTO"}
 */
public record Office(String code) {

  /** The United States Patent and Trademark Office. */
  public static final Office USPTO = new Office("USPTO");
  /** The European Union Intellectual Property Office: EU trade marks and designs. */
  public static final Office EUIPO = new Office("EUIPO");
  /** The UK Intellectual Property Office. */
  public static final Office UKIPO = new Office("UKIPO");
  /** The China National Intellectual Property Administration. */
  public static final Office CNIPA = new Office("CNIPA");
  /** The World Intellectual Property Organization: international registrations (Madrid, Hague). */
  public static final Office WIPO = new Office("WIPO");
  /** The Japan Patent Office. */
  public static final Office JPO = new Office("JPO");
  /** The Korean Intellectual Property Office. */
  public static final Office KIPO = new Office("KIPO");
  /** The US Copyright Office. */
  public static final Office US_COPYRIGHT_OFFICE = new Office("USCO");
  /** The Copyright Protection Center of China, which registers copyrights. */
  public static final Office CPCC = new Office("CPCC");

  private static final Map<String, Jurisdiction> HOME = Map.of(
      "USPTO", Jurisdiction.US, "USCO", Jurisdiction.US, "EUIPO", Jurisdiction.EU,
      "UKIPO", Jurisdiction.UK, "CNIPA", Jurisdiction.CN, "CPCC", Jurisdiction.CN,
      "JPO", Jurisdiction.of("JP"), "KIPO", Jurisdiction.of("KR"));

  /**
   * Checks the code is 2 to 16 letters, digits or dashes.
   *
   * @param code the office's upper-case code, such as {@code "USPTO"}
   */
  public Office {
    notNull(code, "office");
    if (!code.matches("[A-Z0-9-]{2,16}")) {
      throw new IllegalArgumentException("'" + code
          + "' is not an office code: use USPTO, EUIPO, UKIPO, CNIPA, WIPO, JPO, KIPO, USCO, CPCC"
          + " or a national office's ISO country code");
    }
  }

  /**
   * {@return an office from its code, any case}
   *
   * @param code the office's upper-case code, such as {@code "USPTO"}
   */
  public static Office of(String code) {
    notNull(code, "office");
    return new Office(code.strip().toUpperCase(Locale.ROOT));
  }

  /**
   * {@return where a registration with this office applies on its own; empty for WIPO and unknown
   * offices, whose registrations apply where they designate}
   */
  public Optional<Jurisdiction> jurisdiction() {
    Jurisdiction home = HOME.get(code);
    if (home != null) {
      return Optional.of(home);
    }
    if (code.length() == 2) {
      try {
        return Optional.of(Jurisdiction.of(code));
      } catch (IllegalArgumentException notACountry) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** {@return whether this is WIPO, whose registrations apply in the countries they designate} */
  public boolean isInternational() {
    return code.equals("WIPO");
  }

  @Override
  public String toString() {
    return code;
  }
}
