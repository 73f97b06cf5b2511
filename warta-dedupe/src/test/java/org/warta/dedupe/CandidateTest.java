package org.warta.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warta.core.Article;
import org.warta.core.ArticleId;
import org.warta.core.CanonicalUrl;
import org.warta.core.SourceId;
import org.warta.core.WireCredit;

class CandidateTest {

  @Test
  void anExtractedArticleGivesEverythingDedupeNeeds() {
    Article article =
        Article.builder(
                new SourceId(3), URI.create("https://kabarkilat.example/read/1?utm_source=rss"))
            .canonicalUrl(URI.create("https://kabarkilat.example/read/1"))
            .title("Aldoria Hentikan Kerja Sama")
            .bodyText("Paragraf pertama.\n\nParagraf kedua.")
            .published(Optional.of(OffsetDateTime.parse("2026-05-12T09:30:00+07:00")))
            .seen(Instant.parse("2026-05-12T03:00:00Z"))
            .wireCredit(Optional.of(new WireCredit("AFP", "AFP/Z-3")))
            .originalHints(List.of(URI.create("https://hariannusantara.example/a")))
            .build();

    Candidate c = Candidate.from(new ArticleId(9), article);

    assertThat(c.url()).isEqualTo(CanonicalUrl.of("https://kabarkilat.example/read/1"));
    assertThat(c.published()).contains(Instant.parse("2026-05-12T02:30:00Z"));
    assertThat(c.publishedOrSeen()).isEqualTo(Instant.parse("2026-05-12T02:30:00Z"));
    assertThat(c.seen()).isEqualTo(Instant.parse("2026-05-12T03:00:00Z"));
    assertThat(c.wireCredit().map(WireCredit::agency)).contains("AFP");
    assertThat(c.originalHints()).containsExactly(URI.create("https://hariannusantara.example/a"));
    assertThat(c.optOut()).isFalse();
    assertThat(c.withOptOut(true).optOut()).isTrue();
    assertThat(c.withPriorGroup(4).priorGroup()).contains(4L);
  }
}
