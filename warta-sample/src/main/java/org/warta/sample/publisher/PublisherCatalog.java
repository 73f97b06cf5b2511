package org.warta.sample.publisher;

import java.nio.charset.Charset;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.warta.core.DisplayPolicy;
import org.warta.core.Language;
import org.warta.sample.content.Block;
import org.warta.sample.content.BlockFile;

/** Reads publisher blocks ({@code publishers.txt}) into {@link Publisher} records. */
public final class PublisherCatalog {
  private PublisherCatalog() {}

  /** The publishers of the file, in file order. */
  public static List<Publisher> read(BlockFile file) {
    return file.blocks().stream().map(PublisherCatalog::publisher).toList();
  }

  private static Publisher publisher(Block b) {
    return new Publisher(
        b.id(),
        b.require("name"),
        b.require("host"),
        Language.of(b.require("language")),
        ZoneOffset.of(b.require("offset")),
        b.require("zone-label"),
        b.field("template").orElse(b.id()),
        FeedFormat.valueOf(b.require("feed-format").toUpperCase(Locale.ROOT)),
        b.require("feed"),
        DisplayPolicy.valueOf(b.require("display").toUpperCase(Locale.ROOT).replace('-', '_')),
        b.require("article-path"),
        b.require("section-path"),
        b.require("image-url"),
        Long.parseLong(b.require("id-base")),
        sections(b),
        b.field("feed-tracking").orElse(""),
        Charset.forName(b.field("charset").orElse("UTF-8")),
        b.require("tagline"),
        b.field("server").orElse("nginx"),
        java.util.Set.of(b.field("validators").orElse("last-modified").split("\\s*,\\s*")));
  }

  private static Map<String, String> sections(Block b) {
    Map<String, String> sections = new LinkedHashMap<>();
    for (String pair : b.require("sections").split(",")) {
      String[] kv = pair.split("=", 2);
      if (kv.length != 2) {
        throw new IllegalArgumentException(b.origin() + ": section must be key=Name, got " + pair);
      }
      sections.put(kv[0].strip(), kv[1].strip());
    }
    return sections;
  }
}
