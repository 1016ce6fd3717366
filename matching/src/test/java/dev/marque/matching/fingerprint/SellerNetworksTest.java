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
}
