package dev.marque.core;

import static dev.marque.core.internal.Checks.notBlank;
import static dev.marque.core.internal.Checks.notNull;
import static dev.marque.core.internal.Checks.optional;
import static dev.marque.core.internal.Checks.optionalText;

import java.util.Optional;

/**
 * A genuine product of a brand, whose MSRP tells when a listing's price is too good to be true.
 *
 * @param name the product's name, such as {@code "Aurelia Tote"}
 * @param sku the brand's stock-keeping unit, when known
 * @param gtin the GS1 trade item number (GTIN-8, UPC-A, EAN-13 or GTIN-14), when known
 * @param msrp the manufacturer's suggested retail price, when known
 */
public record Product(String name, Optional<String> sku, Optional<String> gtin,
    Optional<Money> msrp) {

  /**
   * Checks the name is present and the GTIN, when given, has a valid length and check digit.
   *
   * @param name the product's name, such as {@code "Aurelia Tote"}
   * @param sku the brand's stock-keeping unit, when known
   * @param gtin the GS1 trade item number (GTIN-8, UPC-A, EAN-13 or GTIN-14), when known
   * @param msrp the manufacturer's suggested retail price, when known
   */
  public Product {
    name = notBlank(name, "name");
    sku = optionalText(sku, "sku");
    gtin = optionalText(gtin, "gtin");
    gtin.ifPresent(Product::checkGtin);
    optional(msrp, "msrp");
  }

  /**
   * A product known by name and MSRP.
   *
   * @param name the product's name
   * @param msrp its manufacturer's suggested retail price
   * @return the product
   * @throws NullPointerException naming the argument that is null
   * @throws IllegalArgumentException when {@code name} is blank
   */
  public static Product of(String name, Money msrp) {
    return new Product(name, Optional.empty(), Optional.empty(),
        Optional.of(notNull(msrp, "msrp")));
  }

  /**
   * Checks a GTIN: 8, 12, 13 or 14 digits whose last digit is the GS1 check digit.
   *
   * @param gtin the GS1 trade item number (GTIN-8, UPC-A, EAN-13 or GTIN-14), when known
   * @throws IllegalArgumentException saying what is wrong, starting with {@code gtin}
   */
  public static void checkGtin(String gtin) {
    if (!gtin.matches("\\d{8}|\\d{12,14}")) {
      throw new IllegalArgumentException(
          "gtin '" + gtin + "' is not a GTIN: expected 8, 12, 13 or 14 digits");
    }
    int sum = 0;
    int n = gtin.length();
    for (int i = 0; i < n - 1; i++) {
      int digit = gtin.charAt(n - 2 - i) - '0';
      sum += (i % 2 == 0) ? digit * 3 : digit;
    }
    int check = (10 - sum % 10) % 10;
    if (check != gtin.charAt(n - 1) - '0') {
      throw new IllegalArgumentException(
          "gtin '" + gtin + "' is not a GTIN: its check digit should be " + check);
    }
  }
}
