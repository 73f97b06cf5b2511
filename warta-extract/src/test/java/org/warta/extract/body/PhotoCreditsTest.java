package org.warta.extract.body;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Caption lines known by the picture credit that ends them, and lines that only look alike. */
class PhotoCreditsTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      value = {
        "The old pier at low tide (Image: Harbour Trust) # true",
        "Der Anleger am Morgen (Foto: Stadtwerke) # true",
        "Le quai au lever du jour (Photo : Mairie) # true",
        "Blick in den Steuerstand. Bild: Hafenamt # true",
        "Jane Roe | Harbour Agency | Getty Images # true",
        "A volunteer sorts the donated books. © Riverside Library # true",
        "码头清晨（图：本报记者） # true",
        "The council voted on Tuesday: the pier reopens in May. # false",
        "Cost per credit: # false",
        "She said the photo: was never published, and nobody asked why. # false",
        "Apply for credit: it takes two minutes, says the bank, and the decision follows. # false",
      })
  void aLineEndingWithAPictureCreditIsACaption(String line, boolean caption) {
    assertThat(PhotoCredits.endsWithCredit(line)).as(line).isEqualTo(caption);
  }
}
