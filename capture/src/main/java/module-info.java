/**
 * Turning saved or fetched listing pages into listings ({@code extract}), fetching them politely
 * ({@code fetch}) and keeping tamper-evident evidence of them ({@code evidence}).
 *
 * <p>jsoup, OkHttp and Jackson stay inside: no type of theirs appears in this module's API.
 */
module dev.marque.capture {
  requires transitive dev.marque.core;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires okhttp3;
  requires org.jsoup;

  exports dev.marque.capture;
  exports dev.marque.capture.evidence;
  exports dev.marque.capture.extract;
  exports dev.marque.capture.fetch;
}
