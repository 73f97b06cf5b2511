package org.warta.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** PBKDF2-HMAC-SHA256 password hashes. */
class PasswordHashTest {
  @Test
  void aHashVerifiesItsPasswordOnlyAndNamesItsCost() {
    String hash = PasswordHash.hash("kata-sandi-rahasia".toCharArray());
    assertThat(hash).startsWith("pbkdf2-sha256$600000$");
    assertThat(hash.split("\\$")).hasSize(4);
    assertThat(PasswordHash.verify("kata-sandi-rahasia".toCharArray(), hash)).isTrue();
    assertThat(PasswordHash.verify("kata-sandi-rahasiA".toCharArray(), hash)).isFalse();
    assertThat(PasswordHash.hash("kata-sandi-rahasia".toCharArray()))
        .as("fresh salt")
        .isNotEqualTo(hash);
  }

  @Test
  void shortPasswordsAreRefused() {
    assertThat(PasswordHash.problem("pendek".toCharArray())).contains("at least 10");
    assertThatThrownBy(() -> PasswordHash.hash("123456789".toCharArray()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void malformedHashesNeverVerify() {
    char[] pw = "kata-sandi-rahasia".toCharArray();
    for (String bad :
        new String[] {
          "",
          "plain",
          "pbkdf2-sha256$x$a$b",
          "pbkdf2-sha256$0$AAAA$AAAA",
          "md5$1$a$b",
          "pbkdf2-sha256$1000$!!$??"
        }) {
      assertThat(PasswordHash.verify(pw, bad)).as(bad).isFalse();
    }
  }
}
