package dev.marque.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.core.InfringementEvidence;
import dev.marque.core.json.MarqueJson;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The image-copy evidence file, as {@code marque draft --evidence} reads it. */
class CopiesCommandTest {
  private static final String WORK = "Kestrel Audio K7 user manual and product photographs";

  @TempDir
  Path dir;

  private static BufferedImage picture(long seed, int size) {
    Random r = new Random(seed);
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    for (int i = 0; i < 15; i++) {
      g.setColor(new Color(r.nextInt(0xffffff)));
      g.fillOval(r.nextInt(size) - 100, r.nextInt(size) - 100, 80 + r.nextInt(250),
          80 + r.nextInt(250));
    }
    g.dispose();
    return img;
  }

  @Test
  void aListingPhotoCopyingAWorkPhotoBecomesImageCopyEvidenceThatDraftReads() throws Exception {
    Files.createDirectories(dir.resolve("photographs"));
    ImageIO.write(picture(1, 600), "png", dir.resolve("photographs/K7-BLK-front.png").toFile());
    ImageIO.write(picture(2, 600), "png", dir.resolve("photographs/K7-BLK-side.png").toFile());
    BufferedImage smaller = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = smaller.createGraphics();
    g.drawImage(picture(1, 600), 0, 0, 400, 400, null);
    g.dispose();
    ImageIO.write(smaller, "jpeg", dir.resolve("main.jpg").toFile());
    ImageIO.write(picture(3, 600), "jpeg", dir.resolve("own.jpg").toFile());
    Path feed = Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
        "{\"id\":\"601099512345678\",\"title\":\"K7 headphones\",\"images\":[\"own.jpg\",\"main.jpg\"]}",
        "{\"id\":\"601099512345679\",\"title\":\"other headphones\",\"images\":[\"own.jpg\",\"nope.jpg\"]}",
        "not json"));
    Path out = dir.resolve("evidence.json");

    CommandRun run = CommandRun.of("copies", "--work", WORK + "=" + dir.resolve("photographs"),
        "--listings", feed.toString(), "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains("line 2: image nope.jpg: no such file")
        .contains("line 3: ").contains("1 listings with copied photos (1 matches)");
    Map<String, List<InfringementEvidence>> read = MarqueJson.standard().readEvidence(out);
    assertThat(read).containsOnlyKeys("601099512345678");
    assertThat(read.get("601099512345678")).singleElement()
        .isInstanceOfSatisfying(InfringementEvidence.ImageCopy.class, c -> {
          assertThat(c.right()).isEqualTo(WORK);
          assertThat(c.listingImage()).isEqualTo("main.jpg");
          assertThat(c.workImage()).endsWith("K7-BLK-front.png");
          assertThat(c.algorithm()).isEqualTo("PDQ");
          assertThat(c.isMatch()).isTrue();
        });
  }

  @Test
  void aWorkWithoutPhotosIsAUsageError() throws Exception {
    Files.createDirectories(dir.resolve("empty"));
    Path feed = Files.writeString(dir.resolve("feed.jsonl"), "{\"id\":\"1\",\"title\":\"x\"}\n");
    CommandRun run = CommandRun.of("copies", "--work", WORK + "=" + dir.resolve("empty"),
        "--listings", feed.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no image files in");
  }
}
