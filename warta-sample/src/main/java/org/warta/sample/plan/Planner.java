package org.warta.sample.plan;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.warta.sample.content.Block;
import org.warta.sample.content.BlockFile;
import org.warta.sample.content.ContentLibrary;
import org.warta.sample.publisher.Publisher;
import org.warta.sample.publisher.PublisherCatalog;

/**
 * Turns the hand-written content into a {@link CorpusPlan}: resolves each event block against its
 * publisher (local times, section, URL scheme, article numbers), lets copies inherit the text of
 * the page they copy, and works out every article's duplicate group and original.
 *
 * <p>Block fields: {@code published} and {@code updated} ({@code yyyy-MM-dd HH:mm}, the publisher's
 * local time), {@code section}, {@code title}, {@code image} (caption with photo credit), {@code
 * author}, {@code editor}, {@code dateline}, {@code credit}, {@code agency}, {@code tags}, {@code
 * summary}, {@code alias} (a second path serving the page; {@code {id}} allowed), and for copies
 * {@code copy-of} (a block id of the same event) with {@code copy-kind} ({@code canonical}, {@code
 * agency-credit}, {@code publisher-credit}). A block id is the publisher key, optionally followed
 * by {@code /suffix} when a publisher has several articles on one event.
 */
public final class Planner {
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Map<String, Publisher> publishers = new LinkedHashMap<>();
  private final Map<String, Spec> specs = new LinkedHashMap<>();
  private final Map<String, Long> numbers = new HashMap<>();
  private final Map<String, PlannedArticle> resolved = new HashMap<>();
  private final long seed;

  private record Spec(
      String key, String event, Block block, Publisher publisher, OffsetDateTime at) {}

  private Planner(long seed) {
    this.seed = seed;
  }

  /** Plans the corpus of a content library. */
  public static CorpusPlan plan(ContentLibrary library, String name, Instant crawlEnd, long seed) {
    Planner planner = new Planner(seed);
    for (Publisher p : PublisherCatalog.read(library.publishers())) {
      planner.publishers.put(p.key(), p);
    }
    library.events().forEach(planner::addEvent);
    planner.number();
    List<PlannedArticle> articles = new ArrayList<>();
    for (Spec s : planner.specs.values()) {
      articles.add(planner.resolve(s));
    }
    articles.sort(
        Comparator.comparing((PlannedArticle a) -> a.published().toInstant())
            .thenComparing(PlannedArticle::key));
    return new CorpusPlan(name, List.copyOf(planner.publishers.values()), articles, crawlEnd, seed);
  }

  private void addEvent(BlockFile file) {
    String event = file.require("event");
    for (Block b : file.blocks()) {
      String publisherKey =
          b.id().contains("/") ? b.id().substring(0, b.id().indexOf('/')) : b.id();
      Publisher p = publishers.get(publisherKey);
      if (p == null) {
        throw new IllegalArgumentException(
            b.origin() + ": unknown publisher '" + publisherKey + "'");
      }
      String key = event + "/" + b.id();
      OffsetDateTime at = localTime(b, "published", p).orElseThrow(() -> missing(b, "published"));
      if (specs.put(key, new Spec(key, event, b, p, at)) != null) {
        throw new IllegalArgumentException(b.origin() + ": duplicate article " + key);
      }
    }
  }

  /** Article numbers grow with time on each site, in steps that differ per publisher. */
  private void number() {
    for (Publisher p : publishers.values()) {
      List<Spec> own =
          specs.values().stream()
              .filter(s -> s.publisher().equals(p))
              .sorted(Comparator.comparing((Spec s) -> s.at().toInstant()).thenComparing(Spec::key))
              .toList();
      long step = 7 + Math.floorMod(p.idBase(), 23);
      for (int i = 0; i < own.size(); i++) {
        long jitter = Math.floorMod(Hashes.mix(seed, own.get(i).key()), step);
        numbers.put(own.get(i).key(), p.idBase() + i * step + jitter);
      }
    }
  }

  private PlannedArticle resolve(Spec s) {
    PlannedArticle done = resolved.get(s.key());
    if (done == null) {
      Optional<PlannedArticle> source =
          s.block().field("copy-of").map(id -> resolve(source(s, id)));
      done = build(s, source);
      resolved.put(s.key(), done);
    }
    return done;
  }

  /** The article of a block; fields a copy leaves out come from the page it copies. */
  private PlannedArticle build(Spec s, Optional<PlannedArticle> source) {
    Block b = s.block();
    Publisher p = s.publisher();
    String title =
        inherit(b, "title", source, PlannedArticle::title).orElseThrow(() -> missing(b, "title"));
    long number = numbers.get(s.key());
    String slug = b.field("slug").orElse(Slug.of(title));
    String section = section(b, p);
    URI url = p.home().resolve(fill(p.articlePath(), s.at(), section, slug, number));
    Syndication syndication = syndication(s, source, url);
    List<String> paragraphs = paragraphs(b, source);
    return new PlannedArticle(
        s.key(),
        s.event(),
        p,
        number,
        section,
        slug,
        url,
        b.field("alias").map(a -> p.home().resolve(a.replace("{id}", Long.toString(number)))),
        title,
        inherit(b, "summary", source, PlannedArticle::description)
            .orElseGet(() -> Teaser.of(paragraphs)),
        b.field("author").orElse(""),
        b.field("editor").orElse(""),
        s.at(),
        localTime(b, "updated", p),
        inherit(b, "dateline", source, PlannedArticle::dateline).orElse(""),
        paragraphs,
        inherit(b, "credit", source, PlannedArticle::credit).orElse(""),
        inherit(b, "agency", source, PlannedArticle::agency).orElse(""),
        image(s, source, syndication, slug, number),
        inherit(b, "image", source, PlannedArticle::imageCaption)
            .orElseThrow(() -> missing(b, "image")),
        syndication,
        tags(b, source));
  }

  private static Optional<String> inherit(
      Block b,
      String field,
      Optional<PlannedArticle> source,
      java.util.function.Function<PlannedArticle, String> value) {
    return b.field(field).or(() -> source.map(value));
  }

  private static String section(Block b, Publisher p) {
    String section = b.require("section");
    if (!p.sections().containsKey(section)) {
      throw new IllegalArgumentException(
          b.origin() + ": " + p.key() + " has no section '" + section + "'");
    }
    return section;
  }

  private Spec source(Spec copy, String id) {
    Spec source = specs.get(copy.event() + "/" + id);
    if (source == null) {
      throw new IllegalArgumentException(copy.block().origin() + ": copy-of unknown block " + id);
    }
    if (!source.at().toInstant().isBefore(copy.at().toInstant())) {
      throw new IllegalArgumentException(
          copy.block().origin() + ": " + copy.key() + " is published before its source " + id);
    }
    return source;
  }

  private static Syndication syndication(Spec s, Optional<PlannedArticle> source, URI url) {
    if (source.isEmpty()) {
      if (s.block().field("copy-kind").isPresent()) {
        throw new IllegalArgumentException(s.block().origin() + ": copy-kind without copy-of");
      }
      return Syndication.original(s.key(), url);
    }
    PlannedArticle from = source.get();
    CopyKind kind =
        CopyKind.valueOf(s.block().require("copy-kind").toUpperCase(Locale.ROOT).replace('-', '_'));
    if (kind == CopyKind.NONE) {
      throw new IllegalArgumentException(s.block().origin() + ": copy-kind must name a kind");
    }
    Optional<String> credited =
        kind == CopyKind.PUBLISHER_CREDIT ? Optional.of(from.publisher().key()) : Optional.empty();
    return new Syndication(
        kind,
        from.syndication().group(),
        from.syndication().original(),
        Optional.of(from.url()),
        credited);
  }

  private static List<String> paragraphs(Block b, Optional<PlannedArticle> source) {
    if (source.isPresent()) {
      if (!b.paragraphs().isEmpty()) {
        throw new IllegalArgumentException(b.origin() + ": a copy takes the text of its source");
      }
      return source.get().paragraphs();
    }
    if (b.paragraphs().isEmpty()) {
      throw new IllegalArgumentException(b.origin() + ": article " + b.id() + " has no text");
    }
    return b.paragraphs();
  }

  /** Re-posts hot-link the image of the page they copied; every other page has its own. */
  private static URI image(
      Spec s, Optional<PlannedArticle> source, Syndication syndication, String slug, long number) {
    if (source.isPresent() && syndication.kind() == CopyKind.PUBLISHER_CREDIT) {
      return source.get().image();
    }
    return URI.create(fill(s.publisher().imageUrl(), s.at(), "", slug, number));
  }

  private static List<String> tags(Block b, Optional<PlannedArticle> source) {
    return b.field("tags")
        .map(t -> List.of(t.split("\\s*,\\s*")))
        .or(() -> source.map(PlannedArticle::tags))
        .orElse(List.of());
  }

  private static String fill(
      String pattern, OffsetDateTime at, String section, String slug, long number) {
    return pattern
        .replace("{section}", section)
        .replace("{yyyy}", String.format(Locale.ROOT, "%04d", at.getYear()))
        .replace("{MM}", String.format(Locale.ROOT, "%02d", at.getMonthValue()))
        .replace("{dd}", String.format(Locale.ROOT, "%02d", at.getDayOfMonth()))
        .replace("{slug}", slug)
        .replace("{id}", Long.toString(number));
  }

  private static Optional<OffsetDateTime> localTime(Block b, String field, Publisher p) {
    return b.field(field)
        .map(
            v -> {
              try {
                return LocalDateTime.parse(v, LOCAL).atOffset(p.offset());
              } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException(
                    b.origin() + ": " + field + " must be 'yyyy-MM-dd HH:mm', got '" + v + "'", e);
              }
            });
  }

  private static IllegalArgumentException missing(Block b, String field) {
    return new IllegalArgumentException(
        b.origin()
            + ": block '"
            + b.id()
            + "' lacks '"
            + field
            + ":' (copies inherit it only with copy-of)");
  }
}
