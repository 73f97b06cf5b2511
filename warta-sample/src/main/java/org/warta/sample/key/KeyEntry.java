package org.warta.sample.key;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One row of the answer key ({@code answer-key.tsv}): what Warta should find out about one article
 * URL of the sample.
 *
 * @param url the URL a response record of the WARC carries
 * @param sameAs the article URL this one is another address of; equals {@code url} except for
 *     {@code alias} rows
 * @param relCanonical what the page's {@code <link rel="canonical">} says
 * @param publisher the publisher key (see the manifest)
 * @param published publication time with the offset the page prints
 * @param story the news story (event) the article covers
 * @param dupGroup articles with the same key carry the same text
 * @param role {@code original} (first publication of its text here), {@code copy} or {@code alias}
 * @param copyKind for copies: {@code canonical}, {@code agency-credit} or {@code publisher-credit};
 *     empty otherwise
 * @param original URL of the duplicate group's original
 * @param copiedFrom for copies, the URL of the page copied; empty otherwise
 * @param credited who a copy credits: the original's host for canonical copies, the agency for
 *     agency-credit copies, the copied publisher's host for re-posts; empty otherwise
 * @param agency the news agency behind the text (AFP, KBA, Antara), or empty
 * @param credit the closing credit as printed, without parentheses, or empty
 * @param words body words (dateline included, inserts and credit excluded)
 */
public record KeyEntry(
    URI url,
    URI sameAs,
    URI relCanonical,
    String publisher,
    String language,
    OffsetDateTime published,
    String story,
    String dupGroup,
    String role,
    String copyKind,
    URI original,
    Optional<URI> copiedFrom,
    String credited,
    String agency,
    String credit,
    String title,
    String author,
    String editor,
    int words) {

  static final List<String> COLUMNS =
      List.of(
          "url",
          "same_as",
          "rel_canonical",
          "publisher",
          "language",
          "published",
          "story",
          "dup_group",
          "role",
          "copy_kind",
          "original",
          "copied_from",
          "credited",
          "agency",
          "credit",
          "title",
          "author",
          "editor",
          "words");

  List<String> cells() {
    return List.of(
        url.toString(),
        sameAs.toString(),
        relCanonical.toString(),
        publisher,
        language,
        published.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME),
        story,
        dupGroup,
        role,
        copyKind,
        original.toString(),
        copiedFrom.map(URI::toString).orElse(""),
        credited,
        agency,
        credit,
        title,
        author,
        editor,
        Integer.toString(words));
  }

  static KeyEntry of(List<String> c) {
    return new KeyEntry(
        URI.create(c.get(0)),
        URI.create(c.get(1)),
        URI.create(c.get(2)),
        c.get(3),
        c.get(4),
        OffsetDateTime.parse(c.get(5)),
        c.get(6),
        c.get(7),
        c.get(8),
        c.get(9),
        URI.create(c.get(10)),
        c.get(11).isEmpty() ? Optional.empty() : Optional.of(URI.create(c.get(11))),
        c.get(12),
        c.get(13),
        c.get(14),
        c.get(15),
        c.get(16),
        c.get(17),
        Integer.parseInt(c.get(18)));
  }
}
