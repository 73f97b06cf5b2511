package org.warta.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** No open redirects, no script URLs in links. */
class UrlSafetyTest {
  @Test
  void onlyPathsOfThisSiteAreRedirectTargets() {
    assertThat(LocalPath.orElse("/latest?after=x", "/")).isEqualTo("/latest?after=x");
    for (String bad :
        new String[] {
          "https://evil.example/",
          "//evil.example",
          "/\\evil.example",
          "\\\\evil",
          "javascript:alert(1)",
          "/a\r\nSet-Cookie: x",
          "",
          "evil"
        }) {
      assertThat(LocalPath.orElse(bad, "/")).as(bad).isEqualTo("/");
    }
    assertThat(LocalPath.orElse(null, "/admin")).isEqualTo("/admin");
  }

  @Property
  void aRedirectTargetNeverLeavesTheSite(@ForAll String next) {
    String target = LocalPath.orElse(next, "/");
    assertThat(target).startsWith("/");
    assertThat(target).doesNotStartWith("//").doesNotContain("\\");
    assertThat(target.chars().noneMatch(c -> c < 0x20 || c == 0x7f)).isTrue();
  }

  @Test
  void onlyHttpLinksArePrinted() {
    assertThat(SafeUrl.href(URI.create("https://kabarnusa.example/a")))
        .isEqualTo("https://kabarnusa.example/a");
    assertThat(SafeUrl.href(URI.create("HTTP://kabarnusa.example/")))
        .isEqualTo("HTTP://kabarnusa.example/");
    for (String bad :
        new String[] {
          "javascript:alert(1)",
          "JaVaScRiPt:alert(1)",
          "data:text/html,x",
          "/relative",
          "vbscript:x",
          "mailto:a@b.example"
        }) {
      assertThat(SafeUrl.href(bad)).as(bad).isEmpty();
    }
    assertThat(SafeUrl.href("not a url")).isEmpty();
  }

  @Test
  void tokensAreRandomAndStoredHashed() {
    String a = Tokens.random();
    assertThat(a).hasSize(43).isNotEqualTo(Tokens.random());
    assertThat(Tokens.hash(a)).hasSize(64).isEqualTo(Tokens.hash(a)).isNotEqualTo(a);
    assertThat(Tokens.same(a, a)).isTrue();
    assertThat(Tokens.same(a, a + "x")).isFalse();
  }
}
