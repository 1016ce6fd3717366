package dev.marque.notices.render;

import static dev.marque.core.internal.Checks.copy;

import dev.marque.notices.draft.ElementProblem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when asked to render a notice that lacks a required element, listing every one: a
 * notice without an element the law requires is no notice at all. Ask the renderer for
 * {@code allowingIncomplete()} to get a draft clearly marked as such.
 */
public final class IncompleteNoticeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<ElementProblem> problems;

  /**
   * An exception for the notice's problems.
   *
   * @param noticeId the notice's id
   * @param problems every missing or invalid element; not empty
   */
  public IncompleteNoticeException(String noticeId, List<ElementProblem> problems) {
    super("notice " + noticeId + " is incomplete and was not rendered: " + problems.size()
        + (problems.size() == 1 ? " problem" : " problems")
        + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining()));
    this.problems = copy(problems, "problems");
  }

  /** {@return every missing or invalid element} */
  public List<ElementProblem> problems() {
    return problems;
  }
}
