package org.warta.pipeline.crawl;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.warta.core.DisplayPolicy;
import org.warta.core.Language;
import org.warta.core.NewSource;
import org.warta.core.Source;
import org.warta.core.SourceKind;
import org.warta.store.Store;

/**
 * The source an article found outside any listing belongs to: a followed source of the same host
 * (so the article appears under its publisher), else a source of kind {@link SourceKind#MANUAL} for
 * the host, created on first use and never polled.
 */
final class SiteSources {
  private final Store store;

  SiteSources(Store store) {
    this.store = store;
  }

  Source forPage(URI url) {
    String site = site(url);
    Optional<Source> followed =
        store.sources().list().stream()
            .filter(s -> s.kind() != SourceKind.ARCHIVE)
            .filter(s -> site.equals(site(s.homeUrl())) || site.equals(site(s.url())))
            .min(
                java.util.Comparator.comparing((Source s) -> s.kind() == SourceKind.MANUAL)
                    .thenComparing(s -> s.id().value()));
    if (followed.isPresent()) {
      return followed.get();
    }
    String name = site;
    String origin = url.getScheme() + "://" + url.getRawAuthority() + "/";
    return store
        .sources()
        .add(
            new NewSource(
                name,
                URI.create("manual:" + url.getRawAuthority().toLowerCase(Locale.ROOT)),
                URI.create(origin),
                SourceKind.MANUAL,
                Language.UNDETERMINED,
                DisplayPolicy.EXCERPT));
  }

  /** Host without {@code www.}, with the port when one is given: one publisher's site. */
  static String site(URI url) {
    if (url.getHost() == null) {
      return "";
    }
    String host = url.getHost().toLowerCase(Locale.ROOT);
    host = host.startsWith("www.") ? host.substring(4) : host;
    return url.getPort() > 0 ? host + ":" + url.getPort() : host;
  }
}
