package dev.marque.core.json;

import dev.marque.core.Listing;

/**
 * One line of a listing feed: the listing it holds, or why it could not be read. A bad line
 * never stops a feed; it is reported with its line number and the rest is read on.
 */
public sealed interface FeedLine permits FeedLine.Parsed, FeedLine.Rejected {

  /** {@return the 1-based line number in the feed} */
  long line();

  /**
   * A line that held a listing.
   *
   * @param line the 1-based line number
   * @param listing the listing
   */
  record Parsed(long line, Listing listing) implements FeedLine {}

  /**
   * A line that could not be read as a listing.
   *
   * @param line the 1-based line number
   * @param error what is wrong with it, naming the property where it can
   */
  record Rejected(long line, String error) implements FeedLine {}
}
