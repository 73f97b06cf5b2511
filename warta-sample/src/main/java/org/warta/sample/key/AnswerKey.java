package org.warta.sample.key;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warta.sample.plan.CorpusPlan;
import org.warta.sample.plan.PlannedArticle;

/**
 * The answer key of a corpus ({@code answer-key.tsv}): one {@link KeyEntry} per article URL in the
 * WARC, in publication order, so that tests can check what Warta makes of the sample (stories,
 * duplicate groups, which copy is the original and whom it credits).
 */
public record AnswerKey(List<KeyEntry> entries) {

  public AnswerKey {
    entries = List.copyOf(entries);
  }

  /** The key of a plan: a row per article, plus one per second URL of an article. */
  public static AnswerKey of(CorpusPlan plan) {
    List<KeyEntry> rows = new ArrayList<>();
    for (PlannedArticle a : plan.articles()) {
      rows.add(entry(a, a.url(), a.syndication().isCopy() ? "copy" : "original"));
      a.alias().ifPresent(alias -> rows.add(entry(a, alias, "alias")));
    }
    return new AnswerKey(rows);
  }

  private static KeyEntry entry(PlannedArticle a, URI url, String role) {
    var s = a.syndication();
    return new KeyEntry(
        url,
        a.url(),
        a.canonical(),
        a.publisher().key(),
        a.publisher().language().code(),
        a.published(),
        a.story(),
        s.group(),
        role,
        s.isCopy() ? s.kind().id() : "",
        s.original(),
        s.copiedFrom(),
        credited(a),
        a.agency(),
        a.credit(),
        a.title(),
        a.author(),
        a.editor(),
        a.wordCount());
  }

  private static String credited(PlannedArticle a) {
    var s = a.syndication();
    return switch (s.kind()) {
      case NONE -> "";
      case CANONICAL -> s.copiedFrom().map(URI::getHost).orElse("");
      case AGENCY_CREDIT -> a.agency();
      case PUBLISHER_CREDIT -> s.copiedFrom().map(URI::getHost).orElse("");
    };
  }

  /** The entry for a URL, if the key has one. */
  public Optional<KeyEntry> find(URI url) {
    return entries.stream().filter(e -> e.url().equals(url)).findFirst();
  }

  /** The TSV bytes. */
  public byte[] toTsv() {
    StringBuilder sb = new StringBuilder(Tsv.line(KeyEntry.COLUMNS));
    entries.forEach(e -> sb.append(Tsv.line(e.cells())));
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Reads a key written by {@link #toTsv()}. */
  public static AnswerKey read(InputStream in) throws IOException {
    return new AnswerKey(
        Tsv.read(in, KeyEntry.COLUMNS, "answer key").stream().map(KeyEntry::of).toList());
  }
}
