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
    keeper.offer(
        new KeptFeedRepository.Entry(
            source.id(), address, new KeptFeed(tag, built.gzip(), built.plainLength())));
    return built;
  }

  /**
   * Builds the feed of {@code source} for {@code address} unless the store keeps it under {@code
   * tag} already ({@code keptTag}): what {@link SourceFeedPrebuild} does for each changed source.
   */
  Optional<KeptFeedRepository.Entry> prebuild(
      String base, FeedWriter.Format format, Source source, Optional<String> keptTag) {
    String tag = tag(base, format, source);
    if (keptTag.isPresent() && keptTag.get().equals(tag)) {
      return Optional.empty();
    }
    Document built = builder.build(base, format, source);
    return Optional.of(
        new KeptFeedRepository.Entry(
            source.id(),
            address(base, format, source.id()),
            new KeptFeed(tag, built.gzip(), built.plainLength())));
  }

  @Override
  public void close() {
    keeper.close();
  }
}
