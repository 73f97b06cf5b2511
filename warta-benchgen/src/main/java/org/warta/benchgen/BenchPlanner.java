package org.warta.benchgen;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.SplittableRandom;
import org.warta.core.Language;
import org.warta.sample.plan.Slug;
import org.warta.sample.publisher.Publisher;

/**
 * Streams the articles of a synthetic corpus in publication order, in constant memory: sources are
 * copies of the sample's ten publishers on their own {@code .example} hosts (skewed: a few big
 * sources, many small ones), about 40 % of articles open a story that later ones join (so stories
 * have 1 to dozens of articles from several sources), 8 % are copies of a recent article from
 * another source (half of them declaring the original as canonical), and bodies run from 2 to 14
 * paragraphs recombined from the sample's events in the source's language, made unique by a
 * numbered closing line. The same settings always give the same corpus.
 */
public final class BenchPlanner implements Iterator<BenchArticle> {
  private static final double NEW_STORY = 0.40;
  private static final double COPY = 0.08;
  private static final int OPEN_STORIES = 400;
  private static final int RECENT = 500;
  private static final String[] PLACES = {
    "Kalisari", "Batu Lintang", "Tanjung Rimba", "Sungai Merah", "Padang Kelana", "Bukit Sena",
    "Teluk Awan", "Rawa Jati", "Lembah Hijau", "Pulau Seruni", "Karang Asri", "Muara Baru Jaya"
  };

  private final BenchSettings settings;
  private final SeedText seed;
  private final SplittableRandom random;
  private final ArrayDeque<OpenStory> open = new ArrayDeque<>();
  private final ArrayDeque<BenchArticle> recent = new ArrayDeque<>();
  private long next;
  private long stories;

  private record OpenStory(long number, SeedText.Event event, String place) {}

  public BenchPlanner(BenchSettings settings) {
    this.settings = settings;
    this.seed = SeedText.sample();
    this.random = new SplittableRandom(settings.seed());
  }

  /** Continues a corpus after its first {@code done} articles (for resumable loads). */
  public static BenchPlanner skipping(BenchSettings settings, long done) {
    BenchPlanner p = new BenchPlanner(settings);
    for (long i = 0; i < done && p.hasNext(); i++) {
      p.next();
    }
    return p;
  }

  /** Number of stories opened so far. */
  public long stories() {
    return stories;
  }

  @Override
  public boolean hasNext() {
    return next < settings.articles();
  }

  @Override
  public BenchArticle next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    long n = next++;
    int source = source();
    Publisher p = BenchSources.publisher(seed.publishers, source);
    Instant at = time(n);
    BenchArticle a;
    if (!recent.isEmpty() && random.nextDouble() < COPY) {
      a = copy(n, source, p, at);
    } else {
      a = original(n, source, p, at);
    }
    if (a.copyOf().isEmpty()) {
      recent.addLast(a);
      if (recent.size() > RECENT) {
        recent.removeFirst();
      }
    }
    return a;
  }

  /** A skewed source choice: low numbers publish far more than high ones. */
  private int source() {
    double u = random.nextDouble();
    return (int) Math.min(settings.sources() - 1, Math.floor(settings.sources() * u * u));
  }

  private Instant time(long n) {
    long spanMs = settings.span().toMillis();
    long step = Math.max(1, spanMs / settings.articles());
    long jitter = random.nextLong(Math.max(1, step));
    return settings.end().minusMillis(spanMs).plusMillis(n * step + jitter);
  }

  private BenchArticle original(long n, int source, Publisher p, Instant at) {
    OpenStory story;
    boolean opens = open.isEmpty() || random.nextDouble() < NEW_STORY;
    if (opens) {
      List<SeedText.Event> events = seed.in(p.language());
      story =
          new OpenStory(
              stories++,
              events.get(random.nextInt(events.size())),
              PLACES[random.nextInt(PLACES.length)]);
      open.addLast(story);
      if (open.size() > OPEN_STORIES) {
        open.removeFirst();
      }
    } else {
      // recent stories are joined more often than old ones
      int k = (int) Math.floor(open.size() * Math.pow(random.nextDouble(), 3));
      story = new ArrayList<>(open).get(open.size() - 1 - k);
    }
    String title = title(story, p.language(), n);
    List<String> paragraphs = paragraphs(story, p.language(), n);
    OffsetDateTime published = at.atOffset(p.offset());
    String section = p.sections().keySet().iterator().next();
    URI url = BenchSources.articleUrl(p, published, section, Slug.of(title), n);
    return new BenchArticle(
        n,
        source,
        p,
        story.number(),
        opens,
        url,
        url,
        title,
        story.event().description(),
        "Redaksi " + p.name(),
        section,
        paragraphs,
        published,
        Optional.empty());
  }

  private BenchArticle copy(long n, int source, Publisher p, Instant at) {
    List<BenchArticle> pool = new ArrayList<>(recent);
    BenchArticle from = pool.get(random.nextInt(pool.size()));
    OffsetDateTime published = at.atOffset(p.offset());
    String section = p.sections().keySet().iterator().next();
    URI url = BenchSources.articleUrl(p, published, section, Slug.of(from.title()), n);
    URI canonical = random.nextBoolean() ? from.url() : url;
    return new BenchArticle(
        n,
        source,
        p,
        from.story(),
        false,
        url,
        canonical,
        from.title(),
        from.description(),
        from.author(),
        section,
        from.paragraphs(),
        published,
        Optional.of(from));
  }

  private String title(OpenStory story, Language language, long n) {
    String base = story.event().title();
    return language.equals(Language.ENGLISH)
        ? base + ": update from " + story.place() + " (" + (n % 97) + ")"
        : base + ", kabar terbaru dari " + story.place() + " (" + (n % 97) + ")";
  }

  private List<String> paragraphs(OpenStory story, Language language, long n) {
    int count = 2 + random.nextInt(13);
    List<SeedText.Event> events = seed.in(language);
    List<String> out = new ArrayList<>(count + 1);
    List<String> own = story.event().paragraphs();
    for (int i = 0; i < count; i++) {
      List<String> from =
          i < own.size() ? own : events.get(random.nextInt(events.size())).paragraphs();
      out.add(from.get(i < own.size() ? i : random.nextInt(from.size())));
    }
    out.add(
        String.format(
            Locale.ROOT,
            language.equals(Language.ENGLISH)
                ? "Report %d on this story from %s was filed by the %s desk."
                : "Laporan %d tentang peristiwa ini dari %s disusun oleh meja redaksi %s.",
            n,
            story.place(),
            "S" + story.number()));
    return out;
  }
}
