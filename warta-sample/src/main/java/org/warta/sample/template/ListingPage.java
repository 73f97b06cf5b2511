package org.warta.sample.template;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.warta.sample.plan.PlannedArticle;
import org.warta.sample.publisher.Publisher;

/**
 * A home page (section empty) or section page: its articles newest first, the most-read list and
 * partner sites, as of the capture time.
 */
public record ListingPage(
    Publisher publisher,
    String section,
    URI url,
    List<PlannedArticle> items,
    List<LinkItem> popular,
    List<Publisher> partners,
    Instant capturedAt) {

  public ListingPage {
    items = List.copyOf(items);
    popular = List.copyOf(popular);
    partners = List.copyOf(partners);
  }

  /** Whether this is the home page. */
  public boolean isHome() {
    return section.isEmpty();
  }

  /** The heading of the page: the section name, or the site name on the home page. */
  public String heading() {
    return isHome() ? publisher.name() : publisher.sectionName(section);
  }
}
