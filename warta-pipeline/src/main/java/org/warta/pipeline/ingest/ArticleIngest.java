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

  private static final java.util.regex.Pattern HEADING =
      java.util.regex.Pattern.compile("<h[2-6][ >]");
  private static final java.util.regex.Pattern LINKED_HEADING =
      java.util.regex.Pattern.compile("<h[2-6][^>]*>\\s*<a ");

  private static final java.util.regex.Pattern HEADING_BLOCK =
      java.util.regex.Pattern.compile("<h[1-6][^>]*>.*?</h[1-6]>", java.util.regex.Pattern.DOTALL);
  private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("<[^>]+>");

  /** Article text outside headings below this many characters is a teaser, not an article. */
  static final int MIN_ARCHIVED_TEXT_CHARS = 300;

  /**
   * An article page has a path below the site root, a publication date and some paragraphs of its
   * own; section and home pages instead stack headlines — three or more linked headings, or, when
   * titled only by their {@code <title>}, any linked headline or two headings — with short teasers
   * under them.
   */
  static boolean looksLikeArticle(Article article) {
    String path = article.url().getPath();
    boolean root = path == null || path.isEmpty() || path.equals("/");
    if (root || article.published().isEmpty()) {
      return false;
    }
    String html = article.bodyHtml();
    long linkedHeadings = LINKED_HEADING.matcher(html).results().count();
    long headings = HEADING.matcher(html).results().count();
    boolean titledByTitleTag = "title-tag".equals(article.provenance().get("title"));
    String prose = TAG.matcher(HEADING_BLOCK.matcher(html).replaceAll(" ")).replaceAll(" ");
    return prose.strip().length() >= MIN_ARCHIVED_TEXT_CHARS
        && linkedHeadings < 3
        && !(titledByTitleTag && (headings >= 2 || linkedHeadings >= 1));
  }
}
