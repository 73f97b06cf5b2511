/**
 * The SSRF guard: which addresses a fetch may connect to. {@link
 * org.warta.fetch.guard.SpecialAddresses} lists the non-public ranges (IANA special-purpose
 * registries, RFC 6890), {@link org.warta.fetch.guard.Cidr} and {@link
 * org.warta.fetch.guard.IpLiteral} parse addresses without DNS, {@link
 * org.warta.fetch.guard.HostAllowlist} is the operator's exception list ({@code
 * WARTA_ALLOWED_HOSTS}) and {@link org.warta.fetch.guard.AddressGuard} resolves a host and decides.
 */
@NullMarked
package org.warta.fetch.guard;

import org.jspecify.annotations.NullMarked;
