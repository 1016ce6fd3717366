package dev.marque.matching.fingerprint.internal;

import dev.marque.matching.fingerprint.ImageDecodeException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes an image with ImageIO and whatever plug-ins are on the class path (marque ships
 * TwelveMonkeys' JPEG, which reads CMYK and broken JPEGs the JDK refuses, and WebP), reading the
 * size first so a decompression bomb is refused before any pixel is allocated.
 */
public final class ImageDecoding {
  /** The most pixels decoded for one image (after subsampling). */
  public static final long MAX_PIXELS = 40_000_000L;

  /** Images whose shorter side exceeds this are subsampled while decoding (PDQ needs far less). */
  public static final int SUBSAMPLE_ABOVE = 1024;

  private ImageDecoding() {}

  static {
    ImageIO.setUseCache(false); // no temporary files for streams
  }

  /**
   * Decodes the first image in {@code bytes}.
   *
   * @param bytes the encoded image
   * @return the decoded image, subsampled by a whole factor when its shorter side is over 1024
   * @throws ImageDecodeException if no reader knows the format, the data is broken or too large
   */
  public static BufferedImage decode(byte[] bytes) throws ImageDecodeException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new ImageDecodeException("not an image in a known format (" + bytes.length
            + " bytes starting " + magic(bytes) + ")", null);
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int w = reader.getWidth(0);
        int h = reader.getHeight(0);
        if (w <= 0 || h <= 0) {
          throw new ImageDecodeException("the image has no pixels (" + w + "x" + h + ")", null);
        }
        int factor = Math.max(1, Math.min(w, h) / SUBSAMPLE_ABOVE);
        long pixels = (long) ((w + factor - 1) / factor) * ((h + factor - 1) / factor);
        if (pixels > MAX_PIXELS) {
          throw new ImageDecodeException("the image is " + w + "x" + h + " pixels, more than the "
              + MAX_PIXELS + " marque decodes", null);
        }
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(factor, factor, 0, 0);
        BufferedImage image = reader.read(0, param);
        if (image == null) {
          throw new ImageDecodeException("the " + reader.getFormatName() + " decoder gave nothing", null);
        }
        return image;
      } finally {
        reader.dispose();
      }
    } catch (ImageDecodeException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // Plug-ins throw IllegalArgumentException, IndexOutOfBounds... on hostile input.
      throw new ImageDecodeException("undecodable image: " + e, e);
    }
  }

  private static String magic(byte[] bytes) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(4, bytes.length); i++) {
      sb.append(String.format("%02x", bytes[i] & 0xff));
    }
    return sb.length() == 0 ? "(empty)" : sb.toString();
  }
}
