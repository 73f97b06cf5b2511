package org.warta.bench.stories;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.warta.core.ArticleId;
import org.warta.core.Language;
import org.warta.core.SourceId;
import org.warta.stories.StoryCandidate;

/**
 * An endless, deterministic stream of generated news articles shaped like a national aggregator's
 * intake: events of a dozen kinds (earthquakes, floods, acquisitions, arrests, ...) with their own
 * invented names, places and numbers, each covered by 1 to 40 articles from 300 sources over up to
 * two days, in Indonesian (60 %) or English; about 250 words per article: the event's names, number
 * and kind (about 15 %), fifteen topic words of the event (10 %) and the rest from a Zipf-shaped
 * vocabulary of 50 000 invented words. Articles come out in time order at {@code perDay} articles a
 * day. No real text is used.
 */
final class NewsStream implements Iterator<StoryCandidate> {
  private static final String[] KINDS_ID = {
    "gempa",
    "banjir",
    "kebakaran",
    "akuisisi",
    "ditangkap",
    "pemilu",
    "kecelakaan",
    "longsor",
    "korupsi",
    "ledakan",
    "wabah",
    "mogok"
  };
  private static final String[] KINDS_EN = {
    "earthquake",
    "flood",
    "fire",
    "acquisition",
    "arrested",
    "election",
    "crash",
    "landslide",
    "corruption",
    "explosion",
    "outbreak",
    "strike"
  };
  private static final String[] SYLLABLES = {
    "ka", "ra", "lu", "ma", "no", "si", "ta", "be", "ngi", "wa", "do", "pe", "ri", "su", "la", "go",
    "ha", "ni", "ja", "te", "ku", "an", "ar", "in", "ul"
  };
  private static final int VOCABULARY = 50_000;
  private static final int TOPIC_WORDS = 15;
  private static final int SOURCES = 300;

  private final SplittableRandom random;
  private final long perDay;
  private final String[] words = new String[VOCABULARY];
  private final double[] zipf = new double[VOCABULARY];
  private final PriorityQueue<Pending> pending = new PriorityQueue<>();
  private Instant clock;
  private long nextArticle = 1;
  private long nextEventAt;

  /** A stream starting at {@code start}, {@code perDay} articles a day, from a seed. */
  NewsStream(long seed, Instant start, long perDay) {
    this.random = new SplittableRandom(seed);
    this.perDay = perDay;
    this.clock = start;
    double total = 0;
    for (int i = 0; i < VOCABULARY; i++) {
      words[i] = word(2 + random.nextInt(3));
      total += 1.0 / (i + 1);
      zipf[i] = total;
    }
    for (int i = 0; i < VOCABULARY; i++) {
      zipf[i] /= total;
    }
    nextEventAt = start.getEpochSecond();
  }

  @Override
  public boolean hasNext() {
    return true;
  }

  @Override
  public StoryCandidate next() {
    // events arrive so that, at ~8 articles per event, perDay articles a day result
    while (pending.isEmpty() || pending.peek().at > nextEventAt) {
      startEvent(nextEventAt);
      nextEventAt += Math.max(1, (long) (86_400.0 * 8 / perDay * 2 * random.nextDouble()));
    }
    Pending p = pending.poll();
    clock = Instant.ofEpochSecond(p.at);
    return article(p.event, clock);
  }

  private void startEvent(long at) {
    String[] topic = new String[TOPIC_WORDS];
    for (int i = 0; i < topic.length; i++) {
      topic[i] = background();
    }
    Event e =
        new Event(
            random.nextInt(KINDS_ID.length),
            name(),
            name(),
            name(),
            1 + random.nextInt(999),
            topic);
    int articles = 1 + (int) Math.min(39, Math.floor(-Math.log(1 - random.nextDouble()) * 7));
    long span = (long) (Duration.ofDays(2).toSeconds() * random.nextDouble());
    for (int i = 0; i < articles; i++) {
      pending.add(new Pending(at + (i == 0 ? 0 : (long) (span * random.nextDouble())), e));
    }
  }

  private StoryCandidate article(Event e, Instant at) {
    boolean indonesian = random.nextDouble() < 0.6;
    String kind = indonesian ? KINDS_ID[e.kind] : KINDS_EN[e.kind];
    String title = e.place + " " + kind + " " + e.person + " " + e.number;
    StringBuilder body = new StringBuilder(1_800);
    int sentences = 10 + random.nextInt(8);
    for (int s = 0; s < sentences; s++) {
      sentence(body, e, kind);
      body.append(s % 3 == 2 ? "\n\n" : " ");
    }
    return StoryCandidate.of(
        new ArticleId(nextArticle++),
        new SourceId(1 + random.nextInt(SOURCES)),
        indonesian ? Language.INDONESIAN : Language.ENGLISH,
        title,
        body.toString(),
        at);
  }

  private void sentence(StringBuilder out, Event e, String kind) {
    int n = 12 + random.nextInt(10);
    for (int i = 0; i < n; i++) {
      String w;
      double r = random.nextDouble();
      if (r < 0.05) {
        w = e.place;
      } else if (r < 0.08) {
        w = e.person;
      } else if (r < 0.10) {
        w = e.organisation;
      } else if (r < 0.12) {
        w = kind;
      } else if (r < 0.13) {
        w = Integer.toString(e.number);
      } else if (r < 0.23) {
        w = e.topic[random.nextInt(e.topic.length)];
      } else {
        w = background();
      }
      out.append(i == 0 ? capitalised(w) : w).append(i == n - 1 ? "." : " ");
    }
  }

  private String background() {
    double u = random.nextDouble();
    int lo = 0;
    int hi = VOCABULARY - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (zipf[mid] < u) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return words[lo];
  }

  private String name() {
    return capitalised(word(2 + random.nextInt(2)));
  }

  private String word(int syllables) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return b.toString();
  }

  private static String capitalised(String w) {
    return w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
  }

  /** The next {@code n} articles. */
  List<StoryCandidate> take(int n) {
    List<StoryCandidate> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(next());
    }
    return out;
  }

  private record Event(
      int kind, String place, String person, String organisation, int number, String[] topic) {}

  private record Pending(long at, Event event) implements Comparable<Pending> {
    @Override
    public int compareTo(Pending o) {
      return Long.compare(at, o.at);
    }
  }
}
