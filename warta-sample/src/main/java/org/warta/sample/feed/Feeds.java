package org.warta.sample.feed;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.warta.sample.plan.PlannedArticle;
import org.warta.sample.publisher.Publisher;

/** Renders a publisher's feed in its {@link org.warta.sample.publisher.FeedFormat}, as UTF-8. */
public final class Feeds {
  private Feeds() {}

  /**
   * The feed document listing the given articles (newest first, as given). WordPress-style sites
   * (those whose feed path is {@code /feed/}) carry the full text in {@code content:encoded}.
   */
  public static byte[] render(Publisher p, List<PlannedArticle> newestFirst) {
    String doc =
        switch (p.feedFormat()) {
          case RSS -> RssFeed.render(p, newestFirst, p.feedPath().equals("/feed/"));
          case ATOM -> AtomFeed.render(p, newestFirst);
          case JSON -> JsonFeed.render(p, newestFirst);
        };
    return doc.getBytes(StandardCharsets.UTF_8);
  }
}
