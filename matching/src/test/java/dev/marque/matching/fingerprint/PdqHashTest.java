package dev.marque.matching.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PdqHashTest {
  // Hashes and distances from the regression output Meta publishes for its hashtool256
  // (facebook/ThreatExchange, hashing/pdq/java/reg_test/expected, "hashtool256 matrix").
  private static final String[] HEX = {
    "2b9c22a4d7d2244ce402fcc9dbe8e643356ac12184af5d6c7f19aec7c422ce38",
    "2b9c22a4d8d2244ce402fcc9dbe8e643356ac12184af5d6c7f19aec7c422ce38",
    "f01a16252f5906ed468061d06ec37ba206c87c19282f66e29514bd305d8f4bbd",
    "f01a16252f5906ed468061d06ec37ba206c87c19282f66e29514bd305d8f4bcd",
    "0000000000000000000000000000000000000000000000000000000000000000",
    "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
  };
  private static final int[][] MATRIX = {
    {0, 4, 122, 125, 124, 132},
    {4, 0, 124, 127, 122, 134},
    {122, 124, 0, 3, 120, 136},
    {125, 127, 3, 0, 119, 137},
    {124, 122, 120, 119, 0, 256},
    {132, 134, 136, 137, 256, 0},
  };

  @Test
  void distancesAreThoseOfMetasPublishedMatrix() {
    for (int i = 0; i < HEX.length; i++) {
      for (int j = 0; j < HEX.length; j++) {
        assertThat(PdqHash.fromHex(HEX[i]).distance(PdqHash.fromHex(HEX[j])))
            .as("%d,%d", i, j).isEqualTo(MATRIX[i][j]);
      }
    }
  }

  @Test
  void hexRoundTripsAndWordsHoldTheBitsLowFirst() {
    PdqHash h = PdqHash.fromHex(HEX[0].toUpperCase());
    assertThat(h.toHex()).isEqualTo(HEX[0]);
    assertThat(h.word(0)).isEqualTo(0x7f19aec7c422ce38L);
    assertThat(h.word(3)).isEqualTo(0x2b9c22a4d7d2244cL);
    assertThat(PdqHash.ofWords(h.word(0), h.word(1), h.word(2), h.word(3))).isEqualTo(h);
  }

  @Test
  void badHexIsRefusedNamingTheArgument() {
    assertThatThrownBy(() -> PdqHash.fromHex("abc")).hasMessageStartingWith("hex:");
    assertThatThrownBy(() -> PdqHash.fromHex("g".repeat(64))).hasMessageStartingWith("hex:");
  }
}
