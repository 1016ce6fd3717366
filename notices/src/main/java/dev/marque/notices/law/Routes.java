package dev.marque.notices.law;

import static dev.marque.core.internal.Checks.notNull;
import static dev.marque.notices.law.Element.of;
import static dev.marque.notices.law.Element.statement;
import static dev.marque.notices.law.Requirement.ASINS;
import static dev.marque.notices.law.Requirement.AUTHORITY;
import static dev.marque.notices.law.Requirement.AUTHORIZATION_LETTER;
import static dev.marque.notices.law.Requirement.COMPANY_SEAL;
import static dev.marque.notices.law.Requirement.DEADLINE;
import static dev.marque.notices.law.Requirement.ITEM_NUMBERS;
import static dev.marque.notices.law.Requirement.ITEM_REASONS;
import static dev.marque.notices.law.Requirement.JURISDICTION_CONSENT;
import static dev.marque.notices.law.Requirement.LOCATIONS;
import static dev.marque.notices.law.Requirement.MARK_CLASSES;
import static dev.marque.notices.law.Requirement.OFFERED_IN_TERRITORY;
import static dev.marque.notices.law.Requirement.PRINCIPAL_IDENTITY;
import static dev.marque.notices.law.Requirement.RECIPIENT_SELLER;
import static dev.marque.notices.law.Requirement.REGISTRATION;
import static dev.marque.notices.law.Requirement.REGISTRATION_OR_DESCRIPTION;
import static dev.marque.notices.law.Requirement.RIGHT_IDENTIFIED;
import static dev.marque.notices.law.Requirement.SENDER_ADDRESS;
import static dev.marque.notices.law.Requirement.SENDER_EMAIL;
import static dev.marque.notices.law.Requirement.SENDER_NAME;
import static dev.marque.notices.law.Requirement.SENDER_PHONE;
import static dev.marque.notices.law.Requirement.SIGNATURE;

import dev.marque.core.Jurisdiction;
import dev.marque.core.Marketplace;
import dev.marque.core.rights.RightKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The bundled routes: what the law or the platform asks each notice to contain. The wording of
 * every statement is marque's own paraphrase of what the provision requires, not a copy of any
 * official form; have a lawyer review it before relying on it.
 *
 * <pre>{@code
 * Route route = Routes.byId("ebay-vero");        // or Routes.EBAY_VERO
 * route.maxItemsPerNotice();                      // OptionalInt[150]
 * route.accepts(RightKind.TRADEMARK);             // true
 * }</pre>
 */
public final class Routes {
  private Routes() {}

  /** eBay VeRO takes up to 150 item numbers in one request. */
  public static final int EBAY_VERO_MAX_ITEMS = 150;
  /** Temu takes up to 200 listings per right in one complaint. */
  public static final int TEMU_MAX_LISTINGS_PER_RIGHT = 200;
  /** China's E-Commerce Law, Art. 43: days the holder has after the seller's declaration. */
  public static final int CN_ART43_DAYS = 15;
  /** The days a cease-and-desist letter gives the seller, unless the drafter is told otherwise. */
  public static final int DEFAULT_DEADLINE_DAYS = 14;

  private static final Set<RightKind> ALL_KINDS = EnumSet.allOf(RightKind.class);
  /** The platforms operated from mainland China, which the E-Commerce Law governs. */
  private static final Set<Marketplace> CHINESE_PLATFORMS = EnumSet.of(Marketplace.ALIBABA,
      Marketplace.ALIEXPRESS, Marketplace.TAOBAO, Marketplace.TMALL, Marketplace.ALI1688,
      Marketplace.DHGATE);

  // Statements shared by the platform programmes.
  private static final String GOOD_FAITH_EN = "We believe in good faith that the listings"
      + " identified in this notice infringe the right described, and that the way they use it"
      + " has not been authorised by the rights owner, by its agent or by law.";
  private static final String ACCURACY_EN = "The information in this notice is accurate, and"
      + " the sender is the rights owner or is authorised to act on the rights owner's behalf.";

  /** A named natural person signs, in a stated capacity: shared by the routes that need one. */
  public static final Element SIGNED_BY_A_PERSON = of("signature", "the signature of a named"
      + " natural person, with the capacity in which they sign", SIGNATURE);
  /** The company seal line (盖章) of a Chinese notice. */
  public static final Element COMPANY_SEAL_LINE = of("company-seal", "the complainant's company"
      + " seal (盖章) beside the signature", COMPANY_SEAL);

  /** US copyright takedown notice, 17 U.S.C. § 512(c)(3): copyright only. */
  public static final Route DMCA = new Route("dmca",
      "Notice of claimed copyright infringement",
      "17 U.S.C. § 512(c)(3) (Digital Millennium Copyright Act)", "DMCA",
      EnumSet.of(RightKind.COPYRIGHT), Optional.of(Jurisdiction.US), Set.of(),
      Addressee.PLATFORM, OptionalInt.empty(), List.of(Language.EN), List.of(
          of("signature", "the physical or electronic signature of a person authorised to act"
              + " for the copyright owner", SIGNATURE),
          of("authority", "the signer is the owner or an agent authorised on the notice date",
              AUTHORITY),
          of("copyrighted-work", "identification of the copyrighted work said to be infringed",
              RIGHT_IDENTIFIED),
          of("infringing-material", "identification of the infringing material, with its URL"
              + " so that it can be found", LOCATIONS),
          of("complainant-address", "the complainant's postal address", SENDER_ADDRESS),
          of("complainant-phone", "the complainant's telephone number", SENDER_PHONE),
          of("complainant-email", "the complainant's e-mail address", SENDER_EMAIL),
          statement("good-faith-statement", "a statement of good-faith belief that the use is"
              + " not authorised by the owner, its agent or the law",
              "We believe in good faith that the use of the material identified in this notice,"
                  + " in the manner complained of, has not been authorised by the copyright"
                  + " owner, by its agent or by law."),
          statement("accuracy-statement", "a statement that the notice is accurate and, under"
              + " penalty of perjury, that the signer is authorised",
              "The information in this notice is accurate. The signatory declares, under"
                  + " penalty of perjury, that they are authorised to act on behalf of the"
                  + " owner of the exclusive right that is said to be infringed.")),
      Optional.empty());

  /**
   * US counter-notification, 17 U.S.C. § 512(g)(3), sent by a seller whose material was taken
   * down; drafted with {@code CounterNotices}, not from findings.
   */
  public static final Route DMCA_COUNTER = new Route("dmca-counter",
      "Counter-notification", "17 U.S.C. § 512(g)(3) (Digital Millennium Copyright Act)",
      "Other", EnumSet.of(RightKind.COPYRIGHT), Optional.of(Jurisdiction.US), Set.of(),
      Addressee.PLATFORM, OptionalInt.empty(), List.of(Language.EN), List.of(
          of("signature", "the subscriber's physical or electronic signature", SIGNATURE),
          of("removed-material", "identification of the material removed and of where it"
              + " appeared before it was removed", LOCATIONS),
          statement("mistake-statement", "a statement under penalty of perjury of good-faith"
              + " belief that the material was removed by mistake or misidentification",
              "Under penalty of perjury, I state that I believe in good faith that the material"
                  + " identified above was removed or disabled because of a mistake, or because"
                  + " the material was misidentified."),
          of("subscriber-name", "the subscriber's name", SENDER_NAME),
          of("subscriber-address", "the subscriber's address", SENDER_ADDRESS),
          of("subscriber-phone", "the subscriber's telephone number", SENDER_PHONE),
          of("jurisdiction-consent", "consent to the jurisdiction of the federal district court"
              + " (which court depends on the subscriber's country)", JURISDICTION_CONSENT),
          statement("service-acceptance", "acceptance of service of process from the person"
              + " who gave the original notice, or that person's agent",
              "I will accept service of process from the person who sent the original notice,"
                  + " or from that person's agent.")),
      Optional.empty());

  /** EU Digital Services Act notice, Regulation (EU) 2022/2065, Art. 16(2). */
  public static final Route DSA = new Route("dsa",
      "Notice of illegal content",
      "Regulation (EU) 2022/2065 (Digital Services Act), Article 16(2)", Route.LUMEN_BY_KIND,
      ALL_KINDS, Optional.of(Jurisdiction.EU), Set.of(), Addressee.PLATFORM,
      OptionalInt.empty(), List.of(Language.EN), List.of(
          of("explanation", "a substantiated explanation of why the content is illegal",
              ITEM_REASONS),
          of("right-relied-on", "the right that the content infringes", RIGHT_IDENTIFIED),
          of("exact-location", "the exact electronic location of the content (its URL)",
              LOCATIONS),
          of("offered-in-the-eu", "each listing is offered to buyers in the EU, with the basis",
              OFFERED_IN_TERRITORY),
          of("notifier-name", "the notifier's name", SENDER_NAME),
          of("notifier-email", "the notifier's e-mail address", SENDER_EMAIL),
          of("authority", "the notifier is the holder or an agent authorised on the notice date",
              AUTHORITY),
          statement("bona-fide-statement", "a statement of bona fide belief that the"
              + " information and allegations are accurate and complete",
              "The notifier confirms, in good faith, that the information and allegations in"
                  + " this notice are accurate and complete."),
          SIGNED_BY_A_PERSON),
      Optional.empty());

  /**
   * UK notice to a host, taking regulation 22 of the Electronic Commerce (EC Directive)
   * Regulations 2002 as the minimum.
   */
  public static final Route UK = new Route("uk",
      "Notice of unlawful content",
      "Electronic Commerce (EC Directive) Regulations 2002, regulation 22",
      Route.LUMEN_BY_KIND, ALL_KINDS, Optional.of(Jurisdiction.UK), Set.of(),
      Addressee.PLATFORM, OptionalInt.empty(), List.of(Language.EN), List.of(
          of("sender-name", "the sender's full name", SENDER_NAME),
          of("sender-address", "the sender's address", SENDER_ADDRESS),
          of("content-location", "where the content is (its URL)", LOCATIONS),
          of("offered-in-the-uk", "each listing is offered to buyers in the United Kingdom,"
              + " with the basis", OFFERED_IN_TERRITORY),
          of("unlawful-nature", "details of why the content is unlawful", ITEM_REASONS),
          of("right-relied-on", "the right that the content infringes", RIGHT_IDENTIFIED),
          of("authority", "the sender is the holder or an agent authorised on the notice date",
              AUTHORITY),
          statement("accuracy-statement", "a statement that the notice is accurate",
              "To the best of the sender's knowledge, the information in this notice is"
                  + " accurate, and the sender is entitled to give it."),
          SIGNED_BY_A_PERSON),
      Optional.empty());

  /**
   * China, E-Commerce Law of the PRC, Art. 42 (with Art. 43's 15 days to track the case), for
   * the platforms operated from mainland China.
   */
  public static final Route CN_ECOMMERCE = new Route("cn-ecommerce",
      "Notice of infringement to an e-commerce platform",
      "E-Commerce Law of the People's Republic of China, Article 42",
      Route.LUMEN_BY_KIND, ALL_KINDS, Optional.of(Jurisdiction.CN), CHINESE_PLATFORMS,
      Addressee.PLATFORM, OptionalInt.empty(), List.of(Language.ZH, Language.EN), List.of(
          of("rights-holder-identity", "the rights holder's name and country", PRINCIPAL_IDENTITY),
          of("right-relied-on", "the right relied on, valid in China", RIGHT_IDENTIFIED),
          of("registration-certificate", "the number of the right's registration certificate"
              + " (or, for an unregistered copyright, the evidence of authorship)",
              REGISTRATION),
          of("authority", "the sender is the holder or an agent authorised on the notice date",
              AUTHORITY),
          of("agent-authorisation", "the holder's authorisation of the agent, by reference",
              AUTHORIZATION_LETTER),
          of("listing-locations", "the links to the infringing listings", LOCATIONS),
          of("preliminary-evidence", "preliminary evidence of the infringement, per listing",
              ITEM_REASONS),
          of("sender-email", "the sender's e-mail address", SENDER_EMAIL),
          of("sender-phone", "the sender's telephone number", SENDER_PHONE),
          statement("measures-requested", "the measures asked of the platform",
              "The rights holder asks the platform to take the necessary measures, such as"
                  + " deleting or blocking the listings or disconnecting their links, and to"
                  + " forward this notice to the sellers concerned.",
              "请贵平台依法及时对下列商品链接采取删除、屏蔽或断开链接等必要措施，"
                  + "并将本通知转送相关平台内经营者。"),
          statement("truthfulness-statement", "responsibility for the truth of the notice",
              "The rights holder is responsible for the truth of this notice, and understands"
                  + " that a notice that proves wrong and causes loss to a seller gives rise to"
                  + " civil liability.",
              "权利人对本通知的真实性负责，并知悉：如因通知错误给平台内经营者造成损失，"
                  + "权利人将依法承担民事责任。"),
          COMPANY_SEAL_LINE),
      Optional.of(new FollowUp(CN_ART43_DAYS,
          "the platform forwards the seller's declaration that its listing does not infringe",
          "the rights holder must tell the platform that it has complained to the competent"
              + " authority or sued; otherwise the platform ends the measures taken")));

  /**
   * Alibaba IP Protection platform: Taobao, Tmall (and Tmall Global), 1688, Alibaba.com and
   * AliExpress. Not Lazada, which has its own IP protection portal.
   */
  public static final Route ALIBABA_IPP = new Route("alibaba-ipp",
      "Intellectual property complaint",
      "Alibaba IP Protection (IPP) platform", Route.LUMEN_BY_KIND, ALL_KINDS,
      Optional.empty(), EnumSet.of(Marketplace.ALIBABA, Marketplace.ALIEXPRESS,
          Marketplace.TAOBAO, Marketplace.TMALL, Marketplace.ALI1688),
      Addressee.PLATFORM, OptionalInt.empty(), List.of(Language.EN, Language.ZH), List.of(
          of("rights-holder-identity", "the rights holder's name and country", PRINCIPAL_IDENTITY),
          of("right-relied-on", "the right relied on", RIGHT_IDENTIFIED),
          of("ip-certificate", "the number of the right's registration certificate",
              REGISTRATION),
          of("authority", "the complainant is the holder or an agent authorised on the notice"
              + " date", AUTHORITY),
          of("agent-authorisation-letter", "the holder's letter authorising the agent, by"
              + " reference", AUTHORIZATION_LETTER),
          of("listing-links", "the links to the infringing listings", LOCATIONS),
          of("complaint-reasons", "the reasons each listing infringes", ITEM_REASONS),
          of("contact-email", "the complainant's e-mail address", SENDER_EMAIL),
          statement("accuracy-statement", "a statement that the complaint is true and complete",
              "The complainant confirms that the information and documents supplied with this"
                  + " complaint are true, valid and complete, and accepts responsibility for"
                  + " any loss that a wrongful complaint causes.",
              "投诉方确认本投诉所提供的信息和材料真实、有效、完整；如因投诉错误造成损失，"
                  + "投诉方愿承担相应责任。"),
          SIGNED_BY_A_PERSON, COMPANY_SEAL_LINE),
      Optional.empty());

  /** Amazon's Report Infringement form: one kind of right per notice. */
  public static final Route AMAZON = new Route("amazon",
      "Report of infringement", "Amazon Report Infringement", Route.LUMEN_BY_KIND, ALL_KINDS,
      Optional.empty(), EnumSet.of(Marketplace.AMAZON), Addressee.PLATFORM,
      OptionalInt.empty(), List.of(Language.EN), List.of(
          of("rights-owner", "the rights owner's name and country", PRINCIPAL_IDENTITY),
          of("ip-type", "the one kind of right this report relies on", RIGHT_IDENTIFIED),
          of("registration-or-description", "the trade mark's registration number, or for a"
              + " copyright a description of the work", REGISTRATION_OR_DESCRIPTION),
          of("asins", "the ASIN of each listing, or its URL", ASINS),
          of("contact-email", "the sender's e-mail address", SENDER_EMAIL),
          of("authority", "the sender is the owner or an agent authorised on the notice date",
              AUTHORITY),
          statement("good-faith-statement", "a statement of good-faith belief", GOOD_FAITH_EN),
          statement("accuracy-statement", "a statement that the report is accurate",
              ACCURACY_EN),
          SIGNED_BY_A_PERSON),
      Optional.empty());

  /** eBay's Verified Rights Owner programme: item numbers, a reason each, 150 per request. */
  public static final Route EBAY_VERO = new Route("ebay-vero",
      "Notice of claimed infringement", "eBay Verified Rights Owner (VeRO) Program",
      Route.LUMEN_BY_KIND, ALL_KINDS, Optional.empty(), EnumSet.of(Marketplace.EBAY),
      Addressee.PLATFORM, OptionalInt.of(EBAY_VERO_MAX_ITEMS), List.of(Language.EN), List.of(
          of("rights-owner", "the rights owner's name and country", PRINCIPAL_IDENTITY),
          of("right-relied-on", "the right relied on", RIGHT_IDENTIFIED),
          of("registration-number", "the right's registration number", REGISTRATION),
          of("item-numbers", "the eBay item number of each listing", ITEM_NUMBERS),
          of("item-reasons", "a reason for each item", ITEM_REASONS),
          of("contact-email", "the sender's e-mail address", SENDER_EMAIL),
          of("authority", "the sender is the owner or an agent authorised on the notice date",
              AUTHORITY),
          of("signature", "the electronic signature of the rights owner or its agent",
              SIGNATURE),
          statement("good-faith-statement", "a statement of good-faith belief", GOOD_FAITH_EN),
          statement("accuracy-statement", "a statement that the notice is accurate",
              ACCURACY_EN)),
      Optional.empty());

  /** Temu's intellectual property complaint: up to 200 listings per right. */
  public static final Route TEMU = new Route("temu",
      "Intellectual property complaint", "Temu intellectual property complaint",
      Route.LUMEN_BY_KIND, ALL_KINDS, Optional.empty(), EnumSet.of(Marketplace.TEMU),
      Addressee.PLATFORM, OptionalInt.of(TEMU_MAX_LISTINGS_PER_RIGHT), List.of(Language.EN),
      List.of(
          of("rights-owner", "the rights owner's name and country", PRINCIPAL_IDENTITY),
          of("right-relied-on", "the right relied on", RIGHT_IDENTIFIED),
          of("registration-number", "the right's registration number", REGISTRATION),
          of("listing-links", "the links to the infringing listings", LOCATIONS),
          of("contact-email", "the sender's e-mail address", SENDER_EMAIL),
          of("authority", "the sender is the owner or an agent authorised on the notice date",
              AUTHORITY),
          statement("good-faith-statement", "a statement of good-faith belief", GOOD_FAITH_EN),
          statement("accuracy-statement", "a statement that the complaint is accurate",
              ACCURACY_EN)),
      Optional.empty());

  /** A cease-and-desist letter to a seller, one per seller and right. */
  public static final Route CEASE_AND_DESIST = new Route("cease-and-desist",
      "Cease and desist", "Letter before action for infringement of intellectual property",
      Route.LUMEN_BY_KIND, ALL_KINDS, Optional.empty(), Set.of(), Addressee.SELLER,
      OptionalInt.empty(), List.of(Language.EN), List.of(
          of("recipient", "the seller the letter is addressed to", RECIPIENT_SELLER),
          of("right-relied-on", "the right: the mark, the work, the design or the invention",
              RIGHT_IDENTIFIED),
          of("registration-number", "the right's registration number", REGISTRATION),
          of("goods-classes", "the Nice classes the mark is registered for", MARK_CLASSES),
          of("evidence", "the evidence of infringement, per listing", ITEM_REASONS),
          of("listing-locations", "the links to the listings", LOCATIONS),
          statement("legal-basis", "the legal basis of the claim",
              "Offering goods in the course of trade under a sign identical or confusingly"
                  + " similar to a registered trade mark, or reproducing a protected work or"
                  + " design, without the owner's consent infringes the owner's right under the"
                  + " law of the territory where the right is protected. The owner may then"
                  + " ask a court for an injunction, damages or an account of profits, and"
                  + " the destruction of the infringing goods."),
          statement("demands", "the demands: stop, remove, disclose, preserve",
              "We therefore require you: (a) to stop at once offering, selling, importing and"
                  + " advertising the goods concerned; (b) to remove every listing of them, on"
                  + " this marketplace and elsewhere; (c) to tell us in writing the names and"
                  + " addresses of your suppliers and the quantities you have bought, sold and"
                  + " still hold; and (d) to keep all records, stock and correspondence that"
                  + " relate to these goods."),
          of("deadline", "the date by which the seller must comply", DEADLINE),
          statement("consequences", "what follows if the seller does not comply",
              "If you have not complied in full by that date, our client may start proceedings"
                  + " against you without further notice and ask for an injunction, damages"
                  + " and its costs."),
          statement("reservation-of-rights", "a reservation of rights",
              "This letter is without prejudice to our client's rights and remedies, all of"
                  + " which are reserved; nothing in it waives any right or admits any fact."),
          of("sender-name", "the sender's name", SENDER_NAME),
          of("sender-address", "the sender's address", SENDER_ADDRESS),
          of("sender-email", "the sender's e-mail address", SENDER_EMAIL),
          of("authority", "the sender is the holder or an agent authorised on the letter's date",
              AUTHORITY),
          of("signature", "the signature of the sender", SIGNATURE)),
      Optional.empty());

  private static final List<Route> SENDABLE = List.of(DMCA, DSA, UK, CN_ECOMMERCE, ALIBABA_IPP,
      AMAZON, EBAY_VERO, TEMU, CEASE_AND_DESIST);

  /** The routes drafted from findings, in the order the command line lists them. */
  public static List<Route> all() {
    return SENDABLE;
  }

  /** The ids of {@link #all()}. */
  public static List<String> ids() {
    return SENDABLE.stream().map(Route::id).toList();
  }

  /**
   * The bundled route with the id, including {@code dmca-counter}.
   *
   * @throws IllegalArgumentException naming the ids there are
   */
  public static Route byId(String id) {
    notNull(id, "route");
    String key = id.strip();
    if (key.equals(DMCA_COUNTER.id())) {
      return DMCA_COUNTER;
    }
    return SENDABLE.stream().filter(r -> r.id().equals(key)).findFirst().orElseThrow(
        () -> new IllegalArgumentException("'" + id + "' is not a route; use one of "
            + String.join(", ", ids())));
  }
}
