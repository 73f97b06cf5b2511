package org.warta.sample.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/** The tiny lead images are valid PNG and SVG files and depend only on their name. */
class LeadImagesTest {

  @Test
  void pngDecodesAt96By54() throws Exception {
    BufferedImage image =
        ImageIO.read(new ByteArrayInputStream(LeadImages.png("https://x.example/a.png")));

    assertThat(image.getWidth()).isEqualTo(96);
    assertThat(image.getHeight()).isEqualTo(54);
  }

  @Test
  void svgIsWellFormedXmlWithTheEscapedTitle() throws Exception {
    byte[] svg = LeadImages.svg("https://x.example/a.svg", "Banjir & longsor <Bandung>");
    var doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(svg));

    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
    assertThat(doc.getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo("Banjir & longsor <Bandung>");
  }

  @Test
  void sameNameSameBytesOtherNameOtherColours() {
    assertThat(LeadImages.png("a"))
        .isEqualTo(LeadImages.png("a"))
        .isNotEqualTo(LeadImages.png("b"));
    assertThat(LeadImages.forUrl("https://x.example/i.svg", "t"))
        .isEqualTo(LeadImages.svg("https://x.example/i.svg", "t"));
    assertThat(LeadImages.contentType("/i.png")).isEqualTo("image/png");
  }
}
