package org.warta.feed.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.warta.core.FeedItem;
import org.warta.feed.FeedReader;

class LeadImageTest {
  private static FeedItem item(String itemXml) {
    String rss =
        "<rss version=\"2.0\""
            + " xmlns:media=\"http://search.yahoo.com/mrss/\"><channel><title>t</title><item><link>https://foto.example/a/1</link>"
            + itemXml
            + "</item></channel></rss>";
    return FeedReader.read(
            rss.getBytes(StandardCharsets.UTF_8), URI.create("https://foto.example/rss"), "")
        .items()
        .getFirst();
  }

  @Test
  void groupValuesApplyToTheirContentsAndTheWidestImageWins() {
    FeedItem item =
        item(
            """
            <media:group>
              <media:credit>ANTARA/Fikri</media:credit>
              <media:description>Perahu nelayan di dermaga.</media:description>
              <media:content url="/img/perahu-480.jpg" type="image/jpeg" width="480"/>
              <media:content url="/img/perahu-1024.jpg" type="image/jpeg" width="1024"/>
              <media:content url="/video/perahu.mp4" type="video/mp4" width="1920"/>
            </media:group>\
            """);
    var image = item.image().orElseThrow();
    assertThat(image.url()).isEqualTo(URI.create("https://foto.example/img/perahu-1024.jpg"));
    assertThat(image.credit()).isEqualTo("ANTARA/Fikri");
    assertThat(image.caption()).isEqualTo("Perahu nelayan di dermaga.");
  }

  @Test
  void thumbnailBeatsEnclosureAndVideoIsNoImage() {
    assertThat(
            item("<enclosure url=\"https://foto.example/e.jpg\" type=\"image/jpeg\""
                    + " length=\"1\"/><media:thumbnail url=\"https://foto.example/t.jpg\"/>")
                .image()
                .orElseThrow()
                .url())
        .isEqualTo(URI.create("https://foto.example/t.jpg"));
    assertThat(item("<media:content url=\"https://foto.example/v.mp4\" medium=\"video\"/>").image())
        .isEmpty();
    assertThat(
            item("<enclosure url=\"https://foto.example/pic.webp?w=800\" type=\"\" length=\"0\"/>")
                .image()
                .orElseThrow()
                .url())
        .isEqualTo(URI.create("https://foto.example/pic.webp?w=800"));
  }
}
