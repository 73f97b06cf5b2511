package org.warta.web.seo;

import io.javalin.http.Context;
import org.warta.web.view.Document;

/**
 * Sends a kept {@link Document} (sitemaps, feeds) as it is: gzip-encoded when the client accepts
 * it, with its entity tag (a matching {@code If-None-Match} is answered with 304), cacheable for
 * five minutes.
 */
public final class DocumentResponses {
  private DocumentResponses() {}

  public static void send(Context ctx, Document document, String contentType) {
    Document.Variant v = document.variant(ctx.header("Accept-Encoding"));
    ctx.header("Cache-Control", "public, max-age=300");
    ctx.header("Vary", "Accept-Encoding");
    ctx.header("ETag", v.etag());
    v.encoding().ifPresent(e -> ctx.header("Content-Encoding", e));
    ctx.contentType(contentType).result(v.bytes());
  }
}
