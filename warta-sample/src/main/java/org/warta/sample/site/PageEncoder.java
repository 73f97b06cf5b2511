package org.warta.sample.site;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Encodes an HTML document in a page's charset the way a server does: characters the charset cannot
 * represent become numeric character references ({@code &#8212;}).
 */
final class PageEncoder {
  private PageEncoder() {}

  static byte[] encode(String html, Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      return html.getBytes(StandardCharsets.UTF_8);
    }
    CharsetEncoder encoder = charset.newEncoder();
    StringBuilder safe = new StringBuilder(html.length());
    html.codePoints()
        .forEach(
            cp -> {
              String s = Character.toString(cp);
              if (encoder.canEncode(s)) {
                safe.append(s);
              } else {
                safe.append("&#").append(cp).append(';');
              }
            });
    try {
      ByteBuffer buf = charset.newEncoder().encode(CharBuffer.wrap(safe));
      byte[] bytes = new byte[buf.remaining()];
      buf.get(bytes);
      return bytes;
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("cannot encode page in " + charset, e);
    }
  }
}
