package dev.marque.core.rights;

import static dev.marque.core.internal.Checks.copy;
import static dev.marque.core.internal.Checks.notBlank;
import static dev.marque.core.internal.Checks.notNull;
import static dev.marque.core.internal.Checks.optional;
import static dev.marque.core.internal.Checks.optionalText;

import dev.marque.core.Jurisdiction;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * A trade mark: a sign registered (or applied for) at an office for goods and services of given
 * Nice classes. An international registration at WIPO under the Madrid system applies in the
 * countries it designates.
 *
 * <pre>{@code
 * Trademark tm = Trademark.word("AURELIA", "018712345", Office.EUIPO, 18, 25)
 *     .withDates(LocalDate.parse("2019-03-01"), LocalDate.parse("2019-09-12"),
 *         LocalDate.parse("2029-03-01"));
 * tm.appliesIn(Jurisdiction.of("IT"));   // true: an EU trade mark covers Italy
 * }</pre>
 *
 * @param mark the sign as registered: the words, or a description of a figurative mark
 * @param markType the form of the mark: word, figurative, combined or shape
 * @param registrationNumber the registration (or application) number
 * @param office the office that registered it
 * @param designations for an international registration, the jurisdictions it designates
 * @param classes the Nice classes of goods and services it covers, sorted and distinct
 * @param goods the goods and services of its specification as registered, one term each ({@code
 *     clothing}, {@code Mieder}, {@code sacs à main}), in the languages of its register, trimmed;
 *     empty when not recorded. A listing naming one is about the mark's goods (see
 *     marque-matching's word-brands)
 * @param status where the mark stands at its office
 * @param filed the filing date
 * @param registered the registration date
 * @param expires the date the registration runs out unless renewed
 * @param proof the files that prove the right (its evidence bundle); empty when none is
 *     recorded
 */
public record Trademark(
    String mark,
    MarkType markType,
    Optional<String> registrationNumber,
    Office office,
    List<Jurisdiction> designations,
    List<NiceClass> classes,
    List<String> goods,
    TrademarkStatus status,
    Optional<LocalDate> filed,
    Optional<LocalDate> registered,
    Optional<LocalDate> expires,
    List<Proof> proof) implements IpRight {

  /**
   * Checks the mark, office and status are present, a registered mark has its number, the
   * dates are in order (filed, registered, expires), the territory is known and no term of the
   * goods is blank.
   *
   * @param mark the sign as registered: the words, or a description of a figurative mark
   * @param markType the form of the mark: word, figurative, combined or shape
   * @param registrationNumber the registration (or application) number
   * @param office the office that registered it
   * @param designations for an international registration, the jurisdictions it designates
   * @param classes the Nice classes of goods and services it covers, sorted and distinct
   * @param goods the terms of its specification as registered, trimmed; empty when not recorded
   * @param status where the mark stands at its office
   * @param filed the filing date
   * @param registered the registration date
   * @param expires the date the registration runs out unless renewed
   * @param proof the files that prove the right (its evidence bundle); empty when none is
   *     recorded
   */
  public Trademark {
    mark = notBlank(mark, "mark");
    notNull(markType, "markType");
    registrationNumber = optionalText(registrationNumber, "registrationNumber");
    notNull(office, "office");
    designations = copy(designations, "designations");
    classes = copy(classes, "classes").stream().distinct().sorted().toList();
    goods = terms(goods);
    notNull(status, "status");
    optional(filed, "filed");
    optional(registered, "registered");
    optional(expires, "expires");
    if (status == TrademarkStatus.REGISTERED && registrationNumber.isEmpty()) {
      throw new IllegalArgumentException("a registered trade mark needs its registrationNumber");
    }
    Terms.ordered(filed, "filed", registered, "registered");
    Terms.ordered(registered, "registered", expires, "expires");
    Terms.ordered(filed, "filed", expires, "expires");
    Terms.territory(Optional.of(office), designations, "trade mark");
    proof = copy(proof, "proof");
  }
  /**
   * A trade mark whose specification's terms are not recorded.
   *
   * @param mark see the record's components
   * @param markType see the record's components
   * @param registrationNumber see the record's components
   * @param office see the record's components
   * @param designations see the record's components
   * @param classes see the record's components
   * @param status see the record's components
   * @param filed see the record's components
   * @param registered see the record's components
   * @param expires see the record's components
   * @param proof see the record's components
   */
  public Trademark(String mark, MarkType markType, Optional<String> registrationNumber,
      Office office, List<Jurisdiction> designations, List<NiceClass> classes,
      TrademarkStatus status, Optional<LocalDate> filed, Optional<LocalDate> registered,
      Optional<LocalDate> expires, List<Proof> proof) {
    this(mark, markType, registrationNumber, office, designations, classes, List.of(), status,
        filed, registered, expires, proof);
  }

  /**
   * A trade mark without an evidence bundle, whose specification's terms are not recorded.
   *
   * @param mark see the record's components
   * @param markType see the record's components
   * @param registrationNumber see the record's components
   * @param office see the record's components
   * @param designations see the record's components
   * @param classes see the record's components
   * @param status see the record's components
   * @param filed see the record's components
   * @param registered see the record's components
   * @param expires see the record's components
   */
  public Trademark(String mark, MarkType markType, Optional<String> registrationNumber,
      Office office, List<Jurisdiction> designations, List<NiceClass> classes,
      TrademarkStatus status, Optional<LocalDate> filed, Optional<LocalDate> registered,
      Optional<LocalDate> expires) {
    this(mark, markType, registrationNumber, office, designations, classes, List.of(), status,
        filed, registered, expires, List.of());
  }

  /** The terms, trimmed, each present once in their first place; throws naming a blank one. */
  private static List<String> terms(List<String> goods) {
    List<String> copied = copy(goods, "goods");
    if (copied.isEmpty()) {
      return copied;
    }
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (int i = 0; i < copied.size(); i++) {
      out.add(notBlank(copied.get(i), "goods[" + i + "]"));
    }
    return List.copyOf(out);
  }

  /**
   * {@return a registered word mark with its number, office and Nice classes, without dates}
   *
   * @param mark the sign as registered: the words, or a description of a figurative mark
   * @param registrationNumber the registration (or application) number
   * @param office the office that registered it
   * @param classes the Nice classes of goods and services it covers, sorted and distinct
   */
  public static Trademark word(String mark, String registrationNumber, Office office,
      int... classes) {
    return new Trademark(mark, MarkType.WORD,
        Optional.of(notNull(registrationNumber, "registrationNumber")), office, List.of(),
        java.util.Arrays.stream(notNull(classes, "classes")).mapToObj(NiceClass::of).toList(),
        TrademarkStatus.REGISTERED, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * {@return a copy with the filing, registration and expiry dates}
   *
   * @param filed the filing date
   * @param registered the registration date
   * @param expires the date the registration runs out unless renewed
   */
  public Trademark withDates(LocalDate filed, LocalDate registered, LocalDate expires) {
    return new Trademark(mark, markType, registrationNumber, office, designations, classes, goods,
        status, Optional.ofNullable(filed), Optional.ofNullable(registered),
        Optional.ofNullable(expires), proof);
  }

  /**
   * {@return a copy designating the jurisdictions, for an international registration}
   *
   * @param designations for an international registration, the jurisdictions it designates
   */
  public Trademark withDesignations(List<Jurisdiction> designations) {
    return new Trademark(mark, markType, registrationNumber, office, designations, classes, goods,
        status, filed, registered, expires, proof);
  }

  /**
   * {@return a copy with another status}
   *
   * @param status where the mark stands at its office
   */
  public Trademark withStatus(TrademarkStatus status) {
    return new Trademark(mark, markType, registrationNumber, office, designations, classes, goods,
        status, filed, registered, expires, proof);
  }

  /**
   * {@return a copy with the terms of its specification as registered}
   *
   * <pre>{@code
   * Trademark.word("PUMA", "000480202", Office.EUIPO, 25)
   *     .withGoods(List.of("clothing", "footwear", "Bekleidungsstücke", "Mieder", "vêtements"));
   * }</pre>
   *
   * @param goods the goods and services of its specification, one term each, in the languages
   *     of its register
   */
  public Trademark withGoods(List<String> goods) {
    return new Trademark(mark, markType, registrationNumber, office, designations, classes, goods,
        status, filed, registered, expires, proof);
  }

  @Override
  public RightKind kind() {
    return RightKind.TRADEMARK;
  }

  @Override
  public String subject() {
    return mark;
  }

  @Override
  public List<Jurisdiction> jurisdictions() {
    return Terms.territory(Optional.of(office), designations, "trade mark");
  }

  /**
   * In force when registered, on or after the registration date and on or before the expiry
   * date. A mark only applied for is not: most routes want a registration.
   */
  @Override
  public boolean isInForceOn(LocalDate date) {
    notNull(date, "date");
    return status == TrademarkStatus.REGISTERED && Terms.within(date, registered, expires);
  }
}
