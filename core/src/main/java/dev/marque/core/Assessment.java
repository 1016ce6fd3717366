package dev.marque.core;

import static dev.marque.core.internal.Checks.copy;
import static dev.marque.core.internal.Checks.notNull;

import java.util.List;

/**
 * What marque concludes about a listing: a score, a verdict and the reasons for it.
 *
 * @param score the weight of the signs of a counterfeit, within 0..1
 * @param verdict the conclusion
 * @param reasons why; present for every verdict above {@link Verdict#CLEAR}
 */
public record Assessment(double score, Verdict verdict, List<Reason> reasons) {

  /**
   * Checks the score is within 0..1 and that a verdict above CLEAR gives its reasons.
   *
   * @param score the weight of the signs of a counterfeit, within 0..1
   * @param verdict the conclusion
   * @param reasons why; present for every verdict above {@link Verdict#CLEAR}
   */
  public Assessment {
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score must be within 0..1: " + score);
    }
    notNull(verdict, "verdict");
    reasons = copy(reasons, "reasons");
    if (verdict != Verdict.CLEAR && reasons.isEmpty()) {
      throw new IllegalArgumentException("a " + verdict + " assessment must give its reasons");
    }
  }

  /** {@return the assessment of a listing that mentions no brand} */
  public static Assessment clear() {
    return new Assessment(0.0, Verdict.CLEAR, List.of());
  }
}
