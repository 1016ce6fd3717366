package dev.marque.core.rights;

import static dev.marque.core.internal.Checks.copy;
import static dev.marque.core.internal.Checks.notBlank;
import static dev.marque.core.internal.Checks.notNull;
import static dev.marque.core.internal.Checks.optional;
import static dev.marque.core.internal.Checks.optionalText;

import dev.marque.core.Jurisdiction;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Copyright in a work: product photographs, a print, packaging artwork, a manual. Copyright
 * arises on creation and applies wherever the Berne Convention reaches; registration is optional
 * in most places (in the UK there is no register at all), usual in the US (where it is needed to
 * sue) and in China (where platforms ask for the certificate).
 *
 * @param work what the work is, such as {@code "Aurelia 2024 catalogue photographs"}
 * @param author who created it, when stated
 * @param created when it was created, when known
 * @param registrationNumber the registration number, when registered
 * @param registeredIn where it is registered (US, CN...); present exactly when it is registered
 * @param jurisdictions where it applies; {@code INT} (everywhere) when not stated
 * @param evidence references to proof of authorship and date (files, URLs, archive ids)
 * @param expires when protection ends, when stated
 * @param ownership who owns it and its chain of title, when stated; the rights holder otherwise
 * @param proof the files that prove the right (its evidence bundle); empty when none is
 *     recorded
 */
public record Copyright(
    String work,
    Optional<String> author,
    Optional<LocalDate> created,
    Optional<String> registrationNumber,
    Optional<Jurisdiction> registeredIn,
    List<Jurisdiction> jurisdictions,
    List<String> evidence,
    Optional<LocalDate> expires,
    Optional<Ownership> ownership,
    List<Proof> proof) implements IpRight {

  /**
   * Checks the work is described, a registration names its number and where it was made (never
   * the UK, which has no copyright register), and creation precedes expiry.
   *
   * @param work what the work is, such as {@code "Aurelia 2024 catalogue photographs"}
   * @param author who created it, when stated
   * @param created when it was created, when known
   * @param registrationNumber the registration number, when registered
   * @param registeredIn where it is registered (US, CN...); present exactly when it is registered
   * @param jurisdictions where it applies; {@code INT} (everywhere) when not stated
   * @param evidence references to proof of authorship and date (files, URLs, archive ids)
   * @param expires when protection ends, when stated
   * @param ownership who owns it and its chain of title, when stated; the rights holder otherwise
   * @param proof the files that prove the right (its evidence bundle); empty when none is
   *     recorded
   */
  public Copyright {
    work = notBlank(work, "work");
    author = optionalText(author, "author");
    optional(created, "created");
    registrationNumber = optionalText(registrationNumber, "registrationNumber");
    optional(registeredIn, "registeredIn");
    jurisdictions = copy(jurisdictions, "jurisdictions");
    if (jurisdictions.isEmpty()) {
      jurisdictions = List.of(Jurisdiction.INTERNATIONAL);
    }
    evidence = copy(evidence, "evidence");
    optional(expires, "expires");
    if (registeredIn.filter(Jurisdiction.UK::equals).isPresent()) {
      throw new IllegalArgumentException(
          "copyright is never registered in the United Kingdom: leave registeredIn out");
    }
    if (registrationNumber.isPresent() != registeredIn.isPresent()) {
      throw new IllegalArgumentException(registrationNumber.isPresent()
          ? "a registered copyright needs registeredIn (where it is registered)"
          : "a copyright registered in " + registeredIn.get() + " needs its registrationNumber");
    }
    Terms.ordered(created, "created", expires, "expires");
    optional(ownership, "ownership");
    proof = copy(proof, "proof");
  }
  /**
   * A copyright without an evidence bundle.
   *
   * @param work see the record's components
   * @param author see the record's components
   * @param created see the record's components
   * @param registrationNumber see the record's components
   * @param registeredIn see the record's components
   * @param jurisdictions see the record's components
   * @param evidence see the record's components
   * @param expires see the record's components
   * @param ownership see the record's components
   */
  public Copyright(String work, Optional<String> author, Optional<LocalDate> created,
      Optional<String> registrationNumber, Optional<Jurisdiction> registeredIn,
      List<Jurisdiction> jurisdictions, List<String> evidence, Optional<LocalDate> expires,
      Optional<Ownership> ownership) {
    this(work, author, created, registrationNumber, registeredIn, jurisdictions, evidence, expires,
        ownership, List.of());
  }

  /**
   * A copyright with no statement of ownership: the holder is taken to own it.
   *
   * @param work the work
   * @param author its author
   * @param created when created
   * @param registrationNumber its registration number
   * @param registeredIn where registered
   * @param jurisdictions where it applies
   * @param evidence proof of authorship
   * @param expires when it ends
   */
  public Copyright(String work, Optional<String> author, Optional<LocalDate> created,
      Optional<String> registrationNumber, Optional<Jurisdiction> registeredIn,
      List<Jurisdiction> jurisdictions, List<String> evidence, Optional<LocalDate> expires) {
    this(work, author, created, registrationNumber, registeredIn, jurisdictions, evidence,
        expires, Optional.empty());
  }

  /**
   * {@return an unregistered copyright in a work, applying everywhere}
   *
   * @param work what the work is, such as {@code "Aurelia 2024 catalogue photographs"}
   * @param author who created it, when stated
   * @param created when it was created, when known
   */
  public static Copyright unregistered(String work, String author, LocalDate created) {
    return new Copyright(work, Optional.ofNullable(author), Optional.ofNullable(created),
        Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty());
  }

  @Override
  public RightKind kind() {
    return RightKind.COPYRIGHT;
  }

  @Override
  public String subject() {
    return work;
  }

  /** In force from creation (when known) until expiry (when stated). */
  @Override
  public boolean isInForceOn(LocalDate date) {
    notNull(date, "date");
    return Terms.within(date, created, expires);
  }
}
