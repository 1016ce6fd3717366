/**
 * Extracting a listing from an HTML page: {@link dev.marque.capture.extract.ListingExtractor}.
 *
 * <pre>{@code
 * Extraction e = ListingExtractor.standard().extract(bytes, "https://www.ebay.com/itm/1234567890");
 * Listing listing = e.listing();
 * e.sourceOf(ExtractedField.PRICE);   // Optional[JSON_LD]
 * e.warnings();                       // what was odd about the page
 * }</pre>
 */
package dev.marque.capture.extract;
