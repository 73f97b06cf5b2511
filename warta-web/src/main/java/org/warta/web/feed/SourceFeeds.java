package org.warta.web.feed;

import java.util.Optional;
import org.warta.core.Source;
import org.warta.core.SourceId;
import org.warta.feed.write.FeedWriter;
import org.warta.store.KeptFeed;
import org.warta.store.KeptFeedRepository;
import org.warta.store.SourceVersion;
import org.warta.store.Store;
import org.warta.web.view.Document;
import org.warta.web.view.RecentBuilds;

/**
 * The per-source feeds, {@code /feeds/source/{id}.<f>}: each is tagged with what it is built from
 * (the source's version, name, display and the site's base and language), so an unchanged one is
 * answered 304 before anything else; otherwise it comes from memory, else, at the site's configured
 * address, from the store (kept there once built, also across restarts, and built ahead by {@link
 * SourceFeedPrebuild}), else it is built and kept.
 */
final class SourceFeeds implements AutoCloseable {
  /** Builds one source's feed at a base address. */
  interface Builder {
    Document build(String base, FeedWriter.Format format, Source source);
  }

  /**
   * Kept in memory under their tag, which changes with any change of the source's articles: a kept
   * one stays right until then, and is dropped early only for room.
   */
  static final java.time.Duration MEMORY_TTL = java.time.Duration.ofHours(1);

  static final long MEMORY_BYTES = 16L << 20;

  private final Store store;
  private final String language;
  private final Builder builder;
  private final Optional<String> keptBase;
  private final RecentBuilds memory = new RecentBuilds(MEMORY_TTL, MEMORY_BYTES);
  private final FeedKeeper keeper;

  /**
   * Feeds built by {@code builder}; those at {@code keptBase} (the site's configured address) are
   * kept in the store too. Others, at a base taken from a request's Host header, stay in memory
   * only: a client naming host after host must not fill the database.
   */
  SourceFeeds(Store store, String language, Builder builder, Optional<String> keptBase) {
    this.store = store;
    this.language = language;
    this.builder = builder;
    this.keptBase = keptBase;
    this.keeper = new FeedKeeper(store.keptFeeds());
  }

  /** Where {@code source}'s feed in {@code format} is served under {@code base}. */
  static String address(String base, FeedWriter.Format format, SourceId source) {
    return base + "/feeds/source/" + source.value() + "." + FeedPages.Named.extension(format);
  }

  /** The entity tag of {@code source}'s feed as it would be built now: one index read. */
  String tag(String base, FeedWriter.Format format, Source source) {
    return tag(base, format, source, store.articles().sourceVersion(source.id()));
  }

  /**
   * Everything a source's feed is built from, as the opaque part of an entity tag: the version's
   * numbers as they are (so a change of the articles always changes the tag), and a checksum of the
   * rest.
   */
  private String tag(String base, FeedWriter.Format format, Source source, SourceVersion version) {
    String rest =
        String.join(
            "\n",
            base,
            format.name(),
            Long.toString(source.id().value()),
            source.name(),
            source.display().name(),
            language);
    return "s"
        + version.articles()
        + "-"
        + version.lastChange()
        + "-"
        + Document.tag(rest.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * The feed tagged {@code tag} (from {@link #tag}): kept in memory, kept in the store, or built.
   */
  Document feed(String base, FeedWriter.Format format, Source source, String tag) {
    String address = address(base, format, source.id());
    return memory
        .get(address + "#" + tag, () -> keptOrBuilt(base, format, source, address, tag))
        .tagged(tag);
  }

  private Document keptOrBuilt(
      String base, FeedWriter.Format format, Source source, String address, String tag) {
    if (!keptBase.map(base::equals).orElse(false)) {
      return builder.build(base, format, source);
    }
    Optional<KeptFeed> kept = store.keptFeeds().find(source.id(), address);
    if (kept.isPresent() && kept.get().tag().equals(tag)) {
      return new Document(kept.get().gzip(), kept.get().plainLength(), tag);
    }
    Document built = builder.build(base, format, source);
    keeper.offer(entry(source, address, tag, built));
    return built;
  }

  /** The base feeds are kept in the store for: the site's configured address, if any. */
  Optional<String> keptBase() {
    return keptBase;
  }

  /**
   * Builds {@code source}'s feed at the {@link #keptBase} unless the store keeps it under its
   * current tag already ({@code keptTag}): what {@link SourceFeedPrebuild} does for each changed
   * source.
   */
  Optional<KeptFeedRepository.Entry> prebuild(
      FeedWriter.Format format, Source source, Optional<String> keptTag) {
    String base = keptBase.orElseThrow(() -> new IllegalStateException("no site address set"));
    String tag = tag(base, format, source);
    if (keptTag.filter(tag::equals).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(
        entry(
            source, address(base, format, source.id()), tag, builder.build(base, format, source)));
  }

  private static KeptFeedRepository.Entry entry(
      Source source, String address, String tag, Document built) {
    return new KeptFeedRepository.Entry(
        source.id(), address, new KeptFeed(tag, built.gzip(), built.plainLength()));
  }

  @Override
  public void close() {
    keeper.close();
  }
}
