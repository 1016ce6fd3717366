package dev.marque.notices.internal;

import dev.marque.core.InfringementEvidence;
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
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whether a right can support a notice on a route: of a kind the route accepts, in force on the
 * notice date, and applying where the route (or the storefront) requires.
 */
public final class RightFit {
  private RightFit() {}

  /** Why the right does not fit in any of the places; empty when it fits in one. */
  public static Optional<String> refusal(IpRight right, Route route, LocalDate date,
      List<Jurisdiction> wheres) {
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
    if (wheres.stream().noneMatch(where -> appliesIn(right, where))) {
      return Optional.of(Labels.describe(right) + " applies in "
          + Labels.territory(right, dev.marque.notices.law.Language.EN) + ", not in "
          + wheres.stream().map(where -> where.displayName() + " (" + where.code() + ")")
              .collect(Collectors.joining(" or ")));
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

  /**
   * The evidence in the finding that carries a claim under the right: for a copyright, an image
   * match or copied text of that work, or a file the user attached; for a design or a patent, a
   * file the user attached; for a trade mark none is needed (the mention is the evidence), and
   * the list is empty.
   *
   * @param right the right a notice would rely on
   * @param evidence the finding's evidence
   * @return the evidence that supports it
   */
  public static List<InfringementEvidence> supporting(IpRight right,
      List<InfringementEvidence> evidence) {
    return switch (right.kind()) {
      case TRADEMARK -> List.of();
      case COPYRIGHT -> evidence.stream().filter(e -> e.supports(right)).toList();
      case DESIGN, PATENT -> evidence.stream()
          .filter(e -> e instanceof InfringementEvidence.Attached && e.supports(right)).toList();
    };
  }

  /**
   * Why the finding's evidence cannot carry a claim under the right, naming the evidence that
   * would; empty when it can (always, for a trade mark).
   *
   * @param right the right
   * @param evidence the finding's evidence
   * @return the refusal
   */
  public static Optional<String> evidenceRefusal(IpRight right,
      List<InfringementEvidence> evidence) {
    if (right.kind() == RightKind.TRADEMARK || !supporting(right, evidence).isEmpty()) {
      return Optional.empty();
    }
    String near = evidence.stream()
        .filter(e -> e instanceof InfringementEvidence.ImageCopy i && !i.isMatch()
            && InfringementEvidence.names(i.right(), right))
        .map(e -> (InfringementEvidence.ImageCopy) e)
        .map(i -> " (the image compared, " + i.listingImage() + ", is " + i.distance() + " bits"
            + " from " + i.workImage() + " by " + i.algorithm() + ", beyond the threshold of "
            + i.threshold() + ": not a match)")
        .findFirst().orElse("");
    String needed = switch (right.kind()) {
      case TRADEMARK -> "";
      case COPYRIGHT -> "a claim in copyright needs evidence that the listing copies that"
          + " work: a listing image matching one of the work's images by a perceptual hash"
          + " within its threshold (image-copy), text copied from the work (text-copy), or a"
          + " comparison you attach (attached, with the file's SHA-256)";
      case DESIGN -> "a claim in a design needs evidence you attach that the product has"
          + " that design (attached: a side-by-side comparison with the registration's views,"
          + " or a test purchase's photographs, with the file's SHA-256)";
      case PATENT -> "a claim in a patent needs evidence you attach that the product falls"
          + " within a claim (attached: a claim chart from a test purchase, with the file's"
          + " SHA-256)";
    };
    return Optional.of(Labels.describe(right) + " is not claimed: nothing in the finding shows"
        + " the listing copies it" + near + "; " + needed);
  }

  /** Whether the right is a kind whose threats the UK's Unjustified Threats Act restricts. */
  public static boolean threatsActApplies(IpRight right) {
    return right.kind() != RightKind.COPYRIGHT;
  }
}
