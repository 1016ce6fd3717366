/**
 * Finding a portfolio's brands in listing text however they are disguised
 * ({@link dev.marque.matching.BrandIndex}), the normaliser and similarity kernels it is built on,
 * and the counterfeit assessment ({@link dev.marque.matching.assess.Assessor}) with its signals.
 *
 * <p>Its API speaks in {@code dev.marque.core} types, so a module that requires this one reads core
 * too.
 */
@SuppressWarnings("requires-automatic") // libphonenumber and TwelveMonkeys are automatic modules
module dev.marque.matching {
  requires transitive dev.marque.core;
  requires transitive java.desktop; // BufferedImage in ImageFingerprinter's signature; ImageIO
  requires hash4j;
  requires com.google.i18n.phonenumbers.libphonenumber;
  requires com.twelvemonkeys.imageio.jpeg; // ImageIO plug-ins, found by ImageIO's service look-up
  requires com.twelvemonkeys.imageio.webp;

  exports dev.marque.matching;
  exports dev.marque.matching.assess;
  exports dev.marque.matching.fingerprint;
  exports dev.marque.matching.scan;
  exports dev.marque.matching.signals;
  exports dev.marque.matching.similarity;
  exports dev.marque.matching.text;

  uses dev.marque.matching.WordList; // word lists of other artifacts (marque-lexicons-languagetool)
}
