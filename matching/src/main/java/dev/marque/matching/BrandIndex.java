package dev.marque.matching;

import dev.marque.core.Brand;
import dev.marque.core.BrandMention;
import dev.marque.core.Listing;
import dev.marque.core.ListingField;
import dev.marque.core.Product;
import dev.marque.matching.internal.OrdinaryWords;
import dev.marque.matching.internal.WordBrandContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds a portfolio's brands in listing text, however the seller disguised them: compiled once from
 * the brands, immutable, thread-safe, and meant to be shared by every thread that scans listings.
 *
 * <pre>{@code
 * BrandIndex index = BrandIndex.of(portfolio.brands());
 * for (BrandMention m : index.find("New G*cci bag, 100% authentic", ListingField.TITLE)) {
 *   m.brand();    // "Gucci"
 *   m.matched();  // "G*cci", at m.start() .. m.end() of the title
 *   m.method();   // MASKED
 * }
 * }</pre>
 *
 * <p>A brand is looked for under its name and every alias; a mention always names the brand by its
 * canonical name. See the {@linkplain dev.marque.matching package documentation} for what is found and
 * how lookup stays fast for tens of thousands of brands.
 *
 * <p>A brand whose name is an ordinary word (Ring, Apple, Coach) is reported only where the listing
 * is about its kind of goods ({@link MatchOptions#withWordBrandsByContext(boolean)}): {@link
 * #find(Listing)} judges by the title and the description together, {@link #find(String,
 * ListingField)} by the text it is given.
 *
 * @since 0.1.0
 */
public final class BrandIndex {
  private final PhraseIndex phrases;
  private final WordBrandContext wordBrands;

  private BrandIndex(PhraseIndex phrases, WordBrandContext wordBrands) {
    this.phrases = phrases;
    this.wordBrands = wordBrands;
  }

  /**
   * {@return an index of the brands with the {@linkplain MatchOptions#defaults() default options}}
   *
   * @param brands the brands to find
   */
  public static BrandIndex of(Collection<Brand> brands) {
    return of(brands, MatchOptions.defaults());
  }

  /**
   * {@return an index of the brands with the given options}
   *
   * @param brands the brands to find
   * @param options how to match
   * @throws NullPointerException naming the argument, if it or a brand is null
   */
  public static BrandIndex of(Collection<Brand> brands, MatchOptions options) {
    Objects.requireNonNull(brands, "brands must not be null");
    Objects.requireNonNull(options, "options must not be null");
    Map<String, List<String>> spellings = new LinkedHashMap<>();
    Map<String, List<String>> products = new LinkedHashMap<>();
    Map<String, Long> goods = new HashMap<>();
    int i = 0;
    for (Brand brand : brands) {
      Objects.requireNonNull(brand, "brands[" + i++ + "] must not be null");
      // Two portfolio entries with one name are one brand to look for.
      spellings.computeIfAbsent(brand.name(), k -> new ArrayList<>()).addAll(brand.aliases());
      for (Product p : brand.products()) {
        products.computeIfAbsent(brand.name(), k -> new ArrayList<>()).add(p.name());
      }
      goods.merge(brand.name(), WordBrandContext.goodsClasses(brand), (a, b) -> a | b);
    }
    WordBrandContext wordBrands = WordBrandContext.of(
        options.wordBrandsByContext() ? List.copyOf(brands) : List.of(),
        OrdinaryWords.standard(options.commonWords(), options.lexicon()));
    return new BrandIndex(PhraseIndex.of(spellings, products, goods, true, options), wordBrands);
  }

  /**
   * {@return the brands mentioned in {@code text}, which came from {@code field}, sorted by start
   * offset, with offsets into {@code text} as given} Overlapping candidates are resolved to the
   * best one.
   *
   * @param text the text of a listing field, as the listing gives it
   * @param field which field it is, for the mentions' spans
   */
  public List<BrandMention> find(String text, ListingField field) {
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(field, "field must not be null");
    return wordBrands.judge(mentions(phrases.find(text), field, List.of(), field, cap()), text,
        "");
  }

  /**
   * {@return the brands mentioned in the listing's title, then in its description}
   *
   * @param listing the listing
   */
  public List<BrandMention> find(Listing listing) {
    Objects.requireNonNull(listing, "listing must not be null");
    List<PhraseMatch> title = phrases.find(listing.title());
    Optional<String> description = listing.description();
    List<PhraseMatch> inDescription =
        description.isPresent() ? phrases.find(description.get()) : List.of();
    return wordBrands.judge(
        mentions(title, ListingField.TITLE, inDescription, ListingField.DESCRIPTION, cap()),
        listing.title(), description.orElse(""));
  }

  /** The matches of the first field's text, then of the second's, as mentions in one list. */
  private static List<BrandMention> mentions(List<PhraseMatch> first, ListingField firstField,
      List<PhraseMatch> second, ListingField secondField, int cap) {
    int count = first.size() + second.size();
    if (count == 0) {
      return List.of();
    }
    if (first.size() > cap || second.size() > cap) {
      return capped(first, firstField, second, secondField, cap);
    }
    BrandMention[] out = new BrandMention[count];
    for (int i = 0; i < first.size(); i++) {
      out[i] = mention(first.get(i), firstField);
    }
    for (int i = 0; i < second.size(); i++) {
      out[first.size() + i] = mention(second.get(i), secondField);
    }
    return List.of(out);
  }

  /** The most mentions of one brand kept per field: {@link MatchOptions#maxMentionsPerBrandAndField}. */
  private int cap() {
    return phrases.options().maxMentionsPerBrandAndField();
  }

  /** {@link #mentions} keeping the first {@code cap} mentions of each brand in each field. */
  private static List<BrandMention> capped(List<PhraseMatch> first, ListingField firstField,
      List<PhraseMatch> second, ListingField secondField, int cap) {
    List<BrandMention> out = new ArrayList<>();
    for (int f = 0; f < 2; f++) {
      Map<String, Integer> seen = new HashMap<>();
      for (PhraseMatch m : f == 0 ? first : second) {
        if (seen.merge(m.name(), 1, Integer::sum) <= cap) {
          out.add(mention(m, f == 0 ? firstField : secondField));
        }
      }
    }
    return List.copyOf(out);
  }

  private static BrandMention mention(PhraseMatch m, ListingField field) {
    return new BrandMention(m.name(), field, m.start(), m.end(), m.matched(), m.method(),
        m.similarity());
  }

  /** {@return the number of brands indexed} */
  public int size() {
    return phrases.size();
  }

  /** {@return the options the index was compiled with} */
  public MatchOptions options() {
    return phrases.options();
  }
}
