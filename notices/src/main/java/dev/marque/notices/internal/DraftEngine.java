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
import dev.marque.notices.law.Addressee;
import dev.marque.notices.law.Requirement;
import dev.marque.notices.law.Route;
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
      Optional<Signatory> signatory) {

    /** A copy dated otherwise. */
    public Settings withDate(LocalDate other) {
      return new Settings(portfolio, other, minimumVerdict, signatoryName, deadlineDays,
          testBuyOrders, signatory);
    }
  }

  private record GroupKey(Marketplace marketplace, IpRight right, Optional<String> seller) {}

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
      String order = settings.testBuyOrders().get(id);
      Item item = order == null ? Item.of(f) : Item.of(f).withTestBuyOrder(order);
      Optional<String> offeredIn = Optional.empty();
      Jurisdiction where;
      if (route.requires(Requirement.OFFERED_IN_TERRITORY) && route.territory().isPresent()) {
        Jurisdiction territory = route.territory().get();
        offeredIn = Targeting.basis(f.listing(), territory);
        if (offeredIn.isEmpty()) {
          problems.add(new DraftProblem(route.id(), listing, DraftProblem.Kind.NOT_TARGETED,
              route.id() + " reaches only listings offered to buyers in "
                  + Targeting.the(territory) + ", and " + Targeting.notOffered(f.listing(),
                      territory)));
          continue;
        }
        // a national storefront inside the EU narrows the EU to that state
        where = Targeting.storefront(f.listing()).map(Targeting.Storefront::country)
            .filter(c -> !c.equals(territory) && territory.covers(c)).orElse(territory);
      } else {
        where = route.territory().orElseGet(() -> Storefronts.of(item));
        offeredIn = Targeting.basis(f.listing(), where);
      }
      List<String> refusals = new ArrayList<>();
      List<IpRight> fitting = new ArrayList<>();
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
          Optional<String> unfit = RightFit.refusal(r, route, settings.date(), where)
              .or(() -> Title.refusal(r, settings.portfolio().holder().name()));
          Optional<String> refusal = unfit.or(() -> RightFit.evidenceRefusal(r, f.evidence()));
          if (refusal.isPresent()) {
            refusals.add(refusal.get());
            lacksEvidenceOnly |= unfit.isEmpty();
          } else {
            fitting.add(r);
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
                + " fits route " + route.id() + " in " + where.displayName() + " on "
                + settings.date() + ": " + String.join("; ", refusals)));
        continue;
      }
      IpRight right = best(fitting, where, f.mentions());
      Optional<String> seller = route.addressee() == Addressee.SELLER
          ? f.listing().seller().map(Seller::id) : Optional.empty();
      GroupKey key = new GroupKey(m, right, seller);
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
            fallbacks.getOrDefault(e.getKey(), Set.of())));
      }
    }
    return new Drafts(notices, problems);
  }

  private Notice notice(Route route, GroupKey key, int group, int part, int parts,
      List<Item> items, Set<String> marksRefused) {
    Portfolio p = settings.portfolio();
    Contact sender = Contact.of(p.sender());
    Contact principal = Contact.of(p.holder());
    boolean agent = p.agent().isPresent();
    Contact recipient = route.addressee() == Addressee.SELLER
        // the seller's name is listing text: a line break in it must not forge a line of the letter
        ? items.get(0).seller().map(s -> ListingText.clean(s.name().orElse(s.id())))
            .filter(name -> !name.isEmpty()).map(Contact::named)
            .orElse(Contact.named("the seller on " + key.marketplace().displayName()))
        : Contact.named(key.marketplace().displayName());
    String id = route.id() + "-" + String.format(Locale.ROOT, "%03d", group) + "-"
        + slug(key.marketplace().name()) + "-" + slug(key.right().registrationNumber()
            .orElse(key.right().subject()))
        + key.seller().map(s -> "-" + slug(s)).orElse("")
        + (parts > 1 ? "-part" + part : "");
    Optional<LocalDate> deadline = route.requires(dev.marque.notices.law.Requirement.DEADLINE)
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
    advisories.addAll(advisories(route, key, items));
    Notice n = new Notice(id, route, settings.date(), key.marketplace(), sender, principal,
        p.agent().flatMap(a -> a.authorization()), agent, recipient, Optional.of(key.right()),
        items, part, parts, signer.map(Signatory::name).or(settings::signatoryName)
            .orElse(sender.name()), deadline, Optional.empty(), List.of(), advisories,
        signer.map(Signatory::capacity));
    return n.withProblems(Validator.validate(n, Validator.Source.PORTFOLIO));
  }

  private static List<String> advisories(Route route, GroupKey key, List<Item> items) {
    List<String> out = new ArrayList<>();
    IpRight right = key.right();
    if (RightFit.threatsActApplies(right)) {
      if (route.id().equals("uk")) {
        out.add("UK Unjustified Threats: this notice relies on a registered "
            + Labels.kind(right.kind()) + ". A platform may pass it on to the seller; a threat"
            + " of infringement proceedings made to a retailer, rather than to the maker or"
            + " importer, can be actionable under the Intellectual Property (Unjustified"
            + " Threats) Act 2017. Keep the notice to facts and to what the platform is asked"
            + " to do.");
      } else if (route.addressee() == Addressee.SELLER && items.stream()
          .anyMatch(i -> isUk(i))) {
        out.add("UK Unjustified Threats: this letter goes to a seller in the United Kingdom and"
            + " relies on a registered " + Labels.kind(right.kind()) + ". If the seller is a"
            + " retailer rather than the maker or importer of the goods, threatening it with"
            + " proceedings can be actionable under the Intellectual Property (Unjustified"
            + " Threats) Act 2017. Confirm who the seller is, or limit the letter to a"
            + " permitted communication, before sending it.");
      }
    }
    route.followUp().ifPresent(f -> out.add("Track the case: within " + f.days()
        + " days after " + f.startsWhen() + ", " + f.description() + "."));
    if (right.kind() == RightKind.COPYRIGHT && route.id().equals("dmca")
        && !right.hasRegistration()) {
      out.add("The copyright relied on is not registered in the US: a notice may be sent, but"
          + " a US registration is needed before suing over a US work.");
    }
    return out;
  }

  private static boolean isUk(Item item) {
    Optional<String> country = item.seller().flatMap(Seller::country)
        .map(c -> c.strip().toUpperCase(Locale.ROOT));
    if (country.isPresent()) {
      String c = country.get();
      return c.equals("GB") || c.equals("UK") || c.equals("UNITED KINGDOM")
          || c.equals("GREAT BRITAIN");
    }
    return Storefronts.of(item).equals(Jurisdiction.UK);
  }

  /**
   * The strongest fitting right: registered before unregistered, one naming the jurisdiction
   * itself before one merely covering it, a trade mark before a design, a patent or a
   * copyright, a mark written as the listing wrote the brand, then portfolio order.
   */
  private static IpRight best(List<IpRight> fitting, Jurisdiction where,
      List<BrandMention> mentions) {
    Set<String> written = new HashSet<>();
    for (BrandMention m : mentions) {
      written.add(m.matched().strip().toLowerCase(Locale.ROOT));
    }
    Comparator<IpRight> order = Comparator
        .comparing((IpRight r) -> !r.hasRegistration())
        .thenComparing(r -> !RightFit.namesExactly(r, where))
        .thenComparing(r -> kindRank(r.kind()))
        .thenComparing(r -> !written.contains(r.subject().toLowerCase(Locale.ROOT)));
    return fitting.stream().min(order).orElseThrow();
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
