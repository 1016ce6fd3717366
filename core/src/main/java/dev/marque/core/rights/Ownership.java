package dev.marque.core.rights;

import static dev.marque.core.internal.Checks.copy;
import static dev.marque.core.internal.Checks.notBlank;
import static dev.marque.core.internal.Checks.notNull;
import static dev.marque.core.internal.Checks.optional;
import static dev.marque.core.internal.Checks.optionalText;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Who owns a right and how title reached them: a notice states the basis of ownership, and a
 * right whose owner is not the rights holder cannot be claimed in the holder's name.
 *
 * <pre>{@code
 * // a print drawn by a freelance designer, assigned in writing to the holder
 * new Ownership(Optional.empty(), List.of(
 *     Ownership.Step.author("Marta Ferri"),
 *     new Ownership.Step(Ownership.Basis.ASSIGNMENT, "Aurelia Moda S.p.A.",
 *         Optional.of(LocalDate.parse("2017-03-01")), Optional.of("AUR-ASSIGN-2017-01"))));
 * }</pre>
 *
 * @param owner who owns the right now; empty for the rights holder
 * @param chainOfTitle how title passed, from the first owner to the present one, in order
 */
public record Ownership(Optional<String> owner, List<Step> chainOfTitle) {

  /** How a party came to hold title. */
  public enum Basis {
    /** The registered proprietor of a registration: title by the register. */
    REGISTERED_PROPRIETOR,
    /** The author (the first owner of copyright, unless made in the course of employment). */
    AUTHOR,
    /** The employer of an author who made the work in the course of employment (CDPA s.11(2)). */
    EMPLOYER,
    /** A written assignment, signed by the assignor, with its date (CDPA s.90(3)). */
    ASSIGNMENT,
    /** An exclusive licence in writing, signed by the owner (CDPA s.92). */
    EXCLUSIVE_LICENCE
  }

  /**
   * One link of the chain of title.
   *
   * @param basis how the party took title
   * @param party who took it
   * @param date when (required for an assignment or an exclusive licence)
   * @param document the written instrument, by reference (required for an assignment or an
   *     exclusive licence)
   */
  public record Step(Basis basis, String party, Optional<LocalDate> date,
      Optional<String> document) {

    /**
     * Checks an assignment or an exclusive licence names its date and its document.
     *
     * @param basis how the party took title
     * @param date when (required for an assignment or an exclusive licence)
     * @param document the written instrument, by reference (required for an assignment or an
     *     exclusive licence)
     * @param party who took it
     */
    public Step {
      notNull(basis, "basis");
      party = notBlank(party, "party");
      optional(date, "date");
      document = optionalText(document, "document");
      if ((basis == Basis.ASSIGNMENT || basis == Basis.EXCLUSIVE_LICENCE)
          && (date.isEmpty() || document.isEmpty())) {
        throw new IllegalArgumentException("basis " + basis.name().toLowerCase(java.util.Locale.ROOT)
            + " needs the date and the written document (an assignment of copyright is void"
            + " unless in writing signed by the assignor, CDPA s.90(3))");
      }
    }

    /**
     * The author as first owner.
     *
     * @param author the author's name
     * @return the step
     */
    public static Step author(String author) {
      return new Step(Basis.AUTHOR, author, Optional.empty(), Optional.empty());
    }
  }

  /**
   * Checks the parts are present and the chain is in order (an employer or assignee follows).
   *
   * @param chainOfTitle how title passed, from the first owner to the present one, in order
   * @param owner who owns the right now; empty for the rights holder
   */
  public Ownership {
    owner = optionalText(owner, "owner");
    chainOfTitle = copy(chainOfTitle, "chainOfTitle");
    for (int i = 1; i < chainOfTitle.size(); i++) {
      Basis b = chainOfTitle.get(i).basis();
      if (b == Basis.AUTHOR || b == Basis.REGISTERED_PROPRIETOR) {
        throw new IllegalArgumentException("chainOfTitle[" + i + "]: " + b.name()
            .toLowerCase(java.util.Locale.ROOT) + " can only start the chain");
      }
    }
  }

  /** {@return no statement beyond the default: the holder owns it} */
  public static Ownership holder() {
    return new Ownership(Optional.empty(), List.of());
  }

  /**
   * The party title ends with: the last step's party when the chain is given (an exclusive
   * licensee holds the licence, the owner stays the licensor's successor), else {@link #owner()}.
   *
   * @return the last holder of title in the chain, when there is a chain
   */
  public Optional<String> lastInChain() {
    return chainOfTitle.isEmpty() ? Optional.empty()
        : Optional.of(chainOfTitle.get(chainOfTitle.size() - 1).party());
  }
}
