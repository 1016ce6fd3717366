import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Draws the sample photos of RelistingExample (run from the repository's root:
 * {@code java samples/data/relist/MakePhotos.java}); deterministic, drawn for marque, Apache-2.0.
 * A removed tote and a removed wallet; the tote again as a re-lister posts it (cut 6% from a
 * corner, shrunk to 85%, the shop's name across it, saved at JPEG 75); another tote of the brand.
 */
public class MakePhotos {
  public static void main(String[] args) throws IOException {
    Path dir = Path.of("samples/data/relist/img");
    Files.createDirectories(dir);
    BufferedImage tote = product(11, new Color(150, 96, 52), true);
    write(tote, dir.resolve("laurel-tote.jpg"), 0.9f);
    write(product(23, new Color(40, 52, 80), false), dir.resolve("laurel-wallet.jpg"), 0.9f);
    write(relisted(tote), dir.resolve("tote-new-shop.jpg"), 0.75f);
    write(product(37, new Color(120, 30, 40), true), dir.resolve("laurel-tote-burgundy.jpg"), 0.9f);
  }

  /** A product on a wooden table: a bag's body with a laurel-leaf print, handles or a flap. */
  static BufferedImage product(long seed, Color leather, boolean tote) {
    int w = 480;
    int h = 480;
    Random r = new Random(seed);
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, new Color(214, 190, 160), w, h, new Color(150, 112, 80)));
    g.fillRect(0, 0, w, h);
    for (int y = 0; y < h; y += 3) { // the table's grain
      g.setColor(new Color(90, 60, 30, 20 + r.nextInt(40)));
      g.drawLine(0, y + r.nextInt(3), w, y + r.nextInt(5) - 2);
    }
    Path2D body = new Path2D.Double();
    double top = tote ? 170 : 190;
    body.moveTo(tote ? 120 : 100, top);
    body.lineTo(tote ? 360 : 380, top);
    body.lineTo(tote ? 395 : 380, 400);
    body.lineTo(tote ? 85 : 100, 400);
    body.closePath();
    g.setColor(leather);
    g.fill(body);
    g.setClip(body);
    for (int i = 0; i < 90; i++) { // the monogram: laurel leaves at random turns
      double x = 80 + r.nextDouble() * 330;
      double y = top + r.nextDouble() * (400 - top);
      AffineTransform t = AffineTransform.getRotateInstance(r.nextDouble() * Math.PI, x, y);
      g.setColor(new Color(230, 200, 120, 110 + r.nextInt(100)));
      g.fill(t.createTransformedShape(new Ellipse2D.Double(x - 9, y - 4, 18, 8)));
    }
    g.setClip(null);
    g.setStroke(new BasicStroke(9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.setColor(leather.darker());
    if (tote) {
      g.drawArc(150, 80, 70, 180, 0, 180);
      g.drawArc(260, 80, 70, 180, 0, 180);
    } else {
      g.drawLine(100, 260, 380, 260);
    }
    g.setColor(new Color(212, 175, 55)); // the clasp
    g.fillRoundRect(222, tote ? 200 : 245, 36, 30, 10, 10);
    g.dispose();
    return img;
  }

  /** As a re-lister posts it: cut 6% from the top left, shrunk to 85%, its shop's name across. */
  static BufferedImage relisted(BufferedImage img) {
    int cut = (int) Math.round(img.getWidth() * 0.06);
    BufferedImage cropped = img.getSubimage(cut, cut, img.getWidth() - cut, img.getHeight() - cut);
    int w = (int) Math.round(cropped.getWidth() * 0.85);
    int h = (int) Math.round(cropped.getHeight() * 0.85);
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.drawImage(cropped, 0, 0, w, h, null);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 34));
    g.setColor(new Color(255, 255, 255, 120));
    g.rotate(-0.3, w / 2.0, h / 2.0);
    g.drawString("LUXBAGS 888", w / 2 - 110, h / 2 + 12);
    g.dispose();
    return out;
  }

  static void write(BufferedImage img, Path file, float quality) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(quality);
    Files.deleteIfExists(file);
    try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
      writer.setOutput(out);
      writer.write(null, new IIOImage(img, null, null), param);
    } finally {
      writer.dispose();
    }
  }
}
