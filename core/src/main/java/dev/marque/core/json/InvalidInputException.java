package dev.marque.core.json;

import static dev.marque.core.internal.Checks.copy;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when an input cannot be read as the value it should be, listing every problem found,
 * each with its location, so that a hand-written portfolio is fixed in one pass.
 */
public final class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * An exception for the problems, which must not be empty.
   *
   * @param what what was being read, for the message (such as a file name)
   * @param problems every problem found, each with where it is; not empty
   */
  public InvalidInputException(String what, List<Problem> problems) {
    super(message(what, problems));
    this.problems = copy(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
  }

  /** {@return every problem, in document order} */
  public List<Problem> problems() {
    return problems;
  }

  private static String message(String what, List<Problem> problems) {
    return what + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
        + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining());
  }
}
