package dev.marque.notices.draft;

import static dev.marque.core.internal.Checks.copy;
import static dev.marque.core.internal.Checks.notBlank;
import static dev.marque.core.internal.Checks.notNull;
import static dev.marque.core.internal.Checks.optional;
import static dev.marque.core.internal.Checks.optionalText;

import dev.marque.core.Authorization;
import dev.marque.core.Marketplace;
import dev.marque.core.rights.IpRight;
import dev.marque.notices.law.Route;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A drafted notice: the route it follows, who sends it for whom to whom, the right it relies
 * on, the listings it names, and every required element it still lacks. Rendering refuses a
 * notice that is not {@link #isComplete() complete} unless asked for a marked draft.
 *
 * @param id a stable identifier, such as {@code dmca-amazon-va-2-412-907-1}
 * @param route the route
 * @param date the notice date, on which rights and the agent's authorisation are judged
 * @param marketplace the marketplace of its listings
 * @param sender who sends it: the agent when there is one, else the holder
 * @param principal on whose behalf: the rights holder (the sender itself without an agent)
 * @param authorization the agent's authorisation, when the sender is an agent that has one
 * @param senderIsAgent whether the sender acts for the principal rather than for itself
 * @param recipient the platform, or the seller for a letter to a seller
 * @param right the right relied on; empty for a counter-notice
 * @param items the listings, in the order of the findings
 * @param part which of the notices split from one group this is, from 1
 * @param parts how many notices the group was split into at the platform's limit
 * @param signatory the name of the person who signs
 * @param deadline the date to comply by, for a letter that sets one
 * @param answers the reference of the notice this one answers, for a counter-notice
 * @param problems every missing or invalid element; empty when complete
 * @param advisories warnings for the sender that do not make the notice incomplete, such as
 *     the UK's rules on unjustified threats
 * @param signatoryCapacity the capacity in which the signatory signs (Partner, Head of Legal),
 *     when named; routes that need a named person refuse a notice without one
 * @param statute the statute the claim rests on, for a letter that cites one (section 10 of
 *     the Trade Marks Act 1994, say)
 * @param threats how the notice stands under the UK's Unjustified Threats Act, when the Act
 *     reaches it: the review data a person checks before it is sent
 */
public record Notice(
    String id,
    Route route,
    LocalDate date,
    Marketplace marketplace,
    Contact sender,
    Contact principal,
    Optional<Authorization> authorization,
    boolean senderIsAgent,
    Contact recipient,
    Optional<IpRight> right,
    List<Item> items,
    int part,
    int parts,
    String signatory,
    Optional<LocalDate> deadline,
    Optional<String> answers,
    List<ElementProblem> problems,
    List<String> advisories,
    Optional<String> signatoryCapacity,
    Optional<String> statute,
    Optional<ThreatsReview> threats) {

  /**
   * Checks every part is present and the part number is within 1..parts.
   *
   * @param id a stable identifier, such as {@code dmca-amazon-va-2-412-907-1}
   * @param route the route
   * @param date the notice date, on which rights and the agent's authorisation are judged
   * @param marketplace the marketplace of its listings
   * @param sender who sends it: the agent when there is one, else the holder
   * @param principal on whose behalf: the rights holder (the sender itself without an agent)
   * @param authorization the agent's authorisation, when the sender is an agent that has one
   * @param senderIsAgent whether the sender acts for the principal rather than for itself
   * @param recipient the platform, or the seller for a letter to a seller
   * @param right the right relied on; empty for a counter-notice
   * @param items the listings, in the order of the findings
   * @param part which of the notices split from one group this is, from 1
   * @param parts how many notices the group was split into at the platform's limit
   * @param signatory the name of the person who signs
   * @param deadline the date to comply by, for a letter that sets one
   * @param answers the reference of the notice this one answers, for a counter-notice
   * @param problems every missing or invalid element; empty when complete
   * @param advisories warnings for the sender that do not make the notice incomplete, such as the
   * UK's rules on unjustified threats
   * @param signatoryCapacity the capacity in which the signatory signs (Partner, Head of Legal),
   *     when named; routes that need a named person refuse a notice without one
   * @param statute the statute the claim rests on, for a letter that cites one (section 10 of
   *     the Trade Marks Act 1994, say)
   * @param threats how the notice stands under the UK's Unjustified Threats Act, when the Act
   *     reaches it: the review data a person checks before it is sent
   */
  public Notice {
    id = notBlank(id, "id");
    notNull(route, "route");
    notNull(date, "date");
    notNull(marketplace, "marketplace");
    notNull(sender, "sender");
    notNull(principal, "principal");
    optional(authorization, "authorization");
    notNull(recipient, "recipient");
    optional(right, "right");
    items = copy(items, "items");
    if (items.isEmpty()) {
      throw new IllegalArgumentException("a notice needs at least one item");
    }
    if (parts < 1 || part < 1 || part > parts) {
      throw new IllegalArgumentException("part " + part + " of " + parts + " is not a part");
    }
    signatory = notBlank(signatory, "signatory");
    optional(deadline, "deadline");
    answers = optionalText(answers, "answers");
    problems = copy(problems, "problems");
    advisories = copy(advisories, "advisories");
    signatoryCapacity = optionalText(signatoryCapacity, "signatoryCapacity");
    statute = optionalText(statute, "statute");
    optional(threats, "threats");
  }

  /**
   * A notice that cites no statute and needs no review under the UK's threats rules.
   *
   * @param id the id
   * @param route the route
   * @param date the date
   * @param marketplace the marketplace
   * @param sender the sender
   * @param principal the principal
   * @param authorization the agent's authorisation
   * @param senderIsAgent whether the sender is an agent
   * @param recipient the recipient
   * @param right the right relied on
   * @param items the listings
   * @param part which part
   * @param parts of how many
   * @param signatory who signs
   * @param deadline the date to comply by
   * @param answers the notice answered
   * @param problems the missing elements
   * @param advisories the warnings
   * @param signatoryCapacity the capacity the signatory signs in
   */
  public Notice(String id, Route route, LocalDate date, Marketplace marketplace, Contact sender,
      Contact principal, Optional<Authorization> authorization, boolean senderIsAgent,
      Contact recipient, Optional<IpRight> right, List<Item> items, int part, int parts,
      String signatory, Optional<LocalDate> deadline, Optional<String> answers,
      List<ElementProblem> problems, List<String> advisories, Optional<String> signatoryCapacity) {
    this(id, route, date, marketplace, sender, principal, authorization, senderIsAgent,
        recipient, right, items, part, parts, signatory, deadline, answers, problems, advisories,
        signatoryCapacity, Optional.empty(), Optional.empty());
  }

  /**
   * A notice whose signatory's capacity is not named.
   *
   * @param id the id
   * @param route the route
   * @param date the date
   * @param marketplace the marketplace
   * @param sender the sender
   * @param principal the principal
   * @param authorization the agent's authorisation
   * @param senderIsAgent whether the sender is an agent
   * @param recipient the recipient
   * @param right the right relied on
   * @param items the listings
   * @param part which part
   * @param parts of how many
   * @param signatory who signs
   * @param deadline the date to comply by
   * @param answers the notice answered
   * @param problems the missing elements
   * @param advisories the warnings
   */
  public Notice(String id, Route route, LocalDate date, Marketplace marketplace, Contact sender,
      Contact principal, Optional<Authorization> authorization, boolean senderIsAgent,
      Contact recipient, Optional<IpRight> right, List<Item> items, int part, int parts,
      String signatory, Optional<LocalDate> deadline, Optional<String> answers,
      List<ElementProblem> problems, List<String> advisories) {
    this(id, route, date, marketplace, sender, principal, authorization, senderIsAgent,
        recipient, right, items, part, parts, signatory, deadline, answers, problems, advisories,
        Optional.empty());
  }

  /** {@return whether every required element is present and valid: the notice may be sent} */
  public boolean isComplete() {
    return problems.isEmpty();
  }

  /**
   * {@return a copy with the problems found, as validation sets them}
   *
   * @param problems every missing or invalid element; empty when complete
   */
  public Notice withProblems(List<ElementProblem> problems) {
    return new Notice(id, route, date, marketplace, sender, principal, authorization,
        senderIsAgent, recipient, right, items, part, parts, signatory, deadline, answers, problems,
        advisories, signatoryCapacity, statute, threats);
  }
}
