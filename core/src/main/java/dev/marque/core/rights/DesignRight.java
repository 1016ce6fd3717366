package dev.marque.core.rights;

import static dev.marque.core.internal.Checks.copy;
import static dev.marque.core.internal.Checks.notBlank;
import static dev.marque.core.internal.Checks.notNull;
import static dev.marque.core.internal.Checks.optional;
import static dev.marque.core.internal.Checks.optionalText;

import dev.marque.core.Jurisdiction;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A right in the appearance of a product: a registered design (an EU or UK registered design, a
 * US design patent is a {@link Patent}) or an unregistered design right (the UK's, the EU's
 * unregistered Community design), which then lists where it applies.
 *
 * @param design what the design is, such as {@code "Aurelia clasp"}
 * @param registrationNumber the registration number, when registered
 * @param office the office that registered it, when registered
 * @param designations where it applies, when not simply the office's territory
 * @param filed the filing date
 * @param registered the registration date
 * @param expires when protection ends
 * @param proof the files that prove the right (its evidence bundle); empty when none is
 *     recorded
 */
public record DesignRight(
    String design,
    Optional<String> registrationNumber,
    Optional<Office> office,
    List<Jurisdiction> designations,
    Optional<LocalDate> filed,
    Optional<LocalDate> registered,
    Optional<LocalDate> expires,
    List<Proof> proof) implements IpRight {

  /**
   * Checks the design is described, its territory is known and the dates are in order.
   *
   * @param design what the design is, such as {@code "Aurelia clasp"}
   * @param registrationNumber the registration number, when registered
   * @param office the office that registered it, when registered
   * @param designations where it applies, when not simply the office's territory
   * @param filed the filing date
   * @param registered the registration date
   * @param expires when protection ends
   * @param proof the files that prove the right (its evidence bundle); empty when none is
   *     recorded
   */
  public DesignRight {
    design = notBlank(design, "design");
    registrationNumber = optionalText(registrationNumber, "registrationNumber");
    optional(office, "office");
    designations = copy(designations, "designations");
    optional(filed, "filed");
    optional(registered, "registered");
    optional(expires, "expires");
    if (registrationNumber.isPresent() && office.isEmpty()) {
      throw new IllegalArgumentException("a registered design needs the office that registered it");
    }
    Terms.ordered(filed, "filed", registered, "registered");
    Terms.ordered(registered, "registered", expires, "expires");
    Terms.territory(office, designations, "design");
    proof = copy(proof, "proof");
  }
  /**
   * A design without an evidence bundle.
   *
   * @param design see the record's components
   * @param registrationNumber see the record's components
   * @param office see the record's components
   * @param designations see the record's components
   * @param filed see the record's components
   * @param registered see the record's components
   * @param expires see the record's components
   */
  public DesignRight(String design, Optional<String> registrationNumber, Optional<Office> office,
      List<Jurisdiction> designations, Optional<LocalDate> filed, Optional<LocalDate> registered,
      Optional<LocalDate> expires) {
    this(design, registrationNumber, office, designations, filed, registered, expires, List.of());
  }


  @Override
  public RightKind kind() {
    return RightKind.DESIGN;
  }

  @Override
  public String subject() {
    return design;
  }

  @Override
  public List<Jurisdiction> jurisdictions() {
    return Terms.territory(office, designations, "design");
  }

  /** In force from registration (or, unregistered, from filing when known) until expiry. */
  @Override
  public boolean isInForceOn(LocalDate date) {
    notNull(date, "date");
    return Terms.within(date, registered.or(() -> filed), expires);
  }
}
