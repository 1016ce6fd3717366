package dev.marque.notices;

import static dev.marque.core.internal.Checks.copy;
import static dev.marque.core.internal.Checks.notBlank;
import static dev.marque.core.internal.Checks.notNull;

import dev.marque.core.Finding;
import dev.marque.core.Portfolio;
import dev.marque.core.Signatory;
import dev.marque.core.Verdict;
import dev.marque.notices.draft.Drafts;
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

  /** A builder for a drafter of the portfolio's notices. */
  public static Builder builder(Portfolio portfolio) {
    return new Builder(portfolio);
  }

  /** A drafter with the defaults, dated today in the system's time zone. */
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

  /** The notice date. */
  public LocalDate date() {
    return settings.date();
  }

  /** A copy dated otherwise. */
  public NoticeDrafter withDate(LocalDate date) {
    return new NoticeDrafter(settings.withDate(notNull(date, "date")));
  }

  /** Drafts the findings on the route: the notices, and the findings that fit none. */
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

    private Builder(Portfolio portfolio) {
      this.portfolio = notNull(portfolio, "portfolio");
    }

    /** The notice date; today when not set. Rights and the agent's authorisation are judged on it. */
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

    /** The least verdict drafted; {@link Verdict#SUSPICIOUS} when not set. */
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

    /** The days a letter to a seller gives it to comply; {@value Routes#DEFAULT_DEADLINE_DAYS} when not set. */
    public Builder deadlineDays(int days) {
      if (days < 1) {
        throw new IllegalArgumentException("deadlineDays must be at least 1: " + days);
      }
      this.deadlineDays = days;
      return this;
    }

    /** The order id of a test purchase of a listing, which Amazon's report can cite. */
    public Builder testBuyOrder(String listingId, String orderId) {
      testBuyOrders.put(notBlank(listingId, "listingId"), notBlank(orderId, "orderId"));
      return this;
    }

    /** The drafter. */
    public NoticeDrafter build() {
      return new NoticeDrafter(new DraftEngine.Settings(portfolio,
          date != null ? date : LocalDate.now(clock), minimumVerdict,
          Optional.ofNullable(signatory), deadlineDays, Map.copyOf(testBuyOrders),
          Optional.ofNullable(signer)));
    }
  }
}
