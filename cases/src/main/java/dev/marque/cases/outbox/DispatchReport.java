package dev.marque.cases.outbox;

import java.util.List;

/**
 * What one run of the {@link Dispatcher} did, notice by notice.
 *
 * @param sent notices the server accepted
 * @param manual notices whose web-form packet was written
 * @param retrying notices that failed for now and wait for another try, each with why
 * @param failed notices that failed for good, each with the server's answer
 * @param unknown notices that may or may not have arrived, each with why: for a person
 * @param unrouted notices no recipient in the recipients file covers, each with why
 */
public record DispatchReport(List<String> sent, List<String> manual, List<String> retrying,
    List<String> failed, List<String> unknown, List<String> unrouted) {

  /** Copies the lists. */
  public DispatchReport {
    sent = List.copyOf(sent);
    manual = List.copyOf(manual);
    retrying = List.copyOf(retrying);
    failed = List.copyOf(failed);
    unknown = List.copyOf(unknown);
    unrouted = List.copyOf(unrouted);
  }

  /**
   * Whether every notice handled went out (sent or packet written).
   *
   * @return true when nothing failed, waits, is unknown or unrouted
   */
  public boolean allDone() {
    return retrying.isEmpty() && failed.isEmpty() && unknown.isEmpty() && unrouted.isEmpty();
  }
}
