package dev.marque.notices.internal;

import dev.marque.core.Authorization;
import dev.marque.core.rights.Copyright;
import dev.marque.core.rights.IpRight;
import dev.marque.core.rights.RightKind;
import dev.marque.core.rights.Trademark;
import dev.marque.notices.draft.Contact;
import dev.marque.notices.draft.ElementProblem;
import dev.marque.notices.draft.ElementProblem.Kind;
import dev.marque.notices.draft.Item;
import dev.marque.notices.draft.Notice;
import dev.marque.notices.law.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks every element a notice's route requires, all at once, before anything renders.
 */
public final class Validator {
  private Validator() {}

  /** An ASIN: ten capital letters and digits. */
  private static final Pattern ASIN = Pattern.compile("[A-Z0-9]{10}");
  private static final Pattern ASIN_IN_URL =
      Pattern.compile("/(?:dp|gp/product|gp/aw/d)/([A-Z0-9]{10})(?:[/?#]|$)");
  /** eBay item numbers are digits; 9 to 15 of them covers every era of the site. */
  private static final Pattern EBAY_ITEM = Pattern.compile("\\d{9,15}");
  /** How many listing ids a message names before it says "and N more". */
  private static final int MAX_IDS_NAMED = 10;

  /** Who supplied the notice's facts, so a message can say where to add what is missing. */
  public enum Source {
    /** The portfolio: messages name its properties. */
    PORTFOLIO,
    /** A counter-notice request. */
    COUNTER_NOTICE
  }

  /** Every missing or invalid element of the notice, in the route's order. */
  public static List<ElementProblem> validate(Notice notice, Source source) {
    List<ElementProblem> problems = new ArrayList<>();
    for (Element e : notice.route().elements()) {
      check(notice, e, source).ifPresent(p -> problems.add(new ElementProblem(
          notice.route().id(), e.name(), p.kind, e.description(), p.message)));
    }
    return problems;
  }

  private record Found(Kind kind, String message) {}

  private static Optional<Found> missing(String message) {
    return Optional.of(new Found(Kind.MISSING, message));
  }

  private static Optional<Found> check(Notice n, Element e, Source source) {
    Contact s = n.sender();
    String senderProperty = source == Source.COUNTER_NOTICE ? "subscriber"
        : n.senderIsAgent() ? "agent" : "holder";
    return switch (e.requirement()) {
      case SENDER_NAME, STATEMENT, COMPANY_SEAL -> Optional.empty();
      case SIGNATURE -> source == Source.COUNTER_NOTICE ? Optional.empty() : signature(n);
      case OFFERED_IN_TERRITORY -> items(n, i -> i.offeredIn().isEmpty(), Item::listingId,
          "nothing showing it is offered to buyers in "
              + n.route().territory().map(j -> j.displayName()).orElse("the territory"),
          Kind.MISSING);
      case SENDER_ADDRESS -> s.address().isPresent() ? Optional.empty()
          : missing(noContact(s, "postal address", senderProperty + ".address", source));
      case SENDER_PHONE -> s.phone().isPresent() ? Optional.empty()
          : missing(noContact(s, "telephone number", senderProperty + ".phone", source));
      case SENDER_EMAIL -> s.email().isPresent() ? Optional.empty()
          : missing(noContact(s, "e-mail address", senderProperty + ".email", source));
      case JURISDICTION_CONSENT -> s.country().isPresent() ? Optional.empty()
          : missing(noContact(s, "country, which decides the court consented to",
              senderProperty + ".country", source));
      case PRINCIPAL_IDENTITY -> n.principal().country().isPresent() ? Optional.empty()
          : missing("the rights holder " + n.principal().name()
              + " has no country: add holder.country to the portfolio");
      case AUTHORITY -> authority(n);
      case AUTHORIZATION_LETTER -> n.senderIsAgent() && n.authorization().isEmpty()
          ? missing("the agent " + s.name() + " has no authorisation letter on file: add"
              + " agent.authorization {reference, validFrom, validUntil} to the portfolio")
          : Optional.empty();
      case RIGHT_IDENTIFIED -> n.right().isPresent() ? Optional.empty()
          : missing("the notice relies on no right");
      case REGISTRATION -> n.right().flatMap(r -> registration(r, false))
          .or(() -> n.right().isEmpty() ? missing("the notice relies on no right")
              : Optional.empty());
      case REGISTRATION_OR_DESCRIPTION -> n.right().flatMap(r -> registration(r, true))
          .or(() -> n.right().isEmpty() ? missing("the notice relies on no right")
              : Optional.empty());
      case MARK_CLASSES -> n.right().filter(r -> r.kind() == RightKind.TRADEMARK)
          .filter(r -> ((Trademark) r).classes().isEmpty())
          .flatMap(r -> missing(Labels.describe(r) + " names no Nice classes: add its classes"
              + " to the portfolio"));
      case LOCATIONS -> items(n, i -> i.url().isEmpty(), Item::listingId,
          "no URL: add the listing's url to the findings", Kind.MISSING);
      case ITEM_NUMBERS -> items(n, i -> !EBAY_ITEM.matcher(i.listingId()).matches(),
          i -> "'" + i.listingId() + "'", "is not an eBay item number (9 to 15 digits)",
          Kind.INVALID);
      case ASINS -> items(n, i -> asin(i).isEmpty() && i.url().isEmpty(), Item::listingId,
          "neither an ASIN nor a URL", Kind.MISSING);
      case ITEM_REASONS -> items(n, i -> i.reasons().isEmpty(), Item::listingId,
          "no reason: its assessment gives none", Kind.MISSING);
      case RECIPIENT_SELLER -> items(n, i -> i.seller().isEmpty(), Item::listingId,
          "no seller: a letter needs the seller's id", Kind.MISSING);
      case DEADLINE -> n.deadline().isPresent() ? Optional.empty()
          : missing("the letter sets no date to comply by");
      case STATUTE -> n.statute().isPresent() || n.right().isEmpty() ? Optional.empty()
          : missing("marque knows no statute for a " + Labels.kind(n.right().get().kind())
              + " in " + DraftEngine.where(n.route(), n.items()).displayName() + ": a letter"
              + " before action must cite the provision the claim rests on; use a template of"
              + " your own that cites it, or a route for where the listing is offered");
      case INFRINGEMENT_TYPE -> n.right().isEmpty() || !InfringementTypes.hasTypes(
          n.marketplace()) ? Optional.empty()
          : items(n, i -> InfringementTypes.of(n.marketplace(), n.right().get(), i).isEmpty(),
              Item::listingId, "no type of infringement that " + n.marketplace().displayName()
                  + " takes: the evidence attached does not show whether the listing copies"
                  + " an image or the text of the work; add image-copy or text-copy evidence",
              Kind.MISSING);
    };
  }

  private static Optional<Found> signature(Notice n) {
    String who = n.senderIsAgent() ? "agent" : "holder";
    if (n.signatory().equals(n.sender().name()) || n.signatory().equals(n.principal().name())) {
      return missing(n.signatory() + " is a firm, not a person who signs: add " + who
          + ".signatory {name, capacity} to the portfolio, naming the natural person who signs"
          + " and in what capacity (or give --signatory NAME --capacity CAPACITY)");
    }
    if (n.signatoryCapacity().isEmpty()) {
      return missing(n.signatory() + " signs in no stated capacity: add " + who
          + ".signatory.capacity to the portfolio (such as Partner or Head of Legal)");
    }
    return Optional.empty();
  }

  private static String noContact(Contact c, String what, String property, Source source) {
    return c.name() + " has no " + what + ": " + (source == Source.COUNTER_NOTICE
        ? "give the subscriber's " + what.split(",")[0]
        : "add " + property + " to the portfolio");
  }

  private static Optional<Found> authority(Notice n) {
    if (!n.senderIsAgent()) {
      return Optional.empty();
    }
    if (n.authorization().isEmpty()) {
      return missing("the agent " + n.sender().name() + " has no authorisation from "
          + n.principal().name() + " on file: add agent.authorization to the portfolio");
    }
    Authorization a = n.authorization().get();
    if (a.isValidOn(n.date())) {
      return Optional.empty();
    }
    return Optional.of(new Found(Kind.INVALID, "the agent " + n.sender().name()
        + "'s authorisation " + a.reference() + " is valid from " + a.validFrom()
        + a.validUntil().map(u -> " until " + u).orElse("") + ", not on the notice date "
        + n.date() + ": renew it or date the notice within it"));
  }

  private static Optional<Found> registration(IpRight r, boolean descriptionWillDo) {
    if (r.hasRegistration()) {
      return Optional.empty();
    }
    if (r.kind() == RightKind.COPYRIGHT) {
      if (descriptionWillDo || !((Copyright) r).evidence().isEmpty()) {
        return Optional.empty();
      }
      return missing(Labels.describe(r) + " is neither registered nor backed by evidence of"
          + " authorship: add its registrationNumber or evidence to the portfolio");
    }
    return missing(Labels.describe(r) + " has no registration number: a route that asks for"
        + " the certificate needs a registered right");
  }

  private static Optional<Found> items(Notice n, Predicate<Item> bad, Function<Item, String> id,
      String what, Kind kind) {
    List<String> ids = n.items().stream().filter(bad).map(id).toList();
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    String named = String.join(", ", ids.subList(0, Math.min(ids.size(), MAX_IDS_NAMED)))
        + (ids.size() > MAX_IDS_NAMED ? " and " + (ids.size() - MAX_IDS_NAMED) + " more" : "");
    return Optional.of(new Found(kind, (ids.size() == 1 ? "listing " : "listings ") + named
        + (kind == Kind.MISSING ? (ids.size() == 1 ? " has " : " have ") : " ") + what));
  }

  /** The item's ASIN, from its id or its URL. */
  public static Optional<String> asin(Item item) {
    if (ASIN.matcher(item.listingId()).matches()) {
      return Optional.of(item.listingId());
    }
    return item.url().flatMap(u -> {
      Matcher m = ASIN_IN_URL.matcher(u);
      return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    });
  }
}
