package org.warta.sample.key;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.warta.sample.plan.CorpusPlan;
import org.warta.sample.publisher.Publisher;

/**
 * The publisher manifest of a corpus ({@code publishers.tsv}): one {@link PublisherEntry} per
 * publisher, which the demo registers as sources before importing the WARC.
 */
public record PublisherManifest(List<PublisherEntry> entries) {

  public PublisherManifest {
    entries = List.copyOf(entries);
  }

  /** The manifest of a plan, in catalog order. */
  public static PublisherManifest of(CorpusPlan plan) {
    return new PublisherManifest(
        plan.publishers().stream().map(p -> entry(p, plan.articlesOf(p).size())).toList());
  }

  private static PublisherEntry entry(Publisher p, int articles) {
    return new PublisherEntry(
        p.key(),
        p.host(),
        p.name(),
        p.language(),
        p.home(),
        p.feedUrl(),
        p.feedFormat().id(),
        p.display(),
        p.offset().getId(),
        p.charset().name(),
        articles);
  }

  /** The TSV bytes. */
  public byte[] toTsv() {
    StringBuilder sb = new StringBuilder(Tsv.line(PublisherEntry.COLUMNS));
    entries.forEach(e -> sb.append(Tsv.line(e.cells())));
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Reads a manifest written by {@link #toTsv()}. */
  public static PublisherManifest read(InputStream in) throws IOException {
    return new PublisherManifest(
        Tsv.read(in, PublisherEntry.COLUMNS, "publisher manifest").stream()
            .map(PublisherEntry::of)
            .toList());
  }
}
