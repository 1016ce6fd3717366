package dev.marque.notices.law;

import static dev.marque.core.internal.Checks.notBlank;
import static dev.marque.core.internal.Checks.notNull;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One thing a route's notice must contain, by the name problems report it under
 * ({@code complainant-phone}), with what it is and how its presence is checked. A statement
 * carries its words in each language of the route.
 *
 * @param name a stable kebab-case name, unique within the route
 * @param description what the element is, in a few words a person reads
 * @param requirement how the drafter checks that the element is present
 * @param text the statement's words per language; empty unless the requirement is
 *     {@link Requirement#STATEMENT}
 */
public record Element(String name, String description, Requirement requirement,
    Map<Language, String> text) {

  /**
   * Checks the name is kebab-case and that exactly the statements carry words.
   *
   * @param name a stable kebab-case name, unique within the route
   * @param description what the element is, in a few words a person reads
   * @param requirement how the drafter checks that the element is present
   * @param text the statement's words per language; empty unless the requirement is {@link
   *     Requirement#STATEMENT}
   */
  public Element {
    name = notBlank(name, "name");
    if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("element name '" + name + "' is not kebab-case");
    }
    description = notBlank(description, "description");
    notNull(requirement, "requirement");
    notNull(text, "text");
    text = text.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(text));
    if ((requirement == Requirement.STATEMENT) == text.isEmpty()) {
      throw new IllegalArgumentException("element " + name
          + (text.isEmpty() ? ": a statement needs its words" : ": only a statement has words"));
    }
  }

  /**
   * {@return an element checked by the requirement}
   *
   * @param name a stable kebab-case name, unique within the route
   * @param description what the element is, in a few words a person reads
   * @param requirement how the drafter checks that the element is present
   */
  public static Element of(String name, String description, Requirement requirement) {
    return new Element(name, description, requirement, Map.of());
  }

  /**
   * {@return a statement in English only}
   *
   * @param name a stable kebab-case name, unique within the route
   * @param description what the element is, in a few words a person reads
   * @param english the statement's words in English
   */
  public static Element statement(String name, String description, String english) {
    return new Element(name, description, Requirement.STATEMENT, Map.of(Language.EN, english));
  }

  /**
   * {@return a statement in English and Chinese}
   *
   * @param name a stable kebab-case name, unique within the route
   * @param description what the element is, in a few words a person reads
   * @param english the statement's words in English
   * @param chinese the statement's words in Chinese
   */
  public static Element statement(String name, String description, String english,
      String chinese) {
    return new Element(name, description, Requirement.STATEMENT,
        Map.of(Language.EN, english, Language.ZH, chinese));
  }

  /**
   * {@return the statement's words in the language, when it has them}
   *
   * @param language the language
   */
  public Optional<String> text(Language language) {
    return Optional.ofNullable(text.get(notNull(language, "language")));
  }
}
