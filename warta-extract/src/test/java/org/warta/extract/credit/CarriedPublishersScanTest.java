package org.warta.extract.credit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quick scan before the domain regex lets every text with a written domain through. */
class CarriedPublishersScanTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "ikuti WhatsApp channel lautbiru.example.id",
        "Baca di Kabarpagi.com",
        "https://kabar9.co.id/berita",
        "x.io",
      })
  void textWithADomainPassesTheScan(String text) {
    assertThat(CarriedPublishers.mayNameDomain(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Harga naik 2.5 persen.",
        "Ia pulang. Esoknya hujan.",
        "U.S. Army",
        "akhir kalimat.",
        ".com",
        "",
      })
  void textWithoutADomainIsRuledOut(String text) {
    assertThat(CarriedPublishers.mayNameDomain(text)).isFalse();
  }
}
