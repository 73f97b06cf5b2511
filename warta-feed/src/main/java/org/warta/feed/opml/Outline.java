package org.warta.feed.opml;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * One OPML 2.0 {@code outline}: a subscription when it has an {@code xmlUrl} (type {@code rss}), a
 * folder when it only has children.
 *
 * @param text the required display text
 * @param categories the {@code category} attribute split at commas (slash paths kept)
 */
public record Outline(
    String text,
    String title,
    String type,
    Optional<URI> xmlUrl,
    Optional<URI> htmlUrl,
    String language,
    List<String> categories,
    List<Outline> children) {

  public Outline {
    categories = List.copyOf(categories);
    children = List.copyOf(children);
  }

  /** A subscription outline ({@code type="rss"}). */
  public static Outline subscription(
      String text, URI xmlUrl, Optional<URI> htmlUrl, String language) {
    return new Outline(
        text, text, "rss", Optional.of(xmlUrl), htmlUrl, language, List.of(), List.of());
  }

  /** A folder outline holding other outlines. */
  public static Outline folder(String text, List<Outline> children) {
    return new Outline(text, text, "", Optional.empty(), Optional.empty(), "", List.of(), children);
  }

  /** Whether this outline subscribes to a feed. */
  public boolean isSubscription() {
    return xmlUrl.isPresent();
  }
}
