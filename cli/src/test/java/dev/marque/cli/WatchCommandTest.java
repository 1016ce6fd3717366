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
        .contains("\"seller\":\"other\"");
    assertThat(lines.get(1)).isEqualTo("{\"listingId\":\"L2\",\"relists\":[]}");
    assertThat(lines.get(2)).startsWith("{\"line\":3,\"error\":");
    assertThat(lines.get(3)).startsWith("{\"listingId\":\"L4\",\"relists\":[{\"removedId\":\"R2\",")
        .contains("\"text\":1.0").contains("\"seller\":\"same\"");
    assertThat(run.err()).contains("line 2: image gone.png: no such file");
  }

  @Test
  void aMissingRemovedFileIsAUsageError() {
    CommandRun run = CommandRun.of("watch", "--removed", dir.resolve("nope.jsonl").toString(),
        "--listings", "-");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("nope.jsonl: no such file");
  }
}
