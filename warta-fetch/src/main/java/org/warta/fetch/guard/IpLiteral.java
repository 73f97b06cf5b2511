package org.warta.fetch.guard;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Parses IP address literals without ever touching DNS: IPv4 in strict dotted-quad form (RFC 3986
 * {@code IPv4address}: four decimal octets 0-255, no leading zeros) and IPv6 in any RFC 4291 text
 * form, with or without brackets and without zone ids.
 */
public final class IpLiteral {
  private IpLiteral() {}

  /** The address written in {@code text}, or empty when it is not an IP literal. */
  public static Optional<InetAddress> parse(String text) {
    String t = text.strip();
    if (t.startsWith("[") && t.endsWith("]")) {
      t = t.substring(1, t.length() - 1);
    }
    if (t.indexOf(':') >= 0) {
      return parseV6(t);
    }
    return parseV4(t).map(IpLiteral::v4);
  }

  /** The four octets of a strict dotted-quad IPv4 literal. */
  static Optional<byte[]> parseV4(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return Optional.empty();
    }
    byte[] bytes = new byte[4];
    for (int i = 0; i < 4; i++) {
      String p = parts[i];
      if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0')) {
        return Optional.empty();
      }
      int value = 0;
      for (int k = 0; k < p.length(); k++) {
        char c = p.charAt(k);
        if (c < '0' || c > '9') {
          return Optional.empty();
        }
        value = value * 10 + (c - '0');
      }
      if (value > 255) {
        return Optional.empty();
      }
      bytes[i] = (byte) value;
    }
    return Optional.of(bytes);
  }

  private static Optional<InetAddress> parseV6(String text) {
    if (text.indexOf('%') >= 0 || !text.matches("[0-9A-Fa-f:.]+")) {
      return Optional.empty();
    }
    try {
      InetAddress address = InetAddress.ofLiteral(text);
      return Optional.of(address);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static InetAddress v4(byte[] bytes) {
    try {
      return InetAddress.getByAddress(bytes);
    } catch (java.net.UnknownHostException e) {
      throw new IllegalStateException("4 bytes are always a valid IPv4 address", e);
    }
  }

  /** The 16 bytes of an address: IPv4 as IPv4-mapped IPv6 ({@code ::ffff:a.b.c.d}). */
  static byte[] sixteen(InetAddress address) {
    byte[] raw = address.getAddress();
    if (raw.length == 16) {
      return raw;
    }
    byte[] out = new byte[16];
    out[10] = (byte) 0xff;
    out[11] = (byte) 0xff;
    System.arraycopy(raw, 0, out, 12, 4);
    return out;
  }

  /** Whether the address is IPv6 (after the JDK folded IPv4-mapped forms into IPv4). */
  static boolean isV6(InetAddress address) {
    return address instanceof Inet6Address;
  }
}
