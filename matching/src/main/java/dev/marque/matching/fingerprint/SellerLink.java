package dev.marque.matching.fingerprint;

import java.util.Objects;

/**
 * Why two seller accounts are taken to act together.
 *
 * @param seller one account ({@code marketplace:sellerId})
 * @param otherSeller the other account
 * @param kind what they share
 * @param value the shared thing: the E.164 phone number, the e-mail address, the normalised store
 *     name or business address, or the two photos
 * @param explanation one line a person reads, naming the listings it was seen in
 */
public record SellerLink(String seller, String otherSeller, Kind kind, String value, String explanation) {

  /** What two accounts share. */
  public enum Kind {
    /** The same phone number (E.164), e.g. a WhatsApp number in both descriptions. */
    PHONE,
    /** The same e-mail address. */
    EMAIL,
    /** The same store name once case, punctuation and words such as "store" are set aside. */
    STORE_NAME,
    /** The same photo, byte for byte or within PDQ distance 16. */
    PHOTO,
    /**
     * The same business address once case, punctuation, spacing and the common abbreviations are
     * set aside ({@link dev.marque.core.Seller#address()}).
     */
    ADDRESS
  }

  /**
   * Checks the parts are present.
   *
   * @param explanation one line a person reads, naming the listings it was seen in
   * @param kind what they share
   * @param otherSeller the other account
   * @param seller one account ({@code marketplace:sellerId})
   * @param value the shared thing: the E.164 phone number, the e-mail address, the normalised store
   *     name, or the two photos
   */
  public SellerLink {
    Objects.requireNonNull(seller, "seller");
    Objects.requireNonNull(otherSeller, "otherSeller");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(explanation, "explanation");
  }
}
