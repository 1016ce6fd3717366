package dev.marque.matching.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Checks marque's PDQ against the hashes Meta publishes for its own test photos. The photos are
 * not shipped with marque (their licence is not stated); point {@code -Dmarque.pdq.data} at the
 * {@code pdq/data} directory of a facebook/ThreatExchange checkout to run it.
 */
class PdqReferenceTest {
  private static final String DATA = System.getProperty("marque.pdq.data", "");

  private static int distance(String relative, String publishedHex) throws Exception {
    Path file = Path.of(DATA, relative);
    assumeTrue(!DATA.isEmpty() && Files.isRegularFile(file), "Meta's PDQ test photos not present");
    return ImageFingerprinter.standard().fingerprint(file).pdq().distance(PdqHash.fromHex(publishedHex));
  }

  @Test
  void smallPhotosHashToExactlyThePublishedBits() throws Exception {
    // pdq/python/README.md: the reference hashes of the bridge-mods photos
    assertThat(distance("bridge-mods/shrink-a-lot.jpg",
        "d0f8f1ccc0f4a84d0a370a3a228f67f0b36e2ed5b6623e1d33e6339c4e9c9b22")).isZero();
    assertThat(distance("bridge-mods/square-128x128.jpg",
        "d8f8f1eec0f4a84f0e37022a078f63f0b36e2ed596621e1d33e6239c4e9c9b22")).isZero();
    assertThat(distance("bridge-mods/square-256x256.jpg",
        "d8f8f0cec4f4a84f0637022a078f67f0b36e2ee5b6621e1d33e6239c4e9c9b22")).isZero();
    assertThat(distance("bridge-mods/square-512x512.jpg",
        "d8f8f0cec0f4a84f0637022a278f67f0b36e2ed596621e1d33e6339c4e9c9b22")).isZero();
  }

  @Test
  void largePhotosHashWithinMetasToleranceForAnotherJpegDecoder() throws Exception {
    // pdq/cpp regression output (C++ reference), the eight rotations and flips of the bridge
    String[][] published = {
      {"bridge-1-original.jpg", "f8f8f0cce0f4e84d0e370a22028f67f0b36e2ed596623e1d33e6339c4e9c9b22"},
      {"bridge-2-rotate-90.jpg", "b0a10efd71cc3f429413d48d0ffffe12e34e0e17ada952a9d29684210aa9e5af"},
      {"bridge-3-rotate-180.jpg", "adad5a64b5a142e55362a09057dacd5ae63b847fc23794b766b319361fc93188"},
      {"bridge-4-rotate-270.jpg", "a5f4a457a48995e8c9065c275aaa5498b61ba4bdf8fcf80387c32f8b0bfc4f05"},
      {"bridge-5-flipx.jpg", "f8f80f31e0f417b00e37f5cd028f980fb36ed02a9662c1e233e6cc634e9c64dd"},
      {"bridge-6-flipy.jpg", "8dad2599b1a1bd1853625f6553da32a1e63b7280c2374b4866b366c91bc9ce77"},
      {"bridge-7-flip-plus-1.jpg", "f0a1f102f1dcc0bd9c5309720fff018de34ef1e8ada9a956d2967ade0ea91a50"},
      {"bridge-8-flip-minus-1.jpg", "a5f05ba8a4896a17c106a3da5aaaab07b61b5b42f8fc07fc83c3d0740bfcb0fa"},
    };
    for (String[] p : published) {
      assertThat(distance("reg-test-input/dih/" + p[0], p[1])).as(p[0]).isLessThanOrEqualTo(10);
    }
  }
}
