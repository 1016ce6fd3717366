package dev.marque.matching;

import dev.marque.core.Brand;
import dev.marque.matching.internal.OrdinaryWords;
import dev.marque.matching.internal.WordBrandContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Brands whose name is an ordinary word (Ring, Apple, Coach, Dove, Shell): which of a portfolio's
 * cannot be judged by context, and so will be reported on every use of the word. {@code marque
 * validate} warns of them.
 *
 * <pre>{@code
 * for (Brand b : WordBrands.noisy(portfolio.brands(), MatchOptions.defaults())) {
 *   // give b its trade marks' Nice classes or goods, or its products, or expect "ring" in every
 *   // ring listing
 * }
 * }</pre>
 *
 * @see MatchOptions#withWordBrandsByContext(boolean)
 * @since 0.1.0
 */
public final class WordBrands {
  private WordBrands() {}

  /**
   * The brands, in order, whose name is an ordinary word and which have neither a trade mark in a
   * goods class (Nice classes 1 to 34) or with the terms of its goods ({@link
   * dev.marque.core.rights.Trademark#goods()}) nor a product: a {@link BrandIndex} with these
   * options cannot tell a use of the word for the brand's goods from any other, and reports every
   * one. When the options do not judge word-brands by context, every word-brand is reported so,
   * and all are given.
   *
   * @param brands the brands to check
   * @param options the options a {@link BrandIndex} would be built with
   * @return the word-brands that will be noisy
   * @throws NullPointerException naming the argument, if it or a brand is null
   */
  public static List<Brand> noisy(Collection<Brand> brands, MatchOptions options) {
    Objects.requireNonNull(brands, "brands must not be null");
    Objects.requireNonNull(options, "options must not be null");
    OrdinaryWords ordinary = OrdinaryWords.standard(options.commonWords(), options.lexicon());
    List<Brand> out = new ArrayList<>();
    int i = 0;
    for (Brand b : brands) {
      Objects.requireNonNull(b, "brands[" + i++ + "] must not be null");
      if (options.wordBrandsByContext() ? WordBrandContext.unjudgeable(b, ordinary)
          : WordBrandContext.isWordBrand(b, ordinary)) {
        out.add(b);
      }
    }
    return List.copyOf(out);
  }
}
