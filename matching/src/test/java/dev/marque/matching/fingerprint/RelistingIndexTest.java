package dev.marque.matching.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marque.core.Listing;
import dev.marque.core.Money;
import dev.marque.core.Seller;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelistingIndexTest {
  private static final ImageFingerprinter HASHER = ImageFingerprinter.standard();

  private static ListingImage image(String source, byte[] bytes) {
    try {
      return new ListingImage(source, HASHER.fingerprint(bytes));
    } catch (ImageDecodeException e) {
      throw new AssertionError(e);
    }
  }

  private static Listing listing(String id, String title, String seller) {
    return Listing.builder(id, title).url("https://www.aliexpress.com/item/" + id + ".html")
        .price(Money.of("25", "USD")).seller(Seller.of(seller)).build();
  }

  private final Listing tote = listing("1005001", "Aurelia Laurel tote bag genuine leather women handbag", "shop-88");
  private final Listing wallet = listing("1005002", "Aurelia zip wallet card holder leather", "shop-12");
  private final List<ListingImage> totePhotos =
      List.of(image("https://img.example/tote-1.jpg", Pictures.jpeg(Pictures.photo(1, 800, 800), 0.9f)));
  private final List<ListingImage> walletPhotos =
      List.of(image("https://img.example/wallet-1.jpg", Pictures.jpeg(Pictures.photo(2, 800, 800), 0.9f)));
  private final RelistingIndex index = RelistingIndex.builder()
      .add(tote, totePhotos).add(wallet, walletPhotos).build();

  @Test
  void aRewordedListingWithTheSamePhotoReEncodedIsFoundWithItsEvidence() {
    Listing back = listing("1005999", "women handbag tote A U R E L I A laurel, real leather", "shop-90");
    List<ListingImage> photos = List.of(image("p1.jpg",
        Pictures.jpeg(Pictures.resize(Pictures.photo(1, 800, 800), 0.5), 0.6f)));
    List<Relisting> found = index.find(back, photos);
    assertThat(found).hasSize(1);
    Relisting r = found.get(0);
    assertThat(r.removedId()).isEqualTo("1005001");
    assertThat(r.seller()).isEqualTo(SellerRelation.OTHER);
    assertThat(r.images()).singleElement().satisfies(e -> {
      assertThat(e.image()).isEqualTo("p1.jpg");
      assertThat(e.removedImage()).isEqualTo("https://img.example/tote-1.jpg");
      assertThat(e.distance()).isLessThanOrEqualTo(16);
    });
    assertThat(r.text()).isBetween(0.3, 1.0);
    assertThat(r.score()).isGreaterThan(0.6);
    assertThat(r.toReason().code()).isEqualTo(dev.marque.core.ReasonCode.RELISTED);
    assertThat(r.toReason().message()).startsWith("Re-lists removed listing 1005001: photo p1.jpg"
        + " matches its https://img.example/tote-1.jpg (PDQ distance ").endsWith("another seller");
    assertThat(r.toReason().facts()).containsEntry("removedId", "1005001");
    // the words both use, as the re-listing writes them: the removed listing's own first, the
    // longest of those first (the brand's name and "leather" are the wallet's too)
    assertThat(r.words()).containsExactly("handbag", "laurel", "women", "tote", "A U R E L I A",
        "leather");
  }

  @Test
  void theSameSellerPostingTheSameTextWithoutPhotosIsFoundAsSame() {
    Listing back = listing("1005998", tote.title(), "shop-88");
    Relisting r = index.find(back, List.of()).get(0);
    assertThat(r.removedId()).isEqualTo("1005001");
    assertThat(r.seller()).isEqualTo(SellerRelation.SAME);
    assertThat(r.text()).isEqualTo(1.0);
  }

  @Test
  void anotherProductOfTheBrandWithASimilarTitleAndItsOwnPhotoIsNotARelisting() {
    Listing other = listing("1005997", "Aurelia Laurel tote bag genuine leather men travel", "shop-88");
    List<ListingImage> photos = List.of(image("other.jpg", Pictures.jpeg(Pictures.photo(3, 800, 800), 0.9f)));
    assertThat(index.find(other, photos)).isEmpty();
  }

  @Test
  void aPhotoOfOneFlatColourIsNoPhotoWhenTheTextDecides() throws Exception {
    // a flat grey field can match no photo, so that none matches it says nothing: the text needs
    // only what it needs without photos, not what it needs beside photos that differ
    ImageFingerprint flat = HASHER.fingerprint(Pictures.encode(greyShade(false), "png"));
    ImageFingerprint flatCopy = HASHER.fingerprint(Pictures.jpeg(greyShade(true), 0.7f));
    assertThat(RelistingIndex.photosMatch(flatCopy, flat)).isFalse();
    RelistingIndex flatIndex = RelistingIndex.builder().add(tote, totePhotos)
        .add(listing("R8", "Aurelia Laurel leather tote bag black", "shop-1"),
            List.of(new ListingImage("r8.png", flat)))
        .build();
    Listing back = listing("Q8", "Aurelia Laurel leather tote bag, hot sale 2026", "shop-2");
    Relisting byText = flatIndex.find(back, List.of()).get(0);
    assertThat(byText.removedId()).isEqualTo("R8");
    assertThat(byText.text()).isBetween(RelistingIndex.TEXT_ALONE,
        RelistingIndex.TEXT_DESPITE_PHOTOS);
    assertThat(flatIndex.find(back, List.of(new ListingImage("q8.jpg", flatCopy))))
        .singleElement().satisfies(r -> {
          assertThat(r.removedId()).isEqualTo("R8");
          assertThat(r.images()).isEmpty();
        });
    // a photo that could have matched and does not still asks more of the text
    List<ListingImage> otherPhoto = List.of(image("q8.jpg",
        Pictures.jpeg(Pictures.photo(3, 800, 800), 0.9f)));
    RelistingIndex photoIndex = RelistingIndex.builder().add(tote, totePhotos)
        .add(listing("R8", "Aurelia Laurel leather tote bag black", "shop-1"),
            List.of(image("r8.jpg", Pictures.jpeg(Pictures.photo(9, 800, 800), 0.9f))))
        .build();
    assertThat(photoIndex.find(back, otherPhoto)).isEmpty();
  }

  @Test
  void aPhotoShrunkIntoAShopsFrameIsFoundByThePictureInsideTheFrame() {
    Listing back = listing("1005996", "HOT SALE Aurelia Laurel leather tote handbag women",
        "shop-91");
    List<ListingImage> photos = List.of(image("framed.jpg", Pictures.jpeg(
        Pictures.framed(Pictures.photo(1, 800, 800), 0.85, "HOT SALE 50% OFF"), 0.7f)));
    assertThat(photos.get(0).fingerprint().pdq().distance(totePhotos.get(0).fingerprint().pdq()))
        .as("the frame moves the whole picture's hash").isGreaterThan(RelistingIndex.PDQ_RADIUS);
    assertThat(index.find(back, photos)).singleElement().satisfies(r -> {
      assertThat(r.removedId()).isEqualTo("1005001");
      assertThat(r.images()).singleElement().satisfies(e -> {
        assertThat(e.basis()).isEqualTo(ImageEvidence.Basis.PDQ);
        assertThat(e.distance()).isLessThanOrEqualTo(RelistingIndex.PDQ_CLOSE);
      });
    });
  }

  @Test
  void anotherProductInTheSameShopsFrameIsNotARelisting() {
    // the shop frames every photo alike, removed or not: the frame is cut off before the
    // pictures are compared, so it cannot make two products one
    String frame = "LUCKY SHOP - FREE SHIPPING";
    Listing framedTote = listing("1005101", "Aurelia Laurel tote bag genuine leather women",
        "shop-88");
    RelistingIndex framedIndex = RelistingIndex.builder().add(framedTote, List.of(image(
        "tote.jpg", Pictures.jpeg(Pictures.framed(Pictures.photo(1, 800, 800), 0.85, frame),
            0.9f)))).build();
    Listing other = listing("1005102", "Aurelia Laurel tote bag genuine leather men travel",
        "shop-88");
    List<ListingImage> photos = List.of(image("other.jpg", Pictures.jpeg(
        Pictures.framed(Pictures.photo(3, 800, 800), 0.85, frame), 0.9f)));
    assertThat(framedIndex.find(other, photos)).isEmpty();
  }

  @Test
  void aCroppedWatermarkedPhotoWithAShortUnrelatedTitleIsStillFound() {
    Listing back = listing("1005996", "hot sale bag leather", "shop-91");
    List<ListingImage> photos = List.of(image("c.png", Pictures.encode(
        Pictures.watermark(Pictures.crop(Pictures.photo(1, 800, 800), 0.08), "NEW SHOP"), "png")));
    assertThat(index.find(back, photos)).extracting(Relisting::removedId).containsExactly("1005001");
  }

  /** A shop's photo of its tote in one colour, with a print placed by the seed, as JPEG 90. */
  private static ImageFingerprint tote(long seed, Color leather) throws ImageDecodeException {
    return HASHER.fingerprint(Pictures.jpeg(Pictures.tote(seed, leather, 480), 0.9f));
  }

  private static final Color BROWN = new Color(150, 96, 52);

  /** The brown tote of seed 11 as a re-lister posts it again: a light text tiled over it. */
  private static ImageFingerprint brownToteWatermarked() throws ImageDecodeException {
    return HASHER.fingerprint(Pictures.jpeg(Pictures.tiledWatermark(
        Pictures.tote(11, BROWN, 480), "luxbags888", 90), 0.8f));
  }

  /** An index of the brown tote of seed 11, removed under the title given. */
  private static RelistingIndex removedBrownTote(String title, ImageFingerprint photo) {
    return RelistingIndex.builder()
        .add(listing("1005001", title, "lux-bags-888"),
            List.of(new ListingImage("tote-brown.jpg", photo)))
        .build();
  }

  @Test
  void twoVariantsOfAProductPhotographedAlikeAreNotOnePhotoOnceEroded() throws Exception {
    ImageFingerprint brown = tote(11, BROWN);
    ImageFingerprint burgundy = tote(37, new Color(120, 30, 40));
    ImageFingerprint black = tote(53, new Color(35, 32, 30));
    ImageFingerprint brownAgain = brownToteWatermarked();
    RelistingIndex index = removedBrownTote("Aurelia Laurel tote bag leather gold clasp", brown);
    for (ImageFingerprint variant : List.of(burgundy, black)) {
      // erosion sets the leaf print aside as it does a watermark's strokes: the same bag on the
      // same table, which once passed for a near-identical photo whatever the text said...
      assertThat(variant.cropDistance(brown)).isGreaterThan(RelistingIndex.PDQ_RADIUS);
      assertThat(variant.erodedDistance(brown)).isLessThanOrEqualTo(RelistingIndex.PDQ_CLOSE);
      // ...but the colours tell the variants apart
      assertThat(variant.colourDistance(brown))
          .isGreaterThan(RelistingIndex.ERODED_COLOUR_RADIUS);
      assertThat(index.find(listing("1005002", "Aurelia tote in burgundy calf, new season",
          "moda-house"), List.of(new ListingImage("tote-variant.jpg", variant)))).isEmpty();
    }
    assertThat(index.find(listing("1005003", "Laurel tote bag leather hot sale", "shop-93"),
        List.of(new ListingImage("tote.jpg", brownAgain))))
        .singleElement().extracting(Relisting::removedId).isEqualTo("1005001");
  }

  @Test
  void aVariantNamingAnotherColourIsNotTheRemovedItemUnlessItsPhotoIsTheSame() throws Exception {
    ImageFingerprint brown = tote(11, BROWN);
    ImageFingerprint burgundy = tote(37, new Color(120, 30, 40));
    ImageFingerprint brownAgain = brownToteWatermarked();
    RelistingIndex index =
        removedBrownTote("Aurelia Laurel tote bag brown leather gold clasp", brown);
    // the variant's outline makes a dHash pair with the removed tote's, and its title shares
    // nearly every word: only the colour it names shows it is another item
    assertThat(RelistingIndex.photosMatch(burgundy, brown)).isTrue();
    assertThat(index.find(listing("1005002", "Aurelia Laurel tote bag burgundy leather gold clasp",
        "moda-house"), List.of(new ListingImage("tote-burgundy.jpg", burgundy)))).isEmpty();
    assertThat(index.find(listing("1005004", "Aurelia Laurel Tasche weinrot Leder", "moda-house"),
        List.of(new ListingImage("tote-burgundy.jpg", burgundy)))).isEmpty();
    // the tote itself, reworded, in its colour or in none, is found
    assertThat(index.find(listing("1005003", "Laurel tote brown leather bag hot sale", "shop-93"),
        List.of(new ListingImage("tote.jpg", brownAgain))))
        .singleElement().extracting(Relisting::removedId).isEqualTo("1005001");
    assertThat(index.find(listing("1005005", "sac cabas Laurel cuir marron", "shop-93"),
        List.of(new ListingImage("tote.jpg", brown))))
        .singleElement().extracting(Relisting::removedId).isEqualTo("1005001");
    // the same photo file is the same item, whatever colour a title names
    assertThat(index.find(listing("1005006", "Aurelia tote burgundy", "shop-94"),
        List.of(new ListingImage("tote.jpg", brown))))
        .singleElement().extracting(Relisting::removedId).isEqualTo("1005001");
  }

  @Test
  void aPhotoUnderATiledTranslucentWatermarkIsFoundThroughTheErodedHashes(@TempDir Path dir)
      throws Exception {
    Files.write(dir.resolve("removed.jpg"), Pictures.jpeg(Pictures.photo(2, 800, 800), 0.9f));
    Files.write(dir.resolve("marked.jpg"), Pictures.jpeg(
        Pictures.tiledWatermark(Pictures.photo(2, 800, 800), "shop888", 100), 0.8f));
    Files.write(dir.resolve("other.jpg"), Pictures.jpeg(
        Pictures.tiledWatermark(Pictures.photo(102, 800, 800), "shop888", 100), 0.8f));
    ImageFingerprint removed = HASHER.fingerprint(dir.resolve("removed.jpg"));
    ImageFingerprint marked = HASHER.fingerprint(dir.resolve("marked.jpg"));
    ImageFingerprint other = HASHER.fingerprint(dir.resolve("other.jpg"));
    // the watermark hides the photo from the plain hashes, whole or cropped...
    assertThat(marked.cropDistance(removed)).isGreaterThan(RelistingIndex.PDQ_RADIUS);
    assertThat(marked.dHashMatches(removed, RelistingIndex.DHASH_RADIUS,
        RelistingIndex.DHASH_PDQ_GUARD)).isFalse();
    // ...not once its light strokes are eroded away
    assertThat(marked.erodedDistance(removed)).isLessThanOrEqualTo(8);
    assertThat(other.erodedDistance(removed)).isGreaterThan(64);

    // the wallet's photo (seed 2), kept on disk as removed.jpg
    RelistingIndex photos = RelistingIndex.builder()
        .add(tote, totePhotos).add(wallet, List.of(new ListingImage("removed.jpg", removed)))
        .build();
    Listing back = listing("1005995", "wallet leather zip hot sale", "shop-93");
    assertThat(photos.find(back, List.of(new ListingImage("marked.jpg", marked))))
        .singleElement().satisfies(r -> {
          assertThat(r.removedId()).isEqualTo("1005002");
          assertThat(r.images().get(0).distance()).isLessThanOrEqualTo(8);
        });
    assertThat(photos.find(back, List.of(new ListingImage("other.jpg", other)))).isEmpty();
  }

  @Test
  void sharingOnlyTheWordsEveryProductOfTheBrandHasIsNotARelistingByTextAlone() {
    // a brand's removed listings: its name, the product word and the shop's stock phrases in
    // every title, one or two words telling each product apart
    String[] apart = {"laurel", "quilted", "monogram", "braided", "woven", "studded", "pleated",
        "embossed", "perforated", "patent", "croc", "suede", "canvas", "nylon", "satin", "velvet",
        "denim", "linen", "tweed", "mesh"};
    RelistingIndex.Builder b = RelistingIndex.builder();
    for (int i = 0; i < apart.length; i++) {
      b.add(listing("R" + i, "Aurelia " + apart[i] + " tote bag for women gift box free shipping",
          "shop-" + i), List.of());
    }
    RelistingIndex brand = b.build();
    Listing another = listing("N1", "Aurelia tote bag for women gift box free shipping new",
        "shop-300");
    Listing again = listing("Q1", "AURELIA studded TOTE bag gift box for women", "shop-301");

    assertThat(brand.find(another, List.of())).isEmpty();
    assertThat(brand.find(again, List.of())).extracting(Relisting::removedId)
        .containsExactly("R5");
  }

  @Test
  void aReListingWhoseDescriptionGainedASentenceIsFoundByTheWordsThatToldItApart() {
    // a shop's removed listings, each described by the shop's sentences and one of its own; the
    // re-lister drops a word of the title, adds cue words and replaces a sentence: the plain
    // Jaccard falls under 0.6, while the words that told the product apart are all still there.
    // Another product of the shop, worded as that re-listing is, shares all of R1's words but its
    // material: as much plain text as the re-listing, not enough of what told R1 apart
    String[][] products = {{"Sleek", "Steel", "Chair"}, {"Rustic", "Cotton", "Keyboard"},
        {"Handcrafted", "Bronze", "Lamp"}, {"Elegant", "Plastic", "Bike"},
        {"Refined", "Granite", "Table"}, {"Frozen", "Ceramic", "Mouse"},
        {"Bespoke", "Wooden", "Chair"}, {"Modern", "Silk", "Scarf"},
        {"Gorgeous", "Marble", "Clock"}, {"Practical", "Rubber", "Shoes"},
        {"Licensed", "Leather", "Wallet"}, {"Oriental", "Bamboo", "Tray"}};
    RelistingIndex.Builder b = RelistingIndex.builder();
    for (int i = 0; i < products.length; i++) {
      String[] p = products[i];
      b.add(described("R" + i, "Autentique " + p[0] + " " + p[1] + " " + p[2] + " unisex gift box",
          "This " + p[0].toLowerCase() + " " + p[2].toLowerCase() + " is made of "
              + p[1].toLowerCase() + ". Ships in 48 hours from our warehouse. Contact us for"
              + " wholesale prices.", "shop-" + i), List.of());
    }
    RelistingIndex shop = b.build();
    Listing again = described("Q1", "Steel AUTENTIQUE Sleek Chair gift box hot sale",
        "This sleek chair is made of steel. Ask us for more photos. Ships in 48 hours from our"
            + " warehouse.", "shop-301");
    Listing another = described("N1", "Autentique Rustic Silk Keyboard gift box hot sale",
        "This rustic keyboard is made of silk. Ask us for more photos. Ships in 48 hours from our"
            + " warehouse.", "shop-302");

    assertThat(shop.find(again, List.of())).singleElement().satisfies(r -> {
      assertThat(r.removedId()).isEqualTo("R0");
      assertThat(r.text()).as("plain Jaccard")
          .isBetween(RelistingIndex.DILUTED_TEXT_FLOOR, RelistingIndex.TEXT_ALONE);
      // what made the text alike: the product's own words, the rarest first (two chairs were
      // removed), none of the shop's template
      assertThat(r.words()).containsExactly("Steel", "Sleek", "Chair");
      assertThat(r.toReason().message()).contains("text 47% the same (Steel, Sleek, Chair);");
      assertThat(r.toReason().facts()).containsEntry("words", "Steel Sleek Chair");
    });
    assertThat(shop.find(another, List.of())).isEmpty();
  }

  private static Listing described(String id, String title, String description, String seller) {
    return Listing.builder(id, title).description(description).price(Money.of("25", "USD"))
        .seller(Seller.of(seller)).build();
  }

  @Test
  void savedAndLoadedItAnswersTheSame(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("removed.idx");
    index.save(file);
    RelistingIndex loaded = RelistingIndex.load(file);
    assertThat(loaded.size()).isEqualTo(2);
    Listing back = listing("1005995", "zip wallet Aurelia leather card holder", "x");
    assertThat(loaded.find(back, walletPhotos)).isEqualTo(index.find(back, walletPhotos));
    assertThat(loaded.find(back, walletPhotos)).isNotEmpty();
  }

  @Test
  void aDamagedOrForeignFileIsRefusedSayingWhy(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("removed.idx");
    index.save(file);
    byte[] bytes = Files.readAllBytes(file);
    bytes[40] ^= 0x10;
    Files.write(file, bytes);
    assertThatThrownBy(() -> RelistingIndex.load(file)).hasMessageContaining("damaged");
    Files.write(file, java.util.Arrays.copyOf(bytes, 30));
    assertThatThrownBy(() -> RelistingIndex.load(file)).hasMessageContaining("damaged");
    Path other = Files.writeString(dir.resolve("notes.txt"), "hello, this is not an index at all");
    assertThatThrownBy(() -> RelistingIndex.load(other)).hasMessageContaining("not a marque re-listing index");
  }

  /** The bytes with {@code length} bytes at {@code at} taken out, as version, CRC rewritten. */
  private static byte[] olderFormat(byte[] file, int version, int at, int length) {
    byte[] out = new byte[file.length - length];
    System.arraycopy(file, 0, out, 0, at);
    System.arraycopy(file, at + length, out, at, file.length - at - length);
    java.nio.ByteBuffer.wrap(out).putInt(16, version); // after the 16-byte magic
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(out, 0, out.length - 8);
    java.nio.ByteBuffer.wrap(out).putLong(out.length - 8, crc.getValue());
    return out;
  }

  @Test
  void indexesOfFormatVersions3And4LoadAndOtherVersionsAreRefused(@TempDir Path dir)
      throws Exception {
    // version 4 is version 5 without each listing's colour words (an int after its seller);
    // version 3 is version 4 without each photo's colour layout (a length and the bytes): write a
    // version-5 file of one listing and one photo without a layout and take both out
    ImageFingerprint f = totePhotos.get(0).fingerprint();
    ImageFingerprint noLayout = new ImageFingerprint(f.sha256(), f.pdq(), f.quality(), f.dHash(),
        f.width(), f.height(), f.crops(), f.eroded());
    Path file = dir.resolve("v5.idx");
    RelistingIndex.builder().add(tote, List.of(new ListingImage("tote-1.jpg", noLayout))).build()
        .save(file);
    byte[] v5 = Files.readAllBytes(file);
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(v5);
    int common = b.getInt(28); // magic, version, the boilerplate share, then the shingles set aside
    int colours = 28 + 4 + 4 * common + 4 + 4 + tote.id().length() + 1 + 4
        + tote.seller().orElseThrow().id().length();
    byte[] v4 = olderFormat(v5, 4, colours, 4);
    assertThat(java.util.Arrays.copyOfRange(v4, v4.length - 10, v4.length - 8)).containsOnly(0);
    byte[] v3 = olderFormat(v4, 3, v4.length - 10, 2);
    Listing back = listing("1005990", "women handbag tote AURELIA laurel leather", "shop-90");
    List<ListingImage> photos = List.of(image("p1.jpg",
        Pictures.jpeg(Pictures.resize(Pictures.photo(1, 800, 800), 0.5), 0.6f)));
    for (byte[] older : List.of(v4, v3)) {
      RelistingIndex loaded = RelistingIndex.load(Files.write(dir.resolve("old.idx"), older));
      assertThat(loaded.find(back, photos)).extracting(Relisting::removedId)
          .containsExactly("1005001");
    }

    java.nio.ByteBuffer.wrap(v3).putInt(16, 2);
    Path older = Files.write(dir.resolve("v2.idx"), v3);
    assertThatThrownBy(() -> RelistingIndex.load(older))
        .hasMessageContaining("format version 2; this marque reads versions 3 to 5");
  }

  @Test
  void aSellerLinkedByAStoreNameToTheRemovedListingsSellerIsLinked() {
    Listing removed = Listing.builder("1005010", "Aurelia Laurel tote bag genuine leather women")
        .price(Money.of("25", "USD")).seller(Seller.of("shop-88", "Lucky Bags Store")).build();
    Listing back = Listing.builder("1005011", "Aurelia Laurel tote bag genuine leather women")
        .price(Money.of("25", "USD")).seller(Seller.of("shop-99", "LUCKY-BAGS official")).build();
    Listing stranger = Listing.builder("1005012", "Aurelia Laurel tote bag genuine leather women")
        .price(Money.of("25", "USD")).seller(Seller.of("shop-77", "Happy Totes")).build();
    RelistingIndex plain = RelistingIndex.builder().add(removed, List.of()).build();
    RelistingIndex linked = plain.withNetworks(SellerNetworks.builder()
        .add(removed, List.of()).add(back, List.of()).add(stranger, List.of()).build());

    assertThat(plain.find(back, List.of())).singleElement()
        .extracting(Relisting::seller).isEqualTo(SellerRelation.OTHER);
    Relisting r = linked.find(back, List.of()).get(0);
    assertThat(r.seller()).isEqualTo(SellerRelation.LINKED);
    assertThat(r.toReason().message()).endsWith("a linked seller");
    assertThat(linked.find(stranger, List.of())).singleElement()
        .extracting(Relisting::seller).isEqualTo(SellerRelation.OTHER);
    assertThat(linked.find(removed, List.of())).singleElement()
        .extracting(Relisting::seller).isEqualTo(SellerRelation.SAME);
  }

  /** Cuts a tenth of the width and height off the right and bottom (the picture's top-left 90%). */
  private static java.awt.image.BufferedImage cornerCrop(java.awt.image.BufferedImage img) {
    int w = img.getWidth() * 9 / 10;
    int h = img.getHeight() * 9 / 10;
    java.awt.image.BufferedImage out =
        new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
    out.createGraphics().drawImage(img.getSubimage(0, 0, w, h), 0, 0, null);
    return out;
  }

  @Test
  void aPhotoCutByATenthFromOneCornerIsFoundThroughTheCropsOfTheRemovedPhoto() {
    ImageFingerprint removed = totePhotos.get(0).fingerprint();
    ImageFingerprint cut = image("cut.jpg",
        Pictures.jpeg(cornerCrop(Pictures.photo(1, 800, 800)), 0.85f)).fingerprint();
    assertThat(removed.crops()).hasSize(27);
    assertThat(cut.cropDistance(removed)).isLessThanOrEqualTo(16);
    assertThat(RelistingIndex.photosMatch(cut, removed)).isTrue();
    // the hash of the whole picture alone does not survive the cut
    ImageFingerprint wholeOnly = new ImageFingerprint(removed.sha256(), removed.pdq(),
        removed.quality(), removed.dHash(), removed.width(), removed.height());
    assertThat(cut.pdq().distance(removed.pdq())).isGreaterThan(RelistingIndex.PDQ_RADIUS);
    Listing back = listing("1005990", "tote women bag", "shop-93");
    List<Relisting> found = index.find(back, List.of(new ListingImage("cut.jpg", cut)));
    assertThat(found).extracting(Relisting::removedId).containsExactly("1005001");
    assertThat(found.get(0).images().get(0).distance()).isLessThanOrEqualTo(16);
    // nor does another product's photo come near any crop
    ImageFingerprint other = image("o.jpg", Pictures.jpeg(Pictures.photo(3, 800, 800), 0.9f))
        .fingerprint();
    assertThat(other.cropDistance(removed)).isGreaterThan(RelistingIndex.PDQ_RADIUS);
    assertThat(RelistingIndex.photosMatch(other, removed)).isFalse();
    // a fingerprint made without crops still meets the listing's crops
    assertThat(wholeOnly.crops()).isEmpty();
    assertThat(cut.cropDistance(wholeOnly)).isLessThanOrEqualTo(cut.pdq().distance(removed.pdq()));
  }

  private static Listing templated(String id, String title, String seller) {
    return Listing.builder(id, title).description("Welcome to our store! All items ship within 48"
            + " hours from our warehouse in Guangzhou. Contact us for wholesale prices and"
            + " discounts. We accept returns within 30 days, buyer pays return shipping.")
        .price(Money.of("25", "USD")).seller(Seller.of(seller)).build();
  }

  @Test
  void aShopsDescriptionTemplateDoesNotMakeItsOtherProductsLookLikeReListings() {
    String[] products = {"Aurelia Laurel tote black", "Vanta runner sneakers white",
        "Kestrel K7 headphones silver", "Moreau silk scarf floral", "Halden steel watch 40mm",
        "Corvina wool beanie grey", "Tamsin pearl earrings gold", "Marlowe trench coat beige",
        "Orsolya linen dress blue", "Belvedere aviator sunglasses", "Ishikawa denim jacket indigo",
        "Lindqvist suede loafers tan", "Aurelia Laurel wallet red", "Vanta track hoodie black"};
    RelistingIndex.Builder b = RelistingIndex.builder();
    RelistingIndex.Builder keepAll = RelistingIndex.builder().boilerplateShare(1.0);
    for (int i = 0; i < products.length; i++) {
      b.add(templated("R" + i, products[i], "shop-" + i), List.of());
      keepAll.add(templated("R" + i, products[i], "shop-" + i), List.of());
    }
    RelistingIndex templatedIndex = b.build();
    Listing another = templated("N1", "Corvina cashmere gloves camel", "shop-200");
    Listing again = templated("Q1", "halden WATCH steel 40mm new", "shop-201");

    assertThat(keepAll.build().find(another, List.of())).isNotEmpty(); // the template alone matched
    assertThat(templatedIndex.find(another, List.of())).isEmpty();
    assertThat(templatedIndex.find(again, List.of())).extracting(Relisting::removedId)
        .containsExactly("R4");
  }

  @Test
  void aPhotoMatchingByDHashAloneNeedsMoreTextThanOneMatchingByPdq() {
    // a smooth picture: the dHashes agree, the PDQ hashes are 92 bits apart (past PDQ's radius,
    // inside the dHash guard), as for two photos of different items on the same plain backdrop
    java.util.Random r = new java.util.Random(14);
    PdqHash pdq = PdqHash.ofWords(r.nextLong(), r.nextLong(), r.nextLong(), r.nextLong());
    PdqHash farther = PdqHash.ofWords(pdq.word(0) ^ -1L, pdq.word(1) ^ 0x0fffffffL, pdq.word(2),
        pdq.word(3));
    assertThat(farther.distance(pdq)).isEqualTo(92);
    long dHash = r.nextLong();
    ImageFingerprint removedPhoto = new ImageFingerprint("a".repeat(64), pdq, 20, dHash, 800, 800);
    ImageFingerprint smooth = new ImageFingerprint("b".repeat(64), farther, 20, dHash, 800, 800);
    ImageFingerprint samePicture = new ImageFingerprint("c".repeat(64), pdq, 20, ~dHash, 800, 800);
    RelistingIndex one = RelistingIndex.builder().add(listing("R1",
        "Aurelia Laurel leather tote bag black", "shop-1"),
        List.of(new ListingImage("r1.jpg", removedPhoto))).build();
    Listing reworded = listing("Q1", "Laurel tote AURELIA black bag leather new", "shop-2");
    Listing anotherBag = listing("N1", "Aurelia canvas beach bag striped", "shop-3"); // Jaccard 0.23

    assertThat(one.find(reworded, List.of(new ListingImage("q.jpg", smooth))))
        .extracting(Relisting::removedId).containsExactly("R1");
    assertThat(one.find(anotherBag, List.of(new ListingImage("n.jpg", smooth)))).isEmpty();
    // the same words beside a photo PDQ finds are enough
    assertThat(one.find(anotherBag, List.of(new ListingImage("n.jpg", samePicture))))
        .extracting(Relisting::removedId).containsExactly("R1");
  }

  @Test
  void aSmoothPhotoUnderABannerIsFoundByItsColoursWithTheTextADHashMatchNeeds(@TempDir Path dir)
      throws Exception {
    ImageFingerprint removed = HASHER.fingerprint(Pictures.jpeg(Pictures.smooth(6, 800, 600), 0.9f));
    ImageFingerprint marked = HASHER.fingerprint(Pictures.jpeg(
        Pictures.banner(Pictures.smooth(6, 800, 600), "FREE SHIPPING 24H"), 0.85f));
    ImageFingerprint otherItem = HASHER.fingerprint(Pictures.jpeg(
        Pictures.banner(Pictures.smooth(106, 800, 600), "FREE SHIPPING 24H"), 0.85f));
    // a smooth picture: its hashes are noise, and the banner moves them past every radius
    assertThat(removed.quality()).isLessThan(RelistingIndex.FEATURED_QUALITY);
    assertThat(marked.cropDistance(removed)).isGreaterThan(RelistingIndex.PDQ_RADIUS);
    assertThat(marked.erodedDistance(removed)).isGreaterThan(RelistingIndex.PDQ_RADIUS);
    assertThat(marked.dHashMatches(removed, RelistingIndex.DHASH_RADIUS,
        RelistingIndex.DHASH_PDQ_GUARD)).isFalse();
    // its colours still agree outside the banner; another smooth picture's do not
    assertThat(marked.colourDistance(removed)).isLessThanOrEqualTo(RelistingIndex.COLOUR_RADIUS);
    assertThat(otherItem.colourDistance(removed)).isGreaterThan(4 * RelistingIndex.COLOUR_RADIUS);
    assertThat(RelistingIndex.photosMatch(marked, removed)).isTrue();
    assertThat(RelistingIndex.photosMatch(otherItem, removed)).isFalse();
    // a picture of nearly one colour says what colour it is, not which picture: two dark grey
    // photos shading opposite ways are 4.6 apart by colour, but neither is further than that
    // from plain grey, so their colours are no evidence (nor are their hashes: they mirror)
    ImageFingerprint leftward = HASHER.fingerprint(Pictures.encode(greyShade(false), "png"));
    ImageFingerprint rightward = HASHER.fingerprint(Pictures.encode(greyShade(true), "png"));
    assertThat(leftward.quality()).isLessThan(RelistingIndex.FEATURED_QUALITY);
    assertThat(leftward.colourDistance(rightward)).isLessThanOrEqualTo(RelistingIndex.COLOUR_RADIUS);
    assertThat(leftward.colours().distanceFromFlat()).isLessThan(RelistingIndex.COLOUR_RADIUS);
    assertThat(removed.colours().distanceFromFlat()).isGreaterThan(RelistingIndex.COLOUR_RADIUS);
    assertThat(RelistingIndex.photosMatch(leftward, rightward)).isFalse();

    RelistingIndex smooth = RelistingIndex.builder()
        .add(tote, totePhotos)
        .add(listing("R7", "Aurelia Laurel leather tote bag black", "shop-1"),
            List.of(new ListingImage("r7.jpg", removed)))
        .build();
    Listing reworded = listing("Q7", "Laurel tote AURELIA black bag leather new", "shop-2");
    Listing anotherBag = listing("N7", "Aurelia canvas beach bag striped", "shop-3"); // Jaccard 0.23
    for (RelistingIndex index : List.of(smooth, saved(smooth, dir))) {
      assertThat(index.find(reworded, List.of(new ListingImage("q7.jpg", marked))))
          .singleElement().satisfies(r -> {
            assertThat(r.removedId()).isEqualTo("R7");
            assertThat(r.images()).singleElement().satisfies(e -> {
              assertThat(e.basis()).isEqualTo(ImageEvidence.Basis.COLOUR);
              assertThat(e.removedImage()).isEqualTo("r7.jpg");
            });
            assertThat(r.toReason().message()).contains("q7.jpg matches its r7.jpg (a smooth"
                + " picture, matched by its colour layout");
            assertThat(r.toReason().facts()).containsEntry("by", "colour");
          });
      // the colours of a smooth picture are weak evidence: they need the text a dHash match needs
      assertThat(index.find(anotherBag, List.of(new ListingImage("n7.jpg", marked)))).isEmpty();
      // another smooth picture under the same banner is no photo match: beside the title
      // re-listed nearly word for word (Jaccard 0.9) only the text speaks, beside another
      // product's nothing does
      assertThat(index.find(reworded, List.of(new ListingImage("o7.jpg", otherItem))))
          .singleElement().satisfies(r -> assertThat(r.images()).isEmpty());
      assertThat(index.find(listing("N8", "Aurelia Laurel tote bag brown suede", "shop-4"),
          List.of(new ListingImage("o8.jpg", otherItem)))).isEmpty();
    }
  }

  @Test
  void aSmoothPhotoIsLookedUpByItsLumaKeyWhereTheTextsBandsWouldNotBringItUp(@TempDir Path dir)
      throws Exception {
    ImageFingerprint removed = HASHER.fingerprint(Pictures.jpeg(Pictures.smooth(6, 800, 600), 0.9f));
    ImageFingerprint copy = HASHER.fingerprint(Pictures.jpeg(Pictures.smooth(6, 800, 600), 0.5f));
    ImageFingerprint otherItem = HASHER.fingerprint(
        Pictures.jpeg(Pictures.smooth(106, 800, 600), 0.5f));
    // the copy with its hashes moved past every radius, as a watermark tiled over a smooth photo
    // moves them, and its colours kept: no hash index brings the removed photo up
    ImageFingerprint moved = movedHashes(copy, removed);
    ImageFingerprint otherMoved = movedHashes(otherItem, removed);
    assertThat(RelistingIndex.photosMatch(moved, removed)).isTrue();
    assertThat(RelistingIndex.photosMatch(otherMoved, removed)).isFalse();

    RelistingIndex index = RelistingIndex.builder()
        .add(listing("R7", "Aurelia Laurel leather tote bag black", "shop-1"),
            List.of(new ListingImage("r7.jpg", removed)))
        .build();
    // reworded to a Jaccard of 0.41, over the bar beside a colour match, but sharing none of the
    // text's LSH bands with the removed listing (they bring up pairs of about 0.5 and more)
    Listing reworded = listing("Q7", "elegant bag shoulder leather Laurel black genuine", "shop-2");
    for (RelistingIndex i : List.of(index, saved(index, dir))) {
      assertThat(i.find(reworded, List.of(new ListingImage("q7.jpg", moved))))
          .singleElement().satisfies(r -> {
            assertThat(r.removedId()).isEqualTo("R7");
            assertThat(r.text()).isBetween(RelistingIndex.TEXT_WITH_DHASH, 0.45);
            assertThat(r.images()).singleElement()
                .satisfies(e -> assertThat(e.basis()).isEqualTo(ImageEvidence.Basis.COLOUR));
          });
      assertThat(i.find(reworded, List.of(new ListingImage("o7.jpg", otherMoved)))).isEmpty();
    }
  }

  /** {@code f} with PDQ and dHash as far from {@code from}'s as they go, its colours kept. */
  private static ImageFingerprint movedHashes(ImageFingerprint f, ImageFingerprint from) {
    PdqHash p = from.pdq();
    return new ImageFingerprint("c".repeat(64),
        PdqHash.ofWords(~p.word(0), ~p.word(1), ~p.word(2), ~p.word(3)), f.quality(),
        ~from.dHash(), f.width(), f.height(), List.of(), List.of(), f.colours());
  }

  /** Dark grey shading from (40, 40, 44) to (46, 46, 50) across the width, one way or the other. */
  private static java.awt.image.BufferedImage greyShade(boolean rightward) {
    java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(800, 600,
        java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = img.createGraphics();
    java.awt.Color dark = new java.awt.Color(40, 40, 44);
    java.awt.Color light = new java.awt.Color(46, 46, 50);
    g.setPaint(new java.awt.GradientPaint(0, 0, rightward ? dark : light, 800, 0,
        rightward ? light : dark));
    g.fillRect(0, 0, 800, 600);
    g.dispose();
    return img;
  }

  private static RelistingIndex saved(RelistingIndex index, Path dir) throws Exception {
    Path file = dir.resolve("index-" + System.nanoTime() + ".bin");
    index.save(file);
    return RelistingIndex.load(file);
  }

  @Test
  void aColourLayoutSurvivesItsBytesAndNoneIsNeverNear() {
    ImageFingerprint f = image("s.jpg", Pictures.jpeg(Pictures.smooth(3, 400, 300), 0.9f))
        .fingerprint();
    ColourLayout layout = f.colours();
    assertThat(layout.isKnown()).isTrue();
    assertThat(ColourLayout.ofBytes(layout.bytes())).isEqualTo(layout);
    assertThat(layout.distance(ColourLayout.ofBytes(layout.bytes()))).isZero();
    assertThat(layout.distance(ColourLayout.NONE)).isInfinite();
    assertThat(ColourLayout.ofBytes(new byte[0])).isSameAs(ColourLayout.NONE);
    assertThatThrownBy(() -> ColourLayout.ofBytes(new byte[10]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("192 bytes, got 10");
    // a fingerprint made without a layout never matches by colour
    ImageFingerprint old = new ImageFingerprint(f.sha256(), f.pdq(), f.quality(), f.dHash(),
        f.width(), f.height(), f.crops(), f.eroded());
    assertThat(old.colourDistance(f)).isInfinite();
  }

  @Test
  void aSmallShopsTemplateIsSetAsideToo() {
    // five removed listings, fewer than BOILERPLATE_MIN_LISTINGS: the template all five carry is
    // still a template (the floor never exceeds half the index)
    String[] products = {"Aurelia Laurel tote black", "Kestrel K7 headphones silver",
        "Halden steel watch 40mm", "Corvina wool beanie grey", "Marlowe trench coat beige"};
    RelistingIndex.Builder b = RelistingIndex.builder();
    for (int i = 0; i < products.length; i++) {
      b.add(templated("R" + i, products[i], "shop-" + i), List.of());
    }
    RelistingIndex small = b.build();
    assertThat(small.find(templated("N1", "Vanta runner sneakers white", "shop-200"), List.of()))
        .isEmpty();
    assertThat(small.find(templated("N2", "Corvina cashmere gloves camel", "shop-201"), List.of()))
        .isEmpty();
    assertThat(small.find(templated("Q1", "halden WATCH steel 40mm new", "shop-202"), List.of()))
        .extracting(Relisting::removedId).containsExactly("R2");
  }

  @Test
  void theBoilerplateSetAsideAndTheCropHashesSurviveSavingAndLoading(@TempDir Path dir)
      throws Exception {
    RelistingIndex.Builder b = RelistingIndex.builder();
    for (int i = 0; i < 12; i++) {
      b.add(templated("R" + i, "Product number " + (char) ('a' + i) + " model " + i * 7, "s" + i),
          i == 0 ? totePhotos : List.of());
    }
    RelistingIndex built = b.build();
    Path file = dir.resolve("templated.idx");
    built.save(file);
    RelistingIndex loaded = RelistingIndex.load(file);
    Listing another = templated("N1", "Unrelated thing entirely", "x");
    Listing cut = templated("Q1", "Other words", "y");
    List<ListingImage> cutPhoto = List.of(new ListingImage("cut.jpg", image("cut.jpg",
        Pictures.jpeg(cornerCrop(Pictures.photo(1, 800, 800)), 0.85f)).fingerprint()));
    assertThat(loaded.find(another, List.of())).isEmpty();
    assertThat(loaded.find(cut, cutPhoto)).isEqualTo(built.find(cut, cutPhoto))
        .extracting(Relisting::removedId).containsExactly("R0");
  }

  @Test
  void aBoilerplateShareOutsideItsRangeIsRefused() {
    assertThatThrownBy(() -> RelistingIndex.builder().boilerplateShare(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("share");
    assertThatThrownBy(() -> RelistingIndex.builder().boilerplateShare(1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("share");
  }
}
