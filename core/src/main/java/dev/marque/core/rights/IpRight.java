package dev.marque.core.rights;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.marque.core.Jurisdiction;

/**
 * An intellectual property right a brand relies on. A closed family; on Java 17, switch over
 * {@link #kind()} without a default and the compiler finds the missing case.
 *
 * <pre>{@code
 * String label = switch (right.kind()) {
 *   case TRADEMARK -> "trade mark " + right.registrationNumber().orElse("(applied for)");
 *   case COPYRIGHT -> "copyright in " + right.subject();
 *   case DESIGN -> "design " + right.subject();
 *   case PATENT -> "patent " + right.registrationNumber().orElseThrow();
 * };
 * }</pre>
 */
public sealed interface IpRight permits Trademark, Copyright, DesignRight, Patent {

  /** {@return what kind of right this is} */
  RightKind kind();

  /**
   * {@return what the right protects, in a few words: the mark, the work, the design, the
   * invention}
   */
  String subject();

  /** {@return the registration or grant number, when the right is registered} */
  Optional<String> registrationNumber();

  /** {@return where the right applies} */
  List<Jurisdiction> jurisdictions();

  /**
   * {@return whether the right can be enforced on the date}
   *
   * @param date the day to judge
   */
  boolean isInForceOn(LocalDate date);

  /**
   * {@return whether the right applies in the jurisdiction: an EU trade mark applies in France, an
   * unregistered copyright (INT) applies everywhere}
   *
   * @param jurisdiction where enforcement is sought
   */
  default boolean appliesIn(Jurisdiction jurisdiction) {
    return jurisdictions().stream().anyMatch(j -> j.covers(jurisdiction));
  }

  /** {@return whether the right is registered with an office} */
  default boolean hasRegistration() {
    return registrationNumber().isPresent();
  }

  /**
   * {@return the right's evidence bundle: the files that prove it (certificate, office extract,
   * dated drafts, assignment, witness statement), each with its SHA-256; empty when none is
   * recorded}
   */
  List<Proof> proof();
}
