package org.warta.sample.feed;

import static org.warta.sample.feed.Xml.attr;
import static org.warta.sample.feed.Xml.text;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.warta.sample.plan.PlannedArticle;
import org.warta.sample.publisher.Publisher;

/**
 * Writes an RSS 2.0 feed (https://www.rssboard.org/rss-specification): {@code pubDate} in RFC 822
 * with the publisher's offset, {@code dc:creator}, {@code category}, and for WordPress-style sites
 * the body in {@code content:encoded}.
 */
final class RssFeed {
  private static final DateTimeFormatter RFC822 =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss xx", Locale.ENGLISH);

  private RssFeed() {}

  static String render(Publisher p, List<PlannedArticle> items, boolean fullContent) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" \
        xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel>
        """);
    sb.append("<title>").append(text(p.name())).append("</title>\n");
    sb.append("<link>").append(text(p.home().toString())).append("</link>\n");
    sb.append("<description>").append(text(p.tagline())).append("</description>\n");
    sb.append("<language>").append(p.language().code()).append("</language>\n");
    if (!items.isEmpty()) {
      sb.append("<lastBuildDate>")
          .append(rfc822(items.getFirst().modified()))
          .append("</lastBuildDate>\n");
    }
    sb.append("<atom:link href=\"")
        .append(attr(p.feedUrl().toString()))
        .append("\" rel=\"self\" type=\"application/rss+xml\"/>\n");
    for (PlannedArticle a : items) {
      item(sb, a, fullContent);
    }
    return sb.append("</channel>\n</rss>\n").toString();
  }

  private static void item(StringBuilder sb, PlannedArticle a, boolean fullContent) {
    boolean tracked = !a.publisher().feedTracking().isEmpty();
    sb.append("<item>\n<title>").append(text(a.title())).append("</title>\n");
    sb.append("<link>").append(text(FeedLinks.of(a).toString())).append("</link>\n");
    sb.append(
            tracked
                ? "<guid isPermaLink=\"false\">" + a.publisher().host() + "-" + a.number()
                : "<guid isPermaLink=\"true\">" + text(a.url().toString()))
        .append("</guid>\n");
    sb.append("<pubDate>").append(rfc822(a.published())).append("</pubDate>\n");
    if (!a.author().isEmpty()) {
      sb.append("<dc:creator>").append(text(a.author())).append("</dc:creator>\n");
    }
    sb.append("<category>")
        .append(text(a.publisher().sectionName(a.section())))
        .append("</category>\n");
    sb.append("<description>").append(text(a.description())).append("</description>\n");
    if (fullContent) {
      StringBuilder html = new StringBuilder();
      a.paragraphs().forEach(p -> html.append("<p>").append(p).append("</p>"));
      sb.append("<content:encoded><![CDATA[")
          .append(html.toString().replace("]]>", "]]]]><![CDATA[>"))
          .append("]]></content:encoded>\n");
    }
    sb.append("</item>\n");
  }

  static String rfc822(OffsetDateTime t) {
    return t.format(RFC822);
  }
}
