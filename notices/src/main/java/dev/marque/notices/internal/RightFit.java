package dev.marque.notices.internal;

import dev.marque.core.Jurisdiction;
import dev.marque.core.rights.Copyright;
import dev.marque.core.rights.DesignRight;
import dev.marque.core.rights.IpRight;
import dev.marque.core.rights.Patent;
import dev.marque.core.rights.RightKind;
import dev.marque.core.rights.Trademark;
import dev.marque.core.rights.TrademarkStatus;
import dev.marque.notices.law.Route;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whether a right can support a notice on a route: of a kind the route accepts, in force on the
 * notice date, and applying where the route (or the storefront) requires.
 */
public final class RightFit {
  private RightFit() {}

  /** Why the right does not fit; empty when it fits. */
  public static Optional<String> refusal(IpRight right, Route route, LocalDate date,
      Jurisdiction where) {
    if (!route.accepts(right.kind())) {
      return Optional.of(Labels.describe(right) + " is a " + Labels.kind(right.kind())
          + ", and route " + route.id() + " accepts only " + route.acceptedKinds().stream()
              .sorted().map(Labels::kind).collect(Collectors.joining(" or ")));
    }
    Optional<String> notInForce = notInForce(right, date);
    if (notInForce.isPresent()) {
      return Optional.of(Labels.describe(right) + " is not in force on " + date + ": "
          + notInForce.get());
    }
    if (!appliesIn(right, where)) {
      return Optional.of(Labels.describe(right) + " applies in "
          + Labels.territory(right, dev.marque.notices.law.Language.EN) + ", not in "
          + where.displayName() + " (" + where.code() + ")");
    }
    return Optional.empty();
  }

  /**
   * Whether the right applies in the jurisdiction; for the EU as a whole, a right applying in
   * any member state will do, as the Digital Services Act reaches content illegal in any of them.
   */
  public static boolean appliesIn(IpRight right, Jurisdiction where) {
    if (where.equals(Jurisdiction.EU)) {
      return right.jurisdictions().stream().anyMatch(j -> j.equals(Jurisdiction.EU)
          || j.isEuMember() || j.equals(Jurisdiction.INTERNATIONAL));
    }
    return right.appliesIn(where);
  }

  /** Whether the right's own territory names the jurisdiction (not merely covers it). */
  public static boolean namesExactly(IpRight right, Jurisdiction where) {
    return right.jurisdictions().contains(where);
  }

  private static Optional<String> notInForce(IpRight right, LocalDate date) {
    if (right.isInForceOn(date)) {
      return Optional.empty();
    }
    return Optional.of(switch (right.kind()) {
      case TRADEMARK -> {
        Trademark t = (Trademark) right;
        if (t.status() != TrademarkStatus.REGISTERED) {
          yield "its status is " + t.status()
              + t.expires().map(e -> " (it ran out on " + e + ")").orElse("");
        }
        yield dates(t.registered(), t.expires(), date, "registered");
      }
      case COPYRIGHT -> {
        Copyright c = (Copyright) right;
        yield dates(c.created(), c.expires(), date, "created");
      }
      case DESIGN -> {
        DesignRight d = (DesignRight) right;
        yield dates(d.registered().or(d::filed), d.expires(), date, "registered");
      }
      case PATENT -> {
        Patent p = (Patent) right;
        yield p.granted().isEmpty() ? "it has not been granted"
            : dates(p.granted(), p.expires(), date, "granted");
      }
    });
  }

  private static String dates(Optional<LocalDate> from, Optional<LocalDate> until,
      LocalDate date, String started) {
    if (until.isPresent() && date.isAfter(until.get())) {
      return "it expired on " + until.get();
    }
    if (from.isPresent() && date.isBefore(from.get())) {
      return "it was not " + started + " until " + from.get();
    }
    return "it is not in force";
  }

  /** Whether the right is a kind whose threats the UK's Unjustified Threats Act restricts. */
  public static boolean threatsActApplies(IpRight right) {
    return right.kind() != RightKind.COPYRIGHT;
  }
}
