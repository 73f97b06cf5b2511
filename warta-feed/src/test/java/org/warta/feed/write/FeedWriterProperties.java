package org.warta.feed.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.warta.core.FeedItem;
import org.warta.core.Language;
import org.warta.feed.Feed;
import org.warta.feed.FeedReader;
import org.warta.feed.PlainText;
import org.warta.feed.write.FeedWriter.Format;
import org.warta.feed.xml.XmlEscape;

/** Whatever text the entries hold, every format writes a feed our reader reads back. */
class FeedWriterProperties {

  @Property(tries = 300)
  void anyTextRoundTrips(
      @ForAll @StringLength(max = 60) String title,
      @ForAll @StringLength(max = 200) String html,
      @ForAll @StringLength(min = 1, max = 30) String id,
      @ForAll @IntRange(min = 0, max = 2_000_000_000) int seconds,
      @ForAll Format format) {
    OffsetDateTime published =
        OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds), ZoneOffset.UTC);
    OutgoingEntry entry =
        new OutgoingEntry(
            id.isBlank() ? "x" + id : id,
            title,
            URI.create("https://warta.example/a/1"),
            Optional.of(published),
            Optional.empty(),
            html,
            html,
            List.of(),
            List.of(),
            Optional.empty());
    OutgoingFeed feed =
        new OutgoingFeed(
            "Warta",
            "",
            URI.create("https://warta.example/feed"),
            URI.create("https://warta.example/"),
            Language.UNDETERMINED,
            Optional.empty(),
            List.of(entry));

    Feed back =
        FeedReader.read(FeedWriter.write(feed, format), feed.selfLink(), format.mediaType());

    assertThat(back.items()).hasSize(1);
    FeedItem item = back.items().getFirst();
    assertThat(item.link()).isEqualTo(entry.link());
    assertThat(item.published()).map(OffsetDateTime::toInstant).contains(published.toInstant());
    String expectedTitle =
        PlainText.of(format == Format.JSON_FEED ? title : XmlEscape.legal(title));
    if (!(format == Format.ATOM && expectedTitle.isEmpty())) {
      assertThat(item.title()).isEqualTo(expectedTitle);
    }
    if (format != Format.ATOM || isUri(entry.id())) {
      String sentId =
          format == Format.JSON_FEED ? entry.id().strip() : XmlEscape.legal(entry.id()).strip();
      // an id that is nothing but characters XML forbids cannot be written: the link stands in
      assertThat(item.id()).isEqualTo(sentId.isEmpty() ? entry.link().toString() : sentId);
    }
  }

  private static boolean isUri(String id) {
    try {
      return new URI(id).isAbsolute();
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }
}
