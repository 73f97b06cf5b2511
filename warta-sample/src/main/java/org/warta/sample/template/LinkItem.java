package org.warta.sample.template;

import java.net.URI;
import java.time.OffsetDateTime;
import org.warta.sample.plan.PlannedArticle;

/** A link to another article of the same site, as lists and "Baca juga" inserts show it. */
public record LinkItem(String title, URI url, OffsetDateTime published, String section) {

  /** The link to an article. */
  public static LinkItem of(PlannedArticle a) {
    return new LinkItem(a.title(), a.url(), a.published(), a.section());
  }
}
