package org.warta.feed.sitemap;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Optional;

/** One {@code sitemap} entry of a sitemap index: where the child sitemap is and when it changed. */
public record SitemapRef(URI loc, Optional<OffsetDateTime> lastModified) {}
