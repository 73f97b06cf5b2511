package org.warta.fetch.guard;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The operator's exceptions to the SSRF guard, from {@code WARTA_ALLOWED_HOSTS} or the
 * allowed-hosts setting: host names ({@code intranet.example}), wildcard domains ({@code
 * *.corp.example} matches every sub-domain, not the domain itself), IP addresses and CIDR ranges. A
 * host name entry allows whatever the name resolves to; an IP or CIDR entry allows those addresses
 * whichever name led to them.
 */
public final class HostAllowlist {
  /** The empty allowlist: every non-public address is refused. */
  public static final HostAllowlist NONE = new HostAllowlist(List.of(), List.of(), List.of());

  private final List<String> names;
  private final List<String> suffixes;
  private final List<Cidr> ranges;

  private HostAllowlist(List<String> names, List<String> suffixes, List<Cidr> ranges) {
    this.names = names;
    this.suffixes = suffixes;
    this.ranges = ranges;
  }

  /**
   * Parses entries (each a host name, {@code *.domain}, IP or CIDR); fails naming the first bad
   * entry.
   */
  public static HostAllowlist parse(Collection<String> entries) {
    List<String> names = new ArrayList<>();
    List<String> suffixes = new ArrayList<>();
    List<Cidr> ranges = new ArrayList<>();
    for (String raw : entries) {
      String entry = raw.strip().toLowerCase(Locale.ROOT);
      if (entry.isEmpty()) {
        continue;
      }
      if (entry.indexOf('/') >= 0 || IpLiteral.parse(entry).isPresent()) {
        ranges.add(parseRange(raw));
      } else if (entry.startsWith("*.") && isHostName(entry.substring(2))) {
        suffixes.add(entry.substring(1));
      } else if (isHostName(entry)) {
        names.add(trimDot(entry));
      } else {
        throw new IllegalArgumentException(
            "allowed host '"
                + raw.strip()
                + "' is neither a host name, '*.domain', an IP address nor a CIDR range");
      }
    }
    return new HostAllowlist(List.copyOf(names), List.copyOf(suffixes), List.copyOf(ranges));
  }

  /** Parses a comma-separated list, as in {@code WARTA_ALLOWED_HOSTS}. */
  public static HostAllowlist parse(String commaSeparated) {
    return parse(List.of(commaSeparated.split(",")));
  }

  private static Cidr parseRange(String raw) {
    try {
      return Cidr.parse(raw);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("allowed host '" + raw + "': " + e.getMessage(), e);
    }
  }

  /** Whether {@code host} (as written in a URL) is allowed by name. */
  public boolean allowsName(String host) {
    String h = trimDot(host.toLowerCase(Locale.ROOT));
    return names.contains(h) || suffixes.stream().anyMatch(h::endsWith);
  }

  /** Whether {@code address} is inside an allowed IP or CIDR entry. */
  public boolean allowsAddress(InetAddress address) {
    return ranges.stream().anyMatch(r -> r.contains(address))
        || SpecialAddresses.embeddedV4(address).map(this::allowsAddress).orElse(false);
  }

  /** Whether nothing is allowed. */
  public boolean isEmpty() {
    return names.isEmpty() && suffixes.isEmpty() && ranges.isEmpty();
  }

  /** RFC 1123 host name: dot-separated labels of letters, digits and inner hyphens. */
  static boolean isHostName(String text) {
    String t = trimDot(text);
    if (t.isEmpty() || t.length() > 253) {
      return false;
    }
    String[] labels = t.split("\\.", -1);
    for (String label : labels) {
      if (!label.matches("[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?")) {
        return false;
      }
    }
    // an all-numeric last label is a mistyped IP address, never a top-level domain (RFC 3696)
    return !labels[labels.length - 1].matches("[0-9]+");
  }

  private static String trimDot(String host) {
    return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
  }

  @Override
  public String toString() {
    return "HostAllowlist" + names + suffixes + ranges;
  }
}
