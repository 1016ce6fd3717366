/**
 * The {@code marque} command line, a thin client of the public API of the other modules.
 *
 * <p>picocli builds each command reflectively (its annotated fields and constructors), so the
 * commands' package is opened to it; nothing is exported, because the tool is run, not linked.
 */
module dev.marque.cli {
  requires dev.marque.capture;
  requires dev.marque.cases;
  requires dev.marque.core;
  requires dev.marque.lexicons; // data only, read by matching's Lexicon: resolved only if required
  requires dev.marque.matching;
  requires dev.marque.notices;
  requires info.picocli;

  opens dev.marque.cli to info.picocli;
}
