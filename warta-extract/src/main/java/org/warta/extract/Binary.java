package org.warta.extract;

/**
 * Tells binary data (images, PDFs, archives) from text: more than 10 % NUL or control bytes in the
 * first 4 KB. UTF-16 pages are text only with a byte-order mark, which is checked first.
 */
final class Binary {
  private Binary() {}

  static boolean looksBinary(byte[] b) {
    int n = Math.min(b.length, 4096);
    if (n == 0 || hasUtf16Bom(b)) {
      return false;
    }
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0 || (c < 0x09) || (c > 0x0D && c < 0x20 && c != 0x1B)) {
        control++;
      }
    }
    return control > n / 10;
  }

  private static boolean hasUtf16Bom(byte[] b) {
    return b.length >= 2
        && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
            || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE));
  }
}
