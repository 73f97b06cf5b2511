package org.warta.dedupe.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SyndicationLinesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Artikel ini telah tayang di Harian Mentari dengan judul "Banjir Bandang di Ostra". Klik untuk baca: https://www.harianmentari.example/a/banjir.  | https://www.harianmentari.example/a/banjir
          Artikel ini sudah tayang di KabarDaerah.example dengan judul "Jalan Rusak", https://kabardaerah.example/2026/05/jalan-rusak                  | https://kabardaerah.example/2026/05/jalan-rusak
          Baca artikel beritaku, "Harga Cabai Naik Lagi" selengkapnya https://news.beritaku.example/d-771/harga-cabai                                 | https://news.beritaku.example/d-771/harga-cabai
          This article was originally published on The Harbour Ledger (https://harbourledger.example/port-strike).                                     | https://harbourledger.example/port-strike
          This story first appeared in Coastline Daily: https://coastline.example/2026/05/storm?ref=feed                                              | https://coastline.example/2026/05/storm?ref=feed
          """)
  void aRepublicationNoticeNamesItsOriginal(String line, String url) {
    assertThat(SyndicationLines.source(line)).contains(URI.create(url));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // a data source, not the original of the text
        "Sumber: https://statistik.example/publikasi/2026/inflasi-april",
        // a press release's "more at"
        "Informasi selengkapnya di https://pemkot.example/pengumuman",
        // a republication phrase without a URL names nothing we could match
        "Artikel ini telah tayang di Harian Mentari dengan judul \"Banjir Bandang di Ostra\".",
        // the story's own words
        "The plan was originally published in 2019 and revised twice since.",
      })
  void otherLinesNameNoOriginal(String line) {
    assertThat(SyndicationLines.source(line)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aLongParagraphMentioningAnEarlierPublicationIsStoryText() {
    String paragraph =
        "The report, originally published by the ministry at https://ministry.example/report, "
            + "x ".repeat(200);
    assertThat(SyndicationLines.source(paragraph)).isEmpty();
  }
}
