package dev.marque.lexicons.languagetool;

import java.nio.charset.Charset;
import java.util.List;

/**
 * Italian word forms, with their inflections ({@code borse}, {@code comperiamo}, {@code città}),
 * from Morph-it! as LanguageTool ships it ({@code org.languagetool:language-it}; the data under CC
 * BY-SA 2.0 and the LGPL), read where that artifact lies on the class path. Proper names (tag {@code
 * NPR}: {@code Gucci}, {@code Prada}, {@code Milano}) are not words. Found by {@link
 * java.util.ServiceLoader} as a {@link dev.marque.matching.WordList}; use it through {@link
 * dev.marque.matching.Lexicon}.
 *
 * @since 0.2.0
 */
public final class ItalianWords extends MorfologikWords {
  /** Reads nothing until the first look-up or {@link #load()}. */
  public ItalianWords() {
    super("it", "org/languagetool/resource/it/italian.dict", Charset.forName("ISO-8859-15"), '_',
        List.of("NPR"), false);
  }
}
