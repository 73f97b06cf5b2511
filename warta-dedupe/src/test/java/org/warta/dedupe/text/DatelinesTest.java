package org.warta.dedupe.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.warta.core.WireCredit;

class DatelinesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Paris (AP) - The navy said | The navy said | AP",
        "JAKARTA (Reuters) - Harga minyak naik | Harga minyak naik | Reuters",
        "(ANTARA) -- The Indian Navy patrolling | The Indian Navy patrolling | Antara",
        "Jakarta, ANTARA - Pemerintah kota menambah | Pemerintah kota menambah | Antara",
        "JAKARTA, KABARKILAT.example – Harga beras turun | Harga beras turun | ''",
      })
  void removesDatelinesAndReadsTheirAgency(String line, String rest, String agency) {
    Optional<Datelines.Dateline> d = Datelines.find(line);

    assertThat(d).isPresent();
    assertThat(line.substring(d.get().length())).isEqualTo(rest);
    assertThat(d.get().credit().map(WireCredit::agency).orElse("")).isEqualTo(agency);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Mr Smith (right) - a veteran of the port - said",
        "The ministry (which declined to comment) - and its agencies - said",
        "Paris (AP) -",
        "Antara lain - disebutkan bahwa",
      })
  void leavesOrdinaryTextAlone(String line) {
    assertThat(Datelines.find(line)).isEmpty();
  }
}
