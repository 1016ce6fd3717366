package dev.marque.core;

import static dev.marque.core.internal.Checks.notBlank;
import static dev.marque.core.internal.Checks.optional;
import static dev.marque.core.internal.Checks.optionalText;

import java.util.Optional;

/**
 * A law firm or brand-protection company acting for the rights holder, with the authorisation
 * that lets it do so. Platforms ask agents for that authorisation before they act on a notice.
 *
 * @param name the agent's full name
 * @param email the e-mail address for notices
 * @param address the postal address
 * @param phone the telephone number
 * @param country where the agent is established
 * @param authorization the holder's authorisation of the agent, when on file
 * @param signatory the person who signs the agent's notices, and in what capacity
 */
public record Agent(String name, Optional<String> email, Optional<String> address,
    Optional<String> phone, Optional<Jurisdiction> country,
    Optional<Authorization> authorization, Optional<Signatory> signatory) implements Party {

  /**
   * Checks the name is present; trims the texts and turns blank ones into empty.
   *
   * @param name the agent's full name
   * @param email the e-mail address for notices
   * @param address the postal address
   * @param phone the telephone number
   * @param country where the agent is established
   * @param authorization the holder's authorisation of the agent, when on file
   * @param signatory the person who signs the agent's notices, and in what capacity
   */
  public Agent {
    name = notBlank(name, "name");
    email = optionalText(email, "email");
    email.ifPresent(Contacts::checkEmail);
    address = optionalText(address, "address");
    phone = optionalText(phone, "phone");
    optional(country, "country");
    optional(authorization, "authorization");
    optional(signatory, "signatory");
  }

  /**
   * An agent without a named signatory.
   *
   * @param name the agent's full name
   * @param email the e-mail address
   * @param address the postal address
   * @param phone the telephone number
   * @param country where it is established
   * @param authorization the holder's authorisation, when on file
   */
  public Agent(String name, Optional<String> email, Optional<String> address,
      Optional<String> phone, Optional<Jurisdiction> country,
      Optional<Authorization> authorization) {
    this(name, email, address, phone, country, authorization, Optional.empty());
  }

  /**
   * {@return whether the agent holds an authorisation valid on the date}
   *
   * @param date the day to judge
   */
  public boolean isAuthorizedOn(java.time.LocalDate date) {
    return authorization.map(a -> a.isValidOn(date)).orElse(false);
  }
}
