/**
 * Fingerprints of listings that survive the disguises of a re-listing: perceptual image hashes
 * ({@link dev.marque.matching.fingerprint.ImageFingerprinter}: PDQ, dHash, SHA-256, and both
 * perceptual hashes of crops of each picture), an exact radius index over them ({@link
 * dev.marque.matching.fingerprint.ImageHashIndex}), near-duplicate text, and the index of removed
 * listings that puts them together ({@link dev.marque.matching.fingerprint.RelistingIndex}).
 *
 * <h2>Photos cut by up to a tenth, and watermarked</h2>
 *
 * <p>PDQ and dHash describe the whole picture: a 10% crop moves a PDQ hash by 60 to 130 of its
 * 256 bits (as far as an unrelated photo), a dHash by up to 20 of 64. So each picture is also
 * hashed as 27 crops ({@link dev.marque.matching.fingerprint.ImageFingerprint#crops()}), each
 * keeping the same share of the width and of the height, at the start, middle or end of each
 * axis (3 x 3 places):
 *
 * <ul>
 *   <li><b>95% and 90%</b> (18 crops): a copy cut by 5% or 10%, centred or from a corner or side,
 *       is within 0 to 18 bits of the crop of the original at that place (measured on 61 outside
 *       photos, {@code RelistingEval}), where its whole-picture hash was 26 to 142 bits away.
 *   <li><b>97%</b> (9 crops): a cut between the grid's places (7% with 30% of it from the left
 *       and top, 3% mostly from one side) is 16 to 48 bits from the nearest 90% or 95% crop of the
 *       original; one of the copy's own 97% crops then meets one of the original's crops within a
 *       few bits (60 of 61 photos within 31, against 27 of 61 with the 90%/95% crops alone).
 * </ul>
 *
 * <p>Two pictures are compared through every pair of their hashes (whole or crop, 28 x 28): the
 * PDQ distance reported is the smallest, and a dHash match counts when one pair has dHashes within
 * {@value dev.marque.matching.fingerprint.RelistingIndex#DHASH_RADIUS} bits and PDQ hashes within
 * {@value dev.marque.matching.fingerprint.RelistingIndex#DHASH_PDQ_GUARD}. A watermark (a banner
 * and a translucent diagonal text) moves PDQ by 22 to 128 bits whatever the crop, so watermarks
 * are found by dHash, which a banner changes only where it lies; the dHashes of the crops raise
 * what is found under a watermark from 74% to 89%, and under a cut, resize, watermark and JPEG
 * together from 48% to 87%. The price: smooth pictures (skies, gradients) meet more often when 28 x
 * 28 pairs are compared, 0.2-0.4% of pairs of photos of different items against none; with the
 * 0.1 text bar a photo match needs, 0 to 2.7% of other products of a brand were wrongly matched,
 * each through a dHash match alone with PDQ 90 to 100 apart and text Jaccard 0.10 to 0.16. So a
 * photo matching by dHash alone needs text Jaccard {@value
 * dev.marque.matching.fingerprint.RelistingIndex#TEXT_WITH_DHASH}, set from the re-listings
 * matched so on the tuning halves of the evaluation (0.31 to 0.63, against 0.10 to 0.26 for
 * other products): no other product is then wrongly matched in any row of either half (see the
 * README's evaluation for the whole table).
 *
 * <p>The crops cost little: they are sampled from the luminance already filtered for the whole
 * picture (a 64 x 64 sampling and a DCT each, not another pass over the pixels), and hashing the
 * whole of a crop this way gives the whole picture's PDQ hash bit for bit. An index keeps 28 PDQ
 * hashes and 28 dHashes per removed photo (29 of each for a picture with a plain border; about
 * 5 KB with the multi-index tables); the lookups
 * stay exact within the radius (multi-index hashing over every hash, whole and crop).
 *
 * <h2>Photos set into a shop's frame: the picture inside a plain border</h2>
 *
 * <p>A re-lister who shrinks the photo into a template (a border of one colour, a line of sale
 * text in it) moves every hash above: the photo fills 80 to 92% of the new picture, at a place the
 * grid does not hold. So when a picture has a plain border, the picture inside it is hashed too,
 * as one more crop after the grid's 27 ({@code internal.PlainBorder}, an image editor's "trim"):
 * the border's colour is the median of the outermost rows and columns; an edge whose outermost
 * row is at least 75% of that colour (within 24, the sum of the channel differences) is cut in
 * while rows stay at least half of it, so the frame's text goes with the frame; the inner picture
 * counts when at least 3% of the width or height was cut and at least half of each side is left.
 * The picture inside a frame then lies within a few bits of the removed photo's whole hash (2 to
 * 6 bits on outside photos). A photo's own plain margin (a backdrop, a sky) is cut as well, alike
 * in its copies, so no match is lost by it; and two products a shop sets into the same frame are,
 * once the frame is cut off, two different pictures.
 *
 * <p>Corner features were tried first for frames (Harris corners with BRIEF descriptors, matched
 * and checked against one scale and shift) and left: corners find the framed photo, but also the
 * frame or banner that two products of one shop share (41 corners agreed between two different
 * photos under the same banner), and checking the colours laid over each other by that scale
 * and shift separated the two only on drawn pictures: on outside photos a framed copy lay 13 to 25
 * from its original at the 8 x 8 layout's coarseness, where it would have to be near.
 *
 * <h2>Light watermarks: the picture eroded</h2>
 *
 * <p>A shop's name written over a photo in white or a light translucent colour, once across the
 * middle or tiled over the whole picture, moves every hash above, whole or cropped, because it
 * lies everywhere. Such text is made of strokes thinner than one cell of the 64 x 64 grid PDQ
 * samples, so each picture is also hashed after a grey-level erosion with a window of that size
 * ({@link dev.marque.matching.fingerprint.ImageFingerprint#eroded()}: the darkest value in each
 * window replaces the light strokes by the photo beside them), whole and as the same 27 crops.
 * Probed on the 61 outside photos of {@code RelistingEval} under a tiled white text, the eroded
 * hashes of a copy were 0 to 30 bits from the original's for 47 photos and every photo of
 * another item at least 74 bits away; on generated product pictures the eroded distance is 0 to
 * 4 where the plain hashes were 10 to 46 apart. Opaque logos and banners, and dark text, stay for
 * the crops and the dHash. The index keeps 28 more PDQ hashes per removed photo.
 *
 * <p>Erosion sets aside a product's own print, stitching and small logo as well: two products of
 * one shape photographed alike, on one backdrop, are one picture once eroded (a drawn tote in
 * brown with a leaf print and in burgundy with another: 12 bits apart eroded, 46 as they are). So
 * an eroded match is weaker evidence than a PDQ match of the pictures as they are ({@link
 * dev.marque.matching.fingerprint.ImageEvidence.Basis#ERODED}): it needs the colour layouts within
 * {@value dev.marque.matching.fingerprint.RelistingIndex#ERODED_COLOUR_RADIUS} (the totes: 9.0),
 * and, like a dHash match, text Jaccard of {@value
 * dev.marque.matching.fingerprint.RelistingIndex#TEXT_WITH_DHASH}; it never proves a re-listing
 * alone, however near. The variants' outlines make dHash pairs too (4 to 10 bits), and their
 * titles share most words; what tells them apart is the colour each names: where no photo matches
 * as it is, listings naming colours of no common family are not one item.
 *
 * <h2>Smooth pictures: the colour layout</h2>
 *
 * <p>PDQ's hash of a smooth picture (a dark wallpaper, a gradient, a plain backdrop: PDQ quality
 * under {@value dev.marque.matching.fingerprint.RelistingIndex#FEATURED_QUALITY}) is mostly
 * noise: the same picture re-encoded lands 100 or more bits away, and a banner over it moves its
 * dHash past the radius too. What such a picture still has is its colours, so each fingerprint
 * also keeps the average colour of the cells of an 8 x 8 grid ({@link
 * dev.marque.matching.fingerprint.ColourLayout}, 192 bytes), compared on the 56 cells where two
 * pictures agree best so that a banner or a line of text over a few cells is set aside. Two
 * photos match by colour when either is smooth and their layouts are within {@value
 * dev.marque.matching.fingerprint.RelistingIndex#COLOUR_RADIUS} and neither is within that of a
 * single colour ({@link dev.marque.matching.fingerprint.ColourLayout#distanceFromFlat()}): a
 * layout a plain picture of its mean colour would match says what colour a picture is, not which
 * picture (two black photos, two halves of one plain wallpaper). Such a match is weak evidence, so
 * like a dHash match alone it needs text Jaccard {@value
 * dev.marque.matching.fingerprint.RelistingIndex#TEXT_WITH_DHASH}, and the text candidates of a
 * listing with a smooth photo are checked down to that bar. Probed first on the tuning halves of
 * {@code RelistingEval}'s two photo sets (47 photos, 10 of them smooth): a smooth photo
 * re-encoded, resized or under a banner and a diagonal text lay 0 to 4.3 from its copy, and every
 * photo of another item at least 6.4 from it (the nearest, the other half of an almost black
 * wallpaper); the cell means of MPEG-7's colour layout descriptor (its low DCT coefficients) were
 * tried and left, because a banner moves them as far as another picture is. A crop moves the
 * grid, so cropped smooth photos are still found only by their hashes.
 *
 * <p>A colour match is checked on candidates, and a smooth photo whose hashes moved past their
 * radii is no hash index's candidate: the text's LSH bands alone would have to bring it up, and
 * they seldom bring up a pair under a Jaccard of about 0.5. So the smooth removed photos are also
 * indexed by a 64-bit luma key (a bit a cell, set where the cell is brighter than the picture's
 * mean), which a re-encoding, a resize or a light overlay moves by a few bits, and every query
 * photo with a layout looks them up within {@value
 * dev.marque.matching.fingerprint.RelistingIndex#COLOUR_KEY_RADIUS} bits (multi-index hashing,
 * exact within the radius). On the tuning halves of {@code RelistingEval}'s photo sets, smooth
 * photos lay 0 to 8 bits from their copies in 56 of 60 pairs and 12 or more from every other
 * picture; a banner over a full row of cells can move the key past the radius, where dHash or the
 * text still finds most. The key is derived from the stored layout, so index files are unchanged.
 *
 * <h2>Templated descriptions</h2>
 *
 * <p>Shops write descriptions from templates: the same sentences with the product's words. Over
 * whole descriptions, every other product of a shop looks like a re-listing of each of its
 * removed products (on the evaluation set, all of them did). {@link
 * dev.marque.matching.fingerprint.RelistingIndex} sets aside, from the removed listings and from
 * each query, the text shingles found in more than {@value
 * dev.marque.matching.fingerprint.RelistingIndex#BOILERPLATE_SHARE} of the removed listings and
 * more than {@value dev.marque.matching.fingerprint.RelistingIndex#BOILERPLATE_MIN_LISTINGS} of
 * them, or of more than half of them in an index of fewer than twice that ({@link
 * dev.marque.matching.fingerprint.RelistingIndex.Builder#boilerplateShare}); text similarity is
 * measured on what each listing says of its own product.
 *
 * <p>Text alone (no photo match) must also reach a rarity-weighted Jaccard of {@value
 * dev.marque.matching.fingerprint.RelistingIndex#RARE_TEXT_ALONE}: each shingle weighs {@code
 * ln(1 + listings / listings with it)} in the removed index, so the words all of a brand's
 * listings share (its name, the product word, "for women", "gift box") count less than the words
 * that told the removed product apart, and a query's words no removed listing has are left out.
 * Where photos cannot be compared, a rarity-weighted Jaccard of {@value
 * dev.marque.matching.fingerprint.RelistingIndex#RARE_TEXT_DILUTED} is enough with a plain one
 * of {@value dev.marque.matching.fingerprint.RelistingIndex#DILUTED_TEXT_FLOOR}: the cue words and
 * sentences a re-lister adds dilute the plain measure, not that one.
 */
package dev.marque.matching.fingerprint;
