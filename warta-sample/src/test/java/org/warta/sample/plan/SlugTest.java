package org.warta.sample.plan;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Slugs are lower-case ASCII words joined by single hyphens, at most 72 characters. */
class SlugTest {

  @Test
  void headlinesBecomeReadableSlugs() {
    assertThat(Slug.of("Gempa M 6,1 di Sulbar Terasa hingga Polewali Mandar"))
        .isEqualTo("gempa-m-6-1-di-sulbar-terasa-hingga-polewali-mandar");
    assertThat(Slug.of("Léo Carvalho's penalty: 1-1")).isEqualTo("leo-carvalho-s-penalty-1-1");
  }

  @Test
  void longHeadlinesAreCutAtAWordBoundary() {
    String slug =
        Slug.of(
            "Hasil PSU Paser: Hendra-Maemunah Raih 51,8 Persen, Kubu Rusdiansyah"
                + " Pertimbangkan Gugat ke MK");

    assertThat(slug).hasSizeLessThanOrEqualTo(72).doesNotEndWith("-");
    assertThat("hasil-psu-paser-hendra-maemunah-raih-51-8-persen-kubu-rusdiansyah-pertimbangkan")
        .startsWith(slug);
  }

  @Property
  void anyTextGivesAWellFormedSlug(@ForAll String text) {
    String slug = Slug.of(text);

    assertThat(slug).matches("([a-z0-9]+(-[a-z0-9]+)*)?").hasSizeLessThanOrEqualTo(72);
  }
}
