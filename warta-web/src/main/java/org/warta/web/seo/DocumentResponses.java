package org.warta.web.seo;

import io.javalin.http.Context;
import org.warta.web.view.Document;

/**
 * Sends a kept {@link Document} (sitemaps, feeds) as it is: gzip-encoded when the client accepts
 * it, with its entity tag (a matching {@code If-None-Match} is answered with 304), cacheable for
 * five minutes. A document whose tag is known before it is built (a source's feed) can answer a
 * conditional request without being built ({@link #notModified}).
 */
public final class DocumentResponses {
  private DocumentResponses() {}

  public static void send(Context ctx, Document document, String contentType) {
    Document.Variant v = document.variant(ctx.header("Accept-Encoding"));
    headers(ctx, v.etag());
    v.encoding().ifPresent(e -> ctx.header("Content-Encoding", e));
    ctx.contentType(contentType).result(v.bytes());
  }

  /**
   * Answers 304 Not Modified when the request's {@code If-None-Match} names the variant (by its
   * {@code Accept-Encoding}) of the document that would be sent under tag {@code etag}, before it
   * is built: true when answered.
   */
  public static boolean notModified(Context ctx, String etag) {
    String asked = ctx.header("If-None-Match");
    if (asked == null) {
      return false;
    }
    String current = Document.variantTag(etag, ctx.header("Accept-Encoding"));
    for (String part : asked.split(",")) {
      String t = part.strip();
      if (t.equals("*") || t.equals(current) || t.equals("W/" + current)) {
        headers(ctx, current);
        ctx.status(304);
        return true;
      }
    }
    return false;
  }

  private static void headers(Context ctx, String etag) {
    ctx.header("Cache-Control", "public, max-age=300");
    ctx.header("Vary", "Accept-Encoding");
    ctx.header("ETag", etag);
  }
}
