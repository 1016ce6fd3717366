package dev.marque.notices.draft;

import static dev.marque.core.internal.Checks.copy;
import static dev.marque.core.internal.Checks.notBlank;
import static dev.marque.core.internal.Checks.notNull;

import java.util.List;

/**
 * What a seller is known to be in the supply of the goods, how that is known, and what was done
 * to find their maker or importer. The UK's Intellectual Property (Unjustified Threats) Act 2017
 * lets a threat of proceedings be made freely to the person who made or imported the goods (the
 * primary actor), but makes a threat to a retailer actionable: a letter to a seller concerning
 * acts in the UK depends on this record.
 *
 * <pre>{@code
 * SellerRole.retailer("sells branded goods of many makers; no manufacturing shown",
 *     List.of("asked eBay for the seller's supplier on 2026-06-01 (no answer)",
 *         "test purchase 112-55 shipped from a UK address with no maker named"));
 * }</pre>
 *
 * @param role maker, importer or retailer
 * @param basis how that is known, in words a court could check (the listing says "factory
 *     direct", the company's registered business, a test purchase's customs papers)
 * @param stepsToFindMaker what was done to identify who made or imported the goods, each a step
 *     with its date; a letter that threatens a retailer states them (s.21C(4) of the Trade Marks
 *     Act 1994 and its counterparts)
 */
public record SellerRole(Role role, String basis, List<String> stepsToFindMaker) {

  /** The seller's part in the supply of the goods. */
  public enum Role {
    /** It made the goods, or applied the sign to them or their packaging: a primary actor. */
    MANUFACTURER,
    /** It imported the goods into the UK for sale: a primary actor. */
    IMPORTER,
    /** It only offers, sells or stocks goods made or imported by someone else. */
    RETAILER;

    /** {@return whether a threat to this seller is outside the Act: a maker or importer} */
    public boolean isPrimaryActor() {
      return this != RETAILER;
    }

    /** {@return the role in words: {@code manufacturer}, {@code importer}, {@code retailer}} */
    public String words() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * Checks every part is present.
   *
   * @param role maker, importer or retailer
   * @param basis how that is known
   * @param stepsToFindMaker what was done to identify the maker or importer
   */
  public SellerRole {
    notNull(role, "role");
    basis = notBlank(basis, "basis");
    stepsToFindMaker = copy(stepsToFindMaker, "stepsToFindMaker");
    for (String step : stepsToFindMaker) {
      notBlank(step, "stepsToFindMaker[]");
    }
  }

  /**
   * {@return a seller shown to have made the goods}
   *
   * @param basis how that is known
   */
  public static SellerRole manufacturer(String basis) {
    return new SellerRole(Role.MANUFACTURER, basis, List.of());
  }

  /**
   * {@return a seller shown to have imported the goods into the UK}
   *
   * @param basis how that is known
   */
  public static SellerRole importer(String basis) {
    return new SellerRole(Role.IMPORTER, basis, List.of());
  }

  /**
   * {@return a seller that only sells, with what was done to find the maker or importer}
   *
   * @param basis how that is known
   * @param stepsToFindMaker what was done to identify the maker or importer, with dates
   */
  public static SellerRole retailer(String basis, List<String> stepsToFindMaker) {
    return new SellerRole(Role.RETAILER, basis, stepsToFindMaker);
  }
}
