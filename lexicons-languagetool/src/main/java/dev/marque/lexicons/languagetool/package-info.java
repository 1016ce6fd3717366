/**
 * German and Italian for {@link dev.marque.matching.Lexicon}, read at run time from LanguageTool's
 * morphological dictionaries, which stay in their own artifacts under their own share-alike
 * licences: add {@code dev.marque:marque-lexicons-languagetool} beside {@code marque-lexicons} and
 * {@code Lexicon.available()} includes {@code de} and {@code it}.
 */
package dev.marque.lexicons.languagetool;
