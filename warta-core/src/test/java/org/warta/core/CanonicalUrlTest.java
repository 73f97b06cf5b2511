package org.warta.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalUrlTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "HTTPS://Example.COM/a, https://example.com/a",
    "https://example.com:443/a, https://example.com/a",
    "http://example.com:80/a, http://example.com/a",
    "http://example.com:8080/a, http://example.com:8080/a",
    "https://example.com, https://example.com/",
    "https://example.com/a#comments, https://example.com/a",
    "https://example.com/a?utm_source=x&utm_medium=y, https://example.com/a",
    "https://example.com/a?id=7&fbclid=abc, https://example.com/a?id=7",
    "https://example.com/a?gclid=1&page=2, https://example.com/a?page=2",
    "https://example.com/%7Euser/%2fx, https://example.com/~user/%2Fx",
    "https://example.com./a, https://example.com/a",
  })
  void normalises(String input, String expected) {
    assertThat(CanonicalUrl.of(input).toString()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"ftp://example.com/file", "/relative/path", "mailto:a@b.c"})
  void refusesWhatIsNoWebUrl(String input) {
    assertThatThrownBy(() -> CanonicalUrl.of(input))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(input);
  }

  @Property
  void isIdempotent(
      @ForAll @AlphaChars @StringLength(min = 1, max = 12) String host,
      @ForAll @AlphaChars @StringLength(max = 20) String path,
      @ForAll @AlphaChars @StringLength(max = 8) String param) {
    String url = "https://" + host + ".example/" + path + "?" + param + "=1&utm_source=feed#x";
    CanonicalUrl once = CanonicalUrl.of(url);
    assertThat(CanonicalUrl.of(once.value())).isEqualTo(once);
    assertThat(once.toString()).doesNotContain("utm_").doesNotContain("#");
  }
}
