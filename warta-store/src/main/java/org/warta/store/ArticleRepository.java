package org.warta.store;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.warta.core.Article;
import org.warta.core.ArticleId;
import org.warta.core.SourceId;
import org.warta.core.StoredArticle;
import org.warta.core.StoryId;

/** Stored articles: one row per canonical URL, every known URL pointing at it. */
public interface ArticleRepository {

  /** The outcome of {@link #insert}: the stored article, and whether it was new. */
  record Inserted(StoredArticle article, boolean created) {}

  /** An article with the change sequence number of its latest change. */
  record Changed(StoredArticle article, long seq) {}

  /**
   * Stores an article in one transaction, unless an article with the same canonical URL (or one of
   * its URLs) exists; then that one is returned with {@code created == false}.
   */
  Inserted insert(Article article);

  Optional<StoredArticle> find(ArticleId id);

  List<StoredArticle> findAll(Collection<ArticleId> ids);

  /** The summaries of the articles with these ids, in the order given (unknown ids left out). */
  List<ArticleSummary> summaries(Collection<ArticleId> ids);

  /**
   * {@link #summaries(Collection)} with the first {@code bodyChars} characters of each body, with
   * or without a description (search results find their snippets in it).
   */
  List<ArticleSummary> summaries(Collection<ArticleId> ids, int bodyChars);

  /** The article known under {@code url} (as discovered, canonical or after redirects). */
  Optional<StoredArticle> findByUrl(URI url);

  /**
   * Whether any article is known under {@code url}: the cheap check before fetching a link. URLs of
   * articles purged by retention count as known (see {@link Retention}).
   */
  boolean knows(URI url);

  /** Records another URL under which an existing article is known. */
  void addUrl(ArticleId id, URI url);

  Page<StoredArticle> list(ArticleQuery query);

  /** The same page as {@link #list}, as summaries: what pages that list articles read. */
  Page<ArticleSummary> summaries(ArticleQuery query);

  /**
   * The same page as {@link #list}, as a feed writes it: every field as stored but for what a feed
   * entry never shows. The body text is read only where the description is blank (an entry's
   * summary is the description, else the start of the text), and then only its first {@code
   * excerptChars} characters; the body HTML only {@code withHtml} (the feeds that republish full
   * text); the extraction's details (related links, original hints, provenance) are empty, and the
   * story and duplicate group absent. The bodies are the bulk of a row, and on SQLite the story and
   * duplicate group are stored after them: not reading them keeps a feed's read to the start of
   * each row. These articles must not be written back.
   */
  Page<StoredArticle> listForFeed(ArticleQuery query, int excerptChars, boolean withHtml);

  long count();

  /** The source's version: read from one index, for answering conditional requests cheaply. */
  SourceVersion sourceVersion(SourceId source);

  /** Assigns the article to a story (bumping its change sequence so the index follows). */
  void setStory(ArticleId id, StoryId story);

  /**
   * Moves every article of duplicate group {@code from} into group {@code into} (the dedupe stage
   * merged the groups); the credit of {@code from} is dropped.
   */
  void moveDuplicateGroup(long from, long into);

  /**
   * Calls {@code sink} for every article first seen at or after {@code since}, in id (arrival)
   * order, reading in batches: the replay that rebuilds the grouping stages after a restart.
   */
  void forEachSeenSince(java.time.Instant since, Consumer<StoredArticle> sink);

  /** When the most recently seen article was first seen; empty for an empty store. */
  Optional<java.time.Instant> latestSeen();

  /** Assigns the article to a duplicate group. */
  void setDuplicateGroup(ArticleId id, long group);

  /** The highest change sequence number so far (0 for an empty store). */
  long changeSeq();

  /**
   * The sources with an article stored or changed after change {@code seq} (removals not included):
   * what a kept per-source view needs to look at again.
   */
  java.util.Set<org.warta.core.SourceId> sourcesChangedAfter(long seq);

  /**
   * Calls {@code sink} for every article changed after {@code seq}, in change order, reading in
   * batches so that memory stays flat. Used to build and catch up the search index.
   */
  void forEachChangedAfter(long seq, Consumer<Changed> sink);

  /**
   * Calls {@code sink} for every stored article, of {@code source} only when given, in the order
   * they were stored (by id), reading in batches so that memory stays flat however many there are.
   * Used by {@code warta articles list}.
   */
  void forEachArticle(Optional<SourceId> source, Consumer<StoredArticle> sink);

  /**
   * The articles removed (by retention or with their source) with a change sequence number in
   * {@code (after, upTo]}, in order: the search index drops them when it catches up.
   */
  List<ArticleId> deletedBetween(long after, long upTo);

  /**
   * The articles of a duplicate group (copies of one text), earliest first, at most {@code limit}.
   */
  List<StoredArticle> inDuplicateGroup(long group, int limit);

  /** {@link #inDuplicateGroup} as summaries. */
  List<ArticleSummary> summariesInDuplicateGroup(long group, int limit);

  /** Records who a duplicate group's text is credited to (replacing an earlier credit). */
  void setDuplicateCredit(long group, DuplicateCredit credit);

  /** Who a duplicate group's text is credited to, when the dedupe stage recorded it. */
  Optional<DuplicateCredit> duplicateCredit(long group);

  /** A page of one section's articles ({@code section} exactly as stored), newest first. */
  Page<StoredArticle> inSection(String section, Optional<Cursor> after, int limit);

  /** The sections with the most articles, most first (empty sections left out). */
  List<SectionCount> sections(int limit);

  /** Articles first seen per hour since {@code since}, oldest hour first (empty hours left out). */
  List<HourCount> seenPerHour(java.time.Instant since);
}
