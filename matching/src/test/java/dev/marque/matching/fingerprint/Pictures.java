package dev.marque.matching.fingerprint;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;

/** Product-like test pictures drawn from a seed, and the edits a re-lister makes to them. */
final class Pictures {
  private Pictures() {}

  static BufferedImage photo(long seed, int w, int h) {
    Random r = new Random(seed);
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, new Color(r.nextInt(0xffffff)), w, h,
        new Color(r.nextInt(0xffffff))));
    g.fillRect(0, 0, w, h);
    for (int i = 0; i < 12; i++) {
      g.setColor(new Color(r.nextInt(0xffffff)));
      int x = r.nextInt(w);
      int y = r.nextInt(h);
      int s = w / 8 + r.nextInt(w / 3);
      switch (r.nextInt(3)) {
        case 0 -> g.fillOval(x - s / 2, y - s / 2, s, s * 2 / 3);
        case 1 -> g.fillRect(x - s / 2, y - s / 2, s, s / 2);
        default -> {
          g.setStroke(new BasicStroke(3 + r.nextInt(10)));
          g.drawLine(x, y, r.nextInt(w), r.nextInt(h));
        }
      }
    }
    g.dispose();
    return img;
  }

  static byte[] jpeg(BufferedImage img, float quality) {
    try {
      ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (var ios = ImageIO.createImageOutputStream(out)) {
        writer.setOutput(ios);
        writer.write(null, new IIOImage(img, null, null), param);
      }
      writer.dispose();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] encode(BufferedImage img, String format) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(img, format, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BufferedImage resize(BufferedImage img, double factor) {
    int w = (int) (img.getWidth() * factor);
    int h = (int) (img.getHeight() * factor);
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(img, 0, 0, w, h, null);
    g.dispose();
    return out;
  }

  /** Cuts {@code fraction} of the width and height, split between the sides. */
  static BufferedImage crop(BufferedImage img, double fraction) {
    int dx = (int) (img.getWidth() * fraction / 2);
    int dy = (int) (img.getHeight() * fraction / 2);
    BufferedImage sub = img.getSubimage(dx, dy, img.getWidth() - 2 * dx, img.getHeight() - 2 * dy);
    BufferedImage out = new BufferedImage(sub.getWidth(), sub.getHeight(), BufferedImage.TYPE_INT_RGB);
    out.createGraphics().drawImage(sub, 0, 0, null);
    return out;
  }

  static BufferedImage watermark(BufferedImage img, String text) {
    BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.drawImage(img, 0, 0, null);
    g.setColor(new Color(255, 255, 255, 140));
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, img.getHeight() / 12));
    g.drawString(text, img.getWidth() / 10, img.getHeight() * 9 / 10);
    g.dispose();
    return out;
  }

  /** A shop's name tiled over the whole picture in translucent white, on a turned grid. */
  static BufferedImage tiledWatermark(BufferedImage img, String text, int alpha) {
    BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = textOver(out, img);
    int w = img.getWidth();
    int h = img.getHeight();
    g.setColor(new Color(255, 255, 255, alpha));
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, w / 14));
    g.rotate(-0.5, w / 2.0, h / 2.0);
    int stepX = g.getFontMetrics().stringWidth(text) * 3 / 2;
    int stepY = g.getFont().getSize() * 3;
    for (int y = -h; y < 2 * h; y += stepY) {
      for (int x = -w; x < 2 * w; x += stepX) {
        g.drawString(text, x + ((y / stepY) % 2 == 0 ? 0 : stepX / 2), y);
      }
    }
    g.dispose();
    return out;
  }

  /**
   * A smooth picture, as a dark wallpaper or a plain backdrop is: a gradient between two dark
   * colours drawn from the seed, with a faint glow; its PDQ hash has little to hold on to (quality
   * under 50).
   */
  static BufferedImage smooth(long seed, int w, int h) {
    Random r = new Random(seed);
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setPaint(new GradientPaint(0, 0, new Color(r.nextInt(0x202020)), w, h,
        new Color(0x303030 + r.nextInt(0x202020))));
    g.fillRect(0, 0, w, h);
    g.setColor(new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256), 30));
    g.fillOval(r.nextInt(w / 2), r.nextInt(h / 2), w / 2, h / 2);
    g.dispose();
    return img;
  }

  /**
   * A shop's marks: a translucent white name across the middle, turned, and an opaque red banner
   * across the lower left with white words on it.
   */
  static BufferedImage banner(BufferedImage img, String text) {
    BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = textOver(out, img);
    int w = img.getWidth();
    int h = img.getHeight();
    g.setColor(new Color(255, 255, 255, 110));
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, h / 10));
    g.rotate(-0.5, w / 2.0, h / 2.0);
    g.drawString("LUCKY SHOP", w / 8, h / 2);
    g.rotate(0.5, w / 2.0, h / 2.0);
    g.setColor(new Color(200, 30, 30));
    g.fillRect(0, h - h / 9, w / 2, h / 9);
    g.setColor(Color.WHITE);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, h / 20));
    g.drawString(text, w / 40, h - h / 30);
    g.dispose();
    return out;
  }

  /**
   * The picture shrunk to {@code scale} of its size and set into a shop's frame of the original
   * size: a yellow border, wider below, with a line of sale text above the picture.
   */
  static BufferedImage framed(BufferedImage img, double scale, String text) {
    int w = img.getWidth();
    int h = img.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setColor(new Color(240, 200, 40));
    g.fillRect(0, 0, w, h);
    int iw = (int) (w * scale);
    int ih = (int) (h * scale);
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
        RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    g.drawImage(img, (w - iw) / 2, (h - ih) * 3 / 4, iw, ih, null);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
        RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(8, (h - ih) / 3)));
    g.drawString(text, w / 20, (h - ih) * 3 / 4 - (h - ih) / 8);
    g.dispose();
    return out;
  }

  /** Draws {@code img} into {@code out} and returns a context that writes text anti-aliased on it. */
  private static Graphics2D textOver(BufferedImage out, BufferedImage img) {
    Graphics2D g = out.createGraphics();
    g.drawImage(img, 0, 0, null);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    return g;
  }

  /**
   * A tote bag on a wooden table, as a shop photographs each of a product's variants: the same
   * table, place and shape; the leather's colour and its leaf print (placed by the seed) differ.
   */
  static BufferedImage tote(long seed, Color leather, int size) {
    Random r = new Random(seed);
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.scale(size / 480.0, size / 480.0);
    g.setPaint(new GradientPaint(0, 0, new Color(214, 190, 160), 480, 480,
        new Color(150, 112, 80)));
    g.fillRect(0, 0, 480, 480);
    Random grain = new Random(1); // one table
    for (int y = 0; y < 480; y += 3) {
      g.setColor(new Color(90, 60, 30, 20 + grain.nextInt(40)));
      g.drawLine(0, y + grain.nextInt(3), 480, y + grain.nextInt(5) - 2);
    }
    java.awt.geom.Path2D body = new java.awt.geom.Path2D.Double();
    body.moveTo(120, 170);
    body.lineTo(360, 170);
    body.lineTo(395, 400);
    body.lineTo(85, 400);
    body.closePath();
    g.setColor(leather);
    g.fill(body);
    g.setClip(body);
    for (int i = 0; i < 90; i++) {
      double x = 80 + r.nextDouble() * 330;
      double y = 170 + r.nextDouble() * 230;
      g.setColor(new Color(230, 200, 120, 110 + r.nextInt(100)));
      g.fill(java.awt.geom.AffineTransform.getRotateInstance(r.nextDouble() * Math.PI, x, y)
          .createTransformedShape(new java.awt.geom.Ellipse2D.Double(x - 9, y - 4, 18, 8)));
    }
    g.setClip(null);
    g.setStroke(new BasicStroke(9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.setColor(leather.darker());
    g.drawArc(150, 80, 70, 180, 0, 180);
    g.drawArc(260, 80, 70, 180, 0, 180);
    g.setColor(new Color(212, 175, 55));
    g.fillRoundRect(222, 200, 36, 30, 10, 10);
    g.dispose();
    return img;
  }
}
