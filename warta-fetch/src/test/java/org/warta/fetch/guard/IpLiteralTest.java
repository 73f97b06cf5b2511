package org.warta.fetch.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class IpLiteralTest {

  @Property
  void everyDottedQuadParsesToItsOctets(
      @ForAll @IntRange(min = 0, max = 255) int a,
      @ForAll @IntRange(min = 0, max = 255) int b,
      @ForAll @IntRange(min = 0, max = 255) int c,
      @ForAll @IntRange(min = 0, max = 255) int d) {
    InetAddress address = IpLiteral.parse(a + "." + b + "." + c + "." + d).orElseThrow();

    assertThat(address.getAddress()).containsExactly((byte) a, (byte) b, (byte) c, (byte) d);
  }

  @Property
  void anOctetAbove255IsNoAddress(@ForAll @IntRange(min = 256, max = 99_999) int big) {
    assertThat(IpLiteral.parse("10.0." + big + ".1")).isEmpty();
  }

  @Property
  void hostNamesAreNeverTakenForAddresses(@ForAll("labels") String label) {
    assertThat(IpLiteral.parse(label + ".example")).isEmpty();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> labels() {
    return net.jqwik.api.Arbitraries.strings()
        .withCharRange('a', 'z')
        .ofMinLength(1)
        .ofMaxLength(20);
  }

  @Test
  void legacyAndAmbiguousIpv4FormsAreNotLiterals() {
    // inet_aton accepts these; RFC 3986 does not, so they go through the resolver and are judged
    // by what they resolve to
    assertThat(IpLiteral.parse("2130706433")).isEmpty();
    assertThat(IpLiteral.parse("127.1")).isEmpty();
    assertThat(IpLiteral.parse("0x7f.0.0.1")).isEmpty();
    assertThat(IpLiteral.parse("010.0.0.1")).isEmpty();
  }

  @Test
  void ipv6IsParsedWithOrWithoutBracketsButNeverWithAZone() {
    assertThat(IpLiteral.parse("[::1]")).isPresent();
    assertThat(IpLiteral.parse("fe80::1")).isPresent();
    assertThat(IpLiteral.parse("fe80::1%eth0")).isEmpty();
    assertThat(IpLiteral.parse("::g")).isEmpty();
  }
}
