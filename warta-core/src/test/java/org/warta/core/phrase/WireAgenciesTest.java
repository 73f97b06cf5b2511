package org.warta.core.phrase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.core.WireCredit;

class WireAgenciesTest {

  static Stream<String[]> credits() {
    return PhraseFixtures.rows("wire-credits.tsv").stream();
  }

  static Stream<String[]> closings() {
    return PhraseFixtures.rows("closing-credits.tsv").stream();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("credits")
  void namesTheAgencyOfAPrintedCredit(String printed, String agency) {
    Optional<WireCredit> credit = WireAgencies.match(printed);
    if (agency.equals("-")) {
      assertThat(credit).isEmpty();
    } else {
      assertThat(credit).map(WireCredit::agency).contains(agency);
    }
  }

  @Test
  void everyAliasIsBackedByAnExample() {
    List<String> unbacked = new ArrayList<>();
    for (String line : PhraseFiles.lines("wire-agencies.tsv")) {
      String[] cols = line.split("\t");
      for (String alias : cols[1].split(",")) {
        boolean backed =
            credits().anyMatch(r -> r[0].contains(alias.strip()) && r[1].equals(cols[0]));
        if (!backed) {
          unbacked.add(cols[0] + ": " + alias.strip());
        }
      }
    }
    assertThat(unbacked).isEmpty();
    assertThat(WireAgencies.agencies()).startsWith("AFP", "Reuters", "AP", "Antara");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("closings")
  void findsTheClosingCreditOfAParagraph(String paragraph, String printed, String agency) {
    Optional<ClosingCredit> credit = WireAgencies.closingCredit(paragraph);
    if (printed.equals("-")) {
      assertThat(credit).isEmpty();
      return;
    }
    assertThat(credit).isPresent();
    assertThat(credit.get().printed()).isEqualTo(printed);
    assertThat(paragraph.substring(credit.get().start())).startsWith("(");
    assertThat(credit.get().agency().map(WireCredit::agency))
        .isEqualTo(agency.equals("-") ? Optional.empty() : Optional.of(agency));
  }

  @Property
  void neverThrows(@ForAll String text) {
    WireAgencies.match(text);
    WireAgencies.closingCredit(text);
  }
}
