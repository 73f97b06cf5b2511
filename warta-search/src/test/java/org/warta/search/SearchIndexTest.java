package org.warta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.core.Article;
import org.warta.core.ArticleId;
import org.warta.core.Language;
import org.warta.core.SourceId;
import org.warta.core.StoredArticle;
import org.warta.core.StoryId;

class SearchIndexTest {
  @TempDir Path folder;

  static StoredArticle article(
      long id, long source, Language lang, String title, String body, int day) {
    Article a =
        Article.builder(new SourceId(source), URI.create("https://s" + source + ".example/" + id))
            .title(title)
            .bodyText(body)
            .language(lang)
            .published(
                Optional.of(OffsetDateTime.of(2026, 11, day, 8, 0, 0, 0, ZoneOffset.ofHours(7))))
            .build();
    return new StoredArticle(
        new ArticleId(id), a, Optional.of(new StoryId(id % 2 + 1)), Optional.empty());
  }

  static void fill(SearchIndex index) {
    index.put(
        article(
            1,
            1,
            Language.INDONESIAN,
            "Pemerintah umumkan kebijakan pangan",
            "Kebijakan baru soal beras di pasar.",
            1));
    index.put(
        article(
            2,
            1,
            Language.INDONESIAN,
            "Gempa guncang Majene",
            "Warga mengungsi setelah gempa bumi.",
            2));
    index.put(
        article(
            3,
            2,
            Language.ENGLISH,
            "Earthquake shakes Majene",
            "Residents fled after the earthquakes hit.",
            3));
    index.put(
        article(
            4,
            2,
            Language.ENGLISH,
            "Ferry fire kills three",
            "A ferry caught fire near the port.",
            4));
    index.commit(4);
  }

  @Test
  void findsArticlesByStemmedWordsInBothLanguages() {
    try (SearchIndex index = SearchIndex.open(folder)) {
      fill(index);
      // Indonesian stemming: "bijak" matches "kebijakan"; English: "earthquake" matches
      // "earthquakes"
      assertThat(ids(index.search(SearchQuery.of("bijak", 10)))).containsExactly(1L);
      assertThat(ids(index.search(SearchQuery.of("earthquake", 10)))).containsExactly(3L);
      assertThat(ids(index.search(SearchQuery.of("majene", 10)))).containsExactlyInAnyOrder(2L, 3L);
    }
  }

  @Test
  void aDocumentIsMatchedOnlyByItsOwnLanguagesReadingOfTheWords() {
    try (SearchIndex index = SearchIndex.open(folder)) {
      fill(index);
      // English stemming reads "beras" as "bera", Indonesian as "beras": the Indonesian article
      // with "beras" stays excluded however another language reads the word
      assertThat(ids(index.search(SearchQuery.of("bijak -beras", 10)))).isEmpty();
      assertThat(ids(index.search(SearchQuery.of("kebijakan", 10)))).containsExactly(1L);
      // an English stop word is no word at all for English articles
      assertThat(ids(index.search(SearchQuery.of("the", 10)))).isEmpty();
    }
  }

  @Test
  void totalsBeyondWhatIsCountedAreLowerBounds() {
    try (SearchIndex index = SearchIndex.open(folder)) {
      for (int i = 1; i <= SearchIndex.COUNTED + 100; i++) {
        index.put(article(i, 1, Language.INDONESIAN, "Banjir di kota " + i, "Air naik.", 1));
      }
      index.commit(SearchIndex.COUNTED + 100);
      SearchResults many = index.search(SearchQuery.of("banjir", 10));
      assertThat(many.totalExact()).isFalse();
      assertThat(many.total()).isGreaterThanOrEqualTo(SearchIndex.COUNTED);
      SearchResults one = index.search(SearchQuery.of("banjir 77", 10));
      assertThat(one.totalExact()).isTrue();
      assertThat(one.total()).isEqualTo(1);
    }
  }

  @Test
  void hitsSayWhereTheQueryWordsAreInTheSearchedText() {
    try (SearchIndex index = SearchIndex.open(folder)) {
      fill(index);
      SearchResults.Hit hit = index.search(SearchQuery.of("bijak -bera", 10)).hits().getFirst();
      String text = SearchIndex.searchedText("", "Kebijakan baru soal beras di pasar.");
      // the stemmed word is found in its inflected form; the excluded word is not marked
      assertThat(hit.matches())
          .extracting(m -> text.substring(m.start(), m.end()))
          .containsExactly("Kebijakan");
      SearchResults.Hit english = index.search(SearchQuery.of("earthquake", 10)).hits().getFirst();
      String englishText =
          SearchIndex.searchedText("", "Residents fled after the earthquakes hit.");
      assertThat(english.matches())
          .extracting(m -> englishText.substring(m.start(), m.end()) + "=" + m.term())
          .containsExactly("earthquakes=earthquak");
    }
  }

  @Test
  void similarTitlesShareTwoTitleWordsInTheLanguageWithinTheWindow() {
    try (SearchIndex index = SearchIndex.open(folder)) {
      fill(index);
      index.put(article(5, 3, Language.INDONESIAN, "Gempa susulan guncang Mamuju", "Isi.", 3));
      index.put(article(6, 3, Language.INDONESIAN, "Harga cabai naik di Majene", "Gempa.", 3));
      index.put(article(7, 3, Language.INDONESIAN, "Gempa guncang Majene lagi", "Isi.", 28));
      index.commit(7);
      Instant from = Instant.parse("2026-11-01T00:00:00Z");
      Instant to = Instant.parse("2026-11-05T00:00:00Z");
      // two shared title words (gempa, guncang): found; one (majene) or body only: not; the
      // English title is analysed apart; the article of the 28th is outside the window
      assertThat(
              ids(index.similarTitles("Gempa guncang Majene", Language.INDONESIAN, from, to, 10)))
          .containsExactlyInAnyOrder(2L, 5L);
      assertThat(index.similarTitles("dan di", Language.INDONESIAN, from, to, 10).hits()).isEmpty();
    }
  }

  @Test
  void similarTitlesIgnoreWordsThatMostTitlesCarry() {
    try (SearchIndex index = SearchIndex.open(folder)) {
      // a portal that ends every headline with "kabar terbaru": those words tell nothing
      for (int i = 1; i <= 3 * SearchIndex.COMMON_FLOOR; i++) {
        index.put(
            article(i, 1, Language.INDONESIAN, "Laporan nomor " + i + " kabar terbaru", "Isi.", 2));
      }
      long next = 3L * SearchIndex.COMMON_FLOOR + 1;
      index.put(
          article(next, 2, Language.INDONESIAN, "Banjir rendam Bekasi kabar terbaru", "Isi.", 2));
      index.put(article(next + 1, 2, Language.INDONESIAN, "Banjir rendam Karawang", "Isi.", 2));
      index.commit(next + 1);
      Instant from = Instant.parse("2026-11-01T00:00:00Z");
      Instant to = Instant.parse("2026-11-05T00:00:00Z");
      assertThat(
              ids(
                  index.similarTitles(
                      "Banjir rendam Bekasi kabar terbaru", Language.INDONESIAN, from, to, 10)))
          .containsExactlyInAnyOrder(next, next + 1);
      assertThat(
              index
                  .similarTitles("Pawai budaya kabar terbaru", Language.INDONESIAN, from, to, 10)
                  .hits())
          .isEmpty();
    }
  }

  @Test
  void compactingMergesIntoOneSegmentAndKeepsDocumentsAndSequence() throws Exception {
    try (SearchIndex index = SearchIndex.open(folder)) {
      for (int i = 1; i <= 6; i++) {
        index.put(article(i, 1, Language.INDONESIAN, "Berita nomor " + i, "Isi.", 2));
        index.commit(i);
      }
      assertThat(segments()).isGreaterThan(1);
      index.compact();
      assertThat(segments()).isEqualTo(1);
      assertThat(index.count()).isEqualTo(6);
      assertThat(index.indexedSeq()).isEqualTo(6);
      assertThat(ids(index.search(SearchQuery.of("berita", 10)))).hasSize(6);
    }
  }

  int segments() throws Exception {
    try (var dir = org.apache.lucene.store.FSDirectory.open(folder);
        var reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
      return reader.leaves().size();
    }
  }

  @Test
  void filtersBySourceLanguageStoryAndDate() {
    try (SearchIndex index = SearchIndex.open(folder)) {
      fill(index);
      SearchQuery majene = SearchQuery.of("majene", 10);
      assertThat(ids(index.search(majene.withSource(new SourceId(1))))).containsExactly(2L);
      assertThat(ids(index.search(majene.withLanguage(Language.ENGLISH)))).containsExactly(3L);
      assertThat(ids(index.search(SearchQuery.of("", 10).withStory(new StoryId(1)))))
          .containsExactlyInAnyOrder(2L, 4L);
      Instant day3 = Instant.parse("2026-11-02T12:00:00Z");
      assertThat(
              ids(
                  index.search(
                      SearchQuery.of("", 10)
                          .between(Optional.of(day3), Optional.empty())
                          .ordered(SearchQuery.Order.NEWEST))))
          .containsExactly(4L, 3L);
    }
  }

  @Test
  void userSyntaxNeverFails() {
    try (SearchIndex index = SearchIndex.open(folder)) {
      fill(index);
      for (String odd :
          new String[] {"\"unclosed", "a AND (", "-", "((", "*", "yang dan di", "ferry -fire"}) {
        assertThat(index.search(SearchQuery.of(odd, 10)).total()).isGreaterThanOrEqualTo(0);
      }
      assertThat(index.search(SearchQuery.of("ferry -fire", 10)).total()).isZero();
    }
  }

  @Test
  void remembersHowFarItCaughtUpAcrossRestarts() {
    try (SearchIndex index = SearchIndex.open(folder)) {
      assertThat(index.indexedSeq()).isZero();
      fill(index);
    }
    try (SearchIndex index = SearchIndex.open(folder)) {
      assertThat(index.indexedSeq()).isEqualTo(4);
      assertThat(index.count()).isEqualTo(4);
      index.put(article(4, 2, Language.ENGLISH, "Ferry fire kills four", "Updated toll.", 4));
      index.commit(5);
      assertThat(index.count()).isEqualTo(4);
      index.clear();
      index.commit(0);
      assertThat(index.count()).isZero();
    }
  }

  @Test
  void aCorruptIndexIsReplacedByAnEmptyOne() throws Exception {
    try (SearchIndex index = SearchIndex.open(folder)) {
      fill(index);
    }
    try (var files = Files.list(folder)) {
      for (Path p : files.toList()) {
        if (p.getFileName().toString().startsWith("segments")) {
          Files.write(p, new byte[] {1, 2, 3});
        }
      }
    }
    try (SearchIndex index = SearchIndex.open(folder)) {
      assertThat(index.indexedSeq()).isZero();
      assertThat(index.count()).isZero();
    }
  }

  @Test
  void anIndexWrittenWithAnEarlierLayoutIsEmptiedSoTheStoreRebuildsIt() throws Exception {
    // the layout before version 2: a title and body field per analysis, no layout recorded
    try (var dir = org.apache.lucene.store.FSDirectory.open(folder);
        var writer =
            new org.apache.lucene.index.IndexWriter(
                dir,
                new org.apache.lucene.index.IndexWriterConfig(
                    new org.apache.lucene.analysis.standard.StandardAnalyzer()))) {
      var doc = new org.apache.lucene.document.Document();
      doc.add(
          new org.apache.lucene.document.StringField(
              "id", "1", org.apache.lucene.document.Field.Store.YES));
      doc.add(
          new org.apache.lucene.document.TextField(
              "title_id", "Gempa guncang Majene", org.apache.lucene.document.Field.Store.NO));
      writer.addDocument(doc);
      writer.setLiveCommitData(java.util.Map.of("warta.seq", "9").entrySet());
      writer.commit();
    }
    try (SearchIndex index = SearchIndex.open(folder)) {
      assertThat(index.indexedSeq()).isZero();
      assertThat(index.count()).isZero();
      fill(index);
      assertThat(ids(index.search(SearchQuery.of("gempa", 10)))).containsExactly(2L);
    }
    try (SearchIndex index = SearchIndex.open(folder)) {
      assertThat(index.indexedSeq()).isEqualTo(4);
      assertThat(index.count()).isEqualTo(4);
    }
  }

  private static java.util.List<Long> ids(SearchResults results) {
    return results.hits().stream().map(h -> h.id().value()).toList();
  }
}
