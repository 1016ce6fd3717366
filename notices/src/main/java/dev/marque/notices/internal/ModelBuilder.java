package dev.marque.notices.internal;

import dev.marque.core.InfringementEvidence;
import dev.marque.core.Jurisdiction;
import dev.marque.core.Seller;
import dev.marque.core.rights.Copyright;
import dev.marque.core.rights.DesignRight;
import dev.marque.core.rights.IpRight;
import dev.marque.core.rights.NiceClass;
import dev.marque.core.rights.Patent;
import dev.marque.core.rights.Trademark;
import dev.marque.notices.draft.Contact;
import dev.marque.notices.draft.ElementProblem;
import dev.marque.notices.draft.Item;
import dev.marque.notices.draft.Notice;
import dev.marque.notices.draft.SellerRole;
import dev.marque.notices.draft.ThreatsReview;
import dev.marque.notices.law.Element;
import dev.marque.notices.law.Language;
import dev.marque.notices.law.Requirement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The model a template sees: plain maps, lists, strings and booleans, never live objects, so a
 * user's template can reach nothing but the notice's values. Every key is always present (the
 * templates are strict); an absent optional value is an empty string with a {@code hasX} flag
 * false, and a required value a draft lacks reads {@code [MISSING: element-name]}.
 */
public final class ModelBuilder {
  private ModelBuilder() {}

  /** The longest listing text a notice quotes; longer text is cut with an ellipsis. */
  public static final int MAX_LISTING_TEXT_CHARS = 300;

  /** The model of the notice in the language. */
  public static Map<String, Object> build(Notice n, Language lang) {
    Set<String> missing = n.problems().stream().map(ElementProblem::element)
        .collect(Collectors.toSet());
    Markers marks = new Markers(n, missing);
    Map<String, Object> m = new LinkedHashMap<>();
    Map<String, Object> notice = new LinkedHashMap<>();
    notice.put("id", n.id());
    notice.put("date", Labels.date(n.date(), lang));
    notice.put("isoDate", n.date().toString());
    notice.put("part", Integer.toString(n.part()));
    notice.put("parts", Integer.toString(n.parts()));
    notice.put("isPart", n.parts() > 1);
    notice.put("language", lang.tag());
    notice.put("incomplete", !n.isComplete());
    m.put("notice", notice);
    m.put("route", Map.of("id", n.route().id(), "title", n.route().title(),
        "legalBasis", n.route().legalBasis()));
    m.put("sender", contact(n.sender(), lang, marks, true));
    m.put("principal", contact(n.principal(), lang, marks, false));
    Contact recipient = lang == Language.ZH
        && n.route().addressee() == dev.marque.notices.law.Addressee.PLATFORM
        && n.recipient().name().equals(n.marketplace().displayName())
        ? Contact.named(Labels.platformZh(n.marketplace())) : n.recipient();
    m.put("recipient", contact(recipient, lang, marks, false));
    m.put("senderIsAgent", n.senderIsAgent());
    m.put("authorization", n.authorization().map(a -> List.<Object>of(Map.of(
        "reference", a.reference(),
        "validFrom", Labels.date(a.validFrom(), lang),
        "validUntil", a.validUntil().map(d -> Labels.date(d, lang)).orElse(""),
        "hasValidUntil", a.validUntil().isPresent())))
        .orElse(n.senderIsAgent() && marks.lacks(Requirement.AUTHORIZATION_LETTER)
            ? List.of(Map.of("reference", marks.marker(Requirement.AUTHORIZATION_LETTER),
                "validFrom", "", "validUntil", "", "hasValidUntil", false))
            : List.of()));
    m.put("marketplace", lang == Language.ZH ? Labels.platformZh(n.marketplace())
        : n.marketplace().displayName());
    Jurisdiction where = DraftEngine.where(n.route(), n.items());
    m.put("jurisdiction", Labels.place(where, lang));
    n.right().ifPresent(r -> {
      Map<String, Object> right = right(r, lang, marks);
      right.put("ownership", Title.basis(r, n.principal().name(), lang, where));
      m.put("right", right);
    });
    // "our client" only when an agent writes; the holder writing speaks for itself
    boolean agent = n.senderIsAgent();
    Map<String, Object> us = new LinkedHashMap<>();
    us.put("subject", agent ? "our client" : "we");
    us.put("Subject", agent ? "Our client" : "We");
    us.put("possessive", agent ? "our client's" : "our");
    us.put("Possessive", agent ? "Our client's" : "Our");
    us.put("has", agent ? "has" : "have");
    us.put("is", agent ? "is" : "are");
    m.put("us", us);
    String statute = n.statute().orElse(marks.marker(Requirement.STATUTE));
    m.put("statute", statute);
    m.put("hasStatute", !statute.isEmpty());
    m.put("hasThreats", n.threats().isPresent());
    m.put("threats", n.threats().map(t -> List.<Object>of(threats(t))).orElse(List.of()));
    m.put("hasRight", n.right().isPresent());
    List<Object> items = new ArrayList<>();
    for (int i = 0; i < n.items().size(); i++) {
      items.add(item(n.items().get(i), i + 1, n, lang, marks));
    }
    m.put("items", items);
    Optional<String> sellerId = n.items().get(0).seller().map(s -> ListingText.clean(s.id()));
    m.put("sellerId", sellerId.orElse(""));
    m.put("hasSellerId", sellerId.isPresent());
    m.put("itemCount", Integer.toString(n.items().size()));
    m.put("itemNoun", n.items().size() == 1 ? "item" : "items");
    m.put("listingNoun", n.items().size() == 1 ? "listing" : "listings");
    Map<String, Object> statements = new LinkedHashMap<>();
    List<Object> statementList = new ArrayList<>();
    for (Element e : n.route().statements()) {
      String text = statementText(n, e, lang);
      statements.put(e.name(), text);
      statementList.add(Map.of("name", e.name(), "text", text));
    }
    m.put("statements", statements);
    m.put("statementList", statementList);
    m.put("signature", n.signatory());
    String agentOf = n.senderIsAgent() ? ", authorised agent of " + n.principal().name() : "";
    String forWhom = n.signatoryCapacity().isPresent()
        ? n.signatoryCapacity().get() + ", " + n.sender().name() + agentOf
        : n.signatory().equals(n.sender().name()) ? agentOf.replaceFirst("^, ", "")
            : "for " + n.sender().name() + agentOf;
    m.put("signatureFor", forWhom);
    m.put("hasSignatureFor", !forWhom.isEmpty());
    m.put("signatureCapacity", n.signatoryCapacity().orElse(""));
    m.put("hasSignatureCapacity", n.signatoryCapacity().isPresent());
    m.put("hasSeal", n.route().requires(Requirement.COMPANY_SEAL));
    m.put("sealName", n.sender().name());
    m.put("hasDeadline", n.deadline().isPresent());
    m.put("deadline", n.deadline().map(d -> Labels.date(d, lang))
        .orElse(marks.marker(Requirement.DEADLINE)));
    m.put("followUp", n.route().followUp().map(f -> List.<Object>of(Map.of(
        "days", Integer.toString(f.days()), "startsWhen", f.startsWhen(),
        "description", f.description()))).orElse(List.of()));
    m.put("advisories", n.advisories().stream().map(a -> Map.of("text", a)).toList());
    m.put("hasAdvisories", !n.advisories().isEmpty());
    m.put("answers", n.answers().orElse(""));
    m.put("hasAnswers", n.answers().isPresent());
    m.put("jurisdictionConsent", consent(n, marks));
    m.put("problems", n.problems().stream().map(p -> Map.of("text", p.toString())).toList());
    return m;
  }

  /** Tells which required values a draft lacks, and the marker that stands in for them. */
  private record Markers(Notice notice, Set<String> missing) {
    boolean lacks(Requirement r) {
      return notice.route().elements(r).stream().anyMatch(e -> missing.contains(e.name()));
    }

    String marker(Requirement r) {
      return notice.route().elements(r).stream().filter(e -> missing.contains(e.name()))
          .findFirst().map(e -> "[MISSING: " + e.name() + "]").orElse("");
    }
  }

  private static Map<String, Object> contact(Contact c, Language lang, Markers marks,
      boolean sender) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", c.name());
    field(m, "email", c.email(), sender ? marks.marker(Requirement.SENDER_EMAIL) : "");
    field(m, "phone", c.phone(), sender ? marks.marker(Requirement.SENDER_PHONE) : "");
    field(m, "address", c.address().map(a -> String.join(", ", lines(a))),
        sender ? marks.marker(Requirement.SENDER_ADDRESS) : "");
    m.put("addressLines", c.address().map(ModelBuilder::lines)
        .orElse(m.get("address").toString().isEmpty() ? List.of()
            : List.of(m.get("address").toString()))
        .stream().map(l -> Map.of("line", l)).toList());
    String countryMarker = sender ? marks.marker(Requirement.JURISDICTION_CONSENT)
        : marks.marker(Requirement.PRINCIPAL_IDENTITY);
    field(m, "country", c.country().map(j -> Labels.place(j, lang)), countryMarker);
    m.put("countryCode", c.country().map(Jurisdiction::code).orElse(""));
    return m;
  }

  private static void field(Map<String, Object> m, String key, Optional<String> value,
      String marker) {
    String v = value.orElse(marker);
    m.put(key, v);
    m.put("has" + Character.toUpperCase(key.charAt(0)) + key.substring(1), !v.isEmpty());
  }

  private static List<String> lines(String address) {
    return address.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  private static Map<String, Object> right(IpRight r, Language lang, Markers marks) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", Labels.kind(r, lang));
    m.put("kindCode", r.kind().name());
    m.put("subject", r.subject());
    String regMarker = marks.lacks(Requirement.REGISTRATION)
        ? marks.marker(Requirement.REGISTRATION)
        : marks.marker(Requirement.REGISTRATION_OR_DESCRIPTION);
    field(m, "registrationNumber", r.registrationNumber(), regMarker);
    Optional<String> office = switch (r.kind()) {
      case TRADEMARK -> Optional.of(((Trademark) r).office().code());
      case DESIGN -> ((DesignRight) r).office().map(o -> o.code());
      case PATENT -> Optional.of(((Patent) r).office().code());
      case COPYRIGHT -> ((Copyright) r).registeredIn().map(j -> Labels.place(j, lang));
    };
    field(m, "office", office, "");
    String classes = r instanceof Trademark t
        ? t.classes().stream().map(NiceClass::toString).collect(Collectors.joining(", ")) : "";
    field(m, "classes", Optional.of(classes).filter(s -> !s.isEmpty()),
        marks.marker(Requirement.MARK_CLASSES));
    m.put("classesZh", r instanceof Trademark t ? t.classes().stream()
        .map(c -> "第" + c + "类").collect(Collectors.joining("、")) : "");
    m.put("territory", Labels.territory(r, lang));
    Optional<String> expires = switch (r.kind()) {
      case TRADEMARK -> ((Trademark) r).expires().map(d -> Labels.date(d, lang));
      case DESIGN -> ((DesignRight) r).expires().map(d -> Labels.date(d, lang));
      case PATENT -> ((Patent) r).expires().map(d -> Labels.date(d, lang));
      case COPYRIGHT -> ((Copyright) r).expires().map(d -> Labels.date(d, lang));
    };
    field(m, "expires", expires, "");
    List<String> evidence = r instanceof Copyright c ? c.evidence() : List.of();
    m.put("evidence", evidence.stream().map(e -> Map.of("text", e)).toList());
    m.put("hasEvidence", !evidence.isEmpty());
    field(m, "author", r instanceof Copyright c ? c.author() : Optional.empty(), "");
    m.put("isTrademark", r instanceof Trademark);
    m.put("isCopyright", r instanceof Copyright);
    return m;
  }

  private static Map<String, Object> item(Item it, int n, Notice notice, Language lang,
      Markers marks) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("n", Integer.toString(n));
    m.put("id", ListingText.clean(it.listingId()));
    field(m, "url", it.url().map(ListingText::clean), it.url().isEmpty()
        ? firstNonEmpty(marks.marker(Requirement.LOCATIONS), marks.marker(Requirement.ASINS))
        : "");
    m.put("title", ListingText.clean(it.title()));
    field(m, "seller", it.seller().map(ModelBuilder::seller),
        marks.marker(Requirement.RECIPIENT_SELLER));
    m.put("sellerId", it.seller().map(s -> ListingText.clean(s.id())).orElse(""));
    field(m, "price", it.price().map(Object::toString), "");
    field(m, "mentions", Optional.of(it.mentions().stream()
        .map(t -> "\u201c" + ListingText.clean(t) + "\u201d").collect(Collectors.joining(", ")))
        .filter(s -> !s.isEmpty()), "");
    field(m, "verdict", it.assessment().map(a -> Labels.verdict(a.verdict(), lang)), "");
    m.put("score", it.assessment().map(a -> String.format(Locale.ROOT, "%.2f", a.score()))
        .orElse(""));
    List<String> reasons = it.reasons().stream()
        .map(r -> lang == Language.ZH ? Labels.reasonZh(r) : r.message())
        .map(ListingText::clean).toList();
    if (reasons.isEmpty() && marks.lacks(Requirement.ITEM_REASONS)) {
      reasons = List.of(marks.marker(Requirement.ITEM_REASONS));
    }
    m.put("reasons", reasons.stream().map(r -> Map.of("text", r)).toList());
    m.put("hasReasons", !reasons.isEmpty());
    m.put("reasonSummary", String.join("; ", reasons));
    Optional<InfringementTypes.Type> type = notice.route().requires(Requirement
        .INFRINGEMENT_TYPE) ? notice.right()
        .flatMap(r -> InfringementTypes.of(notice.marketplace(), r, it)) : Optional.empty();
    field(m, "infringementType", type.map(InfringementTypes.Type::text),
        marks.marker(Requirement.INFRINGEMENT_TYPE));
    m.put("infringementTypeCode", type.map(InfringementTypes.Type::code).orElse(""));
    field(m, "asin", Validator.asin(it), "");
    field(m, "testBuyOrder", it.testBuyOrder().map(ListingText::clean), "");
    List<String> copying = it.evidence().stream().map(e -> copying(e, lang)).toList();
    m.put("copying", copying.stream().map(t -> Map.of("text", t)).toList());
    m.put("hasCopying", !copying.isEmpty());
    field(m, "offeredIn", it.offeredIn().map(o -> o.text(lang)), "");
    return m;
  }

  /**
   * A statement's words in the language, with its placeholders filled in: {@code {holder}} is
   * "our client" when an agent writes and "we" when the holder does; {@code {statute}} the
   * provision cited.
   *
   * @param n the notice
   * @param e one of its route's statements
   * @param lang the language
   * @return the words
   */
  public static String statementText(Notice n, Element e, Language lang) {
    boolean agent = n.senderIsAgent();
    String text = e.text(lang).or(() -> e.text(Language.EN)).orElseThrow();
    Map<String, String> words = new LinkedHashMap<>();
    words.put("{holder}", agent ? "our client" : "we");
    words.put("{Holder}", agent ? "Our client" : "We");
    words.put("{holder's}", agent ? "our client's" : "our");
    words.put("{holder-name}", n.principal().name());
    words.put("{right-kind}", n.right().map(r -> Labels.kind(r, lang)).orElse("right"));
    words.put("{statute}", n.statute().orElse("[MISSING: " + n.route().elements(
        Requirement.STATUTE).stream().map(Element::name).findFirst().orElse("statute") + "]"));
    for (Map.Entry<String, String> w : words.entrySet()) {
      text = text.replace(w.getKey(), w.getValue());
    }
    return text;
  }

  private static Map<String, Object> threats(ThreatsReview t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("outcome", t.outcome().name());
    m.put("actsInUk", t.actsInUk());
    m.put("section", t.section());
    m.put("hasRole", t.recipient().isPresent());
    m.put("role", t.recipient().map(r -> r.role().words()).orElse("not recorded"));
    m.put("roleBasis", t.recipient().map(SellerRole::basis).orElse(""));
    List<String> steps = t.recipient().map(SellerRole::stepsToFindMaker).orElse(List.of());
    m.put("steps", steps.stream().map(x -> Map.of("text", x)).toList());
    m.put("hasSteps", !steps.isEmpty());
    m.put("isPrimaryActor", t.outcome() == ThreatsReview.Outcome.LETTER_TO_PRIMARY_ACTOR);
    m.put("riskAccepted", t.outcome() == ThreatsReview.Outcome.RISK_ACCEPTED);
    return m;
  }

  /** One piece of evidence of copying, in a sentence of the language. */
  private static String copying(InfringementEvidence e, Language lang) {
    boolean zh = lang == Language.ZH;
    if (e instanceof InfringementEvidence.ImageCopy i) {
      return zh
          ? "商品图片 " + ListingText.clean(i.listingImage()) + " 与作品图片 " + i.workImage()
              + " 经 " + i.algorithm() + " 感知哈希比对相符：汉明距离 " + i.distance() + "（阈值 "
              + i.threshold() + "）。"
          : "The listing image " + ListingText.clean(i.listingImage()) + " matches "
              + i.workImage() + ", an image of the work, by " + i.algorithm()
              + " perceptual hash: Hamming distance " + i.distance() + " (a match is "
              + i.threshold() + " or less).";
    }
    if (e instanceof InfringementEvidence.TextCopy t) {
      return zh
          ? "商品文字复制了作品：\u201c" + ListingText.clean(t.listingText()) + "\u201d；作品原文：\u201c"
              + t.workText() + "\u201d。"
          : "The listing's " + t.field().name().toLowerCase(Locale.ROOT) + " copies the"
              + " work: \u201c" + ListingText.clean(t.listingText()) + "\u201d; the work"
              + " reads \u201c" + t.workText() + "\u201d.";
    }
    InfringementEvidence.Attached a = (InfringementEvidence.Attached) e;
    return zh
        ? a.shows() + "（附件：" + a.file().path() + "，SHA-256：" + a.file().sha256() + "）"
        : a.shows() + " (attached: " + a.file().path() + ", SHA-256 " + a.file().sha256() + ")";
  }

  private static String firstNonEmpty(String a, String b) {
    return a.isEmpty() ? b : a;
  }

  private static String seller(Seller s) {
    String id = ListingText.clean(s.id());
    return s.name().map(ListingText::clean).filter(name -> !name.equals(id))
        .map(name -> name + " (" + id + ")").orElse(id);
  }

  private static String consent(Notice n, Markers marks) {
    if (!n.route().requires(Requirement.JURISDICTION_CONSENT)) {
      return "";
    }
    Optional<Jurisdiction> country = n.sender().country();
    if (country.isEmpty()) {
      return marks.marker(Requirement.JURISDICTION_CONSENT);
    }
    return country.get().equals(Jurisdiction.US)
        ? "I consent to the jurisdiction of the Federal District Court for the judicial"
            + " district in which my address is located."
        : "My address is outside the United States, and I consent to the jurisdiction of any"
            + " judicial district in which " + n.marketplace().displayName() + " may be found.";
  }
}
