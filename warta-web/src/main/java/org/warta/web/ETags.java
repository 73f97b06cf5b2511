package org.warta.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.ByteArrayInputStream;
import org.warta.web.view.Document;

/**
 * Entity tags for what programs poll: the JSON API, the feeds, the sitemaps and the OPML export.
 * The tag is a CRC-32C of the response body with its length, set after the handler ran; the server
 * then answers a matching {@code If-None-Match} with 304 Not Modified. Reader pages get none:
 * browsers revisit them rarely and the checksum (Javalin's own reads the body byte by byte) cost an
 * eighth of the CPU time of a page under load.
 */
final class ETags {
  private ETags() {}

  /** True for the paths whose responses carry an ETag. */
  static boolean tagged(String path) {
    return path.startsWith("/api/")
        || path.startsWith("/feeds/")
        || path.startsWith("/sitemap")
        || path.equals("/sources.opml");
  }

  /** Sets the ETag of a successful GET or HEAD on a {@linkplain #tagged tagged} path. */
  static void apply(Context ctx) {
    if ((ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD)
        || ctx.statusCode() != 200
        || !tagged(ctx.path())
        || ctx.res().getHeader("ETag") != null
        || !(ctx.resultInputStream() instanceof ByteArrayInputStream body)) {
      return;
    }
    byte[] bytes = body.readAllBytes();
    body.reset();
    ctx.header("ETag", of(bytes));
  }

  /** The strong entity tag of a body. */
  static String of(byte[] bytes) {
    return "\"" + Document.tag(bytes) + "\"";
  }
}
