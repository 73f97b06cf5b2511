package org.warta.pipeline.websub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The X-Hub-Signature of WebSub content distribution (W3C WebSub, section 8). */
class SignaturesTest {
  static final byte[] BODY = "<feed>kabar</feed>".getBytes(StandardCharsets.UTF_8);

  @Test
  void aKnownHmacSha256Verifies() {
    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
    byte[] data = "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8);
    String header = "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
    assertThat(Signatures.valid(Optional.of(header), "Jefe", data)).isTrue();
    assertThat(Signatures.sign("sha256", "Jefe", data)).isEqualTo(header);
  }

  @Test
  void missingMalformedOrUnknownSignaturesAreInvalid() {
    assertThat(Signatures.valid(Optional.empty(), "s", BODY)).isFalse();
    assertThat(Signatures.valid(Optional.of("sha256"), "s", BODY)).isFalse();
    assertThat(Signatures.valid(Optional.of("sha256=zz"), "s", BODY)).isFalse();
    assertThat(Signatures.valid(Optional.of("md5=" + "0".repeat(32)), "s", BODY)).isFalse();
    String good = Signatures.sign("sha1", "s", BODY);
    assertThat(
            Signatures.valid(
                Optional.of(good.toUpperCase(java.util.Locale.ROOT).replace("SHA1", "sha1")),
                "s",
                BODY))
        .as("hex digits in either case")
        .isTrue();
  }

  @Property(tries = 200)
  void aSignatureVerifiesOnlyWithItsSecretAndBody(
      @ForAll @From("methods") String method, @ForAll String secret, @ForAll byte[] body) {
    String header = Signatures.sign(method, secret, body);
    assertThat(Signatures.valid(Optional.of(header), secret, body)).isTrue();
    assertThat(Signatures.valid(Optional.of(header), secret + "x", body)).isFalse();
    byte[] changed = java.util.Arrays.copyOf(body, body.length + 1);
    assertThat(Signatures.valid(Optional.of(header), secret, changed)).isFalse();
  }

  @Provide
  Arbitrary<String> methods() {
    return Arbitraries.of("sha1", "sha256", "sha384", "sha512");
  }
}
