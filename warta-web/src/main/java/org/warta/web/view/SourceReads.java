package org.warta.web.view;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warta.core.Source;
import org.warta.core.SourceId;
import org.warta.core.SourceStatus;
import org.warta.core.StoredArticle;
import org.warta.store.ArticleQuery;
import org.warta.store.ArticleSummary;
import org.warta.store.Cursor;
import org.warta.store.Page;
import org.warta.store.SectionCount;
import org.warta.store.Store;

/**
 * The source page, the sources directory ("Tautan Sahabat"), section pages and the latest list.
 * Counts that need a pass over all articles (per source, per section) are reused for a minute.
 */
public final class SourceReads {
  static final Duration COUNTS_TTL = Duration.ofMinutes(1);
  static final int MAX_SECTIONS = 200;

  private final Store store;
  private final Catalog catalog;
  private final Cards cards;
  private final Cached<Map<SourceId, SourceStatus>> statuses;
  private final Cached<List<SectionCount>> sections;

  public SourceReads(Store store, Catalog catalog, Cards cards) {
    this.store = store;
    this.catalog = catalog;
    this.cards = cards;
    this.statuses = new Cached<>(COUNTS_TTL, () -> store.sources().statuses());
    this.sections = new Cached<>(COUNTS_TTL, () -> store.articles().sections(MAX_SECTIONS));
  }

  public Optional<Source> source(SourceId id) {
    return catalog.find(id);
  }

  public List<Source> sources() {
    return catalog.all();
  }

  /** How many articles each source has (from the last minute's count). */
  public long articleCount(SourceId id) {
    SourceStatus s = statuses.get().get(id);
    return s == null ? 0 : s.articleCount();
  }

  public SourceStatus status(SourceId id) {
    return store.sources().status(id);
  }

  /** A page of the newest articles, optionally of one source. */
  public Page<ArticleCard> latest(Optional<SourceId> source, Optional<Cursor> after, int limit) {
    ArticleQuery q = ArticleQuery.latest(limit);
    if (source.isPresent()) {
      q = q.from(source.get());
    }
    if (after.isPresent()) {
      q = q.after(after.get());
    }
    Page<ArticleSummary> page = store.articles().summaries(q);
    return new Page<>(cards.cards(page.items()), page.next());
  }

  /** The sections with most articles, with their URL slugs. */
  public List<SectionCount> sections() {
    return sections.get();
  }

  /** The section a slug names (see {@link #slug}), among the known sections. */
  public Optional<SectionCount> section(String slug) {
    return sections.get().stream().filter(s -> slug(s.name()).equals(slug)).findFirst();
  }

  public Page<ArticleCard> inSection(String name, Optional<Cursor> after, int limit) {
    Page<StoredArticle> page = store.articles().inSection(name, after, limit);
    return new Page<>(page.items().stream().map(cards::card).toList(), page.next());
  }

  /** A section's URL slug: lower case letters and digits joined by hyphens ("luar-negeri"). */
  public static String slug(String name) {
    String s =
        java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
            .toLowerCase(java.util.Locale.ROOT);
    s = MARKS.matcher(s).replaceAll("");
    s = NOT_WORD.matcher(s).replaceAll("-");
    s = EDGE_DASHES.matcher(s).replaceAll("");
    return s.isEmpty() ? "-" : s;
  }

  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
  private static final java.util.regex.Pattern NOT_WORD =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final java.util.regex.Pattern EDGE_DASHES =
      java.util.regex.Pattern.compile("(^-+|-+$)");
}
