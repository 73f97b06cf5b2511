package org.warta.fetch.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class SpecialAddressesTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvFileSource(resources = "/guard/addresses.csv")
  void classifiesAddressesAsTheRegistriesSay(String address, String expected) {
    InetAddress parsed = IpLiteral.parse(address).orElseThrow();

    String actual = SpecialAddresses.classify(parsed).orElse("public");

    assertThat(actual).isEqualTo(expected);
  }

  @Property
  void everyAddressInTenSlashEightIsRefused(@ForAll int low) throws UnknownHostException {
    byte[] b = {10, (byte) (low >> 16), (byte) (low >> 8), (byte) low};

    assertThat(SpecialAddresses.isPublic(InetAddress.getByAddress(b))).isFalse();
  }

  @Property
  void theIpv4MappedFormOfAnAddressIsJudgedLikeTheAddress(@ForAll int bits)
      throws UnknownHostException {
    byte[] v4 = {(byte) (bits >> 24), (byte) (bits >> 16), (byte) (bits >> 8), (byte) bits};
    byte[] mapped = new byte[16];
    mapped[10] = (byte) 0xff;
    mapped[11] = (byte) 0xff;
    System.arraycopy(v4, 0, mapped, 12, 4);
    InetAddress plain = InetAddress.getByAddress(v4);
    InetAddress wrapped = java.net.Inet6Address.getByAddress(null, mapped, -1);

    assertThat(SpecialAddresses.isPublic(wrapped)).isEqualTo(SpecialAddresses.isPublic(plain));
  }

  @Property
  void uniqueLocalIpv6IsAlwaysRefused(
      @ForAll @IntRange(min = 0xfc, max = 0xfd) int first, @ForAll byte[] rest)
      throws UnknownHostException {
    byte[] b = new byte[16];
    b[0] = (byte) first;
    System.arraycopy(rest, 0, b, 1, Math.min(rest.length, 15));

    assertThat(SpecialAddresses.classify(InetAddress.getByAddress(b)))
        .contains("unique local (private)");
  }
}
