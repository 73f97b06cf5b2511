package org.warta.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
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
    "https://example.com/a?pk_campaign=rss&mtm_source=x&ocid=msn&x=1, https://example.com/a?x=1",
    "https://example.com/a?at_medium=feed&utm=1, https://example.com/a?utm=1",
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

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "http://news.example.co.id/read/1, https://news.example.co.id/read/1",
    "https://www.example.com/read/1, https://example.com/read/1",
    "https://m.example.com/read/1, https://www.example.com/read/1",
    "https://mobile.example.com/read/1, https://example.com/read/1",
    "https://amp.example.com/read/1, https://example.com/read/1",
    "https://example.com/read/1/amp, https://example.com/read/1",
    "https://example.com/read/1/amp/, https://example.com/read/1",
    "https://example.com/amp/read/1, https://example.com/read/1",
    "https://example.com/read/1.amp.html, https://example.com/read/1.html",
    "https://example.com/read/1?amp=1, https://example.com/read/1",
    "https://example.com/read/1?outputType=amp, https://example.com/read/1",
    "https://example.com/read/1?page=all, https://example.com/read/1",
    "https://example.com/read/1/, https://example.com/read/1",
    "https://example.com/read?b=2&a=1, https://example.com/read?a=1&b=2",
    "https://www-example-com.cdn.ampproject.org/c/s/www.example.com/read/1,"
        + " https://example.com/read/1",
    "https://example.com/read/1?utm_source=wa#top, https://example.com/read/1",
  })
  void variantsOfOneArticleShareItsIdentity(String variant, String article) {
    assertThat(CanonicalUrl.of(variant).sameIdentity(CanonicalUrl.of(article))).isTrue();
  }

  @ParameterizedTest(name = "{0} != {1}")
  @CsvSource({
    "https://example.com/read/1, https://example.com/read/2",
    "https://example.com/read/1, https://other.example/read/1",
    "https://example.com/read?id=1, https://example.com/read?id=2",
    "https://example.com/read/1?page=2, https://example.com/read/1",
    "https://example.com/Read/1, https://example.com/read/1",
    "https://example.com:8080/read/1, https://example.com/read/1",
    "https://news.example.com/read/1, https://example.com/read/1",
    "https://example.com/tag/amp-stories, https://example.com/tag",
  })
  void differentArticlesKeepDifferentIdentities(String a, String b) {
    assertThat(CanonicalUrl.of(a).sameIdentity(CanonicalUrl.of(b))).isFalse();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "https://news.example.co.id/a, example.co.id",
    "https://www.kabarkilat.example/a, kabarkilat.example",
    "https://edition.example.com/a, example.com",
    "https://example.com/a, example.com",
    "https://127.0.0.1/a, 127.0.0.1",
  })
  void registrableDomains(String url, String domain) {
    assertThat(CanonicalUrl.of(url).registrableDomain()).isEqualTo(domain);
  }

  @Test
  void relCanonicalIsResolvedAgainstThePage() {
    CanonicalUrl page = CanonicalUrl.of("https://m.example.com/read/1?utm_source=x");

    assertThat(CanonicalUrl.relCanonical(page, "/read/1"))
        .contains(CanonicalUrl.of("https://m.example.com/read/1"));
    assertThat(CanonicalUrl.relCanonical(page, "https://www.example.com/read/1?fbclid=z"))
        .contains(CanonicalUrl.of("https://www.example.com/read/1"));
  }

  @Test
  void unusableRelCanonicalLinksAreIgnored() {
    CanonicalUrl article = CanonicalUrl.of("https://example.com/read/1");

    assertThat(CanonicalUrl.relCanonical(article, "")).isEmpty();
    assertThat(CanonicalUrl.relCanonical(article, "https://example.com/")).isEmpty();
    assertThat(CanonicalUrl.relCanonical(article, "javascript:void(0)")).isEmpty();
    assertThat(CanonicalUrl.relCanonical(article, "http://[broken")).isEmpty();
    assertThat(CanonicalUrl.relCanonical(CanonicalUrl.of("https://example.com/"), "/"))
        .contains(CanonicalUrl.of("https://example.com/"));
  }

  @Test
  void redirectsAndSameSiteCanonicalLinksResolveToOneIdentityWithAliases() {
    CanonicalUrl.Resolution r =
        CanonicalUrl.resolve(
            URI.create("https://feeds.example.com/~r/news/1"),
            List.of(URI.create("http://example.com/read/1?utm_source=rss")),
            "https://www.example.com/read/1");

    assertThat(r.canonical()).isEqualTo(CanonicalUrl.of("https://www.example.com/read/1"));
    assertThat(r.aliases())
        .containsExactlyInAnyOrder(
            CanonicalUrl.of("https://feeds.example.com/~r/news/1"),
            CanonicalUrl.of("http://example.com/read/1"));
    assertThat(r.originalElsewhere()).isEmpty();
  }

  @Test
  void aCanonicalLinkToAnotherSiteNamesTheOriginalNotTheIdentity() {
    CanonicalUrl.Resolution r =
        CanonicalUrl.resolve(
            URI.create("https://kabarkilat.example/read/2026/05/12/aldoria"),
            List.of(),
            "https://www.hariannusantara.example/internasional/aldoria-vessaria");

    assertThat(r.canonical())
        .isEqualTo(CanonicalUrl.of("https://kabarkilat.example/read/2026/05/12/aldoria"));
    assertThat(r.originalElsewhere())
        .contains(
            CanonicalUrl.of("https://www.hariannusantara.example/internasional/aldoria-vessaria"));
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

  @Property
  void variantsNeverChangeTheIdentity(
      @ForAll("articles") String article, @ForAll("variants") Variant variant) {
    CanonicalUrl base = CanonicalUrl.of(article);
    CanonicalUrl changed = CanonicalUrl.of(variant.apply(article));

    assertThat(changed.identityKey()).isEqualTo(base.identityKey());
    assertThat(base.sameIdentity(changed)).isTrue();
  }

  @Property
  void theIdentityKeyIsStableUnderRenormalisation(@ForAll("articles") String article) {
    CanonicalUrl c = CanonicalUrl.of(article);
    assertThat(CanonicalUrl.of("https://" + c.identityKey()).identityKey())
        .isEqualTo(c.identityKey());
  }

  @Property
  void distinctArticlePathsKeepDistinctIdentities(
      @ForAll("articles") String a, @ForAll("segments") String extra) {
    CanonicalUrl base = CanonicalUrl.of(a);
    String other =
        base.value().getScheme()
            + "://"
            + base.value().getHost()
            + base.value().getRawPath()
            + "/"
            + extra;

    assertThat(CanonicalUrl.of(other).sameIdentity(base)).isFalse();
  }

  @Property
  void trackingParametersNeverSurviveAndOthersKeepTheirOrder(
      @ForAll("parameterNames") List<String> names) {
    StringBuilder q = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      q.append(i == 0 ? "" : "&").append(names.get(i)).append('=').append(i);
    }
    CanonicalUrl c = CanonicalUrl.of("https://example.com/read?" + q);

    String kept = c.value().getRawQuery() == null ? "" : c.value().getRawQuery();
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      if (!CanonicalUrl.isTrackingParameter(names.get(i))) {
        expected.append(expected.isEmpty() ? "" : "&").append(names.get(i)).append('=').append(i);
      }
    }
    assertThat(kept).isEqualTo(expected.toString());
  }

  @Property(tries = 500)
  void arbitraryTextEitherNormalisesOrFailsWithAMessage(@ForAll String text) {
    try {
      CanonicalUrl c = CanonicalUrl.of(text);
      assertThat(c.identityKey()).isNotEmpty();
      assertThat(CanonicalUrl.relCanonical(c, text)).isNotNull();
    } catch (IllegalArgumentException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  /** A change a site or a link makes without changing the article. */
  record Variant(String name, java.util.function.UnaryOperator<String> change) {
    String apply(String url) {
      return change.apply(url);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  @Provide
  Arbitrary<String> segments() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withChars("-0123456789")
        .ofMinLength(1)
        .ofMaxLength(12)
        .filter(s -> !s.equals("amp") && !s.startsWith("-"));
  }

  @Provide
  Arbitrary<String> articles() {
    Arbitrary<String> host =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .ofMinLength(2)
            .ofMaxLength(10)
            .filter(h -> !List.of("www", "m", "mobile", "amp").contains(h));
    Arbitrary<List<String>> path = segments().list().ofMinSize(1).ofMaxSize(4);
    Arbitrary<String> query = Arbitraries.of("", "?id=42", "?p=7&cat=news", "?page=2");
    return Combinators.combine(host, path, query)
        .as((h, p, q) -> "https://" + h + ".example/" + String.join("/", p) + q);
  }

  @Provide
  Arbitrary<Variant> variants() {
    return Arbitraries.of(
        new Variant("http", u -> u.replaceFirst("^https:", "http:")),
        new Variant("www", u -> u.replaceFirst("://", "://www.")),
        new Variant("mobile host", u -> u.replaceFirst("://", "://m.")),
        new Variant("amp host", u -> u.replaceFirst("://", "://amp.")),
        new Variant(
            "upper-case host",
            u ->
                java.util.regex.Pattern.compile("://[^/]+")
                    .matcher(u)
                    .replaceFirst(m -> m.group().toUpperCase(Locale.ROOT))),
        new Variant("default port", u -> u.replaceFirst("(://[^/]+)", "$1:443")),
        new Variant("fragment", u -> u + "#comments"),
        new Variant("tracking", u -> u + (u.contains("?") ? "&" : "?") + "utm_source=wa&fbclid=x1"),
        new Variant("amp parameter", u -> u + (u.contains("?") ? "&" : "?") + "amp=1"),
        new Variant("amp path", u -> u.contains("?") ? u.replace("?", "/amp?") : u + "/amp"),
        new Variant("trailing slash", u -> u.contains("?") ? u.replace("?", "/?") : u + "/"));
  }

  @Provide
  Arbitrary<List<String>> parameterNames() {
    return Arbitraries.of(
            "id",
            "page",
            "cat",
            "utm_source",
            "utm_medium",
            "fbclid",
            "gclid",
            "ref",
            "q",
            "pk_kwd",
            "s")
        .list()
        .ofMaxSize(6)
        .uniqueElements();
  }
}
