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
 * The brand in any case; lookalike letters from other scripts (Cyrillic, Greek), small capitals,
 * fullwidth or mathematical ({@code CONFUSABLE}); the brand spelt with marks it does not have
 * ({@code Nikè}, {@code Gücci}: a misspelling, {@code FUZZY}, since a mark on a Latin letter is how
 * the languages written in Latin letters spell, no lookalike; a brand's own marks, {@code Hermès},
 * are the brand as written); invisible characters inside it and letters spelled out with separators
 * ({@code SEPARATED}); digits and symbols for letters ({@code LEET}); masked letters, at most two and
 * fewer than half ({@code MASKED}); misspellings within the edits Elasticsearch's AUTO fuzziness
 * allows for the brand's length, none up to 2 characters, one up to 5, two beyond ({@code FUZZY});
 * multi-word brands joined or re-separated and brands glued to a common word or a number ({@code
 * JOINED}); aliases, including in scripts written without spaces, anywhere inside such text ({@code
 * ALIAS}); letters enclosed or squared ({@code Ⓐurelia}, {@code 🅰urelia}), Latin small capitals and the
 * Cyrillic letters drawn like them ({@code ԍмаіӏ}, {@code томтом}), and text reversed inside a
 * right-to-left override ({@code ailerua} between U+202E and U+202C, displayed {@code aurelia}). A short brand
 * inside a longer word ({@code Deno} in {@code denouncement}) is not reported unless the rest of the
 * word is a common word or a number, and the word itself is no word: a common word, or a word of
 * the lexicon in any of its languages, is that word ({@code TER} is not in {@code winter}, {@code
 * Apple} not in {@code applesauce}, {@code SEAT} not in {@code seatbelt}, {@code Astro} not in the
 * Spanish {@code astrólogo}, {@code JAS} not in the Dutch {@code winterjas}) unless the brand's own
 * letters in it are disguised ({@code winT3R}).
 *
 * <h2>Which misspellings are reported</h2>
 * A misspelling accuses a seller of imitating a brand, so it must be one a lawyer would accept. A
 * window whose only difference from the brand is a misspelling (no leet digits or symbols, no
 * lookalike letters of another script, no separators, masks or invisible characters; marks on Latin
 * letters, {@code é} or {@code ß}, are ordinary spelling and no disguise) is reported {@code FUZZY}
 * only if, compared as written (case and marks aside):
 * <ol>
 * <li>it is within the edits the brand's length allows, Elasticsearch's AUTO fuzziness: none up to 2
 *   letters, one up to 5, two beyond; counted on the letters as written, so reading {@code l} as
 *   {@code i} (which finds {@code Roiex}) never buys a third edit of a 7-letter word;</li>
 * <li>it keeps the brand's first letter, or changes it as its only edit, the rest of the brand as
 *   written (SymSpell's and Elasticsearch's prefix rule, less strict by one letter): {@code Kartier}
 *   and {@code Qartier} may be Cartier; {@code Kartiar}, the first letter changed beside another
 *   edit, only with corroboration as for a short brand (below: {@code Kartiar replica}), and
 *   {@code Cxrtlex}, three edits of a seven-letter brand, never;</li>
 * <li>it is not a word of the {@linkplain dev.marque.matching.Lexicon lexicon} (English, French,
 *   Spanish, Portuguese and Dutch with their inflected forms, when {@code marque-lexicons} is on the
 *   class path, German and Italian with {@code marque-lexicons-languagetool}; see {@link
 *   dev.marque.matching.MatchOptions#lexicon()}) nor a common word: {@code
 *   hoodie} is not JDoodle, {@code version} not Verizon, {@code warbler}, {@code crazier} and {@code
 *   carolers} not Cartier, {@code chinos} not Thanos, {@code reality} not Creality, {@code ketchup}
 *   not SketchUp, {@code orchid} not ORCID, {@code barberry} not Burberry, {@code chancel} not
 *   Chanel, {@code panada} not Canada Goose, {@code vibro} not Viblo, {@code réarme} not ReadMe,
 *   {@code twinkled} not Twinkies; German regular inflections and compounds the German list lacks
 *   count ({@code wandre}, {@code stotter}, {@code Blumentopf}) in a text that shows German, one
 *   more word of three letters or more that the German list holds and the English one does not
 *   ({@code Blumentopf aus Ton}), and in no other: in {@code singlesore Pescado Práctico}, a
 *   Spanish title, {@code singlesore} is SingleStore misspelt, not Single + Sore ({@link
 *   dev.marque.matching.Lexicon#languagesListing}); nor is it a proper name a list
 *   knows, written as a name is, with a capital ({@link dev.marque.matching.Lexicon#isName}:
 *   {@code Köln}, {@code Linz}, {@code Texel}, a place or a person, not a misspelt brand; {@code
 *   kira} in lower case may still be Jira);</li>
 * <li>when it carries exactly one marked letter of those languages ({@code ó}, {@code á},
 *   {@code ñ}, {@code ç}) that the brand is not spelt with, beside its edits, it is spelt as a word
 *   of a language that writes such marks, one no list holds ({@code verdigón}, {@code grafómana},
 *   {@code trillón} in Spanish): it is reported only with corroboration, as below ({@code verdigón
 *   replica}). Marks scattered over a word, or a letter none of those languages writes ({@code
 *   têamviêvver}, {@code reclmině}), are a lookalike's;</li>
 * <li>when the brand is short, where one edit changes a fifth of it or more, something else in
 *   the text corroborates it. Short is five letters or fewer for a brand that declares its goods (a
 *   trade mark in a goods class, or a product), three letters or fewer for one that declares
 *   neither, whose listings cannot show what it sells. What corroborates: the brand itself
 *   elsewhere in the text (written as it is or disguised), a counterfeit cue word ({@code replica},
 *   {@code 1:1}, {@code AAA}), a word of the brand's products' names, a word naming goods of its
 *   trade marks' Nice classes or of its products' kinds (the shipped goods vocabulary, in the
 *   languages above: {@code shoes}, {@code Turnschuhe}, {@code chaussures}, {@code zapatillas}
 *   for class 25), or a leet symbol glued to it. For Nike with a trade mark in class 25, {@code
 *   Nikke} or {@code Nlke} alone, or in {@code Nikke coffee mug}, is not reported; {@code Nikke
 *   running shoes}, {@code zapatillas Nlke}, {@code Nikke replica} and {@code Nike Nikke} are.
 *   For a Gucci that declares nothing, {@code Guci bag} is reported as before; a word one edit from
 *   such a brand is kept out by the lexicon. (Why four- and five-letter brands that declare no goods
 *   are not held to it: their listings cannot show their goods, so the rule would leave only cue
 *   words, and drop about a quarter of all misspellings found; {@code ShortBrandEval} in {@code
 *   marque-benchmarks} measures both. Declare a brand's goods to have its short misspellings
 *   judged.)</li>
 * </ol>
 * A digit between two letters joins them into one token for these rules, not two words ({@code
 * test2ail}, TestRail with a letter's bit flipped, is no {@code test} + {@code ail}), and the brand
 * as written with a number glued to it is the brand even where its name is a word ({@code
 * kickstarter2}; {@code version2} stays the word version). A misspelling is of a whole word: one
 * that starts or ends inside a longer word of the text (a
 * letter of a script written with spaces right before or after it) is not reported, so {@code zlich}
 * in the German {@code nützlich} is no Zilch and {@code ario} in {@code binario} or {@code armário}
 * no Arlo. A brand written as it is may be glued to a word ({@code nikeshoes}), and so may a
 * brand disguised beyond the edit ({@code n1keshoes}).
 *
 * <p>The same words disguised are reported: {@code v3rsion} (LEET) may be Verizon, {@code сhancel}
 * with a Cyrillic {@code с} (CONFUSABLE) may be Chanel; so are a brand's own aliases, which are
 * matched as written, words or not. A one-word brand written as a hyphenated compound of words is
 * the brand ({@code Deep-Seek} is DeepSeek, {@code SEPARATED}); the same words apart are not ({@code
 * deep seek fishing lure}).
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
 * brands), never longer than the longest key plus two, so the number of probes per title depends on
 * the title's length and the longest brand, not on how many brands there are. Most probes are never
 * made: a misspelling of an undisguised common word is never reported, so a window of common words
 * ({@code leather bag}) is probed only for its exact spelling; and a phrase spread over more words
 * than it has must match exactly, so a window of several words is probed for deletions only in a
 * second, small table holding the phrases of several words, and not at all when no phrase that may be
 * misspelt has that many words. A window of several words one of which is a common word can only be
 * a phrase of several words (a one-word phrase spread over words must not be spread over a common
 * one), so its exact probe too goes to that small table, and it is not looked up at all when it has
 * more words than any phrase. Nor is a window looked up for misspellings once some phrase matches
 * it with similarity 1 (written as it is, in any case, in leetspeak, spelled out): a misspelling of
 * the same span would lose to it anyway. Each probe first asks a blocked Bloom filter of about eight bits per
 * variant, which answers most misses without touching the table; the table lays out each hash's
 * entries next to each other. The parts of a word a brand may be glued to are
 * first looked up in a small set of the keys themselves. What does grow with the brands is the table (linearly, about 40
 * entries for an 8-letter brand), so a larger portfolio costs more cache misses per probe, and a
 * denser one more candidates to verify. Phrases in scripts written without spaces (Chinese, Japanese,
 * Korean, Thai) are instead looked up at every position of such text by their first character, and
 * must match exactly, but for spaces (the normaliser writes the middle dot of {@code ルイ・ヴィトン}
 * as one, and sellers leave it out); the marks Japanese writes inside words belong to them ({@code
 * ー} in {@code ソニー}), and a phrase going on in Latin letters ({@code 嘉立创EDA}) ends where
 * their word does.
 *
 * <p>Text that is all ASCII, as most listing titles are, is normalised in one pass rather than
 * through the five steps, with the same result.
 *
 * @since 0.1.0
 */
package dev.marque.matching;
