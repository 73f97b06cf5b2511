package org.warta.fetch.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** Redirect handling per RFC 9110 section 15.4: which statuses redirect and where to. */
final class Redirects {
  private Redirects() {}

  /** Whether the status is a redirect the fetcher follows (301, 302, 303, 307, 308). */
  static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /**
   * The absolute http(s) target of a redirect response, resolved against the request URL; empty
   * when the status is no redirect or the Location is missing or unusable.
   */
  static Optional<URI> location(Exchange.Response response) {
    if (!isRedirect(response.status())) {
      return Optional.empty();
    }
    return resolve(response.url(), response.header("location"));
  }

  /** Resolves a Location value; empty when it is blank, malformed or not http(s). */
  static Optional<URI> resolve(URI base, String location) {
    String value = location.strip();
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      URI target = base.resolve(new URI(value.replace(" ", "%20"))).normalize();
      String scheme =
          target.getScheme() == null ? "" : target.getScheme().toLowerCase(java.util.Locale.ROOT);
      boolean http = scheme.equals("http") || scheme.equals("https");
      if (!http || target.getHost() == null) {
        return Optional.empty();
      }
      return Optional.of(withoutFragment(target));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static URI withoutFragment(URI uri) throws URISyntaxException {
    if (uri.getRawFragment() == null) {
      return uri;
    }
    String s = uri.toString();
    return new URI(s.substring(0, s.indexOf('#')));
  }
}
