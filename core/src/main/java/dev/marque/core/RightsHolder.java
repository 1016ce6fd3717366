package dev.marque.core;

import static dev.marque.core.internal.Checks.notBlank;
import static dev.marque.core.internal.Checks.optional;
import static dev.marque.core.internal.Checks.optionalText;

import java.util.Optional;

/**
 * The owner of the rights: the party on whose behalf every notice is sent.
 *
 * @param name the full legal name, such as {@code "Aurelia Moda S.p.A."}
 * @param email the e-mail address for notices
 * @param address the postal address
 * @param phone the telephone number
 * @param country where the holder is established
 * @param signatory the person who signs the holder's notices, and in what capacity
 */
public record RightsHolder(String name, Optional<String> email, Optional<String> address,
    Optional<String> phone, Optional<Jurisdiction> country, Optional<Signatory> signatory)
    implements Party {

  /**
   * Checks the name is present; trims the texts and turns blank ones into empty.
   *
   * @param name the full legal name, such as {@code "Aurelia Moda S.p.A."}
   * @param email the e-mail address for notices
   * @param address the postal address
   * @param phone the telephone number
   * @param country where the holder is established
   * @param signatory the person who signs the holder's notices, and in what capacity
   */
  public RightsHolder {
    name = notBlank(name, "name");
    email = optionalText(email, "email");
    email.ifPresent(Contacts::checkEmail);
    address = optionalText(address, "address");
    phone = optionalText(phone, "phone");
    optional(country, "country");
    optional(signatory, "signatory");
  }

  /**
   * A holder without a named signatory.
   *
   * @param name the full legal name
   * @param email the e-mail address
   * @param address the postal address
   * @param phone the telephone number
   * @param country where it is established
   */
  public RightsHolder(String name, Optional<String> email, Optional<String> address,
      Optional<String> phone, Optional<Jurisdiction> country) {
    this(name, email, address, phone, country, Optional.empty());
  }

  /**
   * {@return a holder known by name alone}
   *
   * @param name the full legal name, such as {@code "Aurelia Moda S.p.A."}
   */
  public static RightsHolder of(String name) {
    return new RightsHolder(name, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
  }
}
