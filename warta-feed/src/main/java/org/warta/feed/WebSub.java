package org.warta.feed;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * What a feed advertises for WebSub (W3C Recommendation, section 4): the hubs to subscribe at
 * ({@code rel="hub"} links, JSON Feed {@code hubs}) and its canonical {@code rel="self"} URL, the
 * topic to subscribe to. No hubs means polling only.
 */
public record WebSub(List<URI> hubs, Optional<URI> self) {
  public static final WebSub NONE = new WebSub(List.of(), Optional.empty());

  public WebSub {
    hubs = List.copyOf(hubs);
  }

  /** Whether the feed can be followed by WebSub (a hub and a self URL). */
  public boolean isSubscribable() {
    return !hubs.isEmpty() && self.isPresent();
  }
}
