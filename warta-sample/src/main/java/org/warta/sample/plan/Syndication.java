package org.warta.sample.plan;

import java.net.URI;
import java.util.Optional;

/**
 * Where an article's text comes from. Every article belongs to a duplicate group (the articles that
 * carry the same text); the group's original is its first publication in the sample.
 *
 * @param group key of the duplicate group ({@code <event>/<variant>} of the original)
 * @param original URL of the group's original
 * @param copiedFrom URL of the page this one copied, for copies
 * @param creditedPublisher key of the publisher a {@link CopyKind#PUBLISHER_CREDIT} copy names
 */
public record Syndication(
    CopyKind kind,
    String group,
    URI original,
    Optional<URI> copiedFrom,
    Optional<String> creditedPublisher) {

  /** The syndication of an original: a group of its own. */
  public static Syndication original(String group, URI url) {
    return new Syndication(CopyKind.NONE, group, url, Optional.empty(), Optional.empty());
  }

  /** Whether the article is a copy of another page. */
  public boolean isCopy() {
    return kind != CopyKind.NONE;
  }
}
