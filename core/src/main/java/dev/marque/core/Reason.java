package dev.marque.core;

import static dev.marque.core.internal.Checks.copy;
import static dev.marque.core.internal.Checks.notBlank;
import static dev.marque.core.internal.Checks.notNull;

import dev.marque.core.internal.SortedTextMap;
import java.util.List;
import java.util.Map;

/**
 * One reason behind an assessment, in words a brand manager can act on and a lawyer can quote,
 * with the evidence it rests on.
 *
 * <pre>{@code
 * new Reason(ReasonCode.PRICE_ANOMALY, "25 USD is 3% of the 850 USD MSRP of Aurelia Tote",
 *     List.of(), Map.of("price", "25 USD", "msrp", "850 USD", "ratio", "0.03"))
 * }</pre>
 *
 * @param code what kind of evidence it is, such as {@link ReasonCode#DISGUISED_BRAND}
 * @param message one line a person reads
 * @param spans the text of the listing the reason points at; empty when it rests on no text
 * @param facts the numbers and values behind the reason, sorted by name
 */
public record Reason(ReasonCode code, String message, List<Span> spans, Map<String, String> facts) {

  /**
   * Checks the code and message are present; copies the evidence.
   *
   * @param code what kind of evidence it is, such as {@link ReasonCode#DISGUISED_BRAND}
   * @param message one line a person reads
   * @param spans the text of the listing the reason points at; empty when it rests on no text
   * @param facts the numbers and values behind the reason, sorted by name
   */
  public Reason {
    notNull(code, "code");
    message = notBlank(message, "message");
    spans = copy(spans, "spans");
    facts = SortedTextMap.copyOf(facts, "facts"); // scan output reads it by index
  }

  /**
   * A reason that rests on no particular text or figure.
   *
   * @param code what kind of evidence it is
   * @param message one line a person reads
   * @return the reason
   * @throws NullPointerException naming the argument that is null
   * @throws IllegalArgumentException when the message is blank
   */
  public static Reason of(ReasonCode code, String message) {
    return new Reason(code, message, List.of(), Map.of());
  }
}
