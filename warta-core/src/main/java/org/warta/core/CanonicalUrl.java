package org.warta.core;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The identity of a web resource: one URL per article however it was linked.
 *
 * <p>{@link #value()} is the URL normalised per RFC 3986 section 6 (case of scheme and host,
 * default ports, percent-encoding of unreserved characters, empty path) without what never changes
 * the content: the fragment and tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid},
 * ... see {@link #isTrackingParameter}). It stays a URL one can fetch and show.
 *
 * <p>{@link #identityKey()} goes further and collapses the variants under which news sites serve
 * one article, so that {@link #sameIdentity} says "same article":
 *
 * <ul>
 *   <li><b>http and https</b> are one identity, and so are <b>{@code www.}</b> and the bare host:
 *       news sites serve the same article under both and redirect one to the other; links in old
 *       feeds and archives still use the other form. Treating them as different would split every
 *       such article in two, while sites that serve different articles under them are not known to
 *       us.
 *   <li><b>Mobile and AMP hosts</b> {@code m.}, {@code mobile.}, {@code amp.}; <b>AMP paths</b> (a
 *       last or first segment {@code amp}, {@code name.amp.html}); <b>AMP parameters</b> ({@code
 *       amp}, {@code amp=1}, {@code outputType=amp}, {@code output=amp}, {@code m=1}, {@code
 *       usqp}); the <b>AMP cache</b> form {@code https://www-example-com.cdn.ampproject.org/c/s/
 *       www.example.com/path}; Kompas-style {@code page=all} (the one-page view of the article).
 *   <li>A trailing slash on the path, and the order of query parameters.
 * </ul>
 *
 * <p>rel=canonical and redirects: {@link #relCanonical} validates a page's canonical link; {@link
 * #resolve} turns what a fetch saw (link, redirect hops, canonical link) into the article's
 * identity, its aliases, and a cross-domain original when the canonical link points to another site
 * (syndication, not identity).
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
          "ttclid",
          "li_fat_id",
          "igshid",
          "igsh",
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
          "vero_conv",
          "wt_mc",
          "wt_zmc",
          "cmpid",
          "ncid",
          "ocid",
          "icid",
          "sr_share",
          "rss",
          "ref_src",
          "ref_url",
          "xtor",
          "_branch_match_id",
          "s_cid",
          "spm",
          "share_source",
          "__twitter_impression",
          "guccounter",
          "at_medium",
          "at_campaign",
          "at_source",
          "at_term",
          "at_content",
          "at_platform");

  /** Parameter name prefixes that only track: campaign tags of common analytics suites. */
  private static final List<String> TRACKING_PREFIXES =
      List.of("utm_", "itm_", "pk_", "mtm_", "hmb_");

  /** Host labels that name a variant of the same site. */
  private static final Set<String> VARIANT_LABELS = Set.of("www", "m", "mobile", "amp");

  private static final String AMP_CACHE_SUFFIX = ".cdn.ampproject.org";

  /** Second-level suffixes under which sites register names, for {@link #registrableDomain}. */
  private static final Set<String> SECOND_LEVEL =
      Set.of(
          "co.id", "ac.id", "go.id", "or.id", "web.id", "sch.id", "my.id", "net.id", "mil.id",
          "co.uk", "org.uk", "ac.uk", "gov.uk", "com.au", "net.au", "org.au", "co.jp", "ne.jp",
          "com.my", "com.sg", "com.ph", "co.kr", "co.in", "com.br", "com.cn", "com.tr", "co.za",
          "co.nz", "com.hk", "com.tw", "com.vn", "co.th", "com.ar", "com.mx");

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
    String query = String.join("&", keptParameters(url.getRawQuery()));
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
    try {
      return new CanonicalUrl(new URI(sb.toString()));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a valid URL: '" + url + "' (" + e.getReason() + ")");
    }
  }

  /** Whether a query parameter name only tracks the click and never selects content. */
  public static boolean isTrackingParameter(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (TRACKING_PARAMETERS.contains(n)) {
      return true;
    }
    for (String prefix : TRACKING_PREFIXES) {
      if (n.startsWith(prefix) && n.length() > prefix.length()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The article identity: host without variant labels, path without AMP markers and trailing slash,
   * remaining parameters sorted; no scheme. Two URLs with equal keys name one article.
   */
  public String identityKey() {
    URI u = ampCacheTarget().map(CanonicalUrl::value).orElse(value);
    StringBuilder sb = new StringBuilder(identityHost(u.getHost()));
    if (u.getPort() != -1 && u.getPort() != 80 && u.getPort() != 443) {
      sb.append(':').append(u.getPort());
    }
    sb.append(identityPath(u.getRawPath()));
    List<String> params = new ArrayList<>();
    for (String p : keptParameters(u.getRawQuery())) {
      if (!isVariantParameter(p)) {
        params.add(p);
      }
    }
    params.sort(null);
    if (!params.isEmpty()) {
      sb.append('?').append(String.join("&", params));
    }
    return sb.toString();
  }

  /** Whether both URLs name the same article ({@link #identityKey()}). */
  public boolean sameIdentity(CanonicalUrl other) {
    return identityKey().equals(other.identityKey());
  }

  /**
   * The registered name the host belongs to ({@code news.example.co.id} → {@code example.co.id}),
   * using a short list of common second-level suffixes instead of the full public suffix list.
   */
  private static final Pattern IP_V4 = Pattern.compile("[0-9.]+");

  public String registrableDomain() {
    String host = identityHost(value.getHost());
    String[] labels = host.split("\\.");
    if (labels.length <= 2 || IP_V4.matcher(host).matches() || host.startsWith("[")) {
      return host;
    }
    String lastTwo = labels[labels.length - 2] + "." + labels[labels.length - 1];
    int keep = SECOND_LEVEL.contains(lastTwo) ? 3 : 2;
    return String.join(".", List.of(labels).subList(labels.length - keep, labels.length));
  }

  /** Whether both URLs are on the same site ({@link #registrableDomain()}). */
  public boolean sameSite(CanonicalUrl other) {
    return registrableDomain().equals(other.registrableDomain());
  }

  /**
   * The usable rel=canonical target of a page: {@code href} resolved against the page, when it is
   * an http(s) URL and not the site's home page named by an article page (a common CMS mistake that
   * would merge every article into one).
   */
  public static Optional<CanonicalUrl> relCanonical(CanonicalUrl page, String href) {
    String h = href.strip();
    if (h.isEmpty() || h.length() > 4096) {
      return Optional.empty();
    }
    try {
      URI resolved = page.value().resolve(new URI(h));
      if (resolved.getScheme() == null || resolved.getHost() == null) {
        return Optional.empty();
      }
      CanonicalUrl target = of(resolved);
      if (target.isHomePage() && !page.isHomePage()) {
        return Optional.empty();
      }
      return Optional.of(target);
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * What one fetch says about an article's identity.
   *
   * @param canonical the article's identity
   * @param aliases other URLs that lead to the same article (the link, redirect hops)
   * @param originalElsewhere a rel=canonical on another site: the page says it copies that one (an
   *     original hint for dedupe, not the identity of this copy)
   */
  public record Resolution(
      CanonicalUrl canonical, Set<CanonicalUrl> aliases, Optional<CanonicalUrl> originalElsewhere) {
    public Resolution {
      aliases = Set.copyOf(aliases);
    }
  }

  /**
   * Resolves an article's identity from the link it was found under, the redirect hops the fetch
   * followed (in order, possibly empty) and the page's rel=canonical href (empty when none): the
   * same-site canonical link if usable, else the URL after redirects. Every hop is an alias.
   */
  public static Resolution resolve(URI link, List<URI> redirects, String relCanonicalHref) {
    CanonicalUrl landed = of(redirects.isEmpty() ? link : redirects.getLast());
    Optional<CanonicalUrl> rel = relCanonical(landed, relCanonicalHref);
    boolean sameSite = rel.isPresent() && rel.get().sameSite(landed);
    CanonicalUrl canonical = sameSite ? rel.get() : landed;
    Set<CanonicalUrl> aliases = new LinkedHashSet<>();
    List<URI> hops = new ArrayList<>();
    hops.add(link);
    hops.addAll(redirects);
    for (URI hop : hops) {
      try {
        CanonicalUrl c = of(hop);
        if (!c.equals(canonical)) {
          aliases.add(c);
        }
      } catch (IllegalArgumentException notHttp) {
        // a hop that is no http(s) URL cannot be linked to again
      }
    }
    return new Resolution(canonical, aliases, sameSite ? Optional.empty() : rel);
  }

  private boolean isHomePage() {
    return identityPath(value.getRawPath()).equals("/") && value.getRawQuery() == null;
  }

  /** The article URL inside an AMP cache URL ({@code /c/s/host/path}), if this is one. */
  private Optional<CanonicalUrl> ampCacheTarget() {
    String path = value.getRawPath();
    if (!value.getHost().endsWith(AMP_CACHE_SUFFIX) || path == null) {
      return Optional.empty();
    }
    String[] parts = path.split("/", -1);
    int i = 1;
    while (i < parts.length && (parts[i].length() <= 2 && !parts[i].contains("."))) {
      i++; // skip "c", "v", "wp" and the "s" (https) marker
    }
    if (i >= parts.length - 1 || !parts[i].contains(".")) {
      return Optional.empty();
    }
    String rest = String.join("/", List.of(parts).subList(i + 1, parts.length));
    String query = value.getRawQuery() == null ? "" : "?" + value.getRawQuery();
    try {
      return Optional.of(of("https://" + parts[i] + "/" + rest + query));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String identityHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    while (true) {
      int dot = h.indexOf('.');
      if (dot < 0 || h.indexOf('.', dot + 1) < 0 || !VARIANT_LABELS.contains(h.substring(0, dot))) {
        return h;
      }
      h = h.substring(dot + 1);
    }
  }

  private static String identityPath(String rawPath) {
    String p = rawPath == null || rawPath.isEmpty() ? "/" : normalizePercent(rawPath);
    if (p.endsWith("/amp") || p.endsWith("/amp/")) {
      p = p.substring(0, p.lastIndexOf("/amp"));
    }
    if (p.startsWith("/amp/") && p.length() > 5) {
      p = p.substring(4);
    }
    int last = p.lastIndexOf('/');
    if (p.indexOf(".amp.", last) > 0) {
      p = p.substring(0, last) + p.substring(last).replace(".amp.", ".");
    }
    while (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p.isEmpty() ? "/" : p;
  }

  private static boolean isVariantParameter(String pair) {
    String p = pair.toLowerCase(Locale.ROOT);
    return p.equals("amp")
        || p.equals("amp=1")
        || p.equals("amp=true")
        || p.equals("outputtype=amp")
        || p.equals("output=amp")
        || p.equals("m=1")
        || p.startsWith("usqp=")
        || p.equals("page=all");
  }

  private static List<String> keptParameters(String rawQuery) {
    List<String> kept = new ArrayList<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return kept;
    }
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
    return kept;
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
