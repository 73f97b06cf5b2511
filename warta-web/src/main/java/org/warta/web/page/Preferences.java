package org.warta.web.page;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import org.warta.web.i18n.ReaderZone;
import org.warta.web.i18n.UiLanguage;
import org.warta.web.security.LocalPath;

/**
 * The reader's choices, kept in cookies for a year: {@code /lang/{lang}?next=…} (interface
 * language) and {@code /zone?tz=…&next=…} (time zone of dates). Both go back to a page of this site
 * only.
 */
public final class Preferences {
  static final int YEAR = 365 * 24 * 3600;

  private Preferences() {}

  public static void language(Context ctx) {
    String lang = ctx.pathParam("lang");
    if (!UiLanguage.SUPPORTED.contains(lang)) {
      throw new BadRequestResponse("unknown language '" + lang + "': use 'id' or 'en'");
    }
    ctx.cookie(new Cookie("lang", lang, "/", YEAR, false, true, "", SameSite.LAX));
    ctx.redirect(LocalPath.orElse(ctx.queryParam("next"), "/"), HttpStatus.SEE_OTHER);
  }

  public static void zone(Context ctx) {
    String tz = ctx.queryParam("tz");
    if (ReaderZone.parse(tz).isEmpty()) {
      throw new BadRequestResponse(
          "unknown time zone '" + tz + "': use a zone such as Asia/Jakarta or UTC");
    }
    ctx.cookie(new Cookie("tz", tz, "/", YEAR, false, false, "", SameSite.LAX));
    ctx.redirect(LocalPath.orElse(ctx.queryParam("next"), "/"), HttpStatus.SEE_OTHER);
  }
}
