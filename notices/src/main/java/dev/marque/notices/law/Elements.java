package dev.marque.notices.law;

import static dev.marque.notices.law.Element.of;
import static dev.marque.notices.law.Element.statement;

/**
 * The elements several routes share, written once: a route lists them by name instead of
 * restating them, and a route of one's own can reuse them.
 *
 * <pre>{@code
 * Route mine = Route.builder("my-platform").title("Complaint").legalBasis("My platform's policy")
 *     .acceptedKinds(RightKind.TRADEMARK)
 *     .elements(Elements.RIGHTS_OWNER, Elements.RIGHT_RELIED_ON, Elements.LISTING_LINKS,
 *         Elements.CONTACT_EMAIL, Elements.AUTHORITY, Elements.SIGNED_BY_A_PERSON)
 *     .build();
 * }</pre>
 */
public final class Elements {
  private Elements() {}

  /** The words of the good-faith statement the platform programmes share. */
  public static final String GOOD_FAITH_WORDS = "We believe in good faith that the listings"
      + " identified in this notice infringe the right described, and that the way they use it"
      + " has not been authorised by the rights owner, by its agent or by law.";
  /** The words of the accuracy statement the platform programmes share. */
  public static final String ACCURACY_WORDS = "The information in this notice is accurate, and"
      + " the sender is the rights owner or is authorised to act on the rights owner's behalf.";

  /** The rights owner's name and country. */
  public static final Element RIGHTS_OWNER = of("rights-owner",
      "the rights owner's name and country", Requirement.PRINCIPAL_IDENTITY);
  /** The rights holder's name and country, as the Chinese routes name it (权利人). */
  public static final Element RIGHTS_HOLDER_IDENTITY = of("rights-holder-identity",
      "the rights holder's name and country", Requirement.PRINCIPAL_IDENTITY);
  /** The right relied on. */
  public static final Element RIGHT_RELIED_ON = of("right-relied-on", "the right relied on",
      Requirement.RIGHT_IDENTIFIED);
  /** The right's registration number. */
  public static final Element REGISTRATION_NUMBER = of("registration-number",
      "the right's registration number", Requirement.REGISTRATION);
  /** The links to the listings. */
  public static final Element LISTING_LINKS = of("listing-links",
      "the links to the infringing listings", Requirement.LOCATIONS);
  /** The sender's e-mail address. */
  public static final Element CONTACT_EMAIL = of("contact-email", "the sender's e-mail address",
      Requirement.SENDER_EMAIL);
  /** The sender is the owner, or an agent authorised on the notice date. */
  public static final Element AUTHORITY = of("authority",
      "the sender is the owner or an agent authorised on the notice date", Requirement.AUTHORITY);
  /** The agent's authorisation letter, by reference. */
  public static final Element AGENT_AUTHORISATION = of("agent-authorisation",
      "the holder's authorisation of the agent, by reference", Requirement.AUTHORIZATION_LETTER);
  /** Each listing's type of infringement in the platform's terms. */
  public static final Element INFRINGEMENT_TYPE = of("infringement-type",
      "each listing's type of infringement, in the platform's terms",
      Requirement.INFRINGEMENT_TYPE);
  /** A statement of good-faith belief. */
  public static final Element GOOD_FAITH = statement("good-faith-statement",
      "a statement of good-faith belief", GOOD_FAITH_WORDS);
  /** A statement that the notice is accurate. */
  public static final Element ACCURACY = statement("accuracy-statement",
      "a statement that the notice is accurate", ACCURACY_WORDS);
  /** A named natural person signs, in a stated capacity. */
  public static final Element SIGNED_BY_A_PERSON = of("signature", "the signature of a named"
      + " natural person, with the capacity in which they sign", Requirement.SIGNATURE);
  /** The company seal line (盖章) of a Chinese notice. */
  public static final Element COMPANY_SEAL_LINE = of("company-seal", "the complainant's company"
      + " seal (盖章) beside the signature", Requirement.COMPANY_SEAL);
}
