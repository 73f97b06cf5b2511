package org.warta.feed.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.warta.core.FeedItem;
import org.warta.core.Language;
import org.warta.feed.Feed;
import org.warta.feed.FeedFormat;
import org.warta.feed.FeedReader;
import org.warta.feed.write.FeedWriter.Format;

class FeedWriterTest {
  private static final OutgoingFeed FEED = Entries.sample();

  private static Feed readBack(Format format) {
    return FeedReader.read(FeedWriter.write(FEED, format), FEED.selfLink(), format.mediaType());
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void roundTripsThroughOurReader(Format format) {
    Feed feed = readBack(format);
    assertThat(feed.title()).isEqualTo("Warta — Terkini");
    assertThat(feed.link()).contains(URI.create("https://warta.example/latest"));
    assertThat(feed.language()).isEqualTo(Language.INDONESIAN);
    assertThat(feed.webSub().self()).contains(FEED.selfLink());
    assertThat(feed.items()).hasSize(2);

    FeedItem first = feed.items().getFirst();
    OutgoingEntry sent = FEED.entries().getFirst();
    assertThat(first.id()).isEqualTo(sent.id());
    assertThat(first.link()).isEqualTo(sent.link());
    assertThat(first.title()).isEqualTo("Banjir Rob & \"Pasang\"");
    assertThat(first.published().orElseThrow())
        .isEqualTo(
            sent.published()
                .orElseThrow()
                .toInstant()
                .atOffset(first.published().orElseThrow().getOffset()));
    assertThat(first.authors()).containsExactly("Rina Wulandari", "Andi");
    assertThat(first.categories()).containsExactly("Nasional", "Lingkungan");
    assertThat(first.contentHtml()).isEqualTo(sent.contentHtml());
    assertThat(first.image().orElseThrow().url()).isEqualTo(sent.image().orElseThrow().url());

    FeedItem second = feed.items().get(1);
    assertThat(second.link()).isEqualTo(URI.create("https://serambi.example/2026/03/01/cabai"));
    assertThat(second.published())
        .map(OffsetDateTime::toInstant)
        .contains(OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC).toInstant());
  }

  @Test
  void rssAndJsonKeepEveryIdWhileAtomMapsNonUriIdsToStableUrns() {
    assertThat(readBack(Format.RSS).items().get(1).id()).isEqualTo("warta:story:7");
    assertThat(readBack(Format.JSON_FEED).items().get(1).id()).isEqualTo("warta:story:7");
    assertThat(AtomWriter.id("article 7"))
        .startsWith("urn:uuid:")
        .isEqualTo(AtomWriter.id("article 7"));
    assertThat(AtomWriter.id("article 7")).isNotEqualTo(AtomWriter.id("article 8"));
  }

  @Test
  void rssUsesPermaLinkGuidOnlyWhenTheIdIsTheLink() {
    String rss = new String(FeedWriter.rss(FEED), StandardCharsets.UTF_8);
    assertThat(rss)
        .contains("<guid isPermaLink=\"false\">https://warta.example/article/101</guid>");
    assertThat(rss).contains("<guid isPermaLink=\"false\">warta:story:7</guid>");
    assertThat(rss).doesNotContain("\u0001");
  }

  @ParameterizedTest
  @EnumSource(
      value = Format.class,
      names = {"RSS", "ATOM"})
  void xmlOutputIsWellFormedAndRomeReadsIt(Format format) throws Exception {
    byte[] bytes = FeedWriter.write(FEED, format);
    DocumentBuilderFactory dom = DocumentBuilderFactory.newInstance();
    dom.setNamespaceAware(true);
    dom.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    dom.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    assertThat(
            dom.newDocumentBuilder()
                .parse(new ByteArrayInputStream(bytes))
                .getDocumentElement()
                .getLocalName())
        .isEqualTo(format == Format.RSS ? "rss" : "feed");

    SyndFeed rome =
        new SyndFeedInput()
            .build(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
    assertThat(rome.getFeedType()).isEqualTo(format == Format.RSS ? "rss_2.0" : "atom_1.0");
    assertThat(rome.getEntries()).hasSize(2);
    assertThat(rome.getEntries().getFirst().getLink())
        .isEqualTo("https://kabar.example/read/2026/03/02/101/banjir-rob");
    assertThat(rome.getEntries().getFirst().getPublishedDate()).isNotNull();
    assertThat(new String(bytes, StandardCharsets.UTF_8))
        .as("HTML travels in CDATA sections, a ']]>' in it split across two")
        .contains("<![CDATA[<p>Air laut pasang merendam <b>tiga kelurahan</b>.</p>]]>")
        .contains("Warga mengungsi ]]]]><![CDATA[> ke balai")
        .doesNotContain("&lt;p&gt;");
  }

  @Test
  void jsonFeedHasTheRequiredFieldsOfVersion11() throws Exception {
    JsonNode root = new ObjectMapper().readTree(FeedWriter.jsonFeed(FEED));
    assertThat(root.path("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
    assertThat(root.path("title").asText()).isEqualTo("Warta — Terkini");
    for (JsonNode item : root.path("items")) {
      assertThat(item.path("id").isTextual()).isTrue();
      assertThat(item.path("content_html").isTextual() || item.path("content_text").isTextual())
          .isTrue();
    }
    assertThat(root.path("items").get(1).path("content_html").asText()).contains("pasar induk 🌶");
    assertThat(readBack(Format.JSON_FEED).format()).isEqualTo(FeedFormat.JSON_FEED_11);
  }

  @Test
  void atomEntriesAlwaysHaveUpdatedAndTheFeedAnAuthor() throws Exception {
    String atom = new String(FeedWriter.atom(FEED), StandardCharsets.UTF_8);
    assertThat(atom)
        .contains("<updated>2026-03-02T15:00+07:00</updated>".replace("15:00+", "15:00:00+"));
    assertThat(atom).contains("<author>");
    Feed back = readBack(Format.ATOM);
    assertThat(back.items().getFirst().updated())
        .map(OffsetDateTime::toInstant)
        .contains(OffsetDateTime.of(2026, 3, 2, 15, 0, 0, 0, ZoneOffset.ofHours(7)).toInstant());
    assertThat(back.items().get(1).updated()).isPresent();
  }
}
