package org.warta.extract.body;

import java.util.Optional;
import org.warta.core.Link;

/** A link as collected from the page: absolute http(s) href and visible text. */
record RawLink(String href, String text) {

  /** The core {@link Link}, or empty when the href is no valid URI or the text is empty. */
  Optional<Link> toLink() {
    return text.isBlank() ? Optional.empty() : InlineRun.uri(href).map(u -> new Link(u, text));
  }
}
