package dev.marque.matching.fingerprint;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.marque.core.Listing;
import dev.marque.core.Seller;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the seller accounts that act together: accounts whose listings give the same phone number
 * (normalised to E.164 by libphonenumber, so {@code +86 138-0013-8000} and
 * {@code 0086-138-0013-8000} agree: a leading {@code 00} is read as the international prefix),
 * the same e-mail address, the same store name once case, punctuation and words like "store" are
 * set aside, the same business address once case, punctuation, spacing, full-width characters and
 * the common abbreviations are set aside ({@link Seller#address()}), or the same photo. Accounts
 * are joined by union-find, and every link says why.
 *
 * <pre>{@code
 * SellerNetworks.Builder b = SellerNetworks.builder();
 * for (Listing l : feed) b.add(l, imagesOf(l));
 * for (SellerNetwork n : b.build()) { n.sellers(); n.links(); }
 * }</pre>
 *
 * <p>Contact details are read from the listing's title, description and seller name; a phone
 * number without a country code is read in the seller's country when the feed gives it, and
 * otherwise ignored (a bare local number is too ambiguous to link accounts on). Listings without
 * a seller are skipped. An address links accounts only when it is written the same way once
 * normalised, word for word in the same order, and says enough to stand for one place: a number
 * (a street number, a room, a postcode) and at least {@value #MIN_ADDRESS_CHARS} letters and
 * digits. A city alone ({@code Shenzhen, China}) links no one.
 */
public final class SellerNetworks {
  /** Photos at most this far apart (PDQ) link their sellers; stricter than re-listing's radius. */
  public static final int PHOTO_RADIUS = 16;

  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,200}\\.[A-Za-z]{2,24}");
  /** Words that say "a shop", set aside in store names; kept in their normalised form. */
  private static final Set<String> STORE_WORDS = Stream.of("store", "shop", "official",
      "flagship", "outlet", "co", "ltd", "inc", "llc", "online", "the")
      .collect(Collectors.toUnmodifiableSet());
  /** The fewest letters and digits of a normalised address that links accounts. */
  public static final int MIN_ADDRESS_CHARS = 12;
  /** Street-address words and their abbreviations, each spelt one way. */
  private static final Map<String, String> ADDRESS_WORDS = Map.ofEntries(
      Map.entry("st", "street"), Map.entry("str", "street"), Map.entry("rd", "road"),
      Map.entry("ave", "avenue"), Map.entry("av", "avenue"), Map.entry("blvd", "boulevard"),
      Map.entry("bldg", "building"), Map.entry("fl", "floor"), Map.entry("flr", "floor"),
      Map.entry("rm", "room"), Map.entry("ste", "suite"), Map.entry("apt", "apartment"),
      Map.entry("dist", "district"), Map.entry("hwy", "highway"), Map.entry("ln", "lane"),
      Map.entry("dr", "drive"), Map.entry("ct", "court"), Map.entry("sq", "square"),
      Map.entry("ctr", "center"), Map.entry("centre", "center"), Map.entry("prov", "province"),
      Map.entry("ind", "industrial"), Map.entry("indus", "industrial"));
  /** Words that number a place ("No. 88", "Nr. 5", "#12"), set aside before the number. */
  private static final Set<String> NUMBER_WORDS = Set.of("no", "nr", "num", "number");
  /** The international call prefix 00 (most of the world), read as "+". */
  private static final Pattern IDD = Pattern.compile("(?<![\\w+\\-./])(?<!\\d[ \\-.])00(?=[1-9])");

  private SellerNetworks() {}

  /**
   * A builder collecting listings.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects listings and their photos; not thread-safe. */
  public static final class Builder {
    private final Map<String, Integer> sellerIds = new LinkedHashMap<>();
    private final List<String> sellers = new ArrayList<>();
    /** kind + value -> first seller and listing that showed it. */
    private final Map<String, String[]> firstSeen = new HashMap<>();
    private final List<SellerLink> links = new ArrayList<>();
    private final List<String[]> photoOwners = new ArrayList<>(); // seller, listing, source
    private final ImageHashIndex.Builder photos = ImageHashIndex.builder(PHOTO_RADIUS);
    private final Map<String, String[]> photoBytes = new HashMap<>();
    private final List<PdqHash> photoHashes = new ArrayList<>();
    /** The accounts of each network added whole ({@link #add(SellerNetwork)}), by number. */
    private final List<List<Integer>> knownGroups = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a listing and the fingerprints of its photos.
     *
     * @param listing the listing (skipped when it has no seller)
     * @param images its photos that could be read (may be empty)
     * @return this builder
     */
    public Builder add(Listing listing, List<ListingImage> images) {
      Objects.requireNonNull(listing, "listing");
      Objects.requireNonNull(images, "images");
      if (listing.seller().isEmpty()) {
        return this;
      }
      Seller seller = listing.seller().get();
      String key = listing.marketplace().name().toLowerCase(Locale.ROOT) + ":" + seller.id();
      register(key);
      String text = listing.title() + "\n" + listing.description().orElse("") + "\n"
          + seller.name().orElse("");
      for (String phone : phones(text, seller.country().orElse(null))) {
        share(key, listing.id(), SellerLink.Kind.PHONE, phone, "phone number " + phone);
      }
      Matcher m = EMAIL.matcher(text);
      while (m.find()) {
        String email = m.group().toLowerCase(Locale.ROOT);
        share(key, listing.id(), SellerLink.Kind.EMAIL, email, "e-mail " + email);
      }
      seller.address().flatMap(SellerNetworks::address).ifPresent(address ->
          share(key, listing.id(), SellerLink.Kind.ADDRESS, address,
              "business address '" + seller.address().get() + "' (normalised: " + address + ")"));
      seller.name().map(SellerNetworks::storeName).filter(s -> s.length() >= 3).ifPresent(name ->
          share(key, listing.id(), SellerLink.Kind.STORE_NAME, name,
              "store name '" + seller.name().get() + "' (normalised: " + name + ")"));
      for (ListingImage image : images) {
        ImageFingerprint f = image.fingerprint();
        String[] owner = {key, listing.id(), image.source()};
        String[] same = photoBytes.putIfAbsent(f.sha256(), owner);
        if (same != null && !same[0].equals(key)) {
          link(same[0], key, SellerLink.Kind.PHOTO, same[2] + " = " + image.source(),
              "the same photo file in listing " + same[1] + " (" + same[2] + ") and listing "
                  + listing.id() + " (" + image.source() + ")");
        }
        photos.add(String.valueOf(photoOwners.size()), f.pdq());
        photoOwners.add(owner);
        photoHashes.add(f.pdq());
      }
      return this;
    }

    /**
     * Adds a network found before (by an earlier run, e.g. the output of {@code marque sellers}
     * kept in a file): its accounts are joined to one another, and to whatever accounts the
     * listings added link them with, and its links are kept to explain the network.
     *
     * @param known the network (accounts as {@code marketplace:sellerId})
     * @return this builder
     */
    public Builder add(SellerNetwork known) {
      Objects.requireNonNull(known, "known");
      List<Integer> members = new ArrayList<>();
      for (String s : known.sellers()) {
        members.add(register(s));
      }
      for (SellerLink l : known.links()) {
        register(l.seller());
        register(l.otherSeller());
        links.add(l);
      }
      knownGroups.add(members);
      return this;
    }

    private int register(String account) {
      return sellerIds.computeIfAbsent(account, k -> {
        sellers.add(k);
        return sellers.size() - 1;
      });
    }

    private void share(String seller, String listingId, SellerLink.Kind kind, String value,
        String what) {
      String[] first = firstSeen.putIfAbsent(kind + " " + value, new String[] {seller, listingId});
      if (first != null && !first[0].equals(seller)) {
        link(first[0], seller, kind, value, "the same " + what + " in listing " + first[1]
            + " and listing " + listingId);
      }
    }

    private void link(String a, String b, SellerLink.Kind kind, String value, String why) {
      links.add(new SellerLink(a, b, kind, value, why));
    }

    /**
     * The networks of two or more accounts, largest first.
     *
     * @return the networks, each with its links
     */
    public List<SellerNetwork> build() {
      List<SellerLink> all = new ArrayList<>(links);
      ImageHashIndex index = photos.build();
      for (int i = 0; i < photoOwners.size(); i++) {
        String[] mine = photoOwners.get(i);
        for (ImageMatch m : index.search(photoHashes.get(i))) {
          int j = Integer.parseInt(m.key());
          String[] theirs = photoOwners.get(j);
          if (j > i && !theirs[0].equals(mine[0]) && m.distance() > 0) {
            all.add(new SellerLink(mine[0], theirs[0], SellerLink.Kind.PHOTO,
                mine[2] + " ~ " + theirs[2], "near-identical photos (PDQ distance " + m.distance()
                    + ") in listing " + mine[1] + " (" + mine[2] + ") and listing " + theirs[1]
                    + " (" + theirs[2] + ")"));
          }
        }
      }
      int[] parent = new int[sellers.size()];
      for (int i = 0; i < parent.length; i++) {
        parent[i] = i;
      }
      for (SellerLink l : all) {
        int a = find(parent, sellerIds.get(l.seller()));
        int b = find(parent, sellerIds.get(l.otherSeller()));
        if (a != b) {
          parent[Math.max(a, b)] = Math.min(a, b);
        }
      }
      for (List<Integer> group : knownGroups) {
        for (int k = 1; k < group.size(); k++) {
          int a = find(parent, group.get(0));
          int b = find(parent, group.get(k));
          if (a != b) {
            parent[Math.max(a, b)] = Math.min(a, b);
          }
        }
      }
      Map<Integer, TreeSet<String>> members = new TreeMap<>();
      Map<Integer, List<SellerLink>> linksOf = new HashMap<>();
      for (List<Integer> group : knownGroups) {
        for (int k : group) {
          int root = find(parent, k);
          members.computeIfAbsent(root, r -> new TreeSet<>()).add(sellers.get(k));
          linksOf.computeIfAbsent(root, r -> new ArrayList<>());
        }
      }
      for (SellerLink l : all) {
        int root = find(parent, sellerIds.get(l.seller()));
        members.computeIfAbsent(root, r -> new TreeSet<>()).add(l.seller());
        members.get(root).add(l.otherSeller());
        linksOf.computeIfAbsent(root, r -> new ArrayList<>()).add(l);
      }
      List<SellerNetwork> out = new ArrayList<>();
      for (Map.Entry<Integer, TreeSet<String>> e : members.entrySet()) {
        if (e.getValue().size() >= 2) { // a network added whole may name one account only
          out.add(new SellerNetwork(new ArrayList<>(e.getValue()),
              new ArrayList<>(new java.util.LinkedHashSet<>(linksOf.get(e.getKey())))));
        }
      }
      out.sort((x, y) -> y.sellers().size() != x.sellers().size()
          ? y.sellers().size() - x.sellers().size()
          : x.sellers().get(0).compareTo(y.sellers().get(0)));
      return out;
    }

  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Phone numbers in E.164, international ones always, national ones in the seller's country. */
  static List<String> phones(String text, String country) {
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    String region = country == null ? "ZZ" : country.toUpperCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    String plus = IDD.matcher(text).replaceAll("+");
    for (PhoneNumberMatch m : util.findNumbers(plus, region, PhoneNumberUtil.Leniency.VALID, 1000)) {
      out.add(util.format(m.number(), PhoneNumberUtil.PhoneNumberFormat.E164));
    }
    return out;
  }

  /**
   * A business address as a key: compatibility forms (full-width digits and letters) folded,
   * lower-cased, cut into words of letters and digits (punctuation and spacing set aside;
   * Chinese, Japanese and Thai, written without spaces, run on whatever spacing the page gave
   * them), each common abbreviation spelt out ({@code
   * Rd.} is road, {@code Bldg} building, {@code St} street) and "No." before a number set aside:
   * {@code Room 1203, No. 88 Huaqiang Rd., Futian Dist.} and {@code room 1203 88 huaqiang road
   * futian district} are one key. Empty when the address is too vague to stand for one place (no
   * digit, or fewer than {@value #MIN_ADDRESS_CHARS} letters and digits).
   */
  static Optional<String> address(String raw) {
    List<String> words = new ArrayList<>();
    for (String word : foldedWords(raw)) {
      if (!NUMBER_WORDS.contains(word)) {
        words.add(ADDRESS_WORDS.getOrDefault(word, word));
      }
    }
    StringBuilder sb = new StringBuilder();
    int chars = 0;
    for (String word : words) {
      // a space only between words of scripts that write one: Chinese and Japanese run on
      if (!sb.isEmpty() && !unspaced(sb.codePointBefore(sb.length()))
          && !unspaced(word.codePointAt(0))) {
        sb.append(' ');
      }
      sb.append(word);
      chars += word.codePointCount(0, word.length());
    }
    String key = sb.toString();
    boolean numbered = key.chars().anyMatch(Character::isDigit);
    return numbered && chars >= MIN_ADDRESS_CHARS ? Optional.of(key) : Optional.empty();
  }

  /** Whether a letter belongs to a script written without spaces between words. */
  private static boolean unspaced(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
  }

  /**
   * A store name with case, compatibility forms (full-width letters), punctuation, spacing and
   * words such as "store" set aside: {@code Lucky Bags Store} and {@code LUCKY-BAGS official} are
   * both {@code luckybags}.
   */
  static String storeName(String name) {
    StringBuilder sb = new StringBuilder();
    for (String word : foldedWords(name)) {
      if (!STORE_WORDS.contains(word)) {
        sb.append(word);
      }
    }
    return sb.toString();
  }

  /**
   * The words of a text, runs of letters and digits, with compatibility forms (full-width letters
   * and digits) folded and lower-cased: what a store name and an address are compared by.
   */
  private static List<String> foldedWords(String text) {
    String folded = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }
}
