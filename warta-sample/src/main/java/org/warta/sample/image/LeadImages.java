package org.warta.sample.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.warta.sample.plan.Hashes;

/**
 * Tiny lead images: abstract landscapes whose colours and shapes derive from a name, as SVG (a few
 * hundred bytes) or as a 96x54 PNG (written here, without timestamps or metadata chunks, so the
 * bytes depend only on the name).
 */
public final class LeadImages {
  private static final int W = 96;
  private static final int H = 54;

  private LeadImages() {}

  /** An image for the URL's file extension: PNG for {@code .png}, SVG otherwise. */
  public static byte[] forUrl(String url, String title) {
    return url.endsWith(".png") ? png(url) : svg(url, title);
  }

  /** The Content-Type for the URL's file extension. */
  public static String contentType(String url) {
    return url.endsWith(".png") ? "image/png" : "image/svg+xml; charset=utf-8";
  }

  /** A 640x360 SVG: sky, sun and two hills in colours derived from the name. */
  public static byte[] svg(String name, String title) {
    byte[] h = Hashes.sha256(name);
    String sky = colour(h, 0, 150);
    String hill = colour(h, 3, 40);
    String far = colour(h, 6, 90);
    int sunX = 80 + (h[9] & 0xff) * 480 / 255;
    int ridge = 170 + (h[10] & 0x3f);
    String svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"360\" "
            + "viewBox=\"0 0 640 360\"><title>"
            + escape(title)
            + "</title>"
            + "<rect width=\"640\" height=\"360\" fill=\""
            + sky
            + "\"/>"
            + "<circle cx=\""
            + sunX
            + "\" cy=\"90\" r=\"38\" fill=\"#f4d35e\"/>"
            + "<path d=\"M0 "
            + ridge
            + " Q160 "
            + (ridge - 70)
            + " 320 "
            + ridge
            + " T640 "
            + (ridge - 20)
            + " V360 H0Z\" fill=\""
            + far
            + "\"/>"
            + "<path d=\"M0 300 Q220 "
            + (ridge + 40)
            + " 420 290 T640 270 V360 H0Z\" fill=\""
            + hill
            + "\"/></svg>\n";
    return svg.getBytes(StandardCharsets.UTF_8);
  }

  /** A 96x54 RGB PNG: a vertical gradient with a band, colours derived from the name. */
  public static byte[] png(String name) {
    byte[] h = Hashes.sha256(name);
    byte[] raw = new byte[H * (1 + 3 * W)];
    int band = 20 + (h[12] & 0x0f);
    for (int y = 0; y < H; y++) {
      int row = y * (1 + 3 * W);
      raw[row] = 0; // filter: none
      for (int x = 0; x < W; x++) {
        boolean inBand = y > band && y < band + 6 + (x * (h[13] & 7)) / W;
        for (int c = 0; c < 3; c++) {
          int base = inBand ? (h[14 + c] & 0xff) / 3 : (h[c] & 0xff);
          raw[row + 1 + 3 * x + c] = (byte) Math.min(255, base + y * 2);
        }
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    chunk(out, "IHDR", new byte[] {0, 0, 0, W, 0, 0, 0, H, 8, 2, 0, 0, 0});
    chunk(out, "IDAT", deflate(raw));
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static byte[] deflate(byte[] raw) {
    Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
    try {
      d.setInput(raw);
      d.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[4096];
      while (!d.finished()) {
        out.write(buf, 0, d.deflate(buf));
      }
      return out.toByteArray();
    } finally {
      d.end();
    }
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    writeInt(out, data.length);
    out.writeBytes(t);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    writeInt(out, (int) crc.getValue());
  }

  private static void writeInt(ByteArrayOutputStream out, int v) {
    out.write(v >>> 24);
    out.write(v >>> 16);
    out.write(v >>> 8);
    out.write(v);
  }

  private static String colour(byte[] h, int i, int floor) {
    return String.format(
        Locale.ROOT, "#%02x%02x%02x", mix(h[i], floor), mix(h[i + 1], floor), mix(h[i + 2], floor));
  }

  private static int mix(byte b, int floor) {
    return floor + (b & 0xff) * (255 - floor) / 255;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
