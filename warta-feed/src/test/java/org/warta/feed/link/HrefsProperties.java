package org.warta.feed.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Link resolution always ends in a usable absolute URL or nothing, never an exception. */
class HrefsProperties {
  private static final URI BASE =
      URI.create("https://kabar.example/read/2026/03/02/index.html?page=2");

  @Provide
  Arbitrary<String> relativePaths() {
    Arbitrary<String> segment =
        Arbitraries.oneOf(
            Arbitraries.of(".", "..", "", "berita", "a b", "é", "%20", "x;y", "100%"),
            Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8));
    return segment.list().ofMinSize(1).ofMaxSize(8).map(list -> String.join("/", list));
  }

  @Property
  void relativeHrefsResolveToAnAbsoluteUrlOnTheBaseHostWithoutDotSegments(
      @ForAll("relativePaths") String href, @ForAll boolean rooted) {
    String reference = rooted ? "/" + href : href;
    URI resolved = Hrefs.resolveHttp(BASE, reference).orElseThrow();
    assertThat(resolved.getHost()).isEqualTo("kabar.example");
    assertThat(resolved.getScheme()).isEqualTo("https");
    List<String> segments = List.of(resolved.getRawPath().split("/"));
    assertThat(segments).doesNotContain(".", "..");
    assertThat(resolved.getRawPath()).startsWith("/");
  }

  @Property
  void resolvingIsIdempotentForAbsoluteResults(@ForAll("relativePaths") String href) {
    URI once = Hrefs.resolveHttp(BASE, href).orElseThrow();
    assertThat(Hrefs.resolveHttp(URI.create("https://other.example/"), once.toString()))
        .contains(once);
  }

  @Property(tries = 3000)
  void neverThrowsOnArbitraryText(@ForAll String href) {
    assertThat(Hrefs.resolve(BASE, href)).isNotNull();
    Hrefs.resolveHttp(BASE, href).ifPresent(u -> assertThat(Hrefs.isHttp(u)).isTrue());
  }
}
