package dev.marque.notices.draft;

import static dev.marque.core.internal.Checks.notBlank;
import static dev.marque.core.internal.Checks.notNull;
import static dev.marque.core.internal.Checks.optional;
import static dev.marque.core.internal.Checks.optionalText;

import dev.marque.core.Jurisdiction;
import dev.marque.core.Party;
import java.util.Optional;

/**
 * A person or organisation as a notice names it: sender, principal (the rights holder),
 * recipient, or the seller answering with a counter-notice.
 *
 * @param name the full name
 * @param email the e-mail address
 * @param address the postal address, lines separated by line breaks
 * @param phone the telephone number
 * @param country where the party is established
 */
public record Contact(String name, Optional<String> email, Optional<String> address,
    Optional<String> phone, Optional<Jurisdiction> country) {

  /**
   * Checks the name is present; trims the texts and turns blank ones into empty.
   *
   * @param name the full name
   * @param email the e-mail address
   * @param address the postal address, lines separated by line breaks
   * @param phone the telephone number
   * @param country where the party is established
   */
  public Contact {
    name = notBlank(name, "name");
    email = optionalText(email, "email");
    address = optionalText(address, "address");
    phone = optionalText(phone, "phone");
    optional(country, "country");
  }

  /**
   * {@return the contact details of a portfolio's holder or agent}
   *
   * @param party the holder or agent
   */
  public static Contact of(Party party) {
    notNull(party, "party");
    return new Contact(party.name(), party.email(), party.address(), party.phone(),
        party.country());
  }

  /**
   * {@return a contact known by name alone, such as a platform}
   *
   * @param name the full name
   */
  public static Contact named(String name) {
    return new Contact(name, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
  }
}
