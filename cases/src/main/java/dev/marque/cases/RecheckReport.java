package dev.marque.cases;

import java.util.List;

/**
 * What a re-check found, case by case.
 *
 * @param removed cases recorded REMOVED, each with why and the evidence id
 * @param stillListed cases whose listing is still up
 * @param failed cases whose page could not be fetched, each with why (nothing recorded)
 * @param skipped cases without a URL to check
 */
public record RecheckReport(List<String> removed, List<String> stillListed, List<String> failed,
    List<String> skipped) {

  /** Copies the lists. */
  public RecheckReport {
    removed = List.copyOf(removed);
    stillListed = List.copyOf(stillListed);
    failed = List.copyOf(failed);
    skipped = List.copyOf(skipped);
  }
}
