package org.warta.extract.credit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cleaning of author strings: what is cut from a name and what is not a name. */
class NamesTest {
  @Test
  void digitsGluedToAWordAreNotADateTail() {
    // "Northwind7" is an account or brand, not "Northwind" followed by a date
    assertThat(Names.split("Northwind7", "")).isEmpty();
    assertThat(Names.split("Jane Roe/Harbor9", "")).containsExactly("Jane Roe");
  }

  @Test
  void aDateAfterTheNameIsStillCut() {
    assertThat(Names.split("Jane Roe 3 min read", "")).containsExactly("Jane Roe");
    assertThat(Names.split("Jane Roe · 12.03.2024", "")).containsExactly("Jane Roe");
  }

  @Test
  void lastUpdatedAfterTheNameIsCutWhole() {
    assertThat(Names.split("Tomas Reyes Last updated on 3 March 2025", ""))
        .containsExactly("Tomas Reyes");
    assertThat(Names.split("Tomas Reyes Last Updated", "")).containsExactly("Tomas Reyes");
  }

  @Test
  void aSectionOrPlaceAfterTheNameIsCut() {
    assertThat(Names.split("Priya Natarajan in Field Notes", "", true))
        .containsExactly("Priya Natarajan");
    assertThat(Names.split("By Jane Roe in Lisbon", "")).containsExactly("Jane Roe");
  }

  @Test
  void aDeclaredAuthorTypedInLowerCaseIsAName() {
    assertThat(Names.split("maren holt", "")).isEmpty();
    assertThat(Names.typedInLowerCase("maren holt")).containsExactly("maren holt");
    assertThat(Names.typedInLowerCase(" ana  de  souza ")).containsExactly("ana de souza");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "super user",
        "staff writer",
        "the editors",
        "senior editor",
        "sign in",
        "Maren Holt",
        "maren",
        "one two three four",
        "maren holt 2"
      })
  void lowerCaseReadingRejectsAccountsTitlesAndOtherShapes(String raw) {
    assertThat(Names.typedInLowerCase(raw)).isEmpty();
  }

  @Test
  void aDeclaredUserNameIsKeptAsWritten() {
    assertThat(Names.split("sara.k.lund", "")).isEmpty();
    assertThat(Names.userName("sara.k.lund")).containsExactly("sara.k.lund");
    assertThat(Names.userName(" 9f2c1a7-b3e4 ")).containsExactly("9f2c1a7-b3e4");
    assertThat(Names.userName("jo.lund@notes.example")).containsExactly("jo.lund@notes.example");
  }

  @ParameterizedTest
  @ValueSource(strings = {"admin", "editor", "CDC", "AS", "two words", "https://x.example/me", ""})
  void userNameReadingRejectsAccountsAcronymsAndPhrases(String raw) {
    assertThat(Names.userName(raw)).isEmpty();
  }

  @Test
  void anOrganizationsNameIsNotSplitAtAnd() {
    assertThat(Names.split("Office for Food Safety and Nutrition", "")).isEmpty();
    assertThat(Names.organization("Office for Food Safety and Nutrition"))
        .contains("Office for Food Safety and Nutrition");
    assertThat(Names.organization(" Department of Parks & Recreation "))
        .contains("Department of Parks & Recreation");
    assertThat(Names.split("Jane Roe and John Doe", "")).containsExactly("Jane Roe", "John Doe");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Jane Roe and John Doe",
        "Jane Roe and John Doe of the Tribune",
        "Ludwig van Beethoven",
        "Office of",
        "Health News",
        "Jane Roe, Office of the Mayor",
        "tips for the garden"
      })
  void organizationReadingRejectsPeopleAndPhrases(String raw) {
    assertThat(Names.organization(raw)).isEmpty();
  }

  @Test
  void capitalsAfterAKnownCredentialAreCredentials() {
    assertThat(Names.split("Tomas Ferreira, MD, FASN, DABIM", ""))
        .containsExactly("Tomas Ferreira, MD, FASN, DABIM");
    // without a known credential before them, capitals stay a name of their own
    assertThat(Names.split("Jane Roe, NASA", "")).containsExactly("Jane Roe", "NASA");
  }
}
