package org.warta.fetch.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class HostAllowlistTest {

  @Test
  void namesWildcardsAddressesAndRangesAreUnderstood() throws Exception {
    var list = HostAllowlist.parse(" intranet.example , *.corp.example,192.168.0.10, fd00::/8 ");

    assertThat(list.allowsName("INTRANET.example.")).isTrue();
    assertThat(list.allowsName("wiki.corp.example")).isTrue();
    assertThat(list.allowsName("corp.example")).as("wildcard needs a sub-domain").isFalse();
    assertThat(list.allowsName("evilcorp.example")).isFalse();
    assertThat(list.allowsAddress(InetAddress.getByName("192.168.0.10"))).isTrue();
    assertThat(list.allowsAddress(InetAddress.getByName("192.168.0.11"))).isFalse();
    assertThat(list.allowsAddress(InetAddress.getByName("fd00::5"))).isTrue();
  }

  @Test
  void badEntriesFailNamingTheEntry() {
    assertThatThrownBy(() -> HostAllowlist.parse("ok.example, bad_host!, 10.0.0.0/8"))
        .hasMessageContaining("'bad_host!'");
    assertThatThrownBy(() -> HostAllowlist.parse("10.0.0.300"))
        .hasMessageContaining("'10.0.0.300'");
    assertThatThrownBy(() -> HostAllowlist.parse(List.of("192.168.0.0/40")))
        .hasMessageContaining("192.168.0.0/40");
  }

  @Property
  void anyCommaSeparatedListOfValidEntriesParses(@ForAll("entries") List<String> entries) {
    HostAllowlist list = HostAllowlist.parse(String.join(" ,", entries));

    assertThat(list.isEmpty()).isEqualTo(entries.isEmpty());
  }

  @Provide
  Arbitrary<List<String>> entries() {
    Arbitrary<String> name =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .ofMinLength(1)
            .ofMaxLength(12)
            .map(s -> s + ".example");
    Arbitrary<String> wildcard = name.map(n -> "*." + n);
    Arbitrary<String> ip =
        Arbitraries.integers()
            .between(0, 255)
            .list()
            .ofSize(4)
            .map(o -> o.get(0) + "." + o.get(1) + "." + o.get(2) + "." + o.get(3));
    Arbitrary<String> cidr =
        ip.flatMap(a -> Arbitraries.integers().between(0, 32).map(p -> a + "/" + p));
    return Arbitraries.oneOf(name, wildcard, ip, cidr).list().ofMaxSize(6);
  }
}
