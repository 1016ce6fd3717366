package dev.marque.notices.draft;

import static dev.marque.core.internal.Checks.copy;

import java.util.List;
import java.util.stream.Stream;

/**
 * What drafting produced: the notices, complete or not, and the findings that went into none,
 * each with why.
 *
 * @param notices the notices, in the order their first finding came
 * @param problems the findings left out, with the reason
 */
public record Drafts(List<Notice> notices, List<DraftProblem> problems) {

  /**
   * Copies both lists.
   *
   * @param notices the notices, in the order their first finding came
   * @param problems the findings left out, with the reason
   */
  public Drafts {
    notices = copy(notices, "notices");
    problems = copy(problems, "problems");
  }

  /** {@return whether every notice is complete (findings left out do not count)} */
  public boolean allComplete() {
    return notices.stream().allMatch(Notice::isComplete);
  }

  /** {@return the notices that lack an element} */
  public List<Notice> incomplete() {
    return notices.stream().filter(n -> !n.isComplete()).toList();
  }

  /**
   * {@return every problem as a line: the element problems of each notice, then the findings left
   * out}
   */
  public List<String> report() {
    return Stream.concat(
        notices.stream().flatMap(n -> n.problems().stream().map(p -> n.id() + ": " + p)),
        problems.stream().map(DraftProblem::toString)).toList();
  }
}
