package dev.marque.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchCommandTest {
  @TempDir
  Path dir;

  private static BufferedImage picture(long seed) {
    Random r = new Random(seed);
    BufferedImage img = new BufferedImage(600, 600, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    for (int i = 0; i < 15; i++) {
      g.setColor(new Color(r.nextInt(0xffffff)));
      g.fillOval(r.nextInt(600) - 100, r.nextInt(600) - 100, 80 + r.nextInt(250), 80 + r.nextInt(250));
    }
    g.dispose();
    return img;
  }

  @Test
  void writesOneLinePerListingInOrderWithTheRemovedListingAndWhy() throws Exception {
    Files.createDirectories(dir.resolve("removed-img"));
    ImageIO.write(picture(1), "png", dir.resolve("removed-img/tote.png").toFile());
    ImageIO.write(picture(2), "png", dir.resolve("removed-img/wallet.png").toFile());
    ImageIO.write(picture(1), "jpeg", dir.resolve("tote-again.jpg").toFile());
    ImageIO.write(picture(3), "png", dir.resolve("belt.png").toFile());
    Path removed = Files.writeString(dir.resolve("removed.jsonl"), String.join("\n",
        "{\"id\":\"R1\",\"title\":\"Aurelia Laurel tote bag genuine leather\",\"seller\":{\"id\":\"shop-88\"},"
            + "\"images\":[\"removed-img/tote.png\"]}",
        "{\"id\":\"R2\",\"title\":\"Aurelia zip wallet card holder\",\"seller\":{\"id\":\"shop-12\"},"
            + "\"images\":[\"" + dir.resolve("removed-img/wallet.png").toUri() + "\"]}"));
    Path feed = Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
        "{\"id\":\"L1\",\"title\":\"genuine leather AURELIA tote bag laurel\",\"seller\":{\"id\":\"shop-90\"},"
            + "\"images\":[\"tote-again.jpg\"]}",
        "{\"id\":\"L2\",\"title\":\"Aurelia belt reversible\",\"images\":[\"belt.png\",\"gone.png\"]}",
        "{\"title\":\"no id\"}",
        "{\"id\":\"L4\",\"title\":\"Aurelia zip wallet card holder\",\"seller\":{\"id\":\"shop-12\"}}"));
    Path out = dir.resolve("matches.jsonl");

    CommandRun run = CommandRun.of("watch", "--removed", removed.toString(),
        "--listings", feed.toString(), "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).startsWith("{\"listingId\":\"L1\",\"relists\":[{\"removedId\":\"R1\",")
        .contains("\"images\":[{\"image\":\"tote-again.jpg\",\"removedImage\":\"removed-img/tote.png\",\"distance\":")
        .contains(",\"by\":\"pdq\"}]").contains("\"seller\":\"other\"");
    assertThat(lines.get(1)).isEqualTo("{\"listingId\":\"L2\",\"relists\":[]}");
    assertThat(lines.get(2)).startsWith("{\"line\":3,\"error\":");
    assertThat(lines.get(3)).startsWith("{\"listingId\":\"L4\",\"relists\":[{\"removedId\":\"R2\",")
        .contains("\"text\":1.0,\"words\":[\"wallet\",\"holder\",\"card\",\"zip\",\"Aurelia\"]")
        .contains("\"seller\":\"same\"");
    assertThat(run.err()).contains("line 2: image gone.png: no such file");
  }

  @Test
  void aMissingRemovedFileIsAUsageError() {
    CommandRun run = CommandRun.of("watch", "--removed", dir.resolve("nope.jsonl").toString(),
        "--listings", "-");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("nope.jsonl: no such file");
  }

  private static byte[] bytes(BufferedImage img, String format) throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    ImageIO.write(img, format, out);
    return out.toByteArray();
  }

  @Test
  void httpImagesAreFetchedIntoTheEvidenceStoreAndAMissingOneIsAWarningOnItsLine()
      throws Exception {
    byte[] tote = bytes(picture(1), "png");
    byte[] again = bytes(picture(1), "jpeg");
    try (mockwebserver3.MockWebServer server = new mockwebserver3.MockWebServer()) {
      server.setDispatcher(new mockwebserver3.Dispatcher() {
        @Override
        public mockwebserver3.MockResponse dispatch(mockwebserver3.RecordedRequest request) {
          String path = request.getUrl().encodedPath();
          byte[] body = path.equals("/tote.png") ? tote : path.equals("/again.jpg") ? again : null;
          return body == null
              ? new mockwebserver3.MockResponse.Builder().code(404).body("no").build()
              : new mockwebserver3.MockResponse.Builder().code(200)
                  .addHeader("Content-Type", path.endsWith(".png") ? "image/png" : "image/jpeg")
                  .body(new okio.Buffer().write(body)).build();
        }
      });
      server.start();
      Path removed = Files.writeString(dir.resolve("removed.jsonl"),
          "{\"id\":\"R1\",\"title\":\"Aurelia Laurel tote bag genuine leather\","
              + "\"images\":[\"" + server.url("/tote.png") + "\"]}\n");
      Path feed = Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
          "{\"id\":\"L1\",\"title\":\"hot sale bag\",\"images\":[\"" + server.url("/again.jpg")
              + "\"]}",
          "{\"id\":\"L2\",\"title\":\"hot sale bag\",\"images\":[\"" + server.url("/gone.jpg")
              + "\"]}"));
      Path evidence = dir.resolve("evidence");

      CommandRun run = CommandRun.of("watch", "--removed", removed.toString(),
          "--listings", feed.toString(), "--evidence", evidence.toString());

      assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
      List<String> lines = run.out().lines().toList();
      assertThat(lines).hasSize(2);
      assertThat(lines.get(0)).startsWith("{\"listingId\":\"L1\",\"relists\":[{\"removedId\":\"R1\"")
          .contains("\"image\":\"" + server.url("/again.jpg") + "\",\"removedImage\":\""
              + server.url("/tote.png") + "\"");
      assertThat(lines.get(1)).isEqualTo("{\"listingId\":\"L2\",\"relists\":[]}");
      assertThat(run.err()).contains("line 2: image " + server.url("/gone.jpg") + ": HTTP 404");
      try (var files = Files.walk(evidence.resolve("pages"))) {
        assertThat(files.filter(Files::isRegularFile).map(f -> {
          try {
            return Files.readAllBytes(f);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        })).containsExactlyInAnyOrder(tote, again);
      }
    }
  }

  @Test
  void withoutAnEvidenceStoreHttpImagesAreNotFetchedAndSaySo() throws Exception {
    Path removed = Files.writeString(dir.resolve("removed.jsonl"),
        "{\"id\":\"R1\",\"title\":\"Aurelia tote\",\"images\":[\"http://127.0.0.1:9/a.jpg\"]}\n");
    Path feed = Files.writeString(dir.resolve("feed.jsonl"), "{\"id\":\"L1\",\"title\":\"x\"}\n");
    CommandRun run = CommandRun.of("watch", "--removed", removed.toString(),
        "--listings", feed.toString());
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.err()).contains("image http://127.0.0.1:9/a.jpg: not compared: http(s) images are"
        + " fetched only with --evidence DIR");
  }

  @Test
  void aNewAccountSharingAPhoneNumberWithTheRemovedListingsSellerIsLinked() throws Exception {
    Path removed = Files.writeString(dir.resolve("removed.jsonl"),
        "{\"id\":\"R1\",\"title\":\"Aurelia Laurel tote bag genuine leather women\","
            + "\"description\":\"WhatsApp +86 138 0013 8000\",\"seller\":{\"id\":\"shop-88\"}}\n");
    Path feed = Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
        "{\"id\":\"L1\",\"title\":\"Aurelia Laurel tote bag genuine leather women\","
            + "\"description\":\"WhatsApp +86 138 0013 8000\",\"seller\":{\"id\":\"shop-99\"}}",
        "{\"id\":\"L2\",\"title\":\"Aurelia Laurel tote bag genuine leather women\","
            + "\"description\":\"WhatsApp +86 138 0013 8000\",\"seller\":{\"id\":\"shop-88\"}}",
        "{\"id\":\"L3\",\"title\":\"Aurelia Laurel tote bag genuine leather women\","
            + "\"description\":\"WhatsApp +86 138 0013 8000\",\"seller\":{\"id\":\"shop-77\"}}",
        "{\"id\":\"L4\",\"title\":\"Aurelia Laurel tote bag genuine leather women\","
            + "\"description\":\"WhatsApp +86 138 0013 8000\"}"));
    CommandRun run = CommandRun.of("watch", "--removed", removed.toString(),
        "--listings", feed.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).contains("\"seller\":\"linked\"");
    assertThat(lines.get(1)).contains("\"seller\":\"same\"");
    assertThat(lines.get(2)).contains("\"seller\":\"linked\"");
    assertThat(lines.get(3)).contains("\"seller\":\"other\"");
  }

  @Test
  void sellersLinkedInAnEarlierRunAreLinkedWhenTheirNetworksAreGiven() throws Exception {
    // last month's feed: shop-88 and shop-99 gave the same WhatsApp number
    Path lastMonth = Files.writeString(dir.resolve("last-month.jsonl"), String.join("\n",
        "{\"id\":\"A1\",\"title\":\"Aurelia belt\",\"description\":\"WhatsApp +86 138 0013 8000\","
            + "\"seller\":{\"id\":\"shop-88\"}}",
        "{\"id\":\"A2\",\"title\":\"Aurelia scarf\",\"description\":\"WhatsApp +86 138 0013 8000\","
            + "\"seller\":{\"id\":\"shop-99\"}}"));
    Path networks = dir.resolve("networks.json");
    CommandRun sellers = CommandRun.of("sellers", "--listings", lastMonth.toString(),
        "--out", networks.toString());
    assertThat(sellers.exitCode()).as(sellers.err()).isEqualTo(0);
    // today: neither listing gives the number any more
    Path removed = Files.writeString(dir.resolve("removed.jsonl"),
        "{\"id\":\"R1\",\"title\":\"Aurelia Laurel tote bag genuine leather women\","
            + "\"seller\":{\"id\":\"shop-88\"}}\n");
    Path feed = Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
        "{\"id\":\"L1\",\"title\":\"Aurelia Laurel tote bag genuine leather women\","
            + "\"seller\":{\"id\":\"shop-99\"}}",
        "{\"id\":\"L2\",\"title\":\"Aurelia Laurel tote bag genuine leather women\","
            + "\"seller\":{\"id\":\"shop-77\"}}"));

    CommandRun without = CommandRun.of("watch", "--removed", removed.toString(),
        "--listings", feed.toString());
    CommandRun with = CommandRun.of("watch", "--removed", removed.toString(),
        "--listings", feed.toString(), "--networks", networks.toString());

    assertThat(without.out().lines().toList().get(0)).contains("\"seller\":\"other\"");
    assertThat(with.exitCode()).as(with.err()).isEqualTo(0);
    List<String> lines = with.out().lines().toList();
    assertThat(lines.get(0)).contains("\"removedId\":\"R1\"").contains("\"seller\":\"linked\"");
    assertThat(lines.get(1)).contains("\"removedId\":\"R1\"").contains("\"seller\":\"other\"");
  }

  @Test
  void aBadNetworksFileIsAUsageErrorNamingWhereItIsWrong() throws Exception {
    Path removed = Files.writeString(dir.resolve("removed.jsonl"),
        "{\"id\":\"R1\",\"title\":\"Aurelia tote\"}\n");
    Path bad = Files.writeString(dir.resolve("networks.json"),
        "{\"networks\":[{\"sellers\":[\"aliexpress:shop-88\",42],\"links\":[{\"seller\":"
            + "\"aliexpress:shop-88\",\"otherSeller\":\"aliexpress:shop-99\",\"kind\":\"fax\"}]}]}");
    Path notJson = Files.writeString(dir.resolve("broken.json"), "{\"networks\": [");

    CommandRun run = CommandRun.of("watch", "--removed", removed.toString(), "--listings", "-",
        "--networks", bad.toString());
    CommandRun broken = CommandRun.of("watch", "--removed", removed.toString(), "--listings", "-",
        "--networks", notJson.toString());
    CommandRun missing = CommandRun.of("watch", "--removed", removed.toString(), "--listings", "-",
        "--networks", dir.resolve("nope.json").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("networks.json is not valid")
        .contains("$.networks[0].sellers[1]: must be an account \"marketplace:sellerId\", got 42")
        .contains("$.networks[0].links[0].kind: must be one of phone, email, store_name, photo, address, got fax");
    assertThat(broken.exitCode()).isEqualTo(2);
    assertThat(broken.err()).contains("broken.json is not valid JSON");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.json: no such file");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void withTheCaseStoreAReListingIsRecordedOnTheOldCaseAndOpensACaseCitingItOnce()
      throws Exception {
    Path db = dir.resolve("cases.db");
    long oldCase;
    try (dev.marque.cases.CaseStore store = dev.marque.cases.CaseStore.open(db.toString())) {
      oldCase = store.openCase(dev.marque.cases.NewCase.builder(
              dev.marque.core.Marketplace.ALIEXPRESS, "1005001",
              "TRADEMARK AURELIA (EUIPO 018123456)", "alibaba-ipp")
          .brand("Aurelia").sellerId("shop-88")
          .notice(new dev.marque.cases.StoredNotice("N-7", "alibaba-ipp",
              dev.marque.core.Marketplace.ALIEXPRESS, "IPP complaint", "body of the notice"))
          .build()).theCase().id();
      store.record(oldCase, dev.marque.cases.NewEvent.of(dev.marque.cases.EventType.REMOVED, "t"));
    }
    Path removed = Files.writeString(dir.resolve("removed.jsonl"),
        "{\"id\":\"1005001\",\"marketplace\":\"ALIEXPRESS\",\"title\":\"Aurelia Laurel tote bag"
            + " genuine leather women\",\"seller\":{\"id\":\"shop-88\"}}\n"
            + "{\"id\":\"1005002\",\"marketplace\":\"ALIEXPRESS\",\"title\":\"Aurelia zip wallet"
            + " card holder\",\"seller\":{\"id\":\"shop-12\"}}\n");
    Path feed = Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
        "{\"id\":\"1005999\",\"marketplace\":\"ALIEXPRESS\",\"url\":\"https://www.aliexpress.com/item/1005999.html\","
            + "\"title\":\"women tote bag AURELIA laurel genuine leather\",\"seller\":{\"id\":\"shop-90\"}}",
        "{\"id\":\"1005998\",\"marketplace\":\"ALIEXPRESS\",\"title\":\"Aurelia zip wallet card holder\"}"));

    CommandRun run = CommandRun.of("watch", "--db", db.toString(), "--removed", removed.toString(),
        "--listings", feed.toString());
    CommandRun again = CommandRun.of("watch", "--db", db.toString(), "--removed",
        removed.toString(), "--listings", feed.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
    assertThat(run.out().lines().toList()).hasSize(2);
    assertThat(run.err()).contains("2 re-listings").contains("1 RELISTED events recorded, 1 new"
        + " cases opened");
    assertThat(again.err()).contains("0 RELISTED events recorded, 0 new cases opened");
    try (dev.marque.cases.CaseStore store = dev.marque.cases.CaseStore.open(db.toString())) {
      assertThat(store.find(oldCase).orElseThrow().state())
          .isEqualTo(dev.marque.cases.CaseState.RELISTED);
      List<dev.marque.cases.CaseEvent> events = store.events(oldCase);
      assertThat(events).extracting(dev.marque.cases.CaseEvent::type).containsExactly(
          dev.marque.cases.EventType.DETECTED, dev.marque.cases.EventType.DRAFTED,
          dev.marque.cases.EventType.REMOVED, dev.marque.cases.EventType.RELISTED);
      assertThat(events.get(3).note().orElseThrow())
          .startsWith("re-listed as ALIEXPRESS listing 1005999"
              + " (https://www.aliexpress.com/item/1005999.html): Re-lists removed listing 1005001");
      dev.marque.cases.Case created = store.find(dev.marque.core.Marketplace.ALIEXPRESS,
          "1005999", "TRADEMARK AURELIA (EUIPO 018123456)").orElseThrow();
      assertThat(created.route()).isEqualTo("alibaba-ipp");
      assertThat(created.brand()).contains("Aurelia");
      assertThat(created.sellerId()).contains("shop-90");
      assertThat(created.state()).isEqualTo(dev.marque.cases.CaseState.DETECTED);
      assertThat(store.events(created.id()).get(0).note().orElseThrow())
          .startsWith("re-listing of case " + oldCase + " (ALIEXPRESS listing 1005001, taken down"
              + " after notice N-7 sha256 ");
      assertThat(store.list()).hasSize(2); // the wallet was never a case: nothing recorded for it
    }
  }

  @Test
  void aRemovedCaseWhoseListingIsKnownNowhereIsNamedAndTheRunGoesOn() throws Exception {
    Path db = dir.resolve("cases.db");
    try (dev.marque.cases.CaseStore store = dev.marque.cases.CaseStore.open(db.toString())) {
      long id = store.openCase(dev.marque.cases.NewCase.builder(
          dev.marque.core.Marketplace.EBAY, "2561234567890", "TRADEMARK AURELIA", "ebay-vero")
          .build()).theCase().id();
      store.record(id, dev.marque.cases.NewEvent.of(dev.marque.cases.EventType.REMOVED, "t"));
    }
    Path feed = Files.writeString(dir.resolve("feed.jsonl"), "{\"id\":\"L1\",\"title\":\"x\"}\n");
    CommandRun run = CommandRun.of("watch", "--db", db.toString(), "--listings", feed.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
    assertThat(run.err()).contains("case 1 (EBAY listing 2561234567890) not watched: its listing is"
        + " neither in --removed nor in a page its events cite in --evidence");
    assertThat(run.out()).isEqualTo("{\"listingId\":\"L1\",\"relists\":[]}\n");
  }

  @Test
  void neitherRemovedListingsNorACaseStoreIsAUsageError() {
    CommandRun run = CommandRun.of("watch", "--listings", "-");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("give the removed listings: --removed FILE, --db FILE|URL");
  }
}
