package dev.marque.core.rights;

import static dev.marque.core.internal.Checks.copy;
import static dev.marque.core.internal.Checks.notBlank;
import static dev.marque.core.internal.Checks.notNull;
import static dev.marque.core.internal.Checks.optional;

import dev.marque.core.Jurisdiction;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A patent, utility model or design patent granted by an office.
 *
 * @param title the title of the invention or design
 * @param number the patent number (or the application number while pending)
 * @param patentType invention, utility model or design patent
 * @param office the granting office
 * @param designations where it applies, when not simply the office's territory
 * @param filed the filing date
 * @param granted the grant date; empty while pending
 * @param expires when protection ends
 * @param proof the files that prove the right (its evidence bundle); empty when none is
 *     recorded
 */
public record Patent(
    String title,
    String number,
    PatentType patentType,
    Office office,
    List<Jurisdiction> designations,
    Optional<LocalDate> filed,
    Optional<LocalDate> granted,
    Optional<LocalDate> expires,
    List<Proof> proof) implements IpRight {

  /**
   * Checks the title and number are present, the territory known and the dates in order.
   *
   * @param title the title of the invention or design
   * @param number the patent number (or the application number while pending)
   * @param patentType invention, utility model or design patent
   * @param office the granting office
   * @param designations where it applies, when not simply the office's territory
   * @param filed the filing date
   * @param granted the grant date; empty while pending
   * @param expires when protection ends
   * @param proof the files that prove the right (its evidence bundle); empty when none is
   *     recorded
   */
  public Patent {
    title = notBlank(title, "title");
    number = notBlank(number, "number");
    notNull(patentType, "patentType");
    notNull(office, "office");
    designations = copy(designations, "designations");
    optional(filed, "filed");
    optional(granted, "granted");
    optional(expires, "expires");
    Terms.ordered(filed, "filed", granted, "granted");
    Terms.ordered(granted, "granted", expires, "expires");
    Terms.territory(Optional.of(office), designations, "patent");
    proof = copy(proof, "proof");
  }
  /**
   * A patent without an evidence bundle.
   *
   * @param title see the record's components
   * @param number see the record's components
   * @param patentType see the record's components
   * @param office see the record's components
   * @param designations see the record's components
   * @param filed see the record's components
   * @param granted see the record's components
   * @param expires see the record's components
   */
  public Patent(String title, String number, PatentType patentType, Office office,
      List<Jurisdiction> designations, Optional<LocalDate> filed, Optional<LocalDate> granted,
      Optional<LocalDate> expires) {
    this(title, number, patentType, office, designations, filed, granted, expires, List.of());
  }


  @Override
  public RightKind kind() {
    return RightKind.PATENT;
  }

  @Override
  public String subject() {
    return title;
  }

  @Override
  public Optional<String> registrationNumber() {
    return Optional.of(number);
  }

  @Override
  public List<Jurisdiction> jurisdictions() {
    return Terms.territory(Optional.of(office), designations, "patent");
  }

  /** In force once granted, until expiry; a pending application is not. */
  @Override
  public boolean isInForceOn(LocalDate date) {
    notNull(date, "date");
    return granted.isPresent() && Terms.within(date, granted, expires);
  }
}
