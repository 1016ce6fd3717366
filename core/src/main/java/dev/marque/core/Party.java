package dev.marque.core;

import java.util.Optional;

/**
 * A person or organisation a notice names: the rights holder, or an agent acting for it.
 */
public sealed interface Party permits RightsHolder, Agent {
  /** The full legal name. */
  String name();

  /** The e-mail address notices are answered at. */
  Optional<String> email();

  /** The postal address, as one text with line breaks. */
  Optional<String> address();

  /** The telephone number, in international form. */
  Optional<String> phone();

  /** The country the party is established in. */
  Optional<Jurisdiction> country();

  /**
   * The natural person who signs for the party, and in what capacity.
   *
   * @return the signatory, when named
   */
  Optional<Signatory> signatory();
}
