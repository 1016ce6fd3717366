/**
 * Finds brands (and any other phrases, such as counterfeit cue words) in marketplace listing text,
 * however the seller disguised them: start with {@link dev.marque.matching.BrandIndex}.
 *
 * <pre>{@code
 * BrandIndex index = BrandIndex.of(portfolio.brands());          // compile once, share everywhere
 * List<BrandMention> mentions = index.find(listing);            // title and description
 * }</pre>
 *
 * <h2>What is found</h2>
 * The brand in any case; lookalike letters from other scripts, with marks, fullwidth or mathematical
 * ({@code CONFUSABLE}); invisible characters inside it and letters spelled out with separators
 * ({@code SEPARATED}); digits and symbols for letters ({@code LEET}); masked letters, at most two and
 * fewer than half ({@code MASKED}); misspellings within the edits Elasticsearch's AUTO fuzziness
 * allows for the brand's length, none up to 2 characters, one up to 5, two beyond ({@code FUZZY});
 * multi-word brands joined or re-separated and brands glued to a common word or a number ({@code
 * JOINED}); aliases, including in scripts written without spaces, anywhere inside such text ({@code
 * ALIAS}). A misspelling that is itself a common word ({@code door} for Dior) is not reported unless
 * it is also disguised; a short brand inside a longer word ({@code Deno} in {@code denouncement}) is
 * not reported unless the rest of the word is a common word or a number.
 *
 * <h2>How lookup stays fast</h2>
 * Every spelling is normalised once by {@link dev.marque.matching.text.TextNormalizer} to a key (the
 * disguises undone, spaces removed). The index holds each key's <em>deletion neighbourhood</em>, as
 * SymSpell does: the key with every choice of up to as many characters deleted as it allows edits
 * (or masks), hashed into one open-addressing table of 64-bit polynomial hashes. Two strings are
 * within {@code k} edits (insertions, deletions, substitutions, adjacent swaps) only if deleting at most
 * {@code k} characters from each gives a common string, so a text window finds every candidate by
 * hashing its own deletions (computed in constant time each from prefix hashes) and probing the table.
 * Candidates are then verified with the bit-parallel {@link
 * dev.marque.matching.similarity.OptimalStringAlignment} kernel under the brand's edit bound.
 *
 * <p>The windows are single words and runs of up to four adjacent words (for split and multi-word
 * brands), never longer than the longest key plus two, so the work per title depends on the title's
 * length and the longest brand, not on how many brands there are: a table probe costs the same for
 * 300 brands as for 30,000. Only the table's size grows, linearly with the brands (about 40 entries
 * for an 8-letter brand). Phrases in scripts written without spaces (Chinese, Japanese, Korean, Thai)
 * are instead looked up at every position of such text by their first character, and must match
 * exactly.
 *
 * @since 0.1.0
 */
package dev.marque.matching;
