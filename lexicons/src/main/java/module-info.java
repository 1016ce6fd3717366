/**
 * Data only: the word lists of the languages marque screens, one package per language ({@code
 * dev/marque/lexicons/<language>/words.lex}), read by {@code dev.marque.matching.Lexicon} from the
 * class path or the module path.
 *
 * <p>Each language's package is opened, so that its list is found by {@link
 * ClassLoader#getResource(String)} from any module; there is no code to export. A new language
 * needs its own {@code opens} line here.
 */
@SuppressWarnings("opens") // the packages hold resources only, which javac does not see
module dev.marque.lexicons {
  opens dev.marque.lexicons.en;
  opens dev.marque.lexicons.es;
  opens dev.marque.lexicons.fr;
  opens dev.marque.lexicons.nl;
  opens dev.marque.lexicons.pt;
}
