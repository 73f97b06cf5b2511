package org.warta.pipeline.crawl;

import java.net.URI;
import org.warta.core.Source;
import org.warta.fetch.FetchRequest;
import org.warta.fetch.FetchResult;
import org.warta.fetch.Fetcher;
import org.warta.pipeline.ingest.ArticleIngest;
import org.warta.pipeline.ingest.IngestOutcome;
import org.warta.store.Store;

/**
 * {@code warta add-article <url>}: fetches one article page (as a page: robots.txt, the SSRF guard
 * and stored Retry-After windows apply) and ingests it under the publisher's source, or a manual
 * source for its site. An article already stored under that URL is not fetched again.
 */
public final class ArticleAdd {
  private final Store store;
  private final Fetcher fetcher;
  private final ArticleIngest ingest;
  private final SiteSources sites;

  public ArticleAdd(Store store, Fetcher fetcher, ArticleIngest ingest) {
    this.store = store;
    this.fetcher = fetcher;
    this.ingest = ingest;
    this.sites = new SiteSources(store);
  }

  /** What happened, and under which source. */
  public record Added(IngestOutcome outcome, Source source) {}

  /**
   * Adds the article at {@code url}.
   *
   * @throws AddException when the page cannot be fetched; the message says why and what to do
   */
  public Added add(URI url) {
    var known = store.articles().findByUrl(url);
    if (known.isPresent()) {
      Source source = store.sources().find(known.get().article().source()).orElseThrow();
      return new Added(
          new IngestOutcome(IngestOutcome.Kind.KNOWN, known, "already stored"), source);
    }
    return switch (fetcher.fetch(FetchRequest.page(url))) {
      case FetchResult.Fetched f -> {
        Source source = sites.forPage(f.page().url());
        yield new Added(ingest.ingest(f.page(), source.id(), url), source);
      }
      case FetchResult.NotModified n ->
          throw new AddException(url + " answered 304 Not Modified to an unconditional request");
      case FetchResult.Blocked b -> throw new AddException(b.problem().message());
      case FetchResult.Failed f -> throw new AddException(f.problem().message());
    };
  }

  /** The article could not be fetched; the message names the URL and what to do. */
  public static final class AddException extends RuntimeException {
    public AddException(String message) {
      super(message);
    }
  }
}
