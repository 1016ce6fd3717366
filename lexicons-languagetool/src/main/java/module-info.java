/**
 * German and Italian words for {@link dev.marque.matching.Lexicon}, read at run time from
 * LanguageTool's dictionaries, which stay in their own artifacts under their own share-alike
 * licences: {@link dev.marque.lexicons.languagetool.GermanWords} and {@link
 * dev.marque.lexicons.languagetool.ItalianWords}, provided as {@link dev.marque.matching.WordList}
 * services, so that a module path with this module on it adds {@code de} and {@code it} to {@code
 * Lexicon.available()} without any {@code requires} in the application's own module.
 *
 * <p>LanguageTool's two artifacts are automatic modules named after their jar files (they declare
 * no {@code Automatic-Module-Name}): {@code german.pos.dict} (data only) and {@code language.it}
 * (of which only its resource {@code org/languagetool/resource/it/italian.dict} is read). Their
 * dictionaries lie in directories that hold no class, so they are in no package of those modules
 * and no module encapsulates them: {@link ClassLoader#getResourceAsStream(String)} finds them once
 * the modules are resolved, which these {@code requires} make sure of.
 */
@SuppressWarnings("requires-automatic") // morfologik-fsa and LanguageTool's jars are automatic modules
module dev.marque.lexicons.languagetool {
  requires dev.marque.matching;
  requires org.carrot2.morfologik.fsa;
  requires german.pos.dict;
  requires language.it;

  exports dev.marque.lexicons.languagetool;

  provides dev.marque.matching.WordList with
      dev.marque.lexicons.languagetool.GermanWords,
      dev.marque.lexicons.languagetool.ItalianWords;
}
