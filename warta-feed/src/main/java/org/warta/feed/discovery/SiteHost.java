package org.warta.feed.discovery;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Whether two URLs belong to the same site: same registrable domain, approximated without the
 * Public Suffix List by treating the common two-label suffixes of the region ({@code co.id}, {@code
 * ac.id}, {@code go.id}, {@code com.my}, {@code co.uk}, ...) as public suffixes. Good enough to
 * tell a publisher's own links ({@code www.}, {@code m.}, {@code news.}) from links to others.
 */
public final class SiteHost {
  private static final Set<String> SECOND_LEVEL =
      Set.of(
          "co", "ac", "or", "go", "web", "my", "sch", "net", "com", "org", "gov", "edu", "mil",
          "biz", "desa", "ponpes");

  private SiteHost() {}

  /** The registrable domain of a host, e.g. {@code kabar.co.id} for {@code m.kabar.co.id}. */
  public static String registrable(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    String[] labels = h.split("\\.");
    if (labels.length <= 2) {
      return h;
    }
    int keep =
        labels[labels.length - 1].length() == 2 && SECOND_LEVEL.contains(labels[labels.length - 2])
            ? 3
            : 2;
    StringBuilder sb = new StringBuilder();
    for (int i = labels.length - keep; i < labels.length; i++) {
      sb.append(sb.isEmpty() ? "" : ".").append(labels[i]);
    }
    return sb.toString();
  }

  /** Whether both URLs have hosts with the same registrable domain. */
  public static boolean sameSite(URI a, URI b) {
    return a.getHost() != null
        && b.getHost() != null
        && registrable(a.getHost()).equals(registrable(b.getHost()));
  }
}
