package dev.marque.capture.extract;

import dev.marque.core.Listing;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ListingExtractor} read from a page: the listing, where each of its fields came from,
 * the brand the page claims, and warnings about anything odd (broken JSON-LD, an absurd price,
 * sources that disagree). Immutable.
 *
 * @param listing the listing
 * @param sources where each field present came from; a field absent from the listing is absent here
 * @param brand the brand the page's structured data claims, when it claims one
 * @param warnings what was wrong with or odd about the page, in the order found
 */
public record Extraction(
    Listing listing, Map<ExtractedField, Source> sources, Optional<String> brand,
    List<String> warnings) {

  /**
   * Checks every part is present and copies the collections.
   *
   * @param listing the listing
   * @param sources where each field present came from; a field absent from the listing is absent
   *     here
   * @param brand the brand the page's structured data claims, when it claims one
   * @param warnings what was wrong with or odd about the page, in the order found
   */
  public Extraction {
    Objects.requireNonNull(listing, "listing must not be null");
    Objects.requireNonNull(sources, "sources must not be null");
    Objects.requireNonNull(brand, "brand must not be null");
    warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings must not be null"));
    sources = sources.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(
        new EnumMap<>(sources));
  }

  /**
   * {@return where a field came from; empty when the page did not give it}
   *
   * @param field the field
   */
  public Optional<Source> sourceOf(ExtractedField field) {
    Objects.requireNonNull(field, "field must not be null");
    return Optional.ofNullable(sources.get(field));
  }
}
