package dev.marque.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marque.core.Marketplace;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SQLite store damaged on disk (a bad sector, a copy cut short) is a clear error naming the
 * file and what to do, never a crash or a silent partial answer, and marque writes nothing to it.
 */
class DamagedStoreTest {
  @TempDir
  Path dir;

  /** A store of a few thousand cases, closed: a file of a few hundred pages. */
  private Path store() {
    Path file = dir.resolve("marque.db");
    try (CaseStore store = CaseStore.open(file.toString(), CaseStoreTest.clock())) {
      List<NewCase> cases = new ArrayList<>();
      for (int i = 0; i < 3_000; i++) {
        cases.add(NewCase.builder(Marketplace.EBAY, "L" + i, CaseStoreTest.RIGHT, "ebay-vero")
            .listingUrl("https://www.ebay.com/itm/" + i).sellerId("shop-" + i).build());
      }
      store.openCases(cases);
    }
    return file;
  }

  @Test
  void a_store_with_damaged_pages_is_refused_as_damaged_and_left_as_it_was() throws Exception {
    Path file = store();
    long size = Files.size(file);
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      byte[] garbage = new byte[16 * 4096];
      Arrays.fill(garbage, (byte) 0x5A);
      raf.seek(size / 2 / 4096 * 4096);
      raf.write(garbage);
    }
    byte[] before = Files.readAllBytes(file);

    assertThatThrownBy(() -> {
      try (CaseStore store = CaseStore.open(file.toString(), CaseStoreTest.clock())) {
        store.list();
        store.openCase(NewCase.builder(Marketplace.EBAY, "new", CaseStoreTest.RIGHT,
            "ebay-vero").build());
      }
    }).isInstanceOf(SchemaException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("damaged")
        .hasMessageContaining("backup");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void a_store_cut_short_is_refused_as_damaged_and_left_as_it_was() throws Exception {
    Path file = store();
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(raf.length() / 3);
    }
    byte[] before = Files.readAllBytes(file);

    assertThatThrownBy(() -> {
      try (CaseStore store = CaseStore.open(file.toString(), CaseStoreTest.clock())) {
        store.list();
      }
    }).isInstanceOf(SchemaException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("damaged");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }
}
