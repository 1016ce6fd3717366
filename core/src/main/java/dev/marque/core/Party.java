package dev.marque.core;

import java.util.Optional;

/**
 * A person or organisation a notice names: the rights holder, or an agent acting for it.
 */
public sealed interface Party permits RightsHolder, Agent {
  /** {@return the full legal name} */
  String name();

  /** {@return the e-mail address notices are answered at} */
  Optional<String> email();

  /** {@return the postal address, as one text with line breaks} */
  Optional<String> address();

  /** {@return the telephone number, in international form} */
  Optional<String> phone();

  /** {@return the country the party is established in} */
  Optional<Jurisdiction> country();

  /**
   * The natural person who signs for the party, and in what capacity.
   *
   * @return the signatory, when named
   */
  Optional<Signatory> signatory();
}
