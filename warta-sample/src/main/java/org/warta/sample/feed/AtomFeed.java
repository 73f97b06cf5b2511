package org.warta.sample.feed;

import static org.warta.sample.feed.Xml.attr;
import static org.warta.sample.feed.Xml.text;

import java.util.List;
import org.warta.sample.plan.PlannedArticle;
import org.warta.sample.publisher.Publisher;
import org.warta.sample.template.Dates;

/**
 * Writes an Atom 1.0 feed (RFC 4287): RFC 3339 {@code published} and {@code updated} with the
 * publisher's offset, one {@code alternate} link per entry, a feed-level author.
 */
final class AtomFeed {
  private AtomFeed() {}

  static String render(Publisher p, List<PlannedArticle> items) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    sb.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
        .append(p.language().code())
        .append("\">\n");
    sb.append("<title>").append(text(p.name())).append("</title>\n");
    sb.append("<subtitle>").append(text(p.tagline())).append("</subtitle>\n");
    sb.append("<id>tag:").append(p.host()).append(",2026:feed</id>\n");
    sb.append("<link rel=\"self\" type=\"application/atom+xml\" href=\"")
        .append(attr(p.feedUrl().toString()))
        .append("\"/>\n");
    sb.append("<link rel=\"alternate\" type=\"text/html\" href=\"")
        .append(attr(p.home().toString()))
        .append("\"/>\n");
    if (!items.isEmpty()) {
      sb.append("<updated>").append(Dates.iso(items.getFirst().modified())).append("</updated>\n");
    }
    sb.append("<author><name>").append(text(p.name())).append("</name></author>\n");
    for (PlannedArticle a : items) {
      sb.append("<entry>\n<title>").append(text(a.title())).append("</title>\n");
      sb.append("<link rel=\"alternate\" type=\"text/html\" href=\"")
          .append(attr(FeedLinks.of(a).toString()))
          .append("\"/>\n");
      sb.append("<id>tag:").append(p.host()).append(",2026:").append(a.number()).append("</id>\n");
      sb.append("<published>").append(Dates.iso(a.published())).append("</published>\n");
      sb.append("<updated>").append(Dates.iso(a.modified())).append("</updated>\n");
      if (!a.author().isEmpty()) {
        sb.append("<author><name>").append(text(a.author())).append("</name></author>\n");
      }
      sb.append("<category term=\"")
          .append(attr(a.section()))
          .append("\" label=\"")
          .append(attr(p.sectionName(a.section())))
          .append("\"/>\n");
      sb.append("<summary>").append(text(a.description())).append("</summary>\n");
      sb.append("</entry>\n");
    }
    return sb.append("</feed>\n").toString();
  }
}
