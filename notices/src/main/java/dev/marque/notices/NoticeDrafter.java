package dev.marque.notices;

import static dev.marque.core.internal.Checks.copy;
import static dev.marque.core.internal.Checks.notBlank;
import static dev.marque.core.internal.Checks.notNull;

import dev.marque.core.Finding;
import dev.marque.core.Portfolio;
import dev.marque.core.Signatory;
import dev.marque.core.Verdict;
import dev.marque.notices.draft.Drafts;
import dev.marque.notices.draft.SellerRole;
import dev.marque.notices.internal.DraftEngine;
import dev.marque.notices.law.Route;
import dev.marque.notices.law.Routes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Drafts the notices a route requires from findings: immutable, thread-safe, built once per
 * portfolio and notice date and shared.
 *
 * <pre>{@code
 * NoticeDrafter drafter = NoticeDrafter.builder(portfolio)
 *     .date(LocalDate.parse("2026-06-15"))   // rights and authorisation are judged on this date
 *     .build();
 * Drafts drafts = drafter.draft(Routes.EBAY_VERO, findings);
 * drafts.problems();                          // findings that fit no notice, and why
 * for (Notice n : drafts.notices()) {
 *   if (n.isComplete()) { ... NoticeRenderer.standard().render(n, Format.TEXT) ... }
 *   else n.problems().forEach(System.err::println);   // every missing element, by name
 * }
 * }</pre>
 *
 * <p>Each finding is matched to the strongest right of its brands that fits the route — of an
 * accepted kind, in force on the notice date, applying where the route (or the storefront)
 * requires — and findings are grouped by marketplace and right (and seller, for a letter to a
 * seller), then split at the route's per-notice limit. Every required element is checked
 * before anything renders.
 */
public final class NoticeDrafter {

  private final DraftEngine.Settings settings;
  private final DraftEngine engine;

  private NoticeDrafter(DraftEngine.Settings settings) {
    this.settings = settings;
    this.engine = new DraftEngine(settings);
  }

  /**
   * {@return a builder for a drafter of the portfolio's notices}
   *
   * @param portfolio the portfolio whose holder and rights the notices cite
   */
  public static Builder builder(Portfolio portfolio) {
    return new Builder(portfolio);
  }

  /**
   * {@return a drafter with the defaults, dated today in the system's time zone}
   *
   * @param portfolio the portfolio whose holder and rights the notices cite
   */
  public static NoticeDrafter of(Portfolio portfolio) {
    return builder(portfolio).build();
  }

  /**
   * A drafter with the defaults, dated today on the clock: a service passes its own clock, a
   * test a fixed one ({@code Clock.fixed(instant, ZoneOffset.UTC)}).
   *
   * @param portfolio the portfolio whose notices it drafts
   * @param clock the clock that says what day it is, in its time zone
   * @return the drafter
   * @throws NullPointerException naming the argument that is null
   */
  public static NoticeDrafter of(Portfolio portfolio, Clock clock) {
    return builder(portfolio).clock(clock).build();
  }

  /** {@return the notice date} */
  public LocalDate date() {
    return settings.date();
  }

  /**
   * {@return a copy dated otherwise}
   *
   * @param date the notice date
   */
  public NoticeDrafter withDate(LocalDate date) {
    return new NoticeDrafter(settings.withDate(notNull(date, "date")));
  }

  /**
   * Drafts the findings on the route: the notices, and the findings that fit none.
   *
   * @param findings the findings to draft notices for
   * @param route the route, such as {@code Routes.DMCA}
   * @return the notices, and the findings that fit none
   */
  public Drafts draft(Route route, List<Finding> findings) {
    notNull(route, "route");
    return engine.draft(route, copy(findings, "findings"));
  }

  /** Builds a {@link NoticeDrafter}; not thread-safe. */
  public static final class Builder {
    private final Portfolio portfolio;
    private LocalDate date;
    private Clock clock = Clock.systemDefaultZone();
    private Verdict minimumVerdict = Verdict.SUSPICIOUS;
    private String signatory;
    private Signatory signer;
    private int deadlineDays = Routes.DEFAULT_DEADLINE_DAYS;
    private final Map<String, String> testBuyOrders = new HashMap<>();
    private final Map<String, SellerRole> sellerRoles = new HashMap<>();
    private boolean acceptThreatsRisk;

    private Builder(Portfolio portfolio) {
      this.portfolio = notNull(portfolio, "portfolio");
    }

    /**
     * {@return the notice date; today when not set} Rights and the agent's authorisation are judged
     * on it.
     *
     * @param date the notice date
     */
    public Builder date(LocalDate date) {
      this.date = notNull(date, "date");
      return this;
    }

    /**
     * The clock whose day is the notice date when no {@link #date(LocalDate)} is set; the
     * system clock in the default time zone when not set.
     *
     * @param clock the clock
     * @return this builder
     * @throws NullPointerException when {@code clock} is null
     */
    public Builder clock(Clock clock) {
      this.clock = notNull(clock, "clock");
      return this;
    }

    /**
     * {@return the least verdict drafted; {@link Verdict#SUSPICIOUS} when not set}
     *
     * @param verdict the least verdict drafted
     */
    public Builder minimumVerdict(Verdict verdict) {
      notNull(verdict, "minimumVerdict");
      if (!verdict.isAtLeast(Verdict.MENTION)) {
        throw new IllegalArgumentException("minimumVerdict must be MENTION or above: a "
            + verdict + " listing is not a candidate for a notice");
      }
      this.minimumVerdict = verdict;
      return this;
    }

    /**
     * The name of the person who signs, without a capacity: routes that need a named person
     * and capacity report the capacity missing. Prefer {@link #signatory(String, String)}.
     *
     * @param name the person's name
     * @return this builder
     */
    public Builder signatory(String name) {
      this.signatory = notBlank(name, "signatory");
      return this;
    }

    /**
     * The natural person who signs, and the capacity they sign in; when not set, the sender's
     * {@code signatory} in the portfolio.
     *
     * @param name the person's full name
     * @param capacity the capacity, such as {@code "Partner"}
     * @return this builder
     */
    public Builder signatory(String name, String capacity) {
      this.signer = new Signatory(name, capacity);
      return this;
    }

    /**
     * {@return the days a letter to a seller gives it to comply; {@value
     * Routes#DEFAULT_DEADLINE_DAYS} when not set}
     *
     * @param days the days given, at least 1
     */
    public Builder deadlineDays(int days) {
      if (days < 1) {
        throw new IllegalArgumentException("deadlineDays must be at least 1: " + days);
      }
      this.deadlineDays = days;
      return this;
    }

    /**
     * {@return the order id of a test purchase of a listing, which Amazon's report can cite}
     *
     * @param orderId the order id
     * @param listingId the listing bought
     */
    public Builder testBuyOrder(String listingId, String orderId) {
      testBuyOrders.put(notBlank(listingId, "listingId"), notBlank(orderId, "orderId"));
      return this;
    }

    /**
     * Records what a seller is in the supply of the goods — manufacturer, importer or retailer —
     * how that is known, and what was done to find the maker or importer. A letter to a seller
     * about acts done in the UK under a trade mark, design or patent is a letter before action
     * only to a manufacturer or importer; to any other seller the drafter writes a permitted
     * communication (notice of the right and a request for information) unless {@link
     * #acceptThreatsRisk()} is set.
     *
     * @param sellerId the seller's id on the marketplace, as the findings give it
     * @param role what the seller is, and how that is known
     * @return this builder
     */
    public Builder sellerRole(String sellerId, SellerRole role) {
      sellerRoles.put(notBlank(sellerId, "sellerId"), notNull(role, "role"));
      return this;
    }

    /**
     * Accepts, explicitly, the risk of an unjustified-threats claim under the UK's Intellectual
     * Property (Unjustified Threats) Act 2017: letters before action are drafted to sellers not
     * shown to be the maker or importer, and each such notice records the acceptance in its
     * {@link dev.marque.notices.draft.ThreatsReview}. Off by default.
     *
     * @return this builder
     */
    public Builder acceptThreatsRisk() {
      this.acceptThreatsRisk = true;
      return this;
    }

    /** {@return the drafter} */
    public NoticeDrafter build() {
      return new NoticeDrafter(new DraftEngine.Settings(portfolio,
          date != null ? date : LocalDate.now(clock), minimumVerdict,
          Optional.ofNullable(signatory), deadlineDays, Map.copyOf(testBuyOrders),
          Optional.ofNullable(signer), Map.copyOf(sellerRoles), acceptThreatsRisk));
    }
  }
}
