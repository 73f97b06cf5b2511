package org.warta.sample.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.sample.content.BlockParser;
import org.warta.sample.content.ContentLibrary;

/** Planning resolves publishers, times, URLs and copies, and rejects inconsistent content. */
class PlannerTest {
  private static final String PUBLISHERS =
      """
      == one
      name: One
      tagline: t
      host: www.one.example
      language: id
      offset: +07:00
      zone-label: WIB
      feed: /rss
      feed-format: rss
      display: excerpt
      article-path: /{section}/{yyyy}/{MM}/{dd}/{slug}-{id}
      section-path: /{section}
      image-url: https://img.one.example/{id}.svg
      id-base: 100
      sections: news=News

      == two
      name: Two
      tagline: t
      host: two.example
      language: en
      offset: +08:00
      zone-label: SGT
      feed: /feed.json
      feed-format: json
      display: full-text
      article-path: /a/{id}/{slug}
      section-path: /s/{section}
      image-url: https://two.example/{id}.png
      id-base: 500
      sections: world=World
      """;

  private static CorpusPlan plan(String event) {
    var library =
        new ContentLibrary(
            BlockParser.parse("publishers.txt", PUBLISHERS),
            List.of(BlockParser.parse("events/test.txt", event)));
    return Planner.plan(library, "test", Instant.parse("2026-12-01T00:00:00Z"), 7);
  }

  @Test
  void copiesTakeTheTextAndNameTheOriginal() {
    CorpusPlan plan =
        plan(
            """
            event: e
            == one
            section: news
            published: 2026-11-20 07:30
            title: Judul Asli
            image: Foto (KBA)
            credit: kba

            Paragraf satu.

            == two
            copy-of: one
            copy-kind: canonical
            section: world
            published: 2026-11-20 09:00
            """);

    PlannedArticle original = plan.articles().getFirst();
    PlannedArticle copy = plan.articles().get(1);
    assertThat(original.url().toString())
        .startsWith("https://www.one.example/news/2026/11/20/judul-asli-1");
    assertThat(original.published().toString()).isEqualTo("2026-11-20T07:30+07:00");
    assertThat(copy.published().toString()).isEqualTo("2026-11-20T09:00+08:00");
    assertThat(copy.paragraphs()).isEqualTo(original.paragraphs());
    assertThat(copy.credit()).isEqualTo("kba");
    assertThat(copy.syndication().group()).isEqualTo("e/one");
    assertThat(copy.syndication().original()).isEqualTo(original.url());
    assertThat(copy.canonical()).isEqualTo(original.url());
    assertThat(copy.image().toString()).endsWith(".png");
  }

  @Test
  void aCopyPublishedBeforeItsSourceIsRejected() {
    assertThatThrownBy(
            () ->
                plan(
                    """
                    event: e
                    == one
                    section: news
                    published: 2026-11-20 07:30
                    title: A
                    image: F

                    Text.

                    == two
                    copy-of: one
                    copy-kind: agency-credit
                    section: world
                    published: 2026-11-20 08:00
                    """))
        .hasMessageContaining("published before its source");
  }

  @Test
  void contentErrorsNameTheFileAndBlock() {
    assertThatThrownBy(() -> plan("event: e\n== three\nsection: x\npublished: 2026-11-20 07:30\n"))
        .hasMessageContaining("events/test.txt")
        .hasMessageContaining("unknown publisher 'three'");
    assertThatThrownBy(
            () ->
                plan(
                    "event: e\n== one\nsection: news\npublished: 2026-11-20 07:30\n"
                        + "image: F\n\nText.\n"))
        .hasMessageContaining("lacks 'title:'");
    assertThatThrownBy(
            () ->
                plan(
                    "event: e\n== one\nsection: sport\npublished: 2026-11-20 07:30\n"
                        + "title: T\nimage: F\n\nText.\n"))
        .hasMessageContaining("no section 'sport'");
    assertThatThrownBy(() -> plan("event: e\n== one\nsection: news\npublished: 20/11/2026\n"))
        .hasMessageContaining("yyyy-MM-dd HH:mm");
  }

  @Test
  void articleNumbersGrowWithTimeOnEachSite() {
    List<PlannedArticle> own =
        SampleCorpusPlans.bundled().articles().stream()
            .filter(a -> a.publisher().key().equals("kabarnusa"))
            .toList();

    for (int i = 1; i < own.size(); i++) {
      assertThat(own.get(i).number()).isGreaterThan(own.get(i - 1).number());
    }
  }
}
