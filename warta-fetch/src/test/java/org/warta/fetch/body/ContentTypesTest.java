package org.warta.fetch.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.fetch.Purpose;

class ContentTypesTest {

  @ParameterizedTest(name = "{0} with {1}: {2}")
  @CsvSource({
    "FEED, application/rss+xml; charset=utf-8, true",
    "FEED, text/xml, true",
    "FEED, application/feed+json, true",
    "FEED, text/plain, true",
    "FEED, application/octet-stream, true",
    "FEED, text/html; charset=UTF-8, false",
    "FEED, image/png, false",
    "SITEMAP, application/xml, true",
    "SITEMAP, application/x-gzip, true",
    "SITEMAP, text/html, false",
    "PAGE, text/html, true",
    "PAGE, application/xhtml+xml, true",
    "PAGE, application/pdf, false",
    "PAGE, video/mp4, false",
    "ROBOTS, text/plain, true",
    "ROBOTS, image/gif, false",
    "PROBE, text/html, true",
    "PROBE, application/atom+xml, true",
    "PROBE, audio/mpeg, false",
  })
  void onlyCertainlyWrongTypesAreRefused(Purpose purpose, String type, boolean accepted) {
    assertThat(ContentTypes.accepts(purpose, Optional.of(type))).isEqualTo(accepted);
  }

  @ParameterizedTest
  @CsvSource({"FEED", "SITEMAP", "PAGE", "ROBOTS", "PROBE"})
  void aMissingTypeIsLeftToTheParsers(Purpose purpose) {
    assertThat(ContentTypes.accepts(purpose, Optional.empty())).isTrue();
  }
}
