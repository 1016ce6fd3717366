package dev.marque.notices.internal;

import dev.marque.core.Brand;
import dev.marque.core.BrandMention;
import dev.marque.core.Finding;
import dev.marque.core.Jurisdiction;
import dev.marque.core.Marketplace;
import dev.marque.core.Portfolio;
import dev.marque.core.Seller;
import dev.marque.core.Signatory;
import dev.marque.core.Verdict;
import dev.marque.core.rights.IpRight;
import dev.marque.core.rights.RightKind;
import dev.marque.notices.draft.Contact;
import dev.marque.notices.draft.DraftProblem;
import dev.marque.notices.draft.Drafts;
import dev.marque.notices.draft.Item;
import dev.marque.notices.draft.Notice;
import dev.marque.notices.draft.OfferedIn;
import dev.marque.notices.draft.SellerRole;
import dev.marque.notices.draft.ThreatsReview;
import dev.marque.notices.law.Addressee;
import dev.marque.notices.law.Requirement;
import dev.marque.notices.law.Route;
import dev.marque.notices.law.Routes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns findings into notices on a route: picks the right each finding relies on, groups by
 * marketplace and right (and seller, for letters), splits at the route's limit, and validates.
 */
public final class DraftEngine {

  /** The settings a drafter was built with. */
  public record Settings(Portfolio portfolio, LocalDate date, Verdict minimumVerdict,
      Optional<String> signatoryName, int deadlineDays, Map<String, String> testBuyOrders,
      Optional<Signatory> signatory, Map<String, SellerRole> sellerRoles,
      boolean acceptThreatsRisk) {

    /** A copy dated otherwise. */
    public Settings withDate(LocalDate other) {
      return new Settings(portfolio, other, minimumVerdict, signatoryName, deadlineDays,
          testBuyOrders, signatory, sellerRoles, acceptThreatsRisk);
    }
  }

  private record GroupKey(Marketplace marketplace, IpRight right, Optional<String> seller,
      Jurisdiction where) {}

  private final Settings settings;

  /** An engine for the settings. */
  public DraftEngine(Settings settings) {
    this.settings = settings;
  }

  /** Drafts the findings on the route. */
  public Drafts draft(Route route, List<Finding> findings) {
    List<DraftProblem> problems = new ArrayList<>();
    Map<GroupKey, List<Item>> groups = new LinkedHashMap<>();
    Map<GroupKey, Set<String>> fallbacks = new HashMap<>();
    Set<String> seen = new HashSet<>();
    // why a listing is an act done in the UK, by listing id: the threats rules key on it
    Map<String, String> ukActs = new HashMap<>();
    for (Finding f : findings) {
      String id = f.listing().id();
      Optional<String> listing = Optional.of(id);
      Verdict verdict = f.assessment().verdict();
      if (!verdict.isAtLeast(settings.minimumVerdict())) {
        problems.add(new DraftProblem(route.id(), listing, DraftProblem.Kind.BELOW_THRESHOLD,
            "the verdict is " + verdict + ", below " + settings.minimumVerdict()
                + ": no notice drafted"));
        continue;
      }
      Marketplace m = f.listing().marketplace();
      if (!route.serves(m)) {
        problems.add(new DraftProblem(route.id(), listing, DraftProblem.Kind.WRONG_MARKETPLACE,
            "the listing is on " + m.displayName() + ", and " + route.id() + " serves only "
                + String.join(", ", route.marketplaces().stream().sorted()
                    .map(Marketplace::displayName).toList())
                + (m == Marketplace.LAZADA && route.serves(Marketplace.TAOBAO)
                    ? "; Lazada is not on Alibaba's IP Protection platform: file it through"
                        + " Lazada's own IP protection portal" : "")));
        continue;
      }
      if (!seen.add(m.name() + "\u0000" + id)) {
        problems.add(new DraftProblem(route.id(), listing, DraftProblem.Kind.DUPLICATE,
            "the listing came more than once; drafted once"));
        continue;
      }
      List<Brand> brands = f.brands().stream().map(b -> settings.portfolio().brand(b))
          .flatMap(Optional::stream).toList();
      if (brands.isEmpty()) {
        problems.add(new DraftProblem(route.id(), listing, DraftProblem.Kind.NO_BRAND,
            f.brands().isEmpty() ? "the finding mentions no brand"
                : "no brand of the portfolio is mentioned (found " + f.brands() + ")"));
        continue;
      }
      Targeting.basis(f.listing(), Jurisdiction.UK).ifPresent(b -> ukActs.put(id, b.text()));
      String order = settings.testBuyOrders().get(id);
      Item item = order == null ? Item.of(f) : Item.of(f).withTestBuyOrder(order);
      // where the listing is offered, each place with its basis: a right must apply in one
      Optional<OfferedIn> routeBasis = Optional.empty();
      List<OfferedIn> places;
      if (route.territory().isPresent()) {
        Jurisdiction territory = route.territory().get();
        routeBasis = Targeting.basis(f.listing(), territory);
        if (routeBasis.isEmpty() && route.requires(Requirement.OFFERED_IN_TERRITORY)) {
          problems.add(new DraftProblem(route.id(), listing, DraftProblem.Kind.NOT_TARGETED,
              route.id() + " reaches only listings offered to buyers in "
                  + Targeting.the(territory) + ", and " + Targeting.notOffered(f.listing(),
                      territory)));
          continue;
        }
        // a member state the listing points to narrows the EU to that state for the right;
        // a route whose law reaches the platform (DMCA, CN) needs the right in its territory
        places = route.requires(Requirement.OFFERED_IN_TERRITORY)
            ? byPlace(routeBasis.get()) : List.of();
      } else {
        places = Targeting.places(f.listing());
      }
      List<Jurisdiction> wheres = places.isEmpty() ? List.of(route.territory().orElseThrow())
          : places.stream().map(OfferedIn::territory).toList();
      List<String> refusals = new ArrayList<>();
      List<IpRight> fitting = new ArrayList<>();
      Map<IpRight, OfferedIn> placeOf = new HashMap<>();
      boolean lacksEvidenceOnly = false;
      List<String> wrongKind = new ArrayList<>();
      for (Brand b : brands) {
        if (b.rights().isEmpty()) {
          refusals.add(b.name() + " has no rights in the portfolio");
        }
        for (IpRight r : b.rights()) {
          if (!route.accepts(r.kind())) {
            wrongKind.add(Labels.describe(r));
            continue;
          }
          Optional<OfferedIn> at = places.stream()
              .filter(o -> RightFit.appliesIn(r, o.territory())).findFirst();
          Optional<String> unfit = RightFit.refusal(r, route, settings.date(), wheres)
              .or(() -> Title.refusal(r, settings.portfolio().holder().name()));
          Optional<String> refusal = unfit.or(() -> RightFit.evidenceRefusal(r, f.evidence()));
          if (refusal.isPresent()) {
            refusals.add(refusal.get());
            lacksEvidenceOnly |= unfit.isEmpty();
          } else {
            fitting.add(r);
            at.ifPresent(o -> placeOf.put(r, o));
          }
        }
      }
      if (!wrongKind.isEmpty()) {
        refusals.add(0, "route " + route.id() + " accepts only " + route.acceptedKinds()
            .stream().sorted().map(Labels::kind).collect(Collectors.joining(" or "))
            + ", not " + String.join(", ", wrongKind));
      }
      if (fitting.isEmpty()) {
        problems.add(new DraftProblem(route.id(), listing, lacksEvidenceOnly
            ? DraftProblem.Kind.NO_EVIDENCE : DraftProblem.Kind.NO_FITTING_RIGHT,
            "no right of " + String.join(", ", brands.stream().map(Brand::name).toList())
                + " fits route " + route.id() + " in " + wheres.stream()
                    .map(Jurisdiction::displayName).collect(Collectors.joining(", ")) + " on "
                + settings.date() + ": " + String.join("; ", refusals)));
        continue;
      }
      IpRight right = best(fitting, placeOf, f.mentions());
      Optional<OfferedIn> offeredIn = route.territory().isPresent() ? routeBasis
          : Optional.of(placeOf.get(right));
      Optional<String> seller = route.addressee() == Addressee.SELLER
          ? f.listing().seller().map(Seller::id) : Optional.empty();
      // one notice cites the law of one place: listings offered in different places part
      GroupKey key = new GroupKey(m, right, seller, route.territory()
          .orElseGet(() -> placeOf.get(right).territory()));
      groups.computeIfAbsent(key, k -> new ArrayList<>())
          .add(item.withGrounds(RightFit.supporting(right, f.evidence()), offeredIn));
      if (right.kind() != RightKind.TRADEMARK && route.accepts(RightKind.TRADEMARK)) {
        List<String> marks = refusals.stream().filter(r -> r.startsWith("trade mark ")).toList();
        if (!marks.isEmpty()) {
          fallbacks.computeIfAbsent(key, k -> new java.util.LinkedHashSet<>()).addAll(marks);
        }
      }
    }
    List<Notice> notices = new ArrayList<>();
    int group = 0;
    for (Map.Entry<GroupKey, List<Item>> e : groups.entrySet()) {
      group++;
      List<Item> items = e.getValue();
      int max = route.maxItemsPerNotice().orElse(Integer.MAX_VALUE);
      int parts = items.size() / max + (items.size() % max == 0 ? 0 : 1);
      for (int part = 1; part <= parts; part++) {
        List<Item> chunk = items.subList((part - 1) * max, Math.min(items.size(), part * max));
        notices.add(notice(route, e.getKey(), group, part, parts, chunk,
            fallbacks.getOrDefault(e.getKey(), Set.of()), ukActs));
      }
    }
    return new Drafts(notices, problems);
  }

  private Notice notice(Route route, GroupKey key, int group, int part, int parts,
      List<Item> items, Set<String> marksRefused, Map<String, String> ukActs) {
    Portfolio p = settings.portfolio();
    Contact sender = Contact.of(p.sender());
    Contact principal = Contact.of(p.holder());
    boolean agent = p.agent().isPresent();
    Optional<ThreatsReview> threats = threats(route, key, items, ukActs);
    // to a seller not shown to be the maker or importer, a permitted communication only
    Route drafted = threats.filter(t -> t.outcome() == ThreatsReview.Outcome
        .PERMITTED_COMMUNICATION).isPresent() ? Routes.UK_PERMITTED_COMMUNICATION : route;
    Contact recipient = drafted.addressee() == Addressee.SELLER
        // the seller's name is listing text: a line break in it must not forge a line of the letter
        ? items.get(0).seller().map(s -> ListingText.clean(s.name().orElse(s.id())))
            .filter(name -> !name.isEmpty()).map(Contact::named)
            .orElse(Contact.named("the seller on " + key.marketplace().displayName()))
        : Contact.named(key.marketplace().displayName());
    String id = drafted.id() + "-" + String.format(Locale.ROOT, "%03d", group) + "-"
        + slug(key.marketplace().name()) + "-" + slug(key.right().registrationNumber()
            .orElse(key.right().subject()))
        + key.seller().map(s -> "-" + slug(s)).orElse("")
        + (parts > 1 ? "-part" + part : "");
    Optional<LocalDate> deadline = drafted.requires(Requirement.DEADLINE)
        ? Optional.of(settings.date().plusDays(settings.deadlineDays())) : Optional.empty();
    // who signs: the drafter's signatory, else a bare name given to it, else the portfolio's
    Optional<Signatory> signer = settings.signatory().or(() -> settings.signatoryName()
        .isPresent() ? Optional.empty() : p.sender().signatory());
    List<String> advisories = new ArrayList<>();
    if (!marksRefused.isEmpty()) {
      advisories.add("This notice relies on " + Labels.describe(key.right()) + ", not on a"
          + " trade mark, because no trade mark fits (" + String.join("; ", marksRefused)
          + "); each listing carries the evidence of copying the claim rests on.");
    }
    threats.ifPresent(t -> advisories.add(threatsAdvice(t, key, items)));
    advisories.addAll(advisories(drafted, key));
    Optional<String> statute = drafted.requires(Requirement.STATUTE)
        ? Statutes.citation(key.right(), where(drafted, items)) : Optional.empty();
    Notice n = new Notice(id, drafted, settings.date(), key.marketplace(), sender, principal,
        p.agent().flatMap(a -> a.authorization()), agent, recipient, Optional.of(key.right()),
        items, part, parts, signer.map(Signatory::name).or(settings::signatoryName)
            .orElse(sender.name()), deadline, Optional.empty(), List.of(), advisories,
        signer.map(Signatory::capacity), statute, threats);
    return n.withProblems(Validator.validate(n, Validator.Source.PORTFOLIO));
  }

  /**
   * Where the notice's listings are offered: the route's territory, else the place the first
   * listing's basis names, else its storefront's.
   */
  static Jurisdiction where(Route route, List<Item> items) {
    return route.territory().or(() -> items.get(0).offeredIn().map(OfferedIn::territory))
        .orElseGet(() -> Storefronts.of(items.get(0)));
  }

  /**
   * The places inside a territory that the basis points to, each with its own basis, and the
   * territory itself for what points to it as a whole (a currency): a right must apply in one.
   */
  private static List<OfferedIn> byPlace(OfferedIn offered) {
    List<OfferedIn> out = new ArrayList<>();
    List<Jurisdiction> seen = new ArrayList<>();
    for (OfferedIn.Indicator i : offered.indicators()) {
      if (!seen.contains(i.place())) {
        seen.add(i.place());
        out.add(new OfferedIn(i.place(), offered.indicators().stream()
            .filter(o -> o.place().equals(i.place())).toList()));
      }
    }
    return out;
  }

  /**
   * How the UK's Unjustified Threats Act bears on the notice; empty when it does not reach it.
   * It reaches a notice relying on a trade mark, design or patent that applies in the UK, about
   * listings offered to buyers in the UK (acts done in the UK), wherever the seller lives.
   */
  private Optional<ThreatsReview> threats(Route route, GroupKey key, List<Item> items,
      Map<String, String> ukActs) {
    IpRight right = key.right();
    List<String> acts = items.stream().filter(i -> ukActs.containsKey(i.listingId()))
        .map(i -> "listing " + i.listingId() + ": " + ukActs.get(i.listingId())).toList();
    if (!RightFit.threatsActApplies(right) || !right.appliesIn(Jurisdiction.UK)
        || acts.isEmpty()) {
      return Optional.empty();
    }
    String actsInUk = String.join(" ", acts);
    String section = Statutes.threatsSections(right.kind());
    if (route.addressee() == Addressee.PLATFORM) {
      return Optional.of(new ThreatsReview(actsInUk, Optional.empty(),
          ThreatsReview.Outcome.PLATFORM_NOTICE, section));
    }
    Optional<SellerRole> role = key.seller().map(settings.sellerRoles()::get);
    ThreatsReview.Outcome outcome = role.filter(r -> r.role().isPrimaryActor()).isPresent()
        ? ThreatsReview.Outcome.LETTER_TO_PRIMARY_ACTOR
        : settings.acceptThreatsRisk() ? ThreatsReview.Outcome.RISK_ACCEPTED
            : ThreatsReview.Outcome.PERMITTED_COMMUNICATION;
    return Optional.of(new ThreatsReview(actsInUk, role, outcome, section));
  }

  private static String threatsAdvice(ThreatsReview t, GroupKey key, List<Item> items) {
    String seller = key.seller().orElse("the seller");
    String who = t.recipient().map(r -> seller + " is recorded as " + article(r.role().words())
        + " (" + r.basis() + ")").orElse("nothing records whether " + seller + " made or"
            + " imported the goods or only sells them");
    String reach = "UK Unjustified Threats (" + t.section() + "): this notice relies on "
        + Labels.describe(key.right()) + " about acts done in the UK (" + t.actsInUk() + ")";
    return switch (t.outcome()) {
      case PLATFORM_NOTICE -> reach + ". The platform may pass it on to the seller: it asks the"
          + " platform to act and states no intention to bring proceedings; keep it so.";
      case LETTER_TO_PRIMARY_ACTOR -> reach + ". A letter before action is drafted because "
          + who + ": a threat to the maker or importer of the goods is not actionable. Check"
          + " that basis before sending.";
      case PERMITTED_COMMUNICATION -> reach + ", and " + who + ". A threat of proceedings to a"
          + " retailer is actionable, so a permitted communication is drafted instead of a"
          + " letter before action: notice that the right exists and a request for"
          + " information about who made or imported the goods, with no demand. To send a"
          + " letter before action, record the seller as manufacturer or importer with the"
          + " basis (--seller-role " + seller + "=manufacturer --role-basis " + seller
          + "=...), or accept the risk explicitly (--accept-threats-risk).";
      case RISK_ACCEPTED -> reach + ", and " + who + ". A letter before action is drafted"
          + " because the risk of an unjustified-threats claim was accepted explicitly"
          + (t.recipient().map(r -> !r.stepsToFindMaker().isEmpty()).orElse(false)
              ? "; the letter states the steps taken to find the maker or importer, which is a"
                  + " defence only if they were all the reasonable steps"
              : "; no steps to find the maker or importer are recorded, so the defence of"
                  + " having taken all reasonable steps is not available")
          + ".";
    };
  }

  private static String article(String word) {
    return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
  }

  private static List<String> advisories(Route route, GroupKey key) {
    List<String> out = new ArrayList<>();
    IpRight right = key.right();
    route.followUp().ifPresent(f -> out.add("Track the case: within " + f.days()
        + " days after " + f.startsWhen() + ", " + f.description() + "."));
    if (right.kind() == RightKind.COPYRIGHT && route.id().equals("dmca")
        && !right.hasRegistration()) {
      out.add("The copyright relied on is not registered in the US: a notice may be sent, but"
          + " a US registration is needed before suing over a US work.");
    }
    return out;
  }

  /**
   * The strongest fitting right: registered before unregistered, one applying where the
   * stronger ground puts the listing (ships-to, storefront, ships-from, currency, language,
   * marketplace) first, one naming the jurisdiction itself before one merely covering it, a trade mark before a design, a patent or a
   * copyright, a mark written as the listing wrote the brand, then portfolio order.
   */
  private static IpRight best(List<IpRight> fitting, Map<IpRight, OfferedIn> where,
      List<BrandMention> mentions) {
    Set<String> written = new HashSet<>();
    for (BrandMention m : mentions) {
      written.add(m.matched().strip().toLowerCase(Locale.ROOT));
    }
    Comparator<IpRight> order = Comparator
        .comparing((IpRight r) -> !r.hasRegistration())
        .thenComparing(r -> rank(where.get(r)))
        .thenComparing(r -> !where.containsKey(r)
            || !RightFit.namesExactly(r, where.get(r).territory()))
        .thenComparing(r -> kindRank(r.kind()))
        .thenComparing(r -> !written.contains(r.subject().toLowerCase(Locale.ROOT)));
    return fitting.stream().min(order).orElseThrow();
  }

  /** The precedence of the ground that puts the listing where the right applies. */
  private static int rank(OfferedIn place) {
    return place == null ? Integer.MAX_VALUE : place.decidedBy().ordinal();
  }

  private static int kindRank(RightKind kind) {
    return switch (kind) {
      case TRADEMARK -> 0;
      case DESIGN -> 1;
      case PATENT -> 2;
      case COPYRIGHT -> 3;
    };
  }

  /** Lower-case letters and digits joined by single dashes, at most 40 characters. */
  static String slug(String text) {
    String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-|-$", "");
    if (s.length() > 40) {
      s = s.substring(0, 40).replaceAll("-$", "");
    }
    return s.isEmpty() ? "right" : s;
  }
}
