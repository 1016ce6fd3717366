package dev.marque.notices.internal;

import dev.marque.core.Jurisdiction;
import dev.marque.core.rights.Copyright;
import dev.marque.core.rights.DesignRight;
import dev.marque.core.rights.IpRight;
import dev.marque.core.rights.Ownership;
import dev.marque.core.rights.Patent;
import dev.marque.core.rights.Trademark;
import dev.marque.notices.law.Language;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who owns a right, and on what basis a notice says so: a registered right by the register; a
 * copyright by its author, or by the chain of title that runs from the author to the holder.
 */
public final class Title {
  private Title() {}

  /**
   * Why the holder cannot claim the right in its own name; empty when it can.
   *
   * @param right the right
   * @param holder the rights holder's name
   * @return the refusal
   */
  public static Optional<String> refusal(IpRight right, String holder) {
    if (!(right instanceof Copyright c)) {
      return Optional.empty();
    }
    Optional<Ownership> o = c.ownership();
    Optional<String> owner = o.flatMap(Ownership::owner)
        .or(() -> o.flatMap(Ownership::lastInChain));
    if (owner.isPresent()) {
      return same(owner.get(), holder) ? Optional.empty()
          : Optional.of(Labels.describe(right) + " is owned by " + owner.get() + " (by its"
              + " chain of title), not by " + holder + ": a notice in " + holder
              + "'s name cannot claim it");
    }
    if (c.author().isPresent() && !same(c.author().get(), holder)) {
      return Optional.of(Labels.describe(right) + " is not claimed: its recorded author is "
          + c.author().get() + ", and nothing shows how title passed to " + holder + "; add"
          + " ownership.chainOfTitle (author; employer, for a work made in the course of"
          + " employment; a written assignment with its date, CDPA s.90(3); an exclusive"
          + " licence)");
    }
    return Optional.empty();
  }

  private static boolean same(String party, String holder) {
    String p = party.strip().toLowerCase(Locale.ROOT);
    String h = holder.strip().toLowerCase(Locale.ROOT);
    return p.equals(h) || p.startsWith(h + " (");
  }

  /**
   * The basis of the holder's ownership, in a sentence of the language.
   *
   * @param right the right
   * @param holder the rights holder's name
   * @param lang the language
   * @param where whose law the notice speaks to: a work made by an employee is a "work made for
   *     hire" within the scope of employment in the US, made "in the course of employment"
   *     elsewhere (CDPA s.11(2) in the UK)
   * @return the statement
   */
  public static String basis(IpRight right, String holder, Language lang, Jurisdiction where) {
    boolean zh = lang == Language.ZH;
    String registered = zh ? holder + "为注册权利人（" : holder + " is the registered proprietor (";
    String close = zh ? "）" : ")";
    if (right instanceof Trademark t) {
      return t.registrationNumber().map(n -> registered + t.office() + " " + n + close)
          .orElse(zh ? holder + "为申请人（" + t.office() + "）" : holder + " is the applicant ("
              + t.office() + ")");
    }
    if (right instanceof Patent p) {
      return registered + p.office() + " " + p.number() + close;
    }
    if (right instanceof DesignRight d && d.registrationNumber().isPresent()) {
      return registered + d.office().map(x -> x + " ").orElse("") + d.registrationNumber().get()
          + close;
    }
    if (right instanceof Copyright c && c.ownership().isPresent()
        && !c.ownership().get().chainOfTitle().isEmpty()) {
      return (zh ? holder + "的权属来源：" : holder + " owns it by this chain of title: ")
          + c.ownership().get().chainOfTitle().stream()
              .map(s -> step(s, zh, where.equals(Jurisdiction.US)))
              .collect(Collectors.joining(zh ? "；" : "; "));
    }
    if (right instanceof Copyright c && c.author().isPresent() && same(c.author().get(), holder)) {
      return zh ? holder + "为作者" : holder + " is its author";
    }
    return zh ? holder + "为权利人（未记录权属链）" : holder + " owns it (no chain of title recorded)";
  }

  private static String step(Ownership.Step s, boolean zh, boolean us) {
    String when = s.date().map(d -> zh ? "，" + d : " dated " + d).orElse("");
    String doc = s.document().map(d -> zh ? "，文件：" + d : " (" + d + ")").orElse("");
    return switch (s.basis()) {
      case REGISTERED_PROPRIETOR -> zh ? "注册权利人 " + s.party()
          : "registered proprietor " + s.party();
      case AUTHOR -> zh ? "作者 " + s.party() : "author " + s.party();
      case EMPLOYER -> zh ? "雇主 " + s.party() + "（职务作品）" : us
          ? s.party() + " as employer: a work made for hire, prepared by an employee within the"
              + " scope of employment (17 U.S.C. §§ 101, 201(b))"
          : s.party() + " as employer, the work having been made in the course of employment";
      case ASSIGNMENT -> zh ? "书面转让予 " + s.party() + when + doc
          : "written assignment to " + s.party() + when + doc;
      case EXCLUSIVE_LICENCE -> zh ? "独占许可予 " + s.party() + when + doc
          : "exclusive licence to " + s.party() + when + doc;
    };
  }
}
