package dev.marque.notices.law;

import static dev.marque.core.internal.Checks.notNull;
import static dev.marque.notices.law.Element.of;
import static dev.marque.notices.law.Element.statement;
import static dev.marque.notices.law.Requirement.ASINS;
import static dev.marque.notices.law.Requirement.AUTHORITY;
import static dev.marque.notices.law.Requirement.AUTHORIZATION_LETTER;
import static dev.marque.notices.law.Requirement.DEADLINE;
import static dev.marque.notices.law.Requirement.INFRINGEMENT_TYPE;
import static dev.marque.notices.law.Requirement.ITEM_NUMBERS;
import static dev.marque.notices.law.Requirement.ITEM_REASONS;
import static dev.marque.notices.law.Requirement.JURISDICTION_CONSENT;
import static dev.marque.notices.law.Requirement.LOCATIONS;
import static dev.marque.notices.law.Requirement.MARK_CLASSES;
import static dev.marque.notices.law.Requirement.OFFERED_IN_TERRITORY;
import static dev.marque.notices.law.Requirement.RECIPIENT_SELLER;
import static dev.marque.notices.law.Requirement.REGISTRATION;
import static dev.marque.notices.law.Requirement.REGISTRATION_OR_DESCRIPTION;
import static dev.marque.notices.law.Requirement.RIGHT_IDENTIFIED;
import static dev.marque.notices.law.Requirement.SENDER_ADDRESS;
import static dev.marque.notices.law.Requirement.SENDER_EMAIL;
import static dev.marque.notices.law.Requirement.SENDER_NAME;
import static dev.marque.notices.law.Requirement.SENDER_PHONE;
import static dev.marque.notices.law.Requirement.SIGNATURE;
import static dev.marque.notices.law.Requirement.STATUTE;

import dev.marque.core.Jurisdiction;
import dev.marque.core.Marketplace;
import dev.marque.core.rights.RightKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The bundled routes: what the law or the platform asks each notice to contain. The wording of
 * every statement is marque's own paraphrase of what the provision requires, not a copy of any
 * official form; have a lawyer review it before relying on it.
 *
 * <pre>{@code
 * Route route = Routes.byId("ebay-vero");        // or Routes.EBAY_VERO
 * Route mine = route.toBuilder().maxItemsPerNotice(50).build();   // a variant of one's own
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
  /**
   * Amazon's Report Infringement form takes up to 50 listings (ASINs) in one report; more are
   * split into further reports.
   */
  public static final int AMAZON_MAX_LISTINGS_PER_REPORT = 50;
  /** The days a cease-and-desist letter gives the seller, unless the drafter is told otherwise. */
  public static final int DEFAULT_DEADLINE_DAYS = 14;

  private static final Set<RightKind> ALL_KINDS = EnumSet.allOf(RightKind.class);
  /** The platforms operated from mainland China, which the E-Commerce Law governs. */
  private static final Marketplace[] CHINESE_PLATFORMS = {Marketplace.ALIBABA,
      Marketplace.ALIEXPRESS, Marketplace.TAOBAO, Marketplace.TMALL, Marketplace.ALI1688,
      Marketplace.DHGATE};

  private static final Element SIGNED_BY_A_PERSON = Elements.SIGNED_BY_A_PERSON;
  private static final Element COMPANY_SEAL_LINE = Elements.COMPANY_SEAL_LINE;
  private static final Element AUTHORITY_ELEMENT = Elements.AUTHORITY;

    /** US copyright takedown notice, 17 U.S.C. § 512(c)(3): copyright only. */
  public static final Route DMCA = Route.builder("dmca")
      .title("Notice of claimed copyright infringement")
      .legalBasis("17 U.S.C. § 512(c)(3) (Digital Millennium Copyright Act)")
      .lumenType("DMCA")
      .acceptedKinds(RightKind.COPYRIGHT)
      .territory(Jurisdiction.US)
      .elements(
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
                  + " owner of the exclusive right that is said to be infringed."))
      .build();

  /**
   * US counter-notification, 17 U.S.C. § 512(g)(3), sent by a seller whose material was taken
   * down; drafted with {@code CounterNotices}, not from findings.
   */
  public static final Route DMCA_COUNTER = Route.builder("dmca-counter")
      .title("Counter-notification")
      .legalBasis("17 U.S.C. § 512(g)(3) (Digital Millennium Copyright Act)")
      .lumenType("Other")
      .acceptedKinds(RightKind.COPYRIGHT)
      .territory(Jurisdiction.US)
      .elements(
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
                  + " or from that person's agent."))
      .build();

  /** EU Digital Services Act notice, Regulation (EU) 2022/2065, Art. 16(2). */
  public static final Route DSA = Route.builder("dsa")
      .title("Notice of illegal content")
      .legalBasis("Regulation (EU) 2022/2065 (Digital Services Act), Article 16(2)")
      .acceptedKinds(ALL_KINDS)
      .territory(Jurisdiction.EU)
      .elements(
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
          SIGNED_BY_A_PERSON)
      .build();

  /**
   * UK notice to a host, taking regulation 22 of the Electronic Commerce (EC Directive)
   * Regulations 2002 as the minimum. It asks the host to act and states no intention to sue:
   * a platform may pass it on to the seller, and the Intellectual Property (Unjustified Threats)
   * Act 2017 makes a threat of proceedings actionable by a retailer.
   */
  public static final Route UK = Route.builder("uk")
      .title("Notice of unlawful content")
      .legalBasis("Electronic Commerce (EC Directive) Regulations 2002, regulation 22")
      .acceptedKinds(ALL_KINDS)
      .territory(Jurisdiction.UK)
      .elements(
          of("sender-name", "the sender's full name", SENDER_NAME),
          of("sender-address", "the sender's address", SENDER_ADDRESS),
          of("content-location", "where the content is (its URL)", LOCATIONS),
          of("offered-in-the-uk", "each listing is offered to buyers in the United Kingdom,"
              + " with the basis", OFFERED_IN_TERRITORY),
          of("unlawful-nature", "details of why the content is unlawful", ITEM_REASONS),
          of("right-relied-on", "the right that the content infringes", RIGHT_IDENTIFIED),
          AUTHORITY_ELEMENT,
          statement("accuracy-statement", "a statement that the notice is accurate",
              "To the best of the sender's knowledge, the information in this notice is"
                  + " accurate, and the sender is entitled to give it."),
          SIGNED_BY_A_PERSON)
      .build();

  /**
   * China, E-Commerce Law of the PRC, Art. 42 (with Art. 43's 15 days to track the case), for
   * the platforms operated from mainland China.
   */
  public static final Route CN_ECOMMERCE = Route.builder("cn-ecommerce")
      .title("Notice of infringement to an e-commerce platform")
      .legalBasis("E-Commerce Law of the People's Republic of China, Article 42")
      .acceptedKinds(ALL_KINDS)
      .territory(Jurisdiction.CN)
      .marketplaces(CHINESE_PLATFORMS)
      .languages(Language.ZH, Language.EN)
      .elements(
          Elements.RIGHTS_HOLDER_IDENTITY,
          of("right-relied-on", "the right relied on, valid in China", RIGHT_IDENTIFIED),
          of("registration-certificate", "the number of the right's registration certificate"
              + " (or, for an unregistered copyright, the evidence of authorship)",
              REGISTRATION),
          AUTHORITY_ELEMENT,
          Elements.AGENT_AUTHORISATION,
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
          COMPANY_SEAL_LINE)
      .titleDocuments(true)
      .followUp(new FollowUp(CN_ART43_DAYS,
          "the seller's declaration that its listing does not infringe reaches the rights"
              + " holder (the platform forwards it)",
          "the rights holder must tell the platform that it has complained to the competent"
              + " authority or sued; otherwise the platform ends the measures taken"))
      .build();

  /**
   * Alibaba IP Protection platform: Taobao, Tmall (and Tmall Global), 1688, Alibaba.com and
   * AliExpress. Not Lazada, which has its own IP protection portal.
   */
  public static final Route ALIBABA_IPP = Route.builder("alibaba-ipp")
      .title("Intellectual property complaint")
      .legalBasis("Alibaba IP Protection (IPP) platform")
      .acceptedKinds(ALL_KINDS)
      .titleDocuments(true)
      .marketplaces(Marketplace.ALIBABA, Marketplace.ALIEXPRESS, Marketplace.TAOBAO,
          Marketplace.TMALL, Marketplace.ALI1688)
      .languages(Language.EN, Language.ZH)
      .elements(
          Elements.RIGHTS_HOLDER_IDENTITY,
          Elements.RIGHT_RELIED_ON,
          of("ip-certificate", "the number of the right's registration certificate",
              REGISTRATION),
          of("authority", "the complainant is the holder or an agent authorised on the notice"
              + " date", AUTHORITY),
          of("agent-authorisation-letter", "the holder's letter authorising the agent, by"
              + " reference", AUTHORIZATION_LETTER),
          Elements.LISTING_LINKS,
          of("complaint-reasons", "the reasons each listing infringes", ITEM_REASONS),
          of("contact-email", "the complainant's e-mail address", SENDER_EMAIL),
          statement("accuracy-statement", "a statement that the complaint is true and complete",
              "The complainant confirms that the information and documents supplied with this"
                  + " complaint are true, valid and complete, and accepts responsibility for"
                  + " any loss that a wrongful complaint causes.",
              "投诉方确认本投诉所提供的信息和材料真实、有效、完整；如因投诉错误造成损失，"
                  + "投诉方愿承担相应责任。"),
          SIGNED_BY_A_PERSON, COMPANY_SEAL_LINE)
      .build();

  /**
   * Amazon's Report Infringement form: one kind of right per report, a report type per listing
   * (counterfeit, trade mark used in the listing, copied image or text, design, patent), at most
   * {@value #AMAZON_MAX_LISTINGS_PER_REPORT} listings per report.
   */
  public static final Route AMAZON = Route.builder("amazon")
      .title("Report of infringement")
      .legalBasis("Amazon Report Infringement")
      .acceptedKinds(ALL_KINDS)
      .marketplaces(Marketplace.AMAZON)
      .maxItemsPerNotice(AMAZON_MAX_LISTINGS_PER_REPORT)
      .elements(
          Elements.RIGHTS_OWNER,
          of("ip-type", "the one kind of right this report relies on", RIGHT_IDENTIFIED),
          of("registration-or-description", "the trade mark's registration number, or for a"
              + " copyright a description of the work", REGISTRATION_OR_DESCRIPTION),
          of("asins", "the ASIN of each listing, or its URL", ASINS),
          of("report-type", "each listing's report type: counterfeit, trade mark used in the"
              + " listing, copied image, copied text, design or patent", INFRINGEMENT_TYPE),
          Elements.CONTACT_EMAIL,
          AUTHORITY_ELEMENT,
          Elements.GOOD_FAITH,
          statement("accuracy-statement", "a statement that the report is accurate",
              Elements.ACCURACY_WORDS),
          SIGNED_BY_A_PERSON)
      .build();

  /**
   * eBay's Verified Rights Owner programme: item numbers, a structured reason code each (the
   * reasons of the VeRO Notice of Claimed Infringement), 150 items per request.
   */
  public static final Route EBAY_VERO = Route.builder("ebay-vero")
      .title("Notice of claimed infringement")
      .legalBasis("eBay Verified Rights Owner (VeRO) Program")
      .acceptedKinds(ALL_KINDS)
      .marketplaces(Marketplace.EBAY)
      .maxItemsPerNotice(EBAY_VERO_MAX_ITEMS)
      .elements(
          Elements.RIGHTS_OWNER,
          Elements.RIGHT_RELIED_ON,
          Elements.REGISTRATION_NUMBER,
          of("item-numbers", "the eBay item number of each listing", ITEM_NUMBERS),
          of("reason-codes", "a VeRO reason code for each item", INFRINGEMENT_TYPE),
          of("item-reasons", "the details behind each item's reason", ITEM_REASONS),
          Elements.CONTACT_EMAIL,
          AUTHORITY_ELEMENT,
          of("signature", "the electronic signature of the rights owner or its agent",
              SIGNATURE),
          Elements.GOOD_FAITH,
          Elements.ACCURACY)
      .build();

  /**
   * Temu's intellectual property complaint: up to 200 listings per right, the type of
   * infringement per listing (on the product, its packaging, its image or its text) and a
   * statement sworn under penalty of perjury, signed by a named person.
   */
  public static final Route TEMU = Route.builder("temu")
      .title("Intellectual property complaint")
      .legalBasis("Temu intellectual property complaint")
      .acceptedKinds(ALL_KINDS)
      .marketplaces(Marketplace.TEMU)
      .maxItemsPerNotice(TEMU_MAX_LISTINGS_PER_RIGHT)
      .elements(
          Elements.RIGHTS_OWNER,
          Elements.RIGHT_RELIED_ON,
          Elements.REGISTRATION_NUMBER,
          Elements.LISTING_LINKS,
          of("infringement-type", "each listing's type of infringement: on the product, its"
              + " packaging, its image or its text", INFRINGEMENT_TYPE),
          Elements.CONTACT_EMAIL,
          AUTHORITY_ELEMENT,
          Elements.GOOD_FAITH,
          statement("sworn-statement", "a statement under penalty of perjury that the complaint"
              + " is accurate and that the signer is the owner or authorised to act for it",
              "I declare under penalty of perjury that the information in this complaint is"
                  + " accurate, and that I am the owner of the rights described or am authorised"
                  + " to act on the owner's behalf."),
          SIGNED_BY_A_PERSON)
      .build();

  /**
   * A cease-and-desist letter (letter before action) to a seller, one per seller and right. It
   * cites the statute the claim rests on and says "our client" only when an agent writes. Where
   * the UK's Intellectual Property (Unjustified Threats) Act 2017 reaches the letter (a trade
   * mark, design or patent, and acts done in the UK), it goes only to a maker or importer, or
   * with the risk accepted; otherwise the drafter writes a {@link #UK_PERMITTED_COMMUNICATION}.
   */
  public static final Route CEASE_AND_DESIST = Route.builder("cease-and-desist")
      .title("Cease and desist")
      .legalBasis("Letter before action for infringement of intellectual property")
      .acceptedKinds(ALL_KINDS)
      .addressee(Addressee.SELLER)
      .elements(
          of("recipient", "the seller the letter is addressed to", RECIPIENT_SELLER),
          of("right-relied-on", "the right: the mark, the work, the design or the invention",
              RIGHT_IDENTIFIED),
          Elements.REGISTRATION_NUMBER,
          of("goods-classes", "the Nice classes the mark is registered for", MARK_CLASSES),
          of("evidence", "the evidence of infringement, per listing", ITEM_REASONS),
          of("listing-locations", "the links to the listings", LOCATIONS),
          of("statute", "the statute the claim rests on, for the right and where the listing"
              + " is offered", STATUTE),
          statement("legal-basis", "the legal basis of the claim",
              "The acts described above, done in the course of trade without {holder's}"
                  + " consent, infringe {holder's} {right-kind} under {statute}. {Holder} may"
                  + " ask a court for an injunction, damages or an account of profits, its"
                  + " costs, and the delivery up or destruction of the infringing goods."),
          statement("demands", "the demands: stop, remove, disclose, preserve",
              "We therefore require you: (a) to stop at once offering, selling, importing and"
                  + " advertising the goods concerned; (b) to remove every listing of them, on"
                  + " this marketplace and elsewhere; (c) to tell us in writing the names and"
                  + " addresses of your suppliers and the quantities you have bought, sold and"
                  + " still hold; and (d) to keep all records, stock and correspondence that"
                  + " relate to these goods."),
          of("deadline", "the date by which the seller must comply", DEADLINE),
          statement("consequences", "what follows if the seller does not comply",
              "If you have not complied in full by that date, {holder} may start proceedings"
                  + " against you without further notice and ask for an injunction, damages"
                  + " and {holder's} costs."),
          statement("reservation-of-rights", "a reservation of rights",
              "This letter is without prejudice to {holder's} rights and remedies, all of"
                  + " which are reserved; nothing in it waives any right or admits any fact."),
          of("sender-name", "the sender's name", SENDER_NAME),
          of("sender-address", "the sender's address", SENDER_ADDRESS),
          of("sender-email", "the sender's e-mail address", SENDER_EMAIL),
          of("authority", "the sender is the holder or an agent authorised on the letter's date",
              AUTHORITY),
          of("signature", "the signature of the sender", SIGNATURE))
      .build();

  /**
   * A permitted communication under the UK's unjustified-threats provisions (Trade Marks Act
   * 1994 s.21B, Registered Designs Act 1949 s.26B, Patents Act 1977 s.70B): it tells a seller
   * that the registered right exists, identifies the goods, and asks who made or imported them.
   * It makes no demand — asking a retailer to stop selling, to deliver up or destroy goods, or to
   * give an undertaking is never a permitted purpose. The drafter writes it instead of a
   * {@link #CEASE_AND_DESIST} letter to a seller that is not shown to be the maker or importer,
   * when the letter concerns acts done in the UK under a trade mark, design or patent.
   */
  public static final Route UK_PERMITTED_COMMUNICATION = Route.builder(
          "uk-permitted-communication")
      .title("Notice of a registered right and request for information")
      .legalBasis("Permitted communication: Trade Marks Act 1994 s.21B, Registered Designs Act"
          + " 1949 s.26B, Patents Act 1977 s.70B")
      .acceptedKinds(RightKind.TRADEMARK, RightKind.DESIGN, RightKind.PATENT)
      .territory(Jurisdiction.UK)
      .addressee(Addressee.SELLER)
      .elements(
          of("recipient", "the seller the letter is addressed to", RECIPIENT_SELLER),
          of("right-relied-on", "the registered right that exists and is in force",
              RIGHT_IDENTIFIED),
          Elements.REGISTRATION_NUMBER,
          of("goods-classes", "the Nice classes the mark is registered for", MARK_CLASSES),
          of("goods-identified", "the listings that identify the goods concerned", LOCATIONS),
          statement("notice-of-right", "notice that the registered right exists (a permitted"
              + " purpose)", "We write to give you notice that the registered {right-kind}"
                  + " described below exists, belongs to {holder-name} and is in force. We"
                  + " believe the details below to be true and accurate."),
          statement("information-request", "a request for information to find out whether, or"
              + " by whom, the goods were made or imported (a permitted purpose)",
              "To find out who made the goods listed above or imported them into the United"
                  + " Kingdom, please tell us, if you know: the name and address of the person"
                  + " from whom you obtained them; whether you made or imported them yourself;"
                  + " and the name and address of the manufacturer, if known to you."),
          of("sender-name", "the sender's name", SENDER_NAME),
          of("sender-address", "the sender's address", SENDER_ADDRESS),
          of("sender-email", "the sender's e-mail address", SENDER_EMAIL),
          AUTHORITY_ELEMENT,
          of("signature", "the signature of the sender", SIGNATURE))
      .build();

  private static final List<Route> SENDABLE = List.of(DMCA, DSA, UK, CN_ECOMMERCE, ALIBABA_IPP,
      AMAZON, EBAY_VERO, TEMU, CEASE_AND_DESIST);

  /** {@return the routes drafted from findings, in the order the command line lists them} */
  public static List<Route> all() {
    return SENDABLE;
  }

  /** {@return the ids of {@link #all()}} */
  public static List<String> ids() {
    return SENDABLE.stream().map(Route::id).toList();
  }

  /**
   * {@return the bundled route with the id, including {@code dmca-counter} and {@code
   * uk-permitted-communication}}
   *
   * @param id the route's id, such as {@code dmca}
   * @throws IllegalArgumentException naming the ids there are
   */
  public static Route byId(String id) {
    notNull(id, "route");
    String key = id.strip();
    if (key.equals(DMCA_COUNTER.id())) {
      return DMCA_COUNTER;
    }
    if (key.equals(UK_PERMITTED_COMMUNICATION.id())) {
      return UK_PERMITTED_COMMUNICATION;
    }
    return SENDABLE.stream().filter(r -> r.id().equals(key)).findFirst().orElseThrow(
        () -> new IllegalArgumentException("'" + id + "' is not a route; use one of "
            + String.join(", ", ids())));
  }
}
