package org.warta.web.websub;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warta.pipeline.websub.WebSubCallback;
import org.warta.pipeline.websub.WebSubSubscriptions;

/**
 * {@code GET} and {@code POST /websub/{id}}: a hub's verification of intent and the content it
 * distributes, handed to the pipeline's {@link WebSubCallback} (which checks the subscription, the
 * topic and the HMAC signature) and its answer copied back.
 */
public final class WebSubRoutes {
  /** Largest pushed body accepted; a feed document, not an archive. */
  static final int MAX_BODY = 4 * 1024 * 1024;

  private static final WebSubSubscriptions.Answer TOO_LARGE =
      new WebSubSubscriptions.Answer(413, "text/plain; charset=utf-8", "pushed content over 4 MiB");

  private final WebSubCallback callback;

  public WebSubRoutes(WebSubCallback callback) {
    this.callback = callback;
  }

  public void register(RoutesConfig routes) {
    routes.get("/websub/{id}", this::handle);
    routes.post("/websub/{id}", this::handle);
  }

  private void handle(Context ctx) {
    byte[] body = new byte[0];
    if (ctx.method().name().equals("POST")) {
      long length = ctx.contentLength();
      if (length > MAX_BODY) {
        answer(ctx, TOO_LARGE);
        return;
      }
      body = ctx.bodyAsBytes();
      if (body.length > MAX_BODY) {
        answer(ctx, TOO_LARGE);
        return;
      }
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    ctx.headerMap().forEach((name, value) -> headers.put(name, List.of(value)));
    String query = ctx.queryString();
    answer(
        ctx,
        callback.handle(
            new WebSubCallback.Request(
                ctx.method().name(),
                ctx.pathParam("id"),
                query == null ? "" : query,
                headers,
                body)));
  }

  private static void answer(Context ctx, WebSubSubscriptions.Answer answer) {
    ctx.status(answer.status()).contentType(answer.contentType()).result(answer.body());
  }
}
