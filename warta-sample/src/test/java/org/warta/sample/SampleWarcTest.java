package org.warta.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.warta.sample.ShippedSample.Response;
import org.warta.sample.key.KeyEntry;
import org.warta.sample.key.PublisherEntry;
import org.warta.sample.plan.PlannedArticle;

/** Every record of the shipped WARC is well-formed and every page the demo needs is in it. */
class SampleWarcTest {

  @Test
  void everyRecordParsesWithJwarcAndMatchesItsBlockDigest() throws IOException {
    int records = 0;
    List<String> warnings = new ArrayList<>();
    try (InputStream in = SampleCorpus.openWarc();
        WarcReader reader = new WarcReader(in)) {
      reader.onWarning(warnings::add);
      reader.calculateBlockDigest();
      for (WarcRecord r : reader) {
        records++;
        if (!r.type().equals("warcinfo")) {
          assertThat(r.calculatedBlockDigest())
              .as("digest of %s", r.id())
              .isEqualTo(r.blockDigest());
        }
      }
    }
    assertThat(warnings).isEmpty();
    assertThat(records).isEqualTo(1 + 2 * ShippedSample.responses().size());
  }

  @Test
  void everyResponseIsAnHttp200WithAPayloadDigest() throws IOException {
    try (InputStream in = SampleCorpus.openWarc();
        WarcReader reader = new WarcReader(in)) {
      for (WarcRecord r : reader) {
        if (r instanceof WarcResponse resp) {
          assertThat(resp.http().status()).isEqualTo(200);
          assertThat(resp.payloadDigest()).isPresent();
        }
      }
    }
  }

  @Test
  void warcinfoComesFirstThenRequestResponsePairs() {
    List<String> types = ShippedSample.recordTypes();

    assertThat(types.getFirst()).isEqualTo("warcinfo");
    for (int i = 1; i < types.size(); i += 2) {
      assertThat(types.subList(i, i + 2)).containsExactly("request", "response");
    }
  }

  @Test
  void responsesCarryDateAndContentTypeWithCharsetForText() {
    for (Response r : ShippedSample.responses().values()) {
      String type = r.header("Content-Type").toLowerCase(Locale.ROOT);
      assertThat(r.header("Date")).as("Date of %s", r.url()).endsWith(" GMT");
      assertThat(type).as("Content-Type of %s", r.url()).isNotEmpty();
      if (!type.startsWith("image/png")) {
        assertThat(type).as("charset of %s", r.url()).contains("charset=");
      }
      assertThat(r.header("Content-Length")).isEqualTo(Integer.toString(r.body().length));
    }
  }

  @Test
  void htmlPagesDeclareTheCharsetTheirHeaderSends() {
    Pattern meta = Pattern.compile("charset=\"?([A-Za-z0-9-]+)");
    for (Response r : ShippedSample.responses().values()) {
      if (r.header("Content-Type").startsWith("text/html")) {
        Matcher inPage = meta.matcher(r.text());
        assertThat(inPage.find()).as("meta charset of %s", r.url()).isTrue();
        assertThat(r.header("Content-Type").toLowerCase(Locale.ROOT))
            .endsWith("charset=" + inPage.group(1).toLowerCase(Locale.ROOT));
      }
    }
  }

  @Test
  void everyArticleUrlOfTheKeyIsServed() {
    for (KeyEntry e : SampleCorpus.answerKey().entries()) {
      Response page = ShippedSample.response(e.url());
      assertThat(page.header("Content-Type")).startsWith("text/html");
      assertThat(page.text()).contains(htmlText(e.title()));
    }
  }

  @Test
  void everyPublisherHasHomeFeedLogoAndSectionPages() {
    for (PublisherEntry p : SampleCorpus.manifest().entries()) {
      assertThat(ShippedSample.response(p.homeUrl()).header("Content-Type"))
          .startsWith("text/html");
      assertThat(ShippedSample.response(p.feedUrl()).text()).contains(p.name());
      ShippedSample.response(p.homeUrl().resolve("/logo.svg"));
    }
    for (PlannedArticle a : SampleCorpus.plan().articles()) {
      ShippedSample.response(a.publisher().sectionUrl(a.section()));
    }
  }

  @Test
  void everyLeadImageIsServedAsAnImageAndLinkedFromItsPage() {
    for (PlannedArticle a : SampleCorpus.plan().articles()) {
      Response image = ShippedSample.response(a.image());
      assertThat(image.header("Content-Type")).startsWith("image/");
      assertThat(ShippedSample.response(a.url()).text()).contains(a.image().toString());
    }
  }

  @Test
  void everyArticleIsCapturedAfterItWasPublishedOrUpdated() {
    for (PlannedArticle a : SampleCorpus.plan().articles()) {
      assertThat(ShippedSample.response(a.url()).date()).isAfter(a.modified().toInstant());
    }
  }

  @Test
  void everyLinkPointsToAnExampleHost() {
    Pattern link = Pattern.compile("(?:href|src|data-src)=\"(https?://[^\"/]+)");
    for (Response r : ShippedSample.responses().values()) {
      if (r.header("Content-Type").startsWith("text/html")) {
        Matcher m = link.matcher(r.text());
        while (m.find()) {
          assertThat(URI.create(m.group(1)).getHost())
              .as("link in %s", r.url())
              .endsWith(".example");
        }
      }
    }
  }

  static String htmlText(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  static Optional<String> canonicalOf(String html) {
    Matcher m = Pattern.compile("<link rel=\"canonical\" href=\"([^\"]+)\"").matcher(html);
    return m.find() ? Optional.of(m.group(1).replace("&amp;", "&")) : Optional.empty();
  }
}
