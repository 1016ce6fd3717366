package dev.marque.notices.internal;

import dev.marque.core.Jurisdiction;
import dev.marque.core.rights.IpRight;
import dev.marque.core.rights.Patent;
import dev.marque.core.rights.PatentType;
import dev.marque.core.rights.RightKind;
import java.util.Map;
import java.util.Optional;

/**
 * The statute an infringement claim rests on, by kind of right and the law of the place where the
 * listing is offered: what a letter before action cites. Only provisions marque is sure of are
 * here; for any other place the letter is refused with the element named, rather than citing the
 * wrong law.
 */
public final class Statutes {
  private Statutes() {}

  private static final Map<String, String> TRADE_MARKS = Map.ofEntries(
      Map.entry("GB", "section 10 of the Trade Marks Act 1994"),
      Map.entry("EU", "Article 9 of Regulation (EU) 2017/1001 on the European Union trade mark"),
      Map.entry("US", "section 32 of the Lanham Act (15 U.S.C. § 1114)"),
      Map.entry("CN", "Article 57 of the Trademark Law of the People's Republic of China"),
      Map.entry("DE", "section 14 of the German Trade Mark Act (Markengesetz)"),
      Map.entry("FR", "Article L. 713-2 of the French Intellectual Property Code"),
      Map.entry("IT", "Article 20 of the Italian Industrial Property Code"),
      Map.entry("ES", "Article 34 of the Spanish Trade Marks Act (Ley 17/2001)"),
      Map.entry("SG", "section 27 of the Trade Marks Act 1998 of Singapore"),
      Map.entry("AU", "section 120 of the Trade Marks Act 1995 (Cth)"),
      Map.entry("JP", "Articles 25 and 37 of the Trademark Act of Japan"));

  private static final Map<String, String> COPYRIGHT = Map.ofEntries(
      Map.entry("GB", "sections 16, 18, 20 and 23 of the Copyright, Designs and Patents Act"
          + " 1988"),
      Map.entry("US", "17 U.S.C. § 501"),
      Map.entry("CN", "Article 52 of the Copyright Law of the People's Republic of China"),
      Map.entry("DE", "sections 15, 16, 17, 19a and 97 of the German Copyright Act"
          + " (Urheberrechtsgesetz)"));

  private static final Map<String, String> DESIGNS = Map.ofEntries(
      Map.entry("GB", "sections 7 and 7A of the Registered Designs Act 1949"),
      Map.entry("EU", "Article 19 of Council Regulation (EC) No 6/2002 on Community designs"),
      Map.entry("CN", "Article 11 of the Patent Law of the People's Republic of China"));

  private static final Map<String, String> PATENTS = Map.ofEntries(
      Map.entry("GB", "section 60 of the Patents Act 1977"),
      Map.entry("US", "35 U.S.C. § 271"),
      Map.entry("CN", "Article 11 of the Patent Law of the People's Republic of China"));

  /**
   * The provision the claim rests on, in words a letter cites; empty when marque knows none for
   * the place.
   *
   * @param right the right relied on
   * @param where where the listing is offered (its storefront's country, or the route's territory)
   * @return the citation
   */
  public static Optional<String> citation(IpRight right, Jurisdiction where) {
    Jurisdiction law = lawOf(right, where);
    Map<String, String> table = switch (right.kind()) {
      case TRADEMARK -> TRADE_MARKS;
      case COPYRIGHT -> COPYRIGHT;
      case DESIGN -> DESIGNS;
      case PATENT -> ((Patent) right).patentType() == PatentType.DESIGN && !law.equals(
          Jurisdiction.CN) ? DESIGNS : PATENTS;
    };
    return Optional.ofNullable(table.get(law.code()));
  }

  /**
   * Whose law governs: the place itself when the right names it; the EU for a right granted for
   * the whole Union and a listing in a member state; the place for a copyright, which arises
   * everywhere the Berne Convention reaches.
   */
  static Jurisdiction lawOf(IpRight right, Jurisdiction where) {
    if (right.jurisdictions().contains(where)) {
      return where;
    }
    if ((where.isEuMember() || where.equals(Jurisdiction.EU))
        && right.jurisdictions().contains(Jurisdiction.EU)) {
      return Jurisdiction.EU;
    }
    return where;
  }

  /**
   * The UK provisions on threats of infringement proceedings for the kind of right: primary acts
   * and permitted communications.
   *
   * @param kind a trade mark, design or patent
   * @return the sections, such as {@code Trade Marks Act 1994, ss.21A and 21B}
   */
  public static String threatsSections(RightKind kind) {
    return switch (kind) {
      case TRADEMARK -> "Trade Marks Act 1994, ss.21A and 21B";
      case DESIGN -> "Registered Designs Act 1949, ss.26A and 26B";
      case PATENT -> "Patents Act 1977, ss.70A and 70B";
      case COPYRIGHT -> "none: the Act does not apply to copyright";
    };
  }
}
