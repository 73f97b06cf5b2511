package org.warta.pipeline.ingest;

import java.net.URI;
import org.warta.core.Article;
import org.warta.core.RawPage;
import org.warta.core.SourceId;
import org.warta.extract.Extraction;
import org.warta.extract.Extractor;
import org.warta.pipeline.grouping.Grouping;
import org.warta.store.ArticleRepository;
import org.warta.store.Store;

/**
 * One page in, one stored article out: extract the article from the page, give it its identity and
 * store it in one transaction (the search index follows the store's change log, see {@link
 * org.warta.pipeline.index.IndexSync}). Pages without article text are skipped, never stored half.
 */
public final class ArticleIngest {
  /** Fewer characters of body text than this is a section page, an error page or a stub. */
  static final int MIN_BODY_CHARS = 80;

  private final Store store;
  private final Extractor extractor;
  private final java.util.Optional<Grouping> grouping;

  /**
   * Ingest without the grouping stages: articles are stored and indexed but not grouped into
   * duplicates and stories (for benchmarks of extraction and storage alone).
   */
  public ArticleIngest(Store store, Extractor extractor) {
    this.store = store;
    this.extractor = extractor;
    this.grouping = java.util.Optional.empty();
  }

  /** Ingest with duplicate detection, original credit and story clustering of new articles. */
  public ArticleIngest(Store store, Extractor extractor, Grouping grouping) {
    this.store = store;
    this.extractor = extractor;
    this.grouping = java.util.Optional.of(grouping);
  }

  /** How much the caller knows that the page is an article. */
  public enum Evidence {
    /** A feed, sitemap or user listed it as an article. */
    LISTED,
    /** Nothing says so (a page from an archive or a crawl): the page itself must look like one. */
    UNKNOWN
  }

  /**
   * Ingests a fetched or archived page found through {@code source} under {@code discoveredUrl}
   * (the link as listed in a feed, sitemap or page; the page's own URL may differ after redirects).
   */
  public IngestOutcome ingest(RawPage page, SourceId source, URI discoveredUrl) {
    return ingest(page, source, discoveredUrl, Evidence.LISTED);
  }

  /**
   * Like {@link #ingest(RawPage, SourceId, URI)}; with {@link Evidence#UNKNOWN} pages that do not
   * look like an article (a home or section page: the site root, or no publication date) are
   * skipped.
   */
  public IngestOutcome ingest(RawPage page, SourceId source, URI discoveredUrl, Evidence evidence) {
    return ingest(page, source, discoveredUrl, evidence, article -> true);
  }

  /**
   * Like {@link #ingest(RawPage, SourceId, URI, Evidence)}, storing the extracted article only if
   * {@code wanted} accepts it (e.g. {@code import-warc --language}: the language is only known
   * after extraction); a refused article is skipped.
   */
  public IngestOutcome ingest(
      RawPage page,
      SourceId source,
      URI discoveredUrl,
      Evidence evidence,
      java.util.function.Predicate<Article> wanted) {
    var known = store.articles().findByUrl(discoveredUrl);
    if (known.isPresent()) {
      return IngestOutcome.known(known.get());
    }
    Extraction extraction = extractor.extract(page);
    Article article = extraction.toArticle(source, discoveredUrl, page.fetchedAt());
    if (article.title().isBlank() || article.bodyText().strip().length() < MIN_BODY_CHARS) {
      return IngestOutcome.skipped("no article text found on " + page.url());
    }
    if (evidence == Evidence.UNKNOWN && !looksLikeArticle(article)) {
      return IngestOutcome.skipped(
          page.url() + " looks like a home or section page, not an article");
    }
    if (!wanted.test(article)) {
      return IngestOutcome.skipped(page.url() + " is not wanted (" + article.language() + ")");
    }
    if (store.retention().isPurged(article)) {
      return IngestOutcome.skipped(page.url() + " was purged by retention before");
    }
    ArticleRepository.Inserted inserted = store.articles().insert(article);
    if (!page.url().equals(discoveredUrl)) {
      store.articles().addUrl(inserted.article().id(), page.url());
    }
    if (!inserted.created()) {
      return IngestOutcome.known(inserted.article());
    }
    grouping.ifPresent(g -> g.add(inserted.article()));
    return IngestOutcome.created(inserted.article());
  }

  /** An article page has a path below the site root and a publication date. */
  static boolean looksLikeArticle(Article article) {
    String path = article.url().getPath();
    boolean root = path == null || path.isEmpty() || path.equals("/");
    return !root && article.published().isPresent();
  }
}
