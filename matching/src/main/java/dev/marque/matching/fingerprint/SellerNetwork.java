package dev.marque.matching.fingerprint;

import java.util.List;

/**
 * Seller accounts linked, directly or through one another, by shared contact details or photos.
 *
 * @param sellers the accounts ({@code marketplace:sellerId}), sorted
 * @param links every link found between them, each explained
 */
public record SellerNetwork(List<String> sellers, List<SellerLink> links) {

  /**
   * Copies the lists.
   *
   * @param links every link found between them, each explained
   * @param sellers the accounts ({@code marketplace:sellerId}), sorted
   */
  public SellerNetwork {
    sellers = List.copyOf(sellers);
    links = List.copyOf(links);
  }
}
