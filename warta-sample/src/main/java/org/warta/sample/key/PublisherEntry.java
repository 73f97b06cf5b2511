package org.warta.sample.key;

import java.net.URI;
import java.util.List;
import org.warta.core.DisplayPolicy;
import org.warta.core.Language;
import org.warta.core.NewSource;
import org.warta.core.SourceKind;

/**
 * One row of the publisher manifest ({@code publishers.tsv}): a sample publisher as the demo should
 * register it.
 *
 * @param feedFormat {@code rss}, {@code atom} or {@code json}
 * @param offset the UTC offset its pages print times in ({@code +07:00}, {@code Z})
 * @param charset the charset its HTML pages declare
 * @param articles how many article pages of it the WARC holds
 */
public record PublisherEntry(
    String key,
    String host,
    String name,
    Language language,
    URI homeUrl,
    URI feedUrl,
    String feedFormat,
    DisplayPolicy display,
    String offset,
    String charset,
    int articles) {

  static final List<String> COLUMNS =
      List.of(
          "key",
          "host",
          "name",
          "language",
          "home_url",
          "feed_url",
          "feed_format",
          "display",
          "offset",
          "charset",
          "articles");

  /** The source to add for this publisher: its feed, with language and display policy. */
  public NewSource toNewSource() {
    return new NewSource(name, feedUrl, homeUrl, SourceKind.FEED, language, display);
  }

  List<String> cells() {
    return List.of(
        key,
        host,
        name,
        language.code(),
        homeUrl.toString(),
        feedUrl.toString(),
        feedFormat,
        display.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
        offset,
        charset,
        Integer.toString(articles));
  }

  static PublisherEntry of(List<String> c) {
    return new PublisherEntry(
        c.get(0),
        c.get(1),
        c.get(2),
        Language.of(c.get(3)),
        URI.create(c.get(4)),
        URI.create(c.get(5)),
        c.get(6),
        DisplayPolicy.valueOf(c.get(7).toUpperCase(java.util.Locale.ROOT).replace('-', '_')),
        c.get(8),
        c.get(9),
        Integer.parseInt(c.get(10)));
  }
}
