package org.warta.web.seo;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Absolute URLs of this site for feeds, sitemaps and JSON-LD: from the configured public URL, else
 * from the request's scheme and Host header (checked to be a plain host name, so a forged header
 * cannot inject markup; set the public URL when Warta runs behind a proxy or a cache).
 */
public final class SiteUrls {
  private static final Pattern HOST =
      Pattern.compile("[A-Za-z0-9.\\-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?");

  private final Optional<URI> publicUrl;

  public SiteUrls(Optional<URI> publicUrl) {
    this.publicUrl = publicUrl;
  }

  /** A configured address as a base: without its trailing slash. */
  static String withoutSlash(URI url) {
    String s = url.toString();
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  /**
   * The base of the configured public address, when there is one: the only base known before a
   * request (and the only one not taken from a request's Host header).
   */
  public Optional<String> configuredBase() {
    return publicUrl.map(SiteUrls::withoutSlash);
  }

  /** The site's base, without a trailing slash: {@code https://warta.example}. */
  public String base(Context ctx) {
    if (publicUrl.isPresent()) {
      return withoutSlash(publicUrl.get());
    }
    String host = ctx.header("Host");
    if (host == null || !HOST.matcher(host).matches()) {
      host = "localhost";
    }
    return ctx.scheme() + "://" + host;
  }

  /** The absolute URL of a path of this site. */
  public URI of(Context ctx, String path) {
    return URI.create(base(ctx) + path);
  }

  /** Whether this request reached the site over HTTPS, or the public URL is https. */
  public boolean secure(Context ctx) {
    return ctx.scheme().equals("https")
        || publicUrl.map(u -> "https".equals(u.getScheme())).orElse(false);
  }
}
