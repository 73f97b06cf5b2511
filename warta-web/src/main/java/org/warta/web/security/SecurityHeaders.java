package org.warta.web.security;

import io.javalin.http.Context;

/**
 * Headers sent with every response: a strict Content-Security-Policy (no inline script, no plugins,
 * no framing; images from anywhere over http(s) because lead images are hot-linked), and the usual
 * hardening headers.
 */
public final class SecurityHeaders {
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: http: data:;"
          + " object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  private SecurityHeaders() {}

  public static void apply(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header(
        "Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
  }
}
