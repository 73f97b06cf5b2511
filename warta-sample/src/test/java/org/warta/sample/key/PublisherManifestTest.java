package org.warta.sample.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.core.Language;
import org.warta.core.NewSource;
import org.warta.core.SourceKind;
import org.warta.sample.SampleCorpus;

/** The manifest lists each publisher once, on .example hosts, in both languages, as sources. */
class PublisherManifestTest {
  private final List<PublisherEntry> publishers = SampleCorpus.manifest().entries();

  @Test
  void publishersAreFictionalAndBilingual() {
    assertThat(publishers)
        .extracting(PublisherEntry::host)
        .doesNotHaveDuplicates()
        .allMatch(h -> h.endsWith(".example"));
    assertThat(publishers)
        .extracting(PublisherEntry::language)
        .contains(Language.INDONESIAN, Language.ENGLISH);
  }

  @Test
  void articleCountsMatchTheKey() {
    var key = SampleCorpus.answerKey().entries();
    for (PublisherEntry p : publishers) {
      long inKey =
          key.stream()
              .filter(e -> e.publisher().equals(p.key()) && !e.role().equals("alias"))
              .count();
      assertThat(p.articles()).as("articles of %s", p.key()).isEqualTo(inKey);
    }
  }

  @Test
  void entriesBecomeFeedSources() {
    NewSource source = publishers.getFirst().toNewSource();

    assertThat(source.kind()).isEqualTo(SourceKind.FEED);
    assertThat(source.url()).isEqualTo(publishers.getFirst().feedUrl());
    assertThat(source.language()).isEqualTo(publishers.getFirst().language());
  }

  @Test
  void aManifestWithAnotherHeaderIsRejectedNamingIt() {
    var in = new ByteArrayInputStream("host\tname\n".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> PublisherManifest.read(in))
        .hasMessageContaining("publisher manifest")
        .hasMessageContaining("expected header");
  }
}
