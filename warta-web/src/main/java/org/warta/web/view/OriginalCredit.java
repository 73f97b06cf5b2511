package org.warta.web.view;

import java.net.URI;
import java.util.Optional;

/**
 * Who first published the text of a syndicated copy, for "originally published by …".
 *
 * @param name the publisher or agency as readers know it
 * @param article the original's page on this site, when Warta stored it
 * @param url the original's address on the web, when known
 * @param reason why Warta credits it: {@code EXPLICIT_SIGNAL} (the page says so), {@code
 *     WIRE_CREDIT}, {@code EARLIEST_PUBLICATION} or {@code PAGE_HINT}
 */
public record OriginalCredit(
    String name, Optional<Long> article, Optional<URI> url, String reason) {

  public Optional<String> localHref() {
    return article.map(id -> "/article/" + id);
  }
}
