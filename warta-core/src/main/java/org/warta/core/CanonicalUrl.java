package org.warta.core;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The identity of a web resource: one URL per article however it was linked. Normalisation follows
 * RFC 3986 section 6 (case of scheme and host, default ports, percent-encoding of unreserved
 * characters, empty path) and drops what never changes the content: the fragment and tracking
 * parameters ({@code utm_*}, {@code fbclid}, {@code gclid}, ...).
 */
public record CanonicalUrl(URI value) {

  private static final Set<String> TRACKING_PARAMETERS =
      Set.of(
          "fbclid",
          "gclid",
          "dclid",
          "gbraid",
          "wbraid",
          "msclkid",
          "yclid",
          "twclid",
          "igshid",
          "mc_cid",
          "mc_eid",
          "_ga",
          "_gl",
          "_hsenc",
          "_hsmi",
          "mkt_tok",
          "oly_anon_id",
          "oly_enc_id",
          "vero_id",
          "wt_mc",
          "cmpid",
          "ncid",
          "sr_share",
          "rss",
          "ref_src");

  public CanonicalUrl {
    Check.httpUrl(value, "canonical URL");
  }

  /** Normalises a URL given as text; fails with a message naming the text when it is no URL. */
  public static CanonicalUrl of(String url) {
    try {
      return of(new URI(url.strip()));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a valid URL: '" + url + "' (" + e.getReason() + ")");
    }
  }

  /** Normalises an absolute http(s) URI. */
  public static CanonicalUrl of(URI url) {
    Check.httpUrl(url, "URL");
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    String host = url.getHost().toLowerCase(Locale.ROOT);
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    int port = url.getPort();
    if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
      port = -1;
    }
    String path = normalizePercent(url.getRawPath() == null ? "" : url.getRawPath());
    if (path.isEmpty()) {
      path = "/";
    }
    String query = cleanQuery(url.getRawQuery());
    StringBuilder sb = new StringBuilder(scheme).append("://");
    if (url.getRawUserInfo() != null) {
      sb.append(url.getRawUserInfo()).append('@');
    }
    sb.append(host);
    if (port != -1) {
      sb.append(':').append(port);
    }
    sb.append(path);
    if (!query.isEmpty()) {
      sb.append('?').append(query);
    }
    return new CanonicalUrl(URI.create(sb.toString()));
  }

  /** Whether a query parameter name only tracks the click and never selects content. */
  public static boolean isTrackingParameter(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.startsWith("utm_") || TRACKING_PARAMETERS.contains(n);
  }

  private static String cleanQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      if (!isTrackingParameter(name)) {
        kept.add(normalizePercent(pair));
      }
    }
    return String.join("&", kept);
  }

  /** Decodes percent-encoded unreserved characters and upper-cases the hex of the others. */
  private static String normalizePercent(String raw) {
    if (raw.indexOf('%') < 0) {
      return raw;
    }
    StringBuilder sb = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' && isHex(raw, i + 1) && isHex(raw, i + 2)) {
        int value = Integer.parseInt(raw.substring(i + 1, i + 3), 16);
        if (isUnreserved(value)) {
          sb.append((char) value);
        } else {
          sb.append('%').append(raw.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
        }
        i += 2;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean isHex(String s, int i) {
    return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
