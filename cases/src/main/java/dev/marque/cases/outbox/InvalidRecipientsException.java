package dev.marque.cases.outbox;

import java.util.List;

/** A recipients file with problems, every one listed with its JSON path. */
public final class InvalidRecipientsException extends Exception {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /**
   * The problems of a file.
   *
   * @param file the file, for the message
   * @param problems each problem, starting with its JSON path
   */
  public InvalidRecipientsException(String file, List<String> problems) {
    super(file + " is not a valid recipients file: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Every problem, each starting with its JSON path.
   *
   * @return the problems
   */
  public List<String> problems() {
    return problems;
  }
}
