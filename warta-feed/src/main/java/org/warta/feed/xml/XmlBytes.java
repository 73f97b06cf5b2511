package org.warta.feed.xml;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Byte-level repairs applied before XML parsing, each one for a breakage common in real feeds:
 * whitespace or blank lines before the XML declaration, control characters XML 1.0 forbids, and
 * unescaped ampersands ({@code AT&T}). Only for ASCII-compatible encodings; UTF-16 input is left
 * alone.
 */
final class XmlBytes {
  private static final Pattern CHARSET =
      Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private XmlBytes() {}

  /** Whether the bytes look like UTF-16 (BOM or a NUL in the first two bytes). */
  static boolean isUtf16(byte[] b) {
    if (b.length < 2) {
      return false;
    }
    boolean bom =
        (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)
            || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE);
    return bom || b[0] == 0 || b[1] == 0;
  }

  /**
   * Drops a UTF-8 BOM and anything before the first {@code <} when it is only whitespace, and turns
   * forbidden control bytes into spaces. Returns the input itself when nothing changed.
   */
  static byte[] clean(byte[] b) {
    int start = 0;
    if (b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
      start = 3;
    }
    int lt = start;
    while (lt < b.length && isSpace(b[lt])) {
      lt++;
    }
    if (lt < b.length && b[lt] == '<') {
      start = lt;
    }
    boolean controls = false;
    for (int i = start; i < b.length && !controls; i++) {
      controls = isForbiddenControl(b[i]);
    }
    if (start == 0 && !controls) {
      return b;
    }
    byte[] out = new byte[b.length - start];
    for (int i = start; i < b.length; i++) {
      out[i - start] = isForbiddenControl(b[i]) ? (byte) ' ' : b[i];
    }
    return out;
  }

  /**
   * Escapes every {@code &} that does not start an entity or character reference. Returns the input
   * itself when there was none.
   */
  static byte[] escapeBareAmpersands(byte[] b) {
    boolean fixed = false;
    int last = 0;
    var out = new java.io.ByteArrayOutputStream(b.length + 64);
    for (int i = 0; i < b.length; i++) {
      if (b[i] == '&' && !startsReference(b, i + 1)) {
        out.write(b, last, i + 1 - last);
        out.write(new byte[] {'a', 'm', 'p', ';'}, 0, 4);
        last = i + 1;
        fixed = true;
      }
    }
    if (!fixed) {
      return b;
    }
    out.write(b, last, b.length - last);
    return out.toByteArray();
  }

  /** The charset named by a Content-Type header's {@code charset} parameter, if any and known. */
  static Optional<Charset> charsetOf(String contentType) {
    Matcher m = CHARSET.matcher(contentType);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Charset.forName(m.group(1).toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Whether the document declares its encoding (XML declaration) or carries a BOM. */
  static boolean declaresEncoding(byte[] b) {
    if (isUtf16(b)) {
      return true;
    }
    int end = Math.min(b.length, 200);
    String head = new String(b, 0, end, StandardCharsets.ISO_8859_1);
    int close = head.indexOf("?>");
    return head.startsWith("<?xml") && close > 0 && head.substring(0, close).contains("encoding");
  }

  private static boolean startsReference(byte[] b, int i) {
    int j = i;
    if (j < b.length && b[j] == '#') {
      j++;
      boolean hex = j < b.length && (b[j] == 'x' || b[j] == 'X');
      j += hex ? 1 : 0;
      int digits = j;
      while (j < b.length && (hex ? Character.digit(b[j], 16) >= 0 : b[j] >= '0' && b[j] <= '9')) {
        j++;
      }
      return j > digits && j < b.length && b[j] == ';';
    }
    while (j < b.length
        && j - i < 32
        && (Character.isLetterOrDigit(b[j]) || b[j] == '_' || b[j] == '.' || b[j] == '-')) {
      j++;
    }
    return j > i && j < b.length && b[j] == ';' && Character.isLetter(b[i]);
  }

  private static boolean isSpace(byte c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private static boolean isForbiddenControl(byte c) {
    return c >= 0 && c < 0x20 && c != '\t' && c != '\n' && c != '\r';
  }
}
