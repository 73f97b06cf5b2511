package org.warta.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The few files the site serves as they are (stylesheet, script, icon, OpenAPI document), loaded
 * once from the classpath and cached by browsers.
 */
final class StaticAssets {
  private static final Map<String, String> TYPES =
      Map.of(
          "warta.css", "text/css; charset=utf-8",
          "warta.js", "text/javascript; charset=utf-8",
          "favicon.svg", "image/svg+xml");

  private final Map<String, byte[]> files = new HashMap<>();
  private final byte[] openApi;

  StaticAssets() {
    for (String name : TYPES.keySet()) {
      files.put(name, load("static/" + name));
    }
    openApi = load("openapi.json");
  }

  void file(Context ctx) {
    String name = ctx.pathParam("file");
    byte[] body = files.get(name);
    if (body == null) {
      throw new NotFoundResponse("no static file " + name);
    }
    ctx.header("Cache-Control", "public, max-age=3600");
    ctx.contentType(TYPES.get(name)).result(body);
  }

  void openApi(Context ctx) {
    ctx.contentType("application/json").result(openApi);
  }

  private static byte[] load(String name) {
    try (InputStream in = StaticAssets.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " in the warta-web jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
