package org.warta.web.page;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.warta.web.i18n.Messages;
import org.warta.web.i18n.ReaderZone;
import org.warta.web.i18n.Ui;
import org.warta.web.i18n.UiLanguage;

/** Renders the precompiled templates and builds each request's {@link Ui}. */
public final class Views {
  private final TemplateEngine engine = binary(TemplateEngine.createPrecompiled(ContentType.Html));

  private static TemplateEngine binary(TemplateEngine engine) {
    engine.setBinaryStaticContent(true);
    return engine;
  }

  private final Map<String, Messages> messages =
      Map.of("id", Messages.load("id"), "en", Messages.load("en"));
  private final String defaultLanguage;
  private final ZoneId zone;

  public Views(String defaultLanguage, ZoneId zone) {
    this.defaultLanguage = defaultLanguage;
    this.zone = zone;
  }

  /**
   * The reader's interface: language from the {@code lang} cookie or Accept-Language, time zone
   * from the {@code tz} cookie or the site's.
   */
  public Ui ui(Context ctx) {
    String lang =
        UiLanguage.choose(ctx.cookie("lang"), ctx.header("Accept-Language"), defaultLanguage);
    String query = ctx.queryString();
    String path = ctx.path() + (query == null || query.isEmpty() ? "" : "?" + query);
    ctx.header("Content-Language", lang);
    ctx.header("Vary", "Accept-Language, Cookie");
    return new Ui(lang, messages.get(lang), ReaderZone.choose(ctx.cookie("tz"), zone), path);
  }

  /** The site's texts in a language, for feeds and documents made without a reader. */
  public Messages messages(String lang) {
    return messages.get(lang);
  }

  public String defaultLanguage() {
    return defaultLanguage;
  }

  public ZoneId zone() {
    return zone;
  }

  /** Renders {@code template} with the layout's {@code ui} and {@code meta} and its own model. */
  public void render(Context ctx, String template, Ui ui, PageMeta meta, Map<String, ?> model) {
    Map<String, Object> params = new HashMap<>(model);
    params.put("ui", ui);
    params.put("meta", meta);
    Utf8ByteOutput out = new Utf8ByteOutput();
    engine.render(template, params, out);
    ctx.contentType(io.javalin.http.ContentType.TEXT_HTML);
    ctx.result(out.toByteArray());
  }
}
