package org.warta.sample.feed;

import java.net.URI;
import org.warta.sample.plan.PlannedArticle;

/** The link a feed gives for an article: its URL plus the publisher's tracking parameters. */
public final class FeedLinks {
  private FeedLinks() {}

  /** The article URL with the publisher's {@code feed-tracking} query appended, if any. */
  public static URI of(PlannedArticle a) {
    String tracking = a.publisher().feedTracking();
    if (tracking.isEmpty()) {
      return a.url();
    }
    String url = a.url().toString();
    return URI.create(url + (url.contains("?") ? "&" : "?") + tracking);
  }
}
