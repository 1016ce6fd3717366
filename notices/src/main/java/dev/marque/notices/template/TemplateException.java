package dev.marque.notices.template;

import static dev.marque.core.internal.Checks.notBlank;
import static dev.marque.core.internal.Checks.notNull;

import java.util.Optional;

/**
 * A notice template that cannot be read, compiled or filled: names the template and, when a
 * value is missing, the variable, such as {@code template dmca.en.txt: line 12: no value for
 * 'sender.fax'}.
 */
public final class TemplateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The template's name. */
  private final String template;
  /** The variable to blame, or null when none is. */
  private final String variable;

  /**
   * An exception about the template, and the variable when one is to blame.
   *
   * @param template the template's name
   * @param variable the variable to blame, when one is
   * @param cause the underlying failure, or null
   * @param message why, in words a person acts on
   */
  public TemplateException(String template, Optional<String> variable, String message,
      Throwable cause) {
    super("template " + notBlank(template, "template") + ": " + notBlank(message, "message"),
        cause);
    this.template = template;
    this.variable = notNull(variable, "variable").orElse(null);
  }

  /** {@return the template's name, such as {@code dmca.en.txt}} */
  public String template() {
    return template;
  }

  /** {@return the variable that has no value, when that is the problem} */
  public Optional<String> variable() {
    return Optional.ofNullable(variable);
  }
}
