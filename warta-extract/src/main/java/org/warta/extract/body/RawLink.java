package org.warta.extract.body;

import java.util.Optional;
import org.warta.core.Link;

/** A link as collected from the page: absolute http(s) href and visible text. */
record RawLink(String href, String text) {

  /** The core {@link Link}, or empty unless the href is a valid http(s) URI with link text. */
  Optional<Link> toLink() {
    if (text.isBlank() || !InlineRun.isHttp(href)) {
      return Optional.empty();
    }
    return InlineRun.uri(href).map(u -> new Link(u, text));
  }
}
