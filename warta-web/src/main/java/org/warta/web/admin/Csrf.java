package org.warta.web.admin;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import org.warta.web.security.Tokens;

/**
 * Cross-site request forgery protection for the admin's forms, two checks that must both pass: the
 * form carries the secret token of the session (synchronizer token, OWASP CSRF Prevention Cheat
 * Sheet) — before login, a token that must equal the one in a SameSite=Strict cookie (double
 * submit) — and an {@code Origin} header, when the browser sends one, names this site.
 */
final class Csrf {
  static final String FIELD = "_csrf";
  static final String LOGIN_COOKIE = "warta_login";

  private Csrf() {}

  /** Whether a form post carries {@code expected} and comes from this site. */
  static boolean valid(Context ctx, String expected, String base) {
    String sent = ctx.formParam(FIELD);
    return sent != null && Tokens.same(sent, expected) && sameOrigin(ctx, base);
  }

  /** A fresh login token, also set as the login cookie. */
  static String issueLogin(Context ctx, boolean secure) {
    String token = Tokens.random();
    ctx.cookie(new Cookie(LOGIN_COOKIE, token, "/admin", 3600, secure, true, "", SameSite.STRICT));
    return token;
  }

  /** Whether a login post carries the token of its login cookie. */
  static boolean validLogin(Context ctx, String base) {
    String cookie = ctx.cookie(LOGIN_COOKIE);
    return cookie != null && valid(ctx, cookie, base);
  }

  static boolean sameOrigin(Context ctx, String base) {
    String origin = ctx.header("Origin");
    return origin == null || origin.equals(base);
  }
}
