package dev.marque.notices.law;

/**
 * What a notice must hold for an {@link Element} to be present: the check the drafter runs
 * before anything renders. Routes combine these as data; the checks themselves are fixed.
 */
public enum Requirement {
  /** The sender's full name. */
  SENDER_NAME,
  /** The sender's postal address. */
  SENDER_ADDRESS,
  /** The sender's telephone number. */
  SENDER_PHONE,
  /** The sender's e-mail address. */
  SENDER_EMAIL,
  /** The rights holder's name and country, proving who owns the right. */
  PRINCIPAL_IDENTITY,
  /**
   * A named natural person who signs, and the capacity in which they sign; a firm's name is
   * not a signature.
   */
  SIGNATURE,
  /** The company seal (盖章) of the complainant, which Chinese platforms and authorities expect. */
  COMPANY_SEAL,
  /**
   * Every listing is offered to buyers in the route's territory (its storefront, its currency,
   * where its goods ship from), with the basis stated.
   */
  OFFERED_IN_TERRITORY,
  /** The sender is the holder, or an agent whose authorisation is valid on the notice date. */
  AUTHORITY,
  /** An agent names the holder's authorisation letter (power of attorney) by its reference. */
  AUTHORIZATION_LETTER,
  /** The right relied on is identified: the mark, the work, the design, the invention. */
  RIGHT_IDENTIFIED,
  /**
   * The right's registration (certificate) number; a copyright may give its evidence of
   * authorship instead, as it need not be registered.
   */
  REGISTRATION,
  /**
   * A registered right's number; a copyright is identified well enough by the description of
   * the work (Amazon's rule).
   */
  REGISTRATION_OR_DESCRIPTION,
  /** A trade mark's Nice classes of goods and services. */
  MARK_CLASSES,
  /** Every listing's URL. */
  LOCATIONS,
  /** Every listing's item number, as digits (eBay's form). */
  ITEM_NUMBERS,
  /** Every listing's ASIN, or else its URL. */
  ASINS,
  /** At least one reason per listing: the explanation and the evidence of infringement. */
  ITEM_REASONS,
  /** The seller the letter is addressed to. */
  RECIPIENT_SELLER,
  /** A date by which the recipient must comply. */
  DEADLINE,
  /** The sender's country, which decides which court the sender consents to. */
  JURISDICTION_CONSENT,
  /** A fixed statement, whose words the route carries per language. */
  STATEMENT,
  /**
   * The statute the claim rests on, for the kind of right and the place the listing is offered
   * (section 10 of the UK Trade Marks Act 1994, 15 U.S.C. § 1114, ...): a letter before action
   * cites it.
   */
  STATUTE,
  /**
   * Every listing's type of infringement in the platform's own terms, derived from the right and
   * the evidence: Amazon's report type, eBay VeRO's reason code, Temu's type.
   */
  INFRINGEMENT_TYPE
}
