package dev.marque.matching.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.marque.matching.fingerprint.internal.PlainBorder;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The picture inside a shop's frame, found as a re-lister's frame is cut off again. */
class PlainBorderTest {
  private static double[] inner(BufferedImage img) throws Exception {
    // through JPEG, as a listing's photo comes: the frame's text rings, its colour wanders
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(Pictures.jpeg(img, 0.7f)));
    int w = back.getWidth();
    int h = back.getHeight();
    return PlainBorder.inner(back.getRGB(0, 0, w, h, null, 0, w), w, h);
  }

  @Test
  void thePictureInAFrameWithSaleTextIsFoundToAPixelOrTwo() throws Exception {
    // Pictures.framed: 85% of the size, centred across, three quarters of the spare height above
    double[] box = inner(Pictures.framed(Pictures.photo(3, 800, 1000), 0.85, "HOT SALE 50% OFF"));
    assertThat(box).isNotNull();
    assertThat(box[0]).isCloseTo(0.075, within(0.005));
    assertThat(box[1]).isCloseTo(0.1125, within(0.005));
    assertThat(box[2]).isCloseTo(0.925, within(0.005));
    assertThat(box[3]).isCloseTo(0.9625, within(0.005));
  }

  @Test
  void aPictureWithDetailToItsEdgesHasNone() throws Exception {
    for (long seed = 1; seed <= 4; seed++) {
      java.util.Random r = new java.util.Random(seed);
      BufferedImage texture = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
      for (int y = 0; y < 300; y += 4) {
        for (int x = 0; x < 400; x += 4) {
          Graphics2D g = texture.createGraphics();
          g.setColor(new Color(r.nextInt(0xffffff)));
          g.fillRect(x, y, 4, 4);
          g.dispose();
        }
      }
      assertThat(inner(texture)).as("texture %d", seed).isNull();
    }
  }

  @Test
  void aPlainStretchAtAPhotosEdgeIsCutAlikeInItsCopies() throws Exception {
    // a photo's own plain margin (a backdrop, a sky) is cut too: harmless, as long as every copy
    // is cut at the same place, so their pictures inside still meet
    for (long seed = 1; seed <= 8; seed++) {
      BufferedImage photo = Pictures.photo(seed, 800, 600);
      double[] original = inner(photo);
      double[] copy = inner(Pictures.resize(photo, 0.5));
      if (original == null) {
        assertThat(copy).as("photo %d", seed).isNull();
      } else {
        assertThat(copy).as("photo %d", seed).isNotNull();
        for (int k = 0; k < 4; k++) {
          assertThat(copy[k]).as("photo %d side %d", seed, k).isCloseTo(original[k], within(0.02));
        }
      }
    }
  }

  @Test
  void aThinOrOverwhelmingBorderIsNotCut() throws Exception {
    // a 1% line round the photo is not worth a hash of its own
    assertThat(inner(Pictures.framed(Pictures.photo(4, 800, 800), 0.99, ""))).isNull();
    // nor is a small picture in a large plain field: less than half of each side would be left
    assertThat(inner(Pictures.framed(Pictures.photo(4, 800, 800), 0.4, "SALE"))).isNull();
    assertThat(PlainBorder.inner(new int[8 * 8], 8, 8)).isNull();
  }

  @Test
  void aProductOnAWhiteBackdropIsCutToTheProduct() throws Exception {
    BufferedImage img = new BufferedImage(600, 600, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 600, 600);
    g.drawImage(Pictures.photo(5, 400, 360), 90, 150, null);
    g.dispose();
    double[] box = inner(img);
    assertThat(box).isNotNull();
    assertThat(box[0] * 600).isCloseTo(90, within(3.0));
    assertThat(box[1] * 600).isCloseTo(150, within(3.0));
    assertThat(box[2] * 600).isCloseTo(490, within(3.0));
    assertThat(box[3] * 600).isCloseTo(510, within(3.0));
  }
}
