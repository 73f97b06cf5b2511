package org.warta.fetch.guard;

import java.net.InetAddress;
import java.util.Arrays;

/**
 * An IP address range in CIDR notation (RFC 4632 for IPv4, RFC 4291 section 2.3 for IPv6), e.g.
 * {@code 10.0.0.0/8} or {@code fc00::/7}. Host bits below the prefix are cleared. IPv4 ranges match
 * IPv4 addresses only and IPv6 ranges IPv6 addresses only; IPv4-mapped IPv6 addresses are unwrapped
 * by {@link SpecialAddresses} before matching.
 */
public final class Cidr {
  private final byte[] network;
  private final int prefixLength;

  private Cidr(byte[] network, int prefixLength) {
    this.network = network;
    this.prefixLength = prefixLength;
  }

  /**
   * Parses {@code a.b.c.d/n}, {@code x:y::z/n} or a bare address (a /32 or /128 range); fails with
   * a message naming the text.
   */
  public static Cidr parse(String text) {
    String t = text.strip();
    int slash = t.indexOf('/');
    String addressText = slash < 0 ? t : t.substring(0, slash);
    InetAddress address =
        IpLiteral.parse(addressText)
            .orElseThrow(
                () ->
                    new IllegalArgumentException("not an IP range: '" + text + "' (bad address)"));
    // the JDK folds IPv4-mapped IPv6 text (::ffff:a.b.c.d) into IPv4; a range written in IPv6
    // text stays an IPv6 range
    byte[] bytes =
        addressText.indexOf(':') >= 0 ? IpLiteral.sixteen(address) : address.getAddress();
    int max = bytes.length * 8;
    int prefix = slash < 0 ? max : prefixOf(t.substring(slash + 1), max, text);
    return ofBytes(bytes, prefix);
  }

  /** The range of {@code prefixLength} leading bits of {@code address}. */
  public static Cidr of(InetAddress address, int prefixLength) {
    return ofBytes(address.getAddress(), prefixLength);
  }

  private static Cidr ofBytes(byte[] bytes, int prefixLength) {
    if (prefixLength < 0 || prefixLength > bytes.length * 8) {
      throw new IllegalArgumentException(
          "prefix length "
              + prefixLength
              + " out of range for a "
              + bytes.length * 8
              + "-bit address");
    }
    for (int bit = prefixLength; bit < bytes.length * 8; bit++) {
      bytes[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
    }
    return new Cidr(bytes, prefixLength);
  }

  private static int prefixOf(String digits, int max, String text) {
    if (!digits.matches("[0-9]{1,3}") || (digits.length() > 1 && digits.startsWith("0"))) {
      throw new IllegalArgumentException("not an IP range: '" + text + "' (bad prefix length)");
    }
    int prefix = Integer.parseInt(digits);
    if (prefix > max) {
      throw new IllegalArgumentException(
          "not an IP range: '" + text + "' (prefix length above " + max + ")");
    }
    return prefix;
  }

  /** Whether {@code address} is of the same family and shares the prefix bits. */
  public boolean contains(InetAddress address) {
    byte[] bytes = address.getAddress();
    if (bytes.length != network.length) {
      return false;
    }
    int full = prefixLength / 8;
    for (int i = 0; i < full; i++) {
      if (bytes[i] != network[i]) {
        return false;
      }
    }
    int rest = prefixLength % 8;
    if (rest == 0) {
      return true;
    }
    int mask = (0xff << (8 - rest)) & 0xff;
    return (bytes[full] & mask) == (network[full] & mask);
  }

  /** The prefix length in bits. */
  public int prefixLength() {
    return prefixLength;
  }

  /** Whether this is an IPv6 range. */
  public boolean isV6() {
    return network.length == 16;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cidr c
        && prefixLength == c.prefixLength
        && Arrays.equals(network, c.network);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(network) * 131 + prefixLength;
  }

  /** Canonical text, e.g. {@code 10.0.0.0/8}, {@code fc00:0:0:0:0:0:0:0/7}. */
  @Override
  public String toString() {
    try {
      InetAddress address =
          network.length == 16
              ? java.net.Inet6Address.getByAddress(null, network.clone(), -1)
              : InetAddress.getByAddress(network.clone());
      return address.getHostAddress() + "/" + prefixLength;
    } catch (java.net.UnknownHostException e) {
      throw new IllegalStateException("stored network bytes are always 4 or 16 long", e);
    }
  }
}
