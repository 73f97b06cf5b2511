package org.warta.core;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One news article as Warta keeps it: where it was found, its identity, metadata, credits and the
 * sanitized body. Text fields are empty strings when the page gave nothing; times keep the offset
 * the page used so that "published on" means the publisher's own calendar day.
 *
 * @param source the source through which the article was found
 * @param url the article URL as discovered (the link in a feed, a sitemap or a page)
 * @param canonicalUrl the article's identity after {@link CanonicalUrl} normalisation and
 *     rel=canonical
 * @param bodyHtml the body as HTML already sanitized by allowlist; never render anything else
 * @param bodyText the body as plain text, paragraphs separated by blank lines
 * @param related links the page embedded as "read also" inserts, removed from the body
 * @param originalHints URLs the page itself names as the original it copies (cross-domain
 *     rel=canonical, original-source meta, JSON-LD isBasedOn); a site root such as {@code
 *     https://mediaindonesia.com/} names only the publisher (a promo line of that site carried
 *     along by a re-post), a weaker hint matched by registrable domain
 * @param provenance how each field was found, e.g. {@code title -> json-ld}, {@code body ->
 *     stage:article-tag}
 */
public record Article(
    SourceId source,
    URI url,
    URI canonicalUrl,
    String title,
    String description,
    List<String> authors,
    String editor,
    Optional<WireCredit> wireCredit,
    String siteName,
    String section,
    List<String> tags,
    Language language,
    Optional<OffsetDateTime> published,
    Optional<OffsetDateTime> modified,
    Instant seen,
    Optional<Image> leadImage,
    String bodyHtml,
    String bodyText,
    List<Link> related,
    List<URI> originalHints,
    Map<String, String> provenance) {

  public Article {
    authors = List.copyOf(authors);
    tags = List.copyOf(tags);
    related = List.copyOf(related);
    originalHints = List.copyOf(originalHints);
    provenance = Map.copyOf(provenance);
  }

  /** A builder starting from the fields that have no sensible default. */
  public static Builder builder(SourceId source, URI url) {
    return new Builder(source, url);
  }

  /** A builder holding this article's values, to derive a changed copy. */
  public Builder toBuilder() {
    return new Builder(source, url)
        .canonicalUrl(canonicalUrl)
        .title(title)
        .description(description)
        .authors(authors)
        .editor(editor)
        .wireCredit(wireCredit)
        .siteName(siteName)
        .section(section)
        .tags(tags)
        .language(language)
        .published(published)
        .modified(modified)
        .seen(seen)
        .leadImage(leadImage)
        .bodyHtml(bodyHtml)
        .bodyText(bodyText)
        .related(related)
        .originalHints(originalHints)
        .provenance(provenance);
  }

  /** The best time to sort by: publication time if known, else when Warta first saw it. */
  public Instant sortTime() {
    return published.map(OffsetDateTime::toInstant).orElse(seen);
  }

  /** Builds {@link Article}s; every field but source and URL has an empty default. */
  public static final class Builder {
    private final SourceId source;
    private final URI url;
    private URI canonicalUrl;
    private String title = "";
    private String description = "";
    private List<String> authors = List.of();
    private String editor = "";
    private Optional<WireCredit> wireCredit = Optional.empty();
    private String siteName = "";
    private String section = "";
    private List<String> tags = List.of();
    private Language language = Language.UNDETERMINED;
    private Optional<OffsetDateTime> published = Optional.empty();
    private Optional<OffsetDateTime> modified = Optional.empty();
    private Instant seen = Instant.EPOCH;
    private Optional<Image> leadImage = Optional.empty();
    private String bodyHtml = "";
    private String bodyText = "";
    private List<Link> related = List.of();
    private List<URI> originalHints = List.of();
    private Map<String, String> provenance = Map.of();

    private Builder(SourceId source, URI url) {
      this.source = source;
      this.url = url;
      this.canonicalUrl = url;
    }

    public Builder canonicalUrl(URI v) {
      canonicalUrl = v;
      return this;
    }

    public Builder title(String v) {
      title = v;
      return this;
    }

    public Builder description(String v) {
      description = v;
      return this;
    }

    public Builder authors(List<String> v) {
      authors = v;
      return this;
    }

    public Builder editor(String v) {
      editor = v;
      return this;
    }

    public Builder wireCredit(Optional<WireCredit> v) {
      wireCredit = v;
      return this;
    }

    public Builder siteName(String v) {
      siteName = v;
      return this;
    }

    public Builder section(String v) {
      section = v;
      return this;
    }

    public Builder tags(List<String> v) {
      tags = v;
      return this;
    }

    public Builder language(Language v) {
      language = v;
      return this;
    }

    public Builder published(Optional<OffsetDateTime> v) {
      published = v;
      return this;
    }

    public Builder modified(Optional<OffsetDateTime> v) {
      modified = v;
      return this;
    }

    public Builder seen(Instant v) {
      seen = v;
      return this;
    }

    public Builder leadImage(Optional<Image> v) {
      leadImage = v;
      return this;
    }

    public Builder bodyHtml(String v) {
      bodyHtml = v;
      return this;
    }

    public Builder bodyText(String v) {
      bodyText = v;
      return this;
    }

    public Builder related(List<Link> v) {
      related = v;
      return this;
    }

    public Builder originalHints(List<URI> v) {
      originalHints = v;
      return this;
    }

    public Builder provenance(Map<String, String> v) {
      provenance = v;
      return this;
    }

    public Article build() {
      return new Article(
          source,
          url,
          canonicalUrl,
          title,
          description,
          authors,
          editor,
          wireCredit,
          siteName,
          section,
          tags,
          language,
          published,
          modified,
          seen,
          leadImage,
          bodyHtml,
          bodyText,
          related,
          originalHints,
          provenance);
    }
  }
}
