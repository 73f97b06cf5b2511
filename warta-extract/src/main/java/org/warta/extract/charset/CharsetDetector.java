package org.warta.extract.charset;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the charset of an HTML page and decodes it, following the order of the WHATWG HTML
 * "encoding sniffing algorithm" (section 13.2.3.2): byte-order mark, then the HTTP {@code
 * Content-Type} charset, then a prescan of the first bytes for {@code <meta charset>} or {@code
 * http-equiv}, then an XML declaration, then a guess. Two departures for real news pages: a
 * declared Latin-1/Windows-1252/ASCII charset loses to UTF-8 when the bytes are valid UTF-8 with
 * multi-byte sequences (servers often mislabel UTF-8), and the guess is UTF-8 when the bytes are
 * valid UTF-8, else Windows-1252. Labels {@code iso-8859-1} and {@code us-ascii} mean Windows-1252,
 * as WHATWG's label table says. Malformed bytes become U+FFFD; never throws.
 */
public final class CharsetDetector {
  private static final int PRESCAN_BYTES = 4096;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]{0,300}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]{1,40})",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING =
      Pattern.compile("^<\\?xml[^>]{0,200}encoding\\s*=\\s*[\"']([A-Za-z0-9._\\-]{1,40})");
  private static final Pattern HEADER_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:\\-]{1,40})", Pattern.CASE_INSENSITIVE);

  private CharsetDetector() {}

  /** Decodes the page, given the HTTP Content-Type header if there was one. */
  public static DecodedPage decode(byte[] bytes, Optional<String> contentType) {
    Choice c = choose(bytes, contentType);
    return new DecodedPage(
        new String(bytes, c.offset(), bytes.length - c.offset(), c.charset()),
        c.charset(),
        c.how());
  }

  /**
   * The charset of the page and how it was chosen, without decoding it: the page text is {@code
   * bytes} from {@code offset} (after a byte-order mark) read in {@code charset}.
   */
  public record Choice(Charset charset, String how, int offset) {}

  /** Chooses the charset as {@link #decode} does, for a caller that decodes as it parses. */
  public static Choice choose(byte[] bytes, Optional<String> contentType) {
    Optional<Choice> bom = byBom(bytes);
    if (bom.isPresent()) {
      return bom.get();
    }
    Optional<Charset> header = contentType.flatMap(CharsetDetector::fromHeader);
    if (header.isPresent()) {
      return declared(bytes, header.get(), "http-header");
    }
    String head =
        new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Optional<Charset> meta = findTag(META_CHARSET, head);
    if (meta.isPresent()) {
      return declared(bytes, meta.get(), "meta");
    }
    Optional<Charset> xml = find(XML_ENCODING, head);
    if (xml.isPresent()) {
      return declared(bytes, xml.get(), "xml-declaration");
    }
    return Utf8.isValid(bytes)
        ? new Choice(StandardCharsets.UTF_8, "sniffed-utf-8", 0)
        : new Choice(WINDOWS_1252, "default", 0);
  }

  /** The charset a {@code Content-Type} header value names, if it names a known one. */
  public static Optional<Charset> fromHeader(String contentType) {
    return find(HEADER_CHARSET, contentType);
  }

  /** A charset by label, with WHATWG's mapping of Latin-1 and ASCII labels to Windows-1252. */
  public static Optional<Charset> byLabel(String label) {
    String l = label.strip().toLowerCase(Locale.ROOT);
    switch (l) {
      case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252", "x-cp1252" -> {
        return Optional.of(WINDOWS_1252);
      }
      case "utf8", "unicode-1-1-utf-8" -> {
        return Optional.of(StandardCharsets.UTF_8);
      }
      case "utf-16", "utf-16le", "utf-16be" -> {
        return Optional.of(StandardCharsets.UTF_8); // a meta tag read as ASCII cannot be UTF-16
      }
      default -> {
        try {
          return Charset.isSupported(l) ? Optional.of(Charset.forName(l)) : Optional.empty();
        } catch (IllegalArgumentException e) {
          return Optional.empty();
        }
      }
    }
  }

  private static Choice declared(byte[] bytes, Charset charset, String how) {
    if (charset.equals(WINDOWS_1252) && Utf8.hasMultiByte(bytes) && Utf8.isValid(bytes)) {
      return new Choice(StandardCharsets.UTF_8, "sniffed-utf-8", 0);
    }
    return new Choice(charset, how, 0);
  }

  /**
   * As {@link #find} for a pattern whose matches start with {@code <}: tried only where a {@code <}
   * stands (the first such place that matches is where {@link Matcher#find} would match).
   */
  static Optional<Charset> findTag(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    for (int at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
      m.region(at, text.length());
      if (m.lookingAt()) {
        return byLabel(m.group(1));
      }
    }
    return Optional.empty();
  }

  static Optional<Charset> find(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? byLabel(m.group(1)) : Optional.empty();
  }

  private static Optional<Choice> byBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return Optional.of(new Choice(StandardCharsets.UTF_8, "bom", 3));
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return Optional.of(new Choice(StandardCharsets.UTF_16BE, "bom", 2));
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return Optional.of(new Choice(StandardCharsets.UTF_16LE, "bom", 2));
    }
    return Optional.empty();
  }
}
