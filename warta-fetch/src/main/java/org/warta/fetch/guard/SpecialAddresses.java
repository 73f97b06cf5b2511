package org.warta.fetch.guard;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The address ranges a public web fetcher must not reach (server-side request forgery): loopback,
 * private (RFC 1918, RFC 4193 {@code fc00::/7}), link-local, CGNAT {@code 100.64.0.0/10} (RFC
 * 6598), multicast, unspecified, documentation, benchmarking and reserved ranges from the IANA
 * IPv4/IPv6 special-purpose address registries (RFC 6890). IPv6 forms that embed an IPv4 address
 * (IPv4-mapped {@code ::ffff:0:0/96}, IPv4-compatible {@code ::/96}, NAT64 {@code 64:ff9b::/96},
 * 6to4 {@code 2002::/16}) are judged by the embedded IPv4 address.
 */
public final class SpecialAddresses {
  private SpecialAddresses() {}

  /** A named non-public range. */
  record Range(Cidr cidr, String name) {}

  private static final List<Range> RANGES =
      List.of(
          range("0.0.0.0/8", "unspecified (this network)"),
          range("10.0.0.0/8", "private (RFC 1918)"),
          range("100.64.0.0/10", "shared CGNAT (RFC 6598)"),
          range("127.0.0.0/8", "loopback"),
          range("169.254.0.0/16", "link-local"),
          range("172.16.0.0/12", "private (RFC 1918)"),
          range("192.0.0.0/24", "IETF protocol assignments"),
          range("192.0.2.0/24", "documentation"),
          range("192.88.99.0/24", "6to4 relay anycast"),
          range("192.168.0.0/16", "private (RFC 1918)"),
          range("198.18.0.0/15", "benchmarking"),
          range("198.51.100.0/24", "documentation"),
          range("203.0.113.0/24", "documentation"),
          range("224.0.0.0/4", "multicast"),
          range("240.0.0.0/4", "reserved or broadcast"),
          range("::/128", "unspecified"),
          range("::1/128", "loopback"),
          range("64:ff9b:1::/48", "local-use NAT64"),
          range("100::/64", "discard-only"),
          range("2001::/32", "Teredo tunnel"),
          range("2001:db8::/32", "documentation"),
          range("fc00::/7", "unique local (private)"),
          range("fe80::/10", "link-local"),
          range("fec0::/10", "site-local"),
          range("ff00::/8", "multicast"));

  private static final Cidr MAPPED = Cidr.parse("::ffff:0:0/96");
  private static final Cidr COMPATIBLE = Cidr.parse("::/96");
  private static final Cidr NAT64 = Cidr.parse("64:ff9b::/96");
  private static final Cidr SIX_TO_FOUR = Cidr.parse("2002::/16");

  private static Range range(String cidr, String name) {
    return new Range(Cidr.parse(cidr), name);
  }

  /**
   * Why {@code address} is not a public unicast address (e.g. "loopback"), or empty when it is
   * public.
   */
  public static Optional<String> classify(InetAddress address) {
    Optional<InetAddress> embedded = embeddedV4(address);
    if (embedded.isPresent()) {
      return classify(embedded.get()).map(why -> why + ", embedded in IPv6");
    }
    for (Range r : RANGES) {
      if (r.cidr().contains(address)) {
        return Optional.of(r.name());
      }
    }
    return Optional.empty();
  }

  /** Whether {@code address} is a public unicast address. */
  public static boolean isPublic(InetAddress address) {
    return classify(address).isEmpty();
  }

  /** The IPv4 address an IPv6 address carries (mapped, compatible, NAT64, 6to4), if any. */
  static Optional<InetAddress> embeddedV4(InetAddress address) {
    if (!IpLiteral.isV6(address)) {
      return Optional.empty();
    }
    byte[] b = address.getAddress();
    if (MAPPED.contains(address) || NAT64.contains(address)) {
      return Optional.of(v4(Arrays.copyOfRange(b, 12, 16)));
    }
    if (COMPATIBLE.contains(address) && !Cidr.parse("::/127").contains(address)) {
      return Optional.of(v4(Arrays.copyOfRange(b, 12, 16)));
    }
    if (SIX_TO_FOUR.contains(address)) {
      return Optional.of(v4(Arrays.copyOfRange(b, 2, 6)));
    }
    return Optional.empty();
  }

  private static InetAddress v4(byte[] four) {
    try {
      return InetAddress.getByAddress(four);
    } catch (UnknownHostException e) {
      throw new IllegalStateException("4 bytes are always an IPv4 address", e);
    }
  }
}
