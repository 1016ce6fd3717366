package dev.marque.notices.law;

import static dev.marque.core.internal.Checks.copy;
import static dev.marque.core.internal.Checks.notBlank;
import static dev.marque.core.internal.Checks.notNull;

import dev.marque.core.Jurisdiction;
import dev.marque.core.Marketplace;
import dev.marque.core.rights.RightKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A legal route or platform programme for taking a listing down, as data: the elements its
 * notice must contain, the kinds of right it accepts, where the right must apply, the
 * marketplaces it serves and how many listings one notice may carry. Immutable and thread-safe.
 * The bundled routes are in {@link Routes}; a route of one's own is built the same way, or
 * derived from a bundled one with {@link #toBuilder()}:
 *
 * <pre>{@code
 * Route mine = Routes.TEMU.toBuilder()
 *     .id("temu-marks")
 *     .acceptedKinds(RightKind.TRADEMARK)
 *     .maxItemsPerNotice(50)
 *     .build();
 * }</pre>
 */
public final class Route {

  /** The {@link #lumenType()} that picks the Lumen type from the kind of right. */
  public static final String LUMEN_BY_KIND = "byKind";

  private final String id;
  private final String title;
  private final String legalBasis;
  private final String lumenType;
  private final Set<RightKind> acceptedKinds;
  private final Optional<Jurisdiction> territory;
  private final Set<Marketplace> marketplaces;
  private final Addressee addressee;
  private final OptionalInt maxItemsPerNotice;
  private final List<Language> languages;
  private final List<Element> elements;
  private final Optional<FollowUp> followUp;
  private final boolean titleDocuments;

  private Route(Builder b) {
    id = notBlank(b.id, "id");
    if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("route id '" + id + "' is not kebab-case");
    }
    title = notBlank(b.title, "title");
    legalBasis = notBlank(b.legalBasis, "legalBasis");
    lumenType = notBlank(b.lumenType, "lumenType");
    if (b.acceptedKinds.isEmpty()) {
      throw new IllegalArgumentException("route " + id + " accepts no kind of right: give"
          + " acceptedKinds");
    }
    acceptedKinds = Set.copyOf(EnumSet.copyOf(b.acceptedKinds));
    territory = b.territory;
    marketplaces = Set.copyOf(b.marketplaces);
    addressee = notNull(b.addressee, "addressee");
    maxItemsPerNotice = b.maxItemsPerNotice;
    languages = copy(b.languages, "languages");
    if (languages.isEmpty()) {
      throw new IllegalArgumentException("route " + id + " needs at least one language");
    }
    elements = copy(b.elements, "elements");
    Set<String> names = new HashSet<>();
    for (Element e : elements) {
      if (!names.add(e.name())) {
        throw new IllegalArgumentException("route " + id + " has two elements named " + e.name());
      }
      for (Language l : languages) {
        if (e.requirement() == Requirement.STATEMENT && e.text(l).isEmpty()) {
          throw new IllegalArgumentException("route " + id + ": statement " + e.name()
              + " has no words in " + l.tag());
        }
      }
    }
    followUp = b.followUp;
    titleDocuments = b.titleDocuments;
  }

  /**
   * {@return a builder for a route with the id; every other property must be set, except the
   * territory, marketplaces, limit and follow-up, which default to none}
   *
   * @param id the short name the command line takes, kebab-case, such as {@code dmca}
   */
  public static Builder builder(String id) {
    return new Builder().id(id);
  }

  /** {@return a builder holding this route's values, to derive a variant} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.title = title;
    b.legalBasis = legalBasis;
    b.lumenType = lumenType;
    b.acceptedKinds = EnumSet.copyOf(acceptedKinds);
    b.territory = territory;
    b.marketplaces = marketplaces.isEmpty() ? EnumSet.noneOf(Marketplace.class)
        : EnumSet.copyOf(marketplaces);
    b.addressee = addressee;
    b.maxItemsPerNotice = maxItemsPerNotice;
    b.languages = new ArrayList<>(languages);
    b.elements = new ArrayList<>(elements);
    b.followUp = followUp;
    b.titleDocuments = titleDocuments;
    return b;
  }

  /** {@return the short name the command line takes, such as {@code dmca}} */
  public String id() {
    return id;
  }

  /** {@return the notice's title in English} */
  public String title() {
    return title;
  }

  /** {@return the provision or programme the notice rests on} */
  public String legalBasis() {
    return legalBasis;
  }

  /**
   * {@return the notice type in the Lumen database's model ({@code DMCA}, {@code Trademark},
   * {@code Other}); {@value #LUMEN_BY_KIND} picks Trademark for a trade mark and Other for the
   * rest}
   */
  public String lumenType() {
    return lumenType;
  }

  /** {@return the kinds of right a notice on this route may rely on} */
  public Set<RightKind> acceptedKinds() {
    return acceptedKinds;
  }

  /**
   * {@return where the right must apply; empty when it must apply where the listing is offered
   * (the marketplace's storefront)}
   */
  public Optional<Jurisdiction> territory() {
    return territory;
  }

  /** {@return the marketplaces the route serves; empty for any} */
  public Set<Marketplace> marketplaces() {
    return marketplaces;
  }

  /** {@return the platform or the seller} */
  public Addressee addressee() {
    return addressee;
  }

  /** {@return the most listings one notice may carry, when the platform limits it} */
  public OptionalInt maxItemsPerNotice() {
    return maxItemsPerNotice;
  }

  /** {@return the languages of its bundled templates, the first being the default} */
  public List<Language> languages() {
    return languages;
  }

  /** {@return what the notice must contain, in the order the notice gives them} */
  public List<Element> elements() {
    return elements;
  }

  /** {@return a period to track the case by after the notice, when the law sets one} */
  public Optional<FollowUp> followUp() {
    return followUp;
  }

  /**
   * {@return whether a notice on this route may rely on a right of the kind}
   *
   * @param kind the kind of right
   */
  public boolean accepts(RightKind kind) {
    return acceptedKinds.contains(notNull(kind, "kind"));
  }

  /**
   * {@return whether the route serves the marketplace}
   *
   * @param marketplace the marketplace
   */
  public boolean serves(Marketplace marketplace) {
    return marketplaces.isEmpty() || marketplaces.contains(notNull(marketplace, "marketplace"));
  }

  /**
   * {@return the element with the name}
   *
   * @param name the element's name
   */
  public Optional<Element> element(String name) {
    return elements.stream().filter(e -> e.name().equals(name)).findFirst();
  }

  /**
   * {@return the elements checked by the requirement, in order}
   *
   * @param requirement the requirement
   */
  public List<Element> elements(Requirement requirement) {
    return elements.stream().filter(e -> e.requirement() == requirement).toList();
  }

  /**
   * {@return whether the route needs an element checked by the requirement}
   *
   * @param requirement the requirement
   */
  public boolean requires(Requirement requirement) {
    return elements.stream().anyMatch(e -> e.requirement() == requirement);
  }

  /** {@return the statements, in order} */
  public List<Element> statements() {
    return elements(Requirement.STATEMENT);
  }

  /** {@return the default language: the first} */
  public Language defaultLanguage() {
    return languages.get(0);
  }

  /** Two routes are equal when every property is. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Route r && id.equals(r.id) && title.equals(r.title)
        && legalBasis.equals(r.legalBasis) && lumenType.equals(r.lumenType)
        && acceptedKinds.equals(r.acceptedKinds) && territory.equals(r.territory)
        && marketplaces.equals(r.marketplaces) && addressee == r.addressee
        && maxItemsPerNotice.equals(r.maxItemsPerNotice) && languages.equals(r.languages)
        && elements.equals(r.elements) && followUp.equals(r.followUp)
        && titleDocuments == r.titleDocuments;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, title, legalBasis, lumenType, acceptedKinds, territory, marketplaces,
        addressee, maxItemsPerNotice, languages, elements, followUp, titleDocuments);
  }

  /**
   * {@return whether a notice on the route goes out with the documents that prove title: the
   * registration certificate, or for a work without a register the proof of authorship, and the
   * documents of the chain of title}
   */
  public boolean needsTitleDocuments() {
    return titleDocuments;
  }

  /** {@return the id} */
  @Override
  public String toString() {
    return id;
  }

  /**
   * Builds a {@link Route}; not thread-safe. Each setter replaces what was set before; {@link
   * #element(Element)} appends one element to the list.
   */
  public static final class Builder {
    private String id;
    private String title;
    private String legalBasis;
    private String lumenType = LUMEN_BY_KIND;
    private Set<RightKind> acceptedKinds = EnumSet.noneOf(RightKind.class);
    private Optional<Jurisdiction> territory = Optional.empty();
    private Set<Marketplace> marketplaces = EnumSet.noneOf(Marketplace.class);
    private Addressee addressee = Addressee.PLATFORM;
    private OptionalInt maxItemsPerNotice = OptionalInt.empty();
    private List<Language> languages = new ArrayList<>(List.of(Language.EN));
    private List<Element> elements = new ArrayList<>();
    private Optional<FollowUp> followUp = Optional.empty();
    private boolean titleDocuments;

    private Builder() {}

    /**
     * Sets the short name the command line takes.
     *
     * @param id kebab-case, such as {@code dmca}
     * @return this builder
     */
    public Builder id(String id) {
      this.id = notBlank(id, "id");
      return this;
    }

    /**
     * Sets the notice's title in English.
     *
     * @param title the title, such as {@code Notice of claimed copyright infringement}
     * @return this builder
     */
    public Builder title(String title) {
      this.title = notBlank(title, "title");
      return this;
    }

    /**
     * Sets the provision or programme the notice rests on.
     *
     * @param legalBasis such as {@code 17 U.S.C. § 512(c)(3)}
     * @return this builder
     */
    public Builder legalBasis(String legalBasis) {
      this.legalBasis = notBlank(legalBasis, "legalBasis");
      return this;
    }

    /**
     * Sets the Lumen notice type; {@value Route#LUMEN_BY_KIND} when not set.
     *
     * @param lumenType {@code DMCA}, {@code Trademark}, {@code Other} or {@value
     *     Route#LUMEN_BY_KIND}
     * @return this builder
     */
    public Builder lumenType(String lumenType) {
      this.lumenType = notBlank(lumenType, "lumenType");
      return this;
    }

    /**
     * Sets the kinds of right a notice may rely on; at least one is required.
     *
     * @param kinds the kinds
     * @return this builder
     */
    public Builder acceptedKinds(RightKind... kinds) {
      notNull(kinds, "acceptedKinds");
      return acceptedKinds(Arrays.asList(kinds));
    }

    /**
     * Sets the kinds of right a notice may rely on; at least one is required.
     *
     * @param kinds the kinds
     * @return this builder
     */
    public Builder acceptedKinds(java.util.Collection<RightKind> kinds) {
      Set<RightKind> set = EnumSet.noneOf(RightKind.class);
      set.addAll(copy(kinds, "acceptedKinds"));
      this.acceptedKinds = set;
      return this;
    }

    /**
     * Sets where the right must apply; without it, the right must apply where the listing is
     * offered.
     *
     * @param territory the jurisdiction, such as {@code Jurisdiction.EU}
     * @return this builder
     */
    public Builder territory(Jurisdiction territory) {
      this.territory = Optional.of(notNull(territory, "territory"));
      return this;
    }

    /**
     * Clears the territory: the right must apply where the listing is offered.
     *
     * @return this builder
     */
    public Builder anyTerritory() {
      this.territory = Optional.empty();
      return this;
    }

    /**
     * Sets the marketplaces the route serves; none (the default) serves any.
     *
     * @param marketplaces the marketplaces
     * @return this builder
     */
    public Builder marketplaces(Marketplace... marketplaces) {
      notNull(marketplaces, "marketplaces");
      Set<Marketplace> set = EnumSet.noneOf(Marketplace.class);
      for (Marketplace m : marketplaces) {
        set.add(notNull(m, "marketplaces[]"));
      }
      this.marketplaces = set;
      return this;
    }

    /**
     * Sets whom the notice is addressed to; {@link Addressee#PLATFORM} when not set.
     *
     * @param addressee the platform or the seller
     * @return this builder
     */
    public Builder addressee(Addressee addressee) {
      this.addressee = notNull(addressee, "addressee");
      return this;
    }

    /**
     * Sets the most listings one notice may carry.
     *
     * @param max at least 1
     * @return this builder
     * @throws IllegalArgumentException when {@code max} is below 1
     */
    public Builder maxItemsPerNotice(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxItemsPerNotice must be at least 1: " + max);
      }
      this.maxItemsPerNotice = OptionalInt.of(max);
      return this;
    }

    /**
     * Clears the limit of listings per notice.
     *
     * @return this builder
     */
    public Builder noItemLimit() {
      this.maxItemsPerNotice = OptionalInt.empty();
      return this;
    }

    /**
     * Sets the languages of the route's templates, the first being the default; English when not
     * set.
     *
     * @param languages at least one
     * @return this builder
     */
    public Builder languages(Language... languages) {
      notNull(languages, "languages");
      this.languages = new ArrayList<>(copy(Arrays.asList(languages), "languages"));
      return this;
    }

    /**
     * Sets what the notice must contain, in order, replacing any elements set before.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder elements(List<Element> elements) {
      this.elements = new ArrayList<>(copy(elements, "elements"));
      return this;
    }

    /**
     * Sets what the notice must contain, in order, replacing any elements set before.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder elements(Element... elements) {
      notNull(elements, "elements");
      return elements(Arrays.asList(elements));
    }

    /**
     * Appends one element after those set before.
     *
     * @param element the element
     * @return this builder
     */
    public Builder element(Element element) {
      elements.add(notNull(element, "element"));
      return this;
    }

    /**
     * Removes the element with the name, to drop what a platform no longer asks for.
     *
     * @param name the element's name
     * @return this builder
     * @throws IllegalArgumentException when there is no such element
     */
    public Builder withoutElement(String name) {
      notBlank(name, "name");
      if (!elements.removeIf(e -> e.name().equals(name))) {
        throw new IllegalArgumentException("route " + id + " has no element named " + name);
      }
      return this;
    }

    /**
     * Sets the period to track a case by after the notice.
     *
     * @param followUp the period
     * @return this builder
     */
    public Builder followUp(FollowUp followUp) {
      this.followUp = Optional.of(notNull(followUp, "followUp"));
      return this;
    }

    /**
     * Clears the follow-up period.
     *
     * @return this builder
     */
    public Builder noFollowUp() {
      this.followUp = Optional.empty();
      return this;
    }

    /**
     * Sets whether notices go out with the documents that prove title (default: no).
     *
     * @param needed whether the route asks for the certificate, or the proof of authorship and
     *     the chain of title, attached
     * @return this builder
     */
    public Builder titleDocuments(boolean needed) {
      this.titleDocuments = needed;
      return this;
    }

    /**
     * {@return the route}
     *
     * @throws IllegalArgumentException when a property is missing or invalid, naming it
     * @throws NullPointerException when the title or legal basis was never set
     */
    public Route build() {
      return new Route(this);
    }
  }
}
