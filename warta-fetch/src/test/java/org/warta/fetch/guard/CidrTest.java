package org.warta.fetch.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CidrTest {

  @Property
  void anIpv4RangeContainsExactlyTheAddressesSharingItsPrefix(
      @ForAll int network, @ForAll int address, @ForAll @IntRange(min = 0, max = 32) int prefix)
      throws UnknownHostException {
    Cidr cidr = Cidr.of(v4(network), prefix);
    int mask = prefix == 0 ? 0 : -1 << (32 - prefix);

    assertThat(cidr.contains(v4(address))).isEqualTo((network & mask) == (address & mask));
  }

  @Property
  void theTextFormParsesBackToTheSameRange(
      @ForAll int network, @ForAll @IntRange(min = 0, max = 32) int prefix)
      throws UnknownHostException {
    Cidr cidr = Cidr.of(v4(network), prefix);

    assertThat(Cidr.parse(cidr.toString())).isEqualTo(cidr);
  }

  @Property
  void ipv6RangesRoundTripAndContainTheirNetwork(
      @ForAll byte[] raw, @ForAll @IntRange(min = 0, max = 128) int prefix)
      throws UnknownHostException {
    byte[] bytes = java.util.Arrays.copyOf(raw, 16);
    InetAddress address = java.net.Inet6Address.getByAddress(null, bytes, -1);
    Cidr cidr = Cidr.parse(address.getHostAddress() + "/" + prefix);

    assertThat(Cidr.parse(cidr.toString())).isEqualTo(cidr);
    assertThat(cidr.isV6()).isTrue();
  }

  @Test
  void familiesNeverMatchEachOther() throws UnknownHostException {
    assertThat(Cidr.parse("0.0.0.0/0").contains(InetAddress.getByName("::1"))).isFalse();
    assertThat(Cidr.parse("::/0").contains(InetAddress.getByName("127.0.0.1"))).isFalse();
  }

  @Test
  void hostBitsAreCleared() {
    assertThat(Cidr.parse("10.1.2.3/8")).hasToString("10.0.0.0/8");
    assertThat(Cidr.parse("192.168.7.7")).hasToString("192.168.7.7/32");
  }

  @Test
  void badRangesAreRejectedNamingTheText() {
    assertThatThrownBy(() -> Cidr.parse("10.0.0.0/33")).hasMessageContaining("'10.0.0.0/33'");
    assertThatThrownBy(() -> Cidr.parse("10.0.0/8")).hasMessageContaining("bad address");
    assertThatThrownBy(() -> Cidr.parse("10.0.0.0/08")).hasMessageContaining("prefix");
    assertThatThrownBy(() -> Cidr.parse("fc00::/129")).hasMessageContaining("above 128");
    assertThatThrownBy(() -> Cidr.parse("intranet.example/8")).hasMessageContaining("bad address");
  }

  private static InetAddress v4(int bits) throws UnknownHostException {
    return InetAddress.getByAddress(
        new byte[] {(byte) (bits >>> 24), (byte) (bits >>> 16), (byte) (bits >>> 8), (byte) bits});
  }
}
