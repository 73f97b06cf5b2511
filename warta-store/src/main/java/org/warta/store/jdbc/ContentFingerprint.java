package org.warta.store.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The fingerprint a tombstone keeps of an article's text: SHA-256 (first 16 bytes, hex) of the body
 * text lower-cased with everything but letters and digits folded to single spaces, so that the same
 * text re-served with other markup, spacing or punctuation is recognised. Texts shorter than {@link
 * #MIN_LETTERS} letters and digits have none (too many stubs would collide).
 */
final class ContentFingerprint {
  static final int MIN_LETTERS = 200;

  private ContentFingerprint() {}

  static Optional<String> of(String bodyText) {
    StringBuilder norm = new StringBuilder(bodyText.length());
    int letters = 0;
    boolean space = true;
    String lower = bodyText.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        norm.appendCodePoint(cp);
        letters++;
        space = false;
      } else if (!space) {
        norm.append(' ');
        space = true;
      }
    }
    if (letters < MIN_LETTERS) {
      return Optional.empty();
    }
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256")
              .digest(norm.toString().strip().getBytes(StandardCharsets.UTF_8));
      return Optional.of(HexFormat.of().formatHex(d, 0, 16));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
