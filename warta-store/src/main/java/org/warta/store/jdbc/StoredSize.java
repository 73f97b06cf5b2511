package org.warta.store.jdbc;

import java.time.OffsetDateTime;
import org.warta.core.Article;
import org.warta.core.WireCredit;

/**
 * The bytes an article's text takes in the {@code article} table: the UTF-8 length of every text
 * column as {@link ArticleRows} writes it (JSON lists included). Stored with the row so that
 * size-based retention and {@code warta stats} never read the wide columns.
 */
final class StoredSize {
  private StoredSize() {}

  static long of(Article a) {
    long n = 0;
    n += utf8(a.url().toString()) + utf8(a.canonicalUrl().toString());
    n += utf8(a.title()) + utf8(a.description()) + utf8(a.editor());
    n += utf8(Json.write(a.authors())) + utf8(Json.write(a.tags()));
    n += utf8(a.wireCredit().map(WireCredit::agency).orElse(""));
    n += utf8(a.wireCredit().map(WireCredit::printed).orElse(""));
    n += utf8(a.siteName()) + utf8(a.section()) + utf8(a.language().code());
    n += utf8(a.published().map(OffsetDateTime::toString).orElse(""));
    n += utf8(a.modified().map(OffsetDateTime::toString).orElse(""));
    n += utf8(Json.image(a.leadImage()).orElse(""));
    n += utf8(a.bodyHtml()) + utf8(a.bodyText());
    n += utf8(Json.links(a.related())) + utf8(Json.write(Json.uris(a.originalHints())));
    n += utf8(Json.write(a.provenance()));
    return n;
  }

  /** UTF-8 length without allocating the encoded bytes. */
  static long utf8(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch < 0x80) {
        n += 1;
      } else if (ch < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(ch) && i + 1 < s.length()) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }
}
