package dev.marque.matching.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.core.Listing;
import dev.marque.core.Seller;
import java.util.List;
import org.junit.jupiter.api.Test;

class SellerNetworksTest {
  private static Listing listing(String id, String seller, String name, String description) {
    return Listing.builder(id, "Aurelia tote").url("https://www.aliexpress.com/item/" + id + ".html")
        .seller(new Seller(seller, java.util.Optional.ofNullable(name), java.util.Optional.empty()))
        .description(description).build();
  }

  private static ListingImage photo(String source, long seed, double resize) {
    try {
      return new ListingImage(source, ImageFingerprinter.standard().fingerprint(
          Pictures.jpeg(Pictures.resize(Pictures.photo(seed, 600, 600), resize), 0.85f)));
    } catch (ImageDecodeException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void accountsSharingAPhoneWrittenDifferentlyAnEmailAStoreNameOrAPhotoFormNetworksWithReasons() {
    List<SellerNetwork> networks = SellerNetworks.builder()
        .add(listing("1", "shop-a", "Lucky Bags Store", "WhatsApp +86 138 0013 8000"), List.of())
        .add(listing("2", "shop-b", null, "call 0086-138-0013-8000 now"), List.of())
        .add(listing("3", "shop-c", "LUCKY-BAGS official", "mail us"), List.of())
        .add(listing("4", "shop-d", null, "orders: Sales@Replica-Hub.example"), List.of())
        .add(listing("5", "shop-e", null, "sales@replica-hub.example"), List.of(photo("e.jpg", 9, 1.0)))
        .add(listing("6", "shop-f", null, "nothing shared"), List.of(photo("f.jpg", 9, 0.5)))
        .add(listing("7", "shop-g", null, "nothing shared"), List.of(photo("g.jpg", 10, 1.0)))
        .build();
    assertThat(networks).hasSize(2);
    SellerNetwork contacts = networks.stream()
        .filter(n -> n.sellers().contains("aliexpress:shop-d")).findFirst().orElseThrow();
    assertThat(contacts.sellers()).containsExactly("aliexpress:shop-d", "aliexpress:shop-e", "aliexpress:shop-f");
    assertThat(contacts.links()).extracting(SellerLink::kind)
        .containsExactlyInAnyOrder(SellerLink.Kind.EMAIL, SellerLink.Kind.PHOTO);
    SellerNetwork lucky = networks.stream()
        .filter(n -> n.sellers().contains("aliexpress:shop-a")).findFirst().orElseThrow();
    assertThat(lucky.sellers()).containsExactly("aliexpress:shop-a", "aliexpress:shop-b", "aliexpress:shop-c");
    assertThat(lucky.links()).anySatisfy(l -> {
      assertThat(l.kind()).isEqualTo(SellerLink.Kind.PHONE);
      assertThat(l.value()).isEqualTo("+8613800138000");
      assertThat(l.explanation()).isEqualTo(
          "the same phone number +8613800138000 in listing 1 and listing 2");
    });
    assertThat(lucky.links()).anySatisfy(l -> {
      assertThat(l.kind()).isEqualTo(SellerLink.Kind.STORE_NAME);
      assertThat(l.value()).isEqualTo("luckybags");
    });
  }

  @Test
  void aSellerAloneOrAListingWithoutSellerIsNoNetwork() {
    assertThat(SellerNetworks.builder()
        .add(listing("1", "shop-a", "A", "+86 138 0013 8000"), List.of())
        .add(listing("2", "shop-a", "A", "+86 138 0013 8000"), List.of())
        .add(Listing.builder("3", "t").description("+86 138 0013 8000").build(), List.of())
        .build()).isEmpty();
  }

  @Test
  void aNetworkFoundInAnEarlierRunJoinsTheAccountsTheListingsLinkToItsMembers() {
    SellerNetwork lastMonth = new SellerNetwork(List.of("aliexpress:shop-a", "aliexpress:shop-b"),
        List.of(new SellerLink("aliexpress:shop-a", "aliexpress:shop-b", SellerLink.Kind.PHONE,
            "+8613800138000", "the same phone number in listing 1 and listing 2")));
    List<SellerNetwork> networks = SellerNetworks.builder()
        .add(lastMonth)
        // today shop-b and shop-c share an e-mail address; shop-a is not in today's feed at all
        .add(listing("3", "shop-b", null, "orders: sales@replica-hub.example"), List.of())
        .add(listing("4", "shop-c", null, "sales@replica-hub.example"), List.of())
        .add(listing("5", "shop-d", null, "nothing shared"), List.of())
        .build();

    assertThat(networks).hasSize(1);
    assertThat(networks.get(0).sellers())
        .containsExactly("aliexpress:shop-a", "aliexpress:shop-b", "aliexpress:shop-c");
    assertThat(networks.get(0).links()).extracting(SellerLink::kind)
        .containsExactlyInAnyOrder(SellerLink.Kind.PHONE, SellerLink.Kind.EMAIL);
  }

  @Test
  void aSavedNetworkMakesARelistingByAnotherOfItsAccountsLinked() {
    RelistingIndex index = RelistingIndex.builder()
        .add(Listing.builder("R1", "Aurelia Laurel tote bag genuine leather women")
            .seller(Seller.of("shop-a")).build(), List.of())
        .build();
    Listing back = Listing.builder("L1", "genuine leather women Aurelia Laurel tote bag")
        .seller(Seller.of("shop-b")).build();
    // the feed names no marketplace: the accounts are "other:..."
    SellerNetwork saved = new SellerNetwork(List.of("other:shop-a", "other:shop-b"), List.of());

    assertThat(index.find(back, List.of()).get(0).seller()).isEqualTo(SellerRelation.OTHER);
    RelistingIndex linked = index.withNetworks(SellerNetworks.builder().add(saved).build());
    assertThat(linked.find(back, List.of()).get(0).seller()).isEqualTo(SellerRelation.LINKED);
  }

  private static Listing at(String id, String seller, String address) {
    return Listing.builder(id, "Aurelia tote").url("https://www.aliexpress.com/item/" + id + ".html")
        .seller(new Seller(seller, java.util.Optional.empty(), java.util.Optional.of("CN"),
            java.util.Optional.of(address)))
        .build();
  }

  @Test
  void accountsGivingOneBusinessAddressWrittenDifferentlyAreLinkedAndACityAloneLinksNoOne() {
    List<SellerNetwork> networks = SellerNetworks.builder()
        .add(at("1", "shop-a", "Room 1203, No. 88 Huaqiang Rd., Futian Dist., Shenzhen"), List.of())
        .add(at("2", "shop-b", "ROOM 1203  88 HUAQIANG ROAD FUTIAN DISTRICT SHENZHEN"), List.of())
        // full-width digits, as a Chinese page writes them
        .add(at("3", "shop-c", "Rm \uff11\uff12\uff10\uff13, 88 Huaqiang Road, Futian District,"
            + " Shenzhen"), List.of())
        // the room next door is another place
        .add(at("4", "shop-d", "Room 1204, No. 88 Huaqiang Rd., Futian Dist., Shenzhen"), List.of())
        // too vague to stand for one place
        .add(at("5", "shop-e", "Shenzhen, Guangdong, China"), List.of())
        .add(at("6", "shop-f", "Shenzhen, Guangdong, China"), List.of())
        .add(at("7", "shop-g", "Unit 5"), List.of())
        .add(at("8", "shop-h", "unit 5"), List.of())
        .build();
    assertThat(networks).singleElement().satisfies(n -> {
      assertThat(n.sellers()).containsExactly("aliexpress:shop-a", "aliexpress:shop-b",
          "aliexpress:shop-c");
      assertThat(n.links()).extracting(SellerLink::kind).containsOnly(SellerLink.Kind.ADDRESS);
      assertThat(n.links()).extracting(SellerLink::value)
          .containsOnly("room 1203 88 huaqiang road futian district shenzhen");
      assertThat(n.links().get(0).explanation()).contains("business address 'ROOM 1203")
          .contains("(normalised: room 1203 88 huaqiang road futian district shenzhen)");
    });
  }

  @Test
  void aChineseAddressWrittenWithoutSpacesIsOneKeyWhateverItsSpacingAndPunctuation() {
    assertThat(SellerNetworks.address("\u5e7f\u4e1c\u7701\u6df1\u5733\u5e02\u798f\u7530"
        + "\u533a\u534e\u5f3a\u5317\u8def88\u53f7"))
        .isEqualTo(SellerNetworks.address("\u5e7f\u4e1c\u7701 \u6df1\u5733\u5e02\u3001"
            + "\u798f\u7530\u533a \u534e\u5f3a\u5317\u8def\uff18\uff18\u53f7"))
        .isPresent();
    assertThat(SellerNetworks.address("\u5e7f\u4e1c\u7701\u6df1\u5733\u5e02")).isEmpty();
  }
}
