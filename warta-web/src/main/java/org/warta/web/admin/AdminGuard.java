package org.warta.web.admin;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.warta.web.seo.SiteUrls;

/**
 * Wraps admin handlers: without a session, pages redirect to the login (coming back afterwards) and
 * posts are refused; every post must pass {@link Csrf}. Admin pages are never cached.
 */
final class AdminGuard {
  /** An admin handler, given the signed-in admin. */
  @FunctionalInterface
  interface AdminHandler {
    void handle(Context ctx, Sessions.Signed signed) throws Exception;
  }

  private final Sessions sessions;
  private final SiteUrls urls;

  AdminGuard(Sessions sessions, SiteUrls urls) {
    this.sessions = sessions;
    this.urls = urls;
  }

  Handler page(AdminHandler h) {
    return ctx -> {
      ctx.header("Cache-Control", "no-store");
      var signed = sessions.current(ctx);
      if (signed.isEmpty()) {
        String next = URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8);
        ctx.redirect("/admin/login?next=" + next, HttpStatus.SEE_OTHER);
        return;
      }
      h.handle(ctx, signed.get());
    };
  }

  Handler action(AdminHandler h) {
    return ctx -> {
      ctx.header("Cache-Control", "no-store");
      var signed = sessions.current(ctx);
      if (signed.isEmpty()) {
        throw new ForbiddenResponse("sign in first at /admin/login");
      }
      if (!Csrf.valid(ctx, signed.get().session().csrf(), urls.base(ctx))) {
        throw new ForbiddenResponse(
            "the form was not sent from this site's admin (CSRF check); reload the page and try"
                + " again");
      }
      h.handle(ctx, signed.get());
    };
  }
}
