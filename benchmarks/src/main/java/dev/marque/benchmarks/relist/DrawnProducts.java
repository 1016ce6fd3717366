package dev.marque.benchmarks.relist;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Products photographed alike, drawn by marque (not outside material): the variants a shop sells
 * of one item, each shot on the same table, in the same place and pose, in another colour and
 * with its print placed otherwise. What tells two of them apart is colour and fine detail, which
 * is what a photo's re-listing keeps and a variant does not.
 */
final class DrawnProducts {
  private DrawnProducts() {}

  /** A colour a variant comes in, with the word its title names it by. */
  record Leather(String word, Color colour) {}

  /** The colours, one of each family {@code ColourWords} tells apart. */
  static final Leather[] LEATHERS = {
    new Leather("brown", new Color(150, 96, 52)),
    new Leather("black", new Color(35, 32, 30)),
    new Leather("burgundy", new Color(120, 30, 40)),
    new Leather("navy", new Color(30, 40, 90)),
    new Leather("green", new Color(40, 100, 60)),
    new Leather("grey", new Color(130, 130, 135)),
    new Leather("beige", new Color(215, 190, 150)),
    new Leather("pink", new Color(225, 150, 170)),
  };

  /**
   * One product's photo: its shape (a tote, a wallet or a box bag, by {@code product}) on its
   * shop's table (by {@code product} too), in {@code leather}, its print placed by {@code print}.
   */
  static BufferedImage photo(int product, Leather leather, long print, int size) {
    Random shop = new Random(1_000 + product);
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.scale(size / 480.0, size / 480.0);
    Color light = new Color(150 + shop.nextInt(90), 130 + shop.nextInt(90), 100 + shop.nextInt(90));
    g.setPaint(new GradientPaint(0, 0, light, 480, 480, light.darker()));
    g.fillRect(0, 0, 480, 480);
    for (int y = 0; y < 480; y += 3) { // the table's grain, the same in every photo of the shop
      g.setColor(new Color(60, 40, 20, 15 + shop.nextInt(40)));
      g.drawLine(0, y + shop.nextInt(3), 480, y + shop.nextInt(5) - 2);
    }
    double dx = shop.nextInt(60) - 30;
    double dy = shop.nextInt(40) - 20;
    g.translate(dx, dy);
    Shape body = body(product % 3);
    g.setColor(leather.colour());
    g.fill(body);
    g.setClip(body);
    Random r = new Random(print);
    Color ink = leather.colour().getRed() + leather.colour().getGreen() > 300
        ? new Color(90, 60, 30) : new Color(230, 200, 120);
    for (int i = 0; i < 90; i++) { // the print: leaves at random places and turns
      double x = 60 + r.nextDouble() * 360;
      double y = 120 + r.nextDouble() * 300;
      g.setColor(new Color(ink.getRed(), ink.getGreen(), ink.getBlue(), 110 + r.nextInt(100)));
      g.fill(AffineTransform.getRotateInstance(r.nextDouble() * Math.PI, x, y)
          .createTransformedShape(new Ellipse2D.Double(x - 9, y - 4, 18, 8)));
    }
    g.setClip(null);
    g.setStroke(new BasicStroke(9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.setColor(leather.colour().darker());
    switch (product % 3) {
      case 0 -> {
        g.drawArc(150, 80, 70, 180, 0, 180);
        g.drawArc(260, 80, 70, 180, 0, 180);
      }
      case 1 -> g.drawLine(90, 250, 390, 250);
      default -> g.drawArc(170, 60, 140, 160, 0, 180);
    }
    g.setColor(new Color(212, 175, 55)); // the clasp
    g.fillRoundRect(222, 200, 36, 30, 10, 10);
    g.dispose();
    return img;
  }

  private static Shape body(int kind) {
    return switch (kind) {
      case 0 -> { // a tote
        Path2D p = new Path2D.Double();
        p.moveTo(120, 170);
        p.lineTo(360, 170);
        p.lineTo(395, 400);
        p.lineTo(85, 400);
        p.closePath();
        yield p;
      }
      case 1 -> new RoundRectangle2D.Double(90, 170, 300, 170, 30, 30); // a wallet
      default -> new RoundRectangle2D.Double(130, 140, 220, 260, 60, 60); // a box bag
    };
  }
}
