package org.warta.fetch.guard;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a host may be fetched: resolves it (IP literals without DNS) and refuses it when
 * any of its addresses is not public ({@link SpecialAddresses}) unless the {@link HostAllowlist}
 * allows the name or the address. All addresses must pass because the HTTP client may connect to
 * any of them.
 *
 * <p>Time-of-check/time-of-use: {@code java.net.http.HttpClient} resolves the name again when it
 * connects and offers no hook to pin the checked address. The JVM caches successful lookups for 30
 * seconds by default ({@code networkaddress.cache.ttl}), whatever the DNS TTL, so the client sees
 * the addresses checked here unless the cache entry expires in between; a DNS-rebinding attacker
 * therefore needs to win that race. Redirects are re-checked hop by hop.
 */
public final class AddressGuard {

  /** Name resolution, replaceable in tests. */
  @FunctionalInterface
  public interface Resolver {
    /** Every address of {@code host}; throws when the name does not resolve. */
    List<InetAddress> resolve(String host) throws UnknownHostException;

    /** The system resolver ({@link InetAddress#getAllByName}). */
    static Resolver system() {
      return host -> List.of(InetAddress.getAllByName(host));
    }
  }

  /** The decision for one host. */
  public sealed interface Verdict {
    /** The host may be fetched; {@code addresses} are what was checked (empty if by name). */
    record Allowed(List<InetAddress> addresses) implements Verdict {}

    /** The host resolves to {@code address}, which is not public for the reason {@code why}. */
    record Refused(InetAddress address, String why) implements Verdict {}

    /** The host name does not resolve. */
    record Unresolved(UnknownHostException cause) implements Verdict {}
  }

  private final HostAllowlist allowlist;
  private final Resolver resolver;

  public AddressGuard(HostAllowlist allowlist, Resolver resolver) {
    this.allowlist = allowlist;
    this.resolver = resolver;
  }

  /** Checks {@code host} as {@link java.net.URI#getHost()} returns it (IPv6 in brackets). */
  public Verdict check(String host) {
    if (allowlist.allowsName(host)) {
      return new Verdict.Allowed(List.of());
    }
    List<InetAddress> addresses;
    Optional<InetAddress> literal = IpLiteral.parse(host);
    if (literal.isPresent()) {
      addresses = List.of(literal.get());
    } else {
      try {
        addresses = resolver.resolve(host);
      } catch (UnknownHostException e) {
        return new Verdict.Unresolved(e);
      }
    }
    for (InetAddress address : addresses) {
      Optional<String> why = SpecialAddresses.classify(address);
      if (why.isPresent() && !allowlist.allowsAddress(address)) {
        return new Verdict.Refused(address, why.get());
      }
    }
    return new Verdict.Allowed(addresses);
  }
}
