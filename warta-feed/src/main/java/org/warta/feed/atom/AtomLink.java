package org.warta.feed.atom;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.warta.feed.link.Hrefs;
import org.warta.feed.xml.XmlElement;

/**
 * An Atom {@code link} element (RFC 4287 section 4.2.7), also used inside RSS as {@code atom:link}
 * for WebSub hubs and self URLs. A missing {@code rel} means {@code alternate}; the href is kept as
 * written together with the base it resolves against.
 */
public record AtomLink(String rel, String href, String type, String title, URI base) {

  /** The {@code link} children of an element in the given namespace. */
  public static List<AtomLink> read(XmlElement parent, String namespace) {
    List<AtomLink> links = new ArrayList<>(2);
    for (XmlElement e : parent.children(namespace, "link")) {
      String rel = e.attribute("rel").strip().toLowerCase(Locale.ROOT);
      String href = e.attribute("href");
      if (!href.isBlank()) {
        links.add(
            new AtomLink(
                rel.isEmpty() ? "alternate" : rel,
                href,
                e.attribute("type").strip(),
                e.attribute("title"),
                e.base()));
      }
    }
    return links;
  }

  /** The href resolved against its base, when it is an http(s) URL. */
  public Optional<URI> url() {
    return Hrefs.resolveHttp(base, href);
  }

  /** The first link with this relation, resolved. */
  public static Optional<URI> first(List<AtomLink> links, String rel) {
    for (AtomLink link : links) {
      if (link.rel().equals(rel)) {
        Optional<URI> url = link.url();
        if (url.isPresent()) {
          return url;
        }
      }
    }
    return Optional.empty();
  }

  /** Every link with this relation, resolved. */
  public static List<URI> all(List<AtomLink> links, String rel) {
    List<URI> urls = new ArrayList<>(1);
    for (AtomLink link : links) {
      if (link.rel().equals(rel)) {
        link.url().ifPresent(urls::add);
      }
    }
    return urls;
  }
}
