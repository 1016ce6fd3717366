package dev.marque.notices.internal;

import dev.marque.core.Jurisdiction;
import dev.marque.core.json.MarqueJson;
import dev.marque.core.rights.Copyright;
import dev.marque.core.rights.IpRight;
import dev.marque.core.rights.NiceClass;
import dev.marque.core.rights.RightKind;
import dev.marque.core.rights.Trademark;
import dev.marque.notices.draft.Contact;
import dev.marque.notices.draft.ElementProblem;
import dev.marque.notices.draft.Item;
import dev.marque.notices.draft.Notice;
import dev.marque.notices.law.Element;
import dev.marque.notices.law.Language;
import dev.marque.notices.law.Route;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A notice as structured JSON: a {@code notice} object in the Lumen database's model (type,
 * title, date_sent, jurisdiction_list, works_attributes with infringing and copyrighted URLs,
 * the sender, principal and recipient roles, mark_registration_number), and a {@code marque}
 * object with what Lumen has no field for: the route, every listing with its evidence, the
 * statements, the problems.
 */
public final class LumenJson {
  private LumenJson() {}

  /** The notice as indented JSON, with a final line break. */
  public static String write(Notice n, Language lang) {
    return MarqueJson.standard().writePretty(tree(n, lang)).replace("\r\n", "\n") + "\n";
  }

  /** The notice as plain maps and lists. */
  public static Map<String, Object> tree(Notice n, Language lang) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("notice", lumen(n, lang));
    root.put("marque", marque(n, lang));
    return root;
  }

  private static Map<String, Object> lumen(Notice n, Language lang) {
    Route route = n.route();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", route.title() + n.right().map(r -> ": " + r.subject()).orElse("")
        + " on " + n.marketplace().displayName());
    m.put("type", type(n));
    m.put("subject", route.legalBasis());
    m.put("date_sent", n.date().toString());
    m.put("language", lang.tag());
    m.put("jurisdiction_list", jurisdiction(n).code());
    m.put("tag_list", String.join(", ", List.of("marque", route.id(),
        n.marketplace().name().toLowerCase(java.util.Locale.ROOT))));
    n.right().filter(r -> r.kind() == RightKind.TRADEMARK)
        .flatMap(IpRight::registrationNumber)
        .ifPresent(reg -> m.put("mark_registration_number", reg));
    Map<String, Object> work = new LinkedHashMap<>();
    work.put("description", n.right().map(Labels::describe).orElse("Material removed from "
        + n.marketplace().displayName()));
    work.put("kind", n.right().map(r -> r.kind().name().toLowerCase(java.util.Locale.ROOT))
        .orElse("removed material"));
    work.put("copyrighted_urls_attributes", n.right()
        .filter(r -> r instanceof Copyright).map(r -> ((Copyright) r).evidence())
        .orElse(List.of()).stream().filter(e -> e.startsWith("http://")
            || e.startsWith("https://")).map(u -> Map.of("url", u)).toList());
    work.put("infringing_urls_attributes", n.items().stream().map(Item::url)
        .flatMap(Optional::stream).map(u -> Map.of("url", ListingText.clean(u))).toList());
    m.put("works_attributes", List.of(work));
    m.put("entity_notice_roles_attributes", List.of(
        role("sender", n.sender()), role("principal", n.principal()),
        role("recipient", n.recipient())));
    return m;
  }

  private static String type(Notice n) {
    String t = n.route().lumenType();
    if (!t.equals(Route.LUMEN_BY_KIND)) {
      return t;
    }
    return n.right().filter(r -> r.kind() == RightKind.TRADEMARK).isPresent() ? "Trademark"
        : n.right().filter(r -> r.kind() == RightKind.COPYRIGHT).isPresent() ? "DMCA"
        : "Other";
  }

  private static Jurisdiction jurisdiction(Notice n) {
    return DraftEngine.where(n.route(), n.items());
  }

  private static Map<String, Object> role(String name, Contact c) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("name", c.name());
    List<String> lines = c.address().map(a -> a.lines().map(String::strip)
        .filter(l -> !l.isEmpty()).toList()).orElse(List.of());
    if (!lines.isEmpty()) {
      e.put("address_line_1", lines.get(0));
    }
    if (lines.size() > 1) {
      e.put("address_line_2", String.join(", ", lines.subList(1, lines.size())));
    }
    c.country().ifPresent(j -> e.put("country_code", j.code()));
    c.email().ifPresent(v -> e.put("email", v));
    c.phone().ifPresent(v -> e.put("phone", v));
    Map<String, Object> role = new LinkedHashMap<>();
    role.put("name", name);
    role.put("entity_attributes", e);
    return role;
  }

  private static Map<String, Object> marque(Notice n, Language lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", n.id());
    m.put("route", n.route().id());
    m.put("legalBasis", n.route().legalBasis());
    m.put("status", n.isComplete() ? "complete" : "INCOMPLETE DRAFT - NOT FOR SENDING");
    m.put("complete", n.isComplete());
    m.put("date", n.date().toString());
    m.put("marketplace", n.marketplace().name());
    m.put("part", n.part());
    m.put("parts", n.parts());
    m.put("senderIsAgent", n.senderIsAgent());
    n.authorization().ifPresent(a -> {
      Map<String, Object> auth = new LinkedHashMap<>();
      auth.put("reference", a.reference());
      auth.put("validFrom", a.validFrom().toString());
      a.validUntil().ifPresent(u -> auth.put("validUntil", u.toString()));
      m.put("authorization", auth);
    });
    n.right().ifPresent(r -> m.put("right", right(r)));
    m.put("marks", n.right().filter(r -> r instanceof Trademark).map(r -> List.of(right(r)))
        .orElse(List.of()));
    List<Object> items = new ArrayList<>();
    for (Item it : n.items()) {
      Map<String, Object> i = new LinkedHashMap<>();
      i.put("listingId", it.listingId());
      it.url().ifPresent(u -> i.put("url", u));
      i.put("title", it.title());
      it.seller().ifPresent(s -> {
        Map<String, Object> seller = new LinkedHashMap<>();
        seller.put("id", s.id());
        s.name().ifPresent(v -> seller.put("name", v));
        s.country().ifPresent(v -> seller.put("country", v));
        i.put("seller", seller);
      });
      it.price().ifPresent(p -> i.put("price", p.toString()));
      it.assessment().ifPresent(a -> {
        i.put("verdict", a.verdict().name());
        i.put("score", Math.round(a.score() * 100) / 100.0);
        i.put("reasons", a.reasons().stream().map(r -> r.message()).toList());
        n.right().flatMap(r -> InfringementTypes.of(n.marketplace(), r, it)).ifPresent(t -> {
          Map<String, Object> type = new LinkedHashMap<>();
          type.put("code", t.code());
          type.put("text", t.text());
          i.put("infringementType", type);
        });
      });
      Validator.asin(it).filter(x -> n.route().id().equals("amazon"))
          .ifPresent(x -> i.put("asin", x));
      it.testBuyOrder().ifPresent(o -> i.put("testBuyOrder", o));
      items.add(i);
    }
    m.put("items", items);
    Map<String, Object> statements = new LinkedHashMap<>();
    for (Element e : n.route().statements()) {
      statements.put(e.name(), ModelBuilder.statementText(n, e, lang));
    }
    m.put("statements", statements);
    m.put("signature", n.signatory());
    n.deadline().ifPresent(d -> m.put("deadline", d.toString()));
    n.answers().ifPresent(a -> m.put("answers", a));
    n.route().followUp().ifPresent(f -> {
      Map<String, Object> followUp = new LinkedHashMap<>();
      followUp.put("days", f.days());
      followUp.put("startsWhen", f.startsWhen());
      followUp.put("description", f.description());
      m.put("followUp", followUp);
    });
    n.statute().ifPresent(st -> m.put("statute", st));
    n.threats().ifPresent(t -> m.put("unjustifiedThreats", t.fields()));
    m.put("advisories", n.advisories());
    m.put("problems", n.problems().stream().map(LumenJson::problem).toList());
    return m;
  }

  private static Map<String, Object> right(IpRight r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", r.kind().name());
    m.put("subject", r.subject());
    r.registrationNumber().ifPresent(v -> m.put("registrationNumber", v));
    if (r instanceof Trademark t) {
      m.put("mark", t.mark());
      m.put("office", t.office().code());
      m.put("classes", t.classes().stream().map(NiceClass::number).toList());
    }
    m.put("jurisdictions", r.jurisdictions().stream().map(Jurisdiction::code).toList());
    return m;
  }

  private static Map<String, Object> problem(ElementProblem p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("route", p.route());
    m.put("element", p.element());
    m.put("kind", p.kind().name());
    m.put("message", p.message());
    return m;
  }
}
