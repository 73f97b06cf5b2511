package org.warta.pipeline.websub;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warta.core.SourceId;

/**
 * The HTTP side of WebSub callbacks, free of any web framework: the web server mounts {@link
 * #handle} at {@code GET} and {@code POST /websub/{id}} and copies the answer back. {@code GET}
 * carries the hub's verification of intent, {@code POST} the content it distributes.
 *
 * <pre>{@code
 * routes.get("/websub/{id}", ctx -> send(ctx, callback.handle(request(ctx))));
 * routes.post("/websub/{id}", ctx -> send(ctx, callback.handle(request(ctx))));
 * }</pre>
 */
public final class WebSubCallback {
  private final WebSubSubscriptions subscriptions;

  public WebSubCallback(WebSubSubscriptions subscriptions) {
    this.subscriptions = subscriptions;
  }

  /**
   * One callback request.
   *
   * @param sourceId the {@code {id}} path segment as received
   * @param rawQuery the query string as received (percent-encoded), empty when none
   * @param headers request headers; names are matched case-insensitively
   */
  public record Request(
      String method,
      String sourceId,
      String rawQuery,
      Map<String, List<String>> headers,
      byte[] body) {}

  /** Answers a callback request. */
  public WebSubSubscriptions.Answer handle(Request request) {
    Optional<SourceId> source = sourceId(request.sourceId());
    if (source.isEmpty()) {
      return WebSubSubscriptions.Answer.text(404, "no such subscription");
    }
    return switch (request.method().toUpperCase(java.util.Locale.ROOT)) {
      case "GET" -> subscriptions.verify(source.get(), query(request.rawQuery()));
      case "POST" ->
          subscriptions.deliver(
              source.get(),
              header(request.headers(), "content-type").orElse(""),
              header(request.headers(), "x-hub-signature"),
              request.body());
      default -> WebSubSubscriptions.Answer.text(405, "GET or POST only");
    };
  }

  static Optional<SourceId> sourceId(String text) {
    try {
      long id = Long.parseLong(text.strip());
      return id > 0 ? Optional.of(new SourceId(id)) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The parameters of a query string, first value of each name. */
  static Map<String, String> query(String rawQuery) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      params.putIfAbsent(name, value);
    }
    return params;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  private static Optional<String> header(Map<String, List<String>> headers, String name) {
    return headers.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
        .map(e -> e.getValue().getFirst())
        .findFirst();
  }
}
