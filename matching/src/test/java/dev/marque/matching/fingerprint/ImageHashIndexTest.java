package dev.marque.matching.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ImageHashIndexTest {

  private static PdqHash random(Random r) {
    return PdqHash.ofWords(r.nextLong(), r.nextLong(), r.nextLong(), r.nextLong());
  }

  private static PdqHash flip(PdqHash h, int bits, Random r) {
    long[] w = {h.word(0), h.word(1), h.word(2), h.word(3)};
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < 256; i++) {
      positions.add(i);
    }
    java.util.Collections.shuffle(positions, r);
    for (int i = 0; i < bits; i++) {
      int b = positions.get(i);
      w[b >> 6] ^= 1L << (b & 63);
    }
    return PdqHash.ofWords(w[0], w[1], w[2], w[3]);
  }

  @Test
  void findsExactlyWhatAFullScanFindsForEveryRadius() {
    Random r = new Random(42);
    for (int radius : new int[] {0, 5, 15, 16, 31, 32, 47}) {
      List<String> keys = new ArrayList<>();
      List<PdqHash> hashes = new ArrayList<>();
      PdqHash centre = random(r);
      ImageHashIndex.Builder b = ImageHashIndex.builder(radius);
      for (int i = 0; i < 600; i++) {
        // planted neighbours at every distance around the radius, and unrelated hashes
        PdqHash h = i < 300 ? flip(centre, i % (radius + 4), r) : random(r);
        keys.add("img-" + i);
        hashes.add(h);
        b.add("img-" + i, h);
      }
      ImageHashIndex index = b.build();
      for (PdqHash query : List.of(centre, flip(centre, radius / 2, r), random(r))) {
        List<String> expected = new ArrayList<>();
        List<Integer> distances = new ArrayList<>();
        for (int i = 0; i < hashes.size(); i++) {
          int d = hashes.get(i).distance(query);
          if (d <= radius) {
            expected.add(keys.get(i));
            distances.add(d);
          }
        }
        List<ImageMatch> found = index.search(query);
        assertThat(found).extracting(ImageMatch::key).as("radius %d", radius)
            .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(found).extracting(ImageMatch::distance).isSorted();
      }
    }
  }

  @Test
  void nearestNamesTheClosestWorkAndItsDistance() {
    Random r = new Random(1);
    PdqHash front = random(r);
    PdqHash back = random(r);
    ImageHashIndex works = ImageHashIndex.builder(ImageHashIndex.DEFAULT_RADIUS)
        .add("front.jpg", front).add("back.jpg", back).build();
    ImageMatch m = works.nearest(flip(back, 9, r)).orElseThrow();
    assertThat(m.key()).isEqualTo("back.jpg");
    assertThat(m.distance()).isEqualTo(9);
    assertThat(works.nearest(random(r))).isEmpty();
    assertThat(works.size()).isEqualTo(2);
  }

  @Test
  void aRadiusOutOfRangeIsRefused() {
    assertThatThrownBy(() -> ImageHashIndex.builder(64)).hasMessageStartingWith("radius:");
    assertThatThrownBy(() -> ImageHashIndex.builder(-1)).hasMessageStartingWith("radius:");
  }
}
