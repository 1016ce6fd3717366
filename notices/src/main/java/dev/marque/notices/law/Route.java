package dev.marque.notices.law;

import static dev.marque.core.internal.Checks.copy;
import static dev.marque.core.internal.Checks.notBlank;
import static dev.marque.core.internal.Checks.notNull;
import static dev.marque.core.internal.Checks.optional;

import dev.marque.core.Jurisdiction;
import dev.marque.core.Marketplace;
import dev.marque.core.rights.RightKind;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A legal route or platform programme for taking a listing down, as data: the elements its
 * notice must contain, the kinds of right it accepts, where the right must apply, the
 * marketplaces it serves and how many listings one notice may carry. The bundled routes are
 * in {@link Routes}; a route of one's own is built the same way.
 *
 * @param id the short name the command line takes, such as {@code dmca}
 * @param title the notice's title in English
 * @param legalBasis the provision or programme the notice rests on
 * @param lumenType the notice type in the Lumen database's model ({@code DMCA},
 *     {@code Trademark}, {@code Other}); {@code byKind} picks Trademark for a trade mark and
 *     Other for the rest
 * @param acceptedKinds the kinds of right a notice on this route may rely on
 * @param territory where the right must apply; empty when it must apply where the listing is
 *     offered (the marketplace's storefront)
 * @param marketplaces the marketplaces the route serves; empty for any
 * @param addressee the platform or the seller
 * @param maxItemsPerNotice the most listings one notice may carry, when the platform limits it
 * @param languages the languages of its bundled templates, the first being the default
 * @param elements what the notice must contain, in the order the notice gives them
 * @param followUp a period to track the case by after the notice, when the law sets one
 */
public record Route(
    String id,
    String title,
    String legalBasis,
    String lumenType,
    Set<RightKind> acceptedKinds,
    Optional<Jurisdiction> territory,
    Set<Marketplace> marketplaces,
    Addressee addressee,
    OptionalInt maxItemsPerNotice,
    List<Language> languages,
    List<Element> elements,
    Optional<FollowUp> followUp) {

  /** The {@link #lumenType()} that picks the Lumen type from the kind of right. */
  public static final String LUMEN_BY_KIND = "byKind";

  /**
   * Checks the id is kebab-case, something is accepted, element names are unique, each
   * statement has words in every language of the route, and the limit is positive.
   *
   * @param id the short name the command line takes, such as {@code dmca}
   * @param title the notice's title in English
   * @param legalBasis the provision or programme the notice rests on
   * @param lumenType the notice type in the Lumen database's model ({@code DMCA}, {@code
   *     Trademark}, {@code Other}); {@code byKind} picks Trademark for a trade mark and Other for
   *     the rest
   * @param acceptedKinds the kinds of right a notice on this route may rely on
   * @param territory where the right must apply; empty when it must apply where the listing is
   *     offered (the marketplace's storefront)
   * @param marketplaces the marketplaces the route serves; empty for any
   * @param addressee the platform or the seller
   * @param maxItemsPerNotice the most listings one notice may carry, when the platform limits it
   * @param languages the languages of its bundled templates, the first being the default
   * @param elements what the notice must contain, in the order the notice gives them
   * @param followUp a period to track the case by after the notice, when the law sets one
   */
  public Route {
    id = notBlank(id, "id");
    if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("route id '" + id + "' is not kebab-case");
    }
    title = notBlank(title, "title");
    legalBasis = notBlank(legalBasis, "legalBasis");
    lumenType = notBlank(lumenType, "lumenType");
    notNull(acceptedKinds, "acceptedKinds");
    acceptedKinds = acceptedKinds.isEmpty() ? Set.of()
        : Set.copyOf(EnumSet.copyOf(acceptedKinds));
    optional(territory, "territory");
    notNull(marketplaces, "marketplaces");
    marketplaces = Set.copyOf(marketplaces);
    notNull(addressee, "addressee");
    notNull(maxItemsPerNotice, "maxItemsPerNotice");
    if (maxItemsPerNotice.isPresent() && maxItemsPerNotice.getAsInt() < 1) {
      throw new IllegalArgumentException("maxItemsPerNotice must be at least 1");
    }
    languages = copy(languages, "languages");
    if (languages.isEmpty()) {
      throw new IllegalArgumentException("route " + id + " needs at least one language");
    }
    elements = copy(elements, "elements");
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
    optional(followUp, "followUp");
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

  /**
   * {@return a copy with another element list, to add or drop what a platform asks of you}
   *
   * @param elements what the notice must contain, in the order the notice gives them
   */
  public Route withElements(List<Element> elements) {
    return new Route(id, title, legalBasis, lumenType, acceptedKinds, territory, marketplaces,
        addressee, maxItemsPerNotice, languages, elements, followUp);
  }

  /**
   * {@return a copy with another limit of listings per notice}
   *
   * @param max the most listings per notice
   */
  public Route withMaxItemsPerNotice(int max) {
    return new Route(id, title, legalBasis, lumenType, acceptedKinds, territory, marketplaces,
        addressee, OptionalInt.of(max), languages, elements, followUp);
  }

  @Override
  public String toString() {
    return id;
  }
}
