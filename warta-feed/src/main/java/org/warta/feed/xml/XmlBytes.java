package org.warta.feed.xml;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What happens to a document before the XML parser sees it: decoding to text (BOM, declared
 * encoding, Content-Type charset, UTF-8; windows-1252 when "UTF-8" is not), and the repairs for
 * breakage common in real feeds: whitespace before the XML declaration, control characters XML 1.0
 * forbids, unescaped ampersands ({@code AT&T}). The parser only ever gets characters, so no
 * byte-level error reaches it (the JDK parser would print those to stderr).
 */
final class XmlBytes {
  private static final Pattern DECLARED =
      Pattern.compile("<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
  private static final Pattern CHARSET =
      Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private XmlBytes() {}

  /**
   * The document as text, decoded strictly with (in order) its byte-order mark, the encoding its
   * XML declaration names, the Content-Type charset, or UTF-8. Bytes that are not valid UTF-8 are
   * read as windows-1252 (the usual mistake), other invalid bytes replaced; both with a warning.
   */
  static String decode(byte[] b, String contentType, List<String> warnings) {
    Charset charset =
        bomCharset(b)
            .or(() -> declaredCharset(b, warnings))
            .or(() -> charsetOf(contentType))
            .orElse(StandardCharsets.UTF_8);
    try {
      String text =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(b))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      boolean utf8 = charset.equals(StandardCharsets.UTF_8);
      Charset fallback = utf8 ? Charset.forName("windows-1252") : charset;
      warnings.add(
          utf8
              ? "not valid UTF-8; read as windows-1252"
              : "bytes invalid in " + charset.name() + " replaced");
      return new String(b, fallback);
    }
  }

  private static Optional<Charset> bomCharset(byte[] b) {
    if (b.length >= 2 && b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (b.length >= 2 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (b.length >= 2 && (b[0] == 0 || b[1] == 0)) {
      return Optional.of(b[0] == 0 ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
    }
    return Optional.empty();
  }

  private static Optional<Charset> declaredCharset(byte[] b, List<String> warnings) {
    String head = new String(b, 0, Math.min(b.length, 200), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED.matcher(head);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    try {
      Charset declared = Charset.forName(m.group(1));
      if (declared.name().startsWith("UTF-16") || declared.name().startsWith("UTF-32")) {
        // the declaration was readable as ASCII, so the bytes are not UTF-16/32 whatever it says
        warnings.add("declares " + declared.name() + " but is ASCII-compatible; read as UTF-8");
        return Optional.of(StandardCharsets.UTF_8);
      }
      return Optional.of(declared);
    } catch (IllegalArgumentException e) {
      warnings.add("unknown encoding '" + m.group(1) + "' declared; read as UTF-8");
      return Optional.empty();
    }
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

  /**
   * Drops anything before the first {@code <} when it is only whitespace, and turns characters XML
   * 1.0 forbids into spaces. Returns the text itself when nothing changed.
   */
  static String clean(String text) {
    int lt = 0;
    while (lt < text.length() && Character.isWhitespace(text.charAt(lt))) {
      lt++;
    }
    int start = lt < text.length() && text.charAt(lt) == '<' ? lt : 0;
    boolean controls = false;
    for (int i = start; i < text.length() && !controls; i++) {
      controls = isForbiddenControl(text.charAt(i));
    }
    if (start == 0 && !controls) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length() - start);
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      sb.append(isForbiddenControl(c) ? ' ' : c);
    }
    return sb.toString();
  }

  /**
   * Escapes every {@code &} that starts no entity or character reference; the text itself if none.
   */
  static String escapeBareAmpersands(String text) {
    StringBuilder sb = null;
    int last = 0;
    for (int i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
      if (!startsReference(text, i + 1)) {
        sb = sb == null ? new StringBuilder(text.length() + 64) : sb;
        sb.append(text, last, i + 1).append("amp;");
        last = i + 1;
      }
    }
    return sb == null ? text : sb.append(text, last, text.length()).toString();
  }

  private static boolean startsReference(String s, int i) {
    int j = i;
    if (j < s.length() && s.charAt(j) == '#') {
      j++;
      boolean hex = j < s.length() && (s.charAt(j) == 'x' || s.charAt(j) == 'X');
      j += hex ? 1 : 0;
      int digits = j;
      while (j < s.length() && Character.digit(s.charAt(j), hex ? 16 : 10) >= 0) {
        j++;
      }
      return j > digits && j < s.length() && s.charAt(j) == ';';
    }
    while (j < s.length()
        && j - i < 32
        && (Character.isLetterOrDigit(s.charAt(j))
            || s.charAt(j) == '_'
            || s.charAt(j) == '.'
            || s.charAt(j) == '-')) {
      j++;
    }
    return j > i && j < s.length() && s.charAt(j) == ';' && Character.isLetter(s.charAt(i));
  }

  private static boolean isForbiddenControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
  }
}
