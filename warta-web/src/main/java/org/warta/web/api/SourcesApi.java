package org.warta.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.warta.core.DisplayPolicy;
import org.warta.core.Source;
import org.warta.core.SourceId;
import org.warta.pipeline.setup.SourceSetup;
import org.warta.store.Store;
import org.warta.web.security.ApiKeys;
import org.warta.web.view.Catalog;
import org.warta.web.view.SourceReads;

/**
 * {@code /api/v1/sources}: reading sources is open; adding ({@code POST}, through the pipeline's
 * {@link SourceSetup}, which detects feeds, sitemaps and section pages politely), changing ({@code
 * PATCH}: {@code paused}, {@code display}) and removing ({@code DELETE}) need an API key.
 */
public final class SourcesApi {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final int MAX_PAGE = 1000;

  private final Store store;
  private final Catalog catalog;
  private final SourceReads reads;
  private final ApiKeys keys;
  private final Optional<SourceSetup> setup;

  public SourcesApi(
      Store store, Catalog catalog, SourceReads reads, ApiKeys keys, Optional<SourceSetup> setup) {
    this.store = store;
    this.catalog = catalog;
    this.reads = reads;
    this.keys = keys;
    this.setup = setup;
  }

  /** Sources by id, in cursor pages ({@code limit} up to 1000, {@code after}). */
  public void list(Context ctx) {
    ApiParams.only(ctx, Set.of("limit", "after"));
    int limit = ApiParams.limit(ctx, 100, MAX_PAGE);
    long after = ApiParams.after(ctx).map(org.warta.store.Cursor::id).orElse(0L);
    List<Source> page = catalog.afterId(after, limit + 1);
    List<Map<String, Object>> items =
        page.stream()
            .limit(limit)
            .map(
                s -> {
                  Map<String, Object> m = ApiJson.source(s);
                  m.put("article_count", reads.articleCount(s.id()));
                  return m;
                })
            .toList();
    Optional<String> next =
        page.size() > limit
            ? Optional.of(new org.warta.store.Cursor(0, page.get(limit - 1).id().value()).token())
            : Optional.empty();
    ctx.json(ApiJson.list(items, next));
  }

  public void one(Context ctx) {
    ApiParams.only(ctx, Set.of());
    Source s = find(ctx);
    Map<String, Object> json = ApiJson.source(s);
    json.putAll(ApiJson.status(store.sources().status(s.id())));
    ctx.json(json);
  }

  public void add(Context ctx) {
    authorize(ctx);
    JsonNode body = body(ctx);
    URI url = url(body.path("url").asText(""));
    SourceSetup adder =
        setup.orElseThrow(
            () ->
                new ApiProblem(
                    501,
                    "Not Implemented",
                    "this server was started without the ingest pipeline, so it cannot add"
                        + " sources; use 'warta sources add <url>' or 'warta serve'",
                    List.of()));
    SourceSetup.Added added;
    try {
      added = adder.add(url);
    } catch (SourceSetup.SetupException e) {
      throw new ApiProblem(
          422, "Unprocessable Content", "cannot add " + url + ": " + e.getMessage(), List.of());
    }
    catalog.invalidate();
    ctx.status(HttpStatus.CREATED);
    if (!added.sources().isEmpty()) {
      ctx.header("Location", "/api/v1/sources/" + added.sources().getFirst().id().value());
    }
    Map<String, Object> json = new java.util.LinkedHashMap<>();
    json.put("items", added.sources().stream().map(ApiJson::source).toList());
    json.put("explanation", added.explanation());
    ctx.json(json);
  }

  public void change(Context ctx) {
    authorize(ctx);
    Source s = find(ctx);
    JsonNode body = body(ctx);
    for (var it = body.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!f.equals("paused") && !f.equals("display")) {
        throw ApiProblem.badParam(f, "cannot be changed; send 'paused' (true/false) or 'display'");
      }
    }
    if (body.has("paused")) {
      if (!body.get("paused").isBoolean()) {
        throw ApiProblem.badParam("paused", "must be true or false");
      }
      store.sources().setPaused(s.id(), body.get("paused").asBoolean());
    }
    if (body.has("display")) {
      store.sources().setDisplay(s.id(), display(body.get("display").asText("")));
    }
    catalog.invalidate();
    ctx.json(ApiJson.source(store.sources().find(s.id()).orElseThrow()));
  }

  public void remove(Context ctx) {
    authorize(ctx);
    Source s = find(ctx);
    store.sources().remove(s.id());
    catalog.invalidate();
    ctx.status(HttpStatus.NO_CONTENT);
  }

  static DisplayPolicy display(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "excerpt" -> DisplayPolicy.EXCERPT;
      case "full_text", "full-text", "full" -> DisplayPolicy.FULL_TEXT;
      default ->
          throw ApiProblem.badParam(
              "display", "must be 'excerpt' or 'full_text', got '" + value + "'");
    };
  }

  private Source find(Context ctx) {
    SourceId id = new SourceId(ApiParams.pathId(ctx));
    return store.sources().find(id).orElseThrow(() -> ApiProblem.notFound("no source " + id));
  }

  private void authorize(Context ctx) {
    if (keys.authenticate(ctx.header("Authorization"), ctx.header("X-Api-Key")).isEmpty()) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"warta\"");
      throw new ApiProblem(
          401,
          "Unauthorized",
          "this operation needs an API key: send 'Authorization: Bearer <key>'; an admin makes"
              + " keys at /admin/keys",
          List.of());
    }
  }

  private static JsonNode body(Context ctx) {
    try {
      JsonNode node = JSON.readTree(ctx.bodyAsBytes());
      if (node == null || !node.isObject()) {
        throw new ApiProblem(400, "Bad Request", "the body must be a JSON object", List.of());
      }
      return node;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new ApiProblem(
          400, "Bad Request", "the body is not JSON: " + e.getOriginalMessage(), List.of());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** An http(s) URL a reader gave, or a 400 problem naming {@code url}. */
  public static URI url(String raw) {
    try {
      URI u = new URI(raw.strip());
      if (u.getScheme() != null
          && (u.getScheme().equalsIgnoreCase("http") || u.getScheme().equalsIgnoreCase("https"))
          && u.getHost() != null) {
        return u;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw ApiProblem.badParam(
        "url", "must be an http(s) address of a feed, sitemap or section page, got '" + raw + "'");
  }
}
