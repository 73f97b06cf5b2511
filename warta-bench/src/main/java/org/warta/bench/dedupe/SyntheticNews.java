package org.warta.bench.dedupe;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.warta.core.ArticleId;
import org.warta.core.CanonicalUrl;
import org.warta.dedupe.Candidate;

/**
 * A deterministic stream of invented news articles for benchmarks: words drawn from a made-up
 * vocabulary with a Zipf-like frequency (so common words repeat as in real text), about 300 words
 * in 5-8 paragraphs, one article a second. A share of the articles are copies of a recent one, as
 * syndication produces them: with a dateline and agency tail, "Baca juga" inserts, truncated, or
 * with a paragraph dropped. No real text is used.
 */
public final class SyntheticNews {
  private static final String[] SYLLABLES = {
    "ka", "ra", "ma", "ta", "sa", "na", "ba", "la", "pa", "da", "ri", "ti", "si", "ni", "mi", "lu",
    "tu", "ku", "ro", "to", "mo", "se", "ne", "ge", "wa", "ja", "an", "en", "ang", "ung"
  };

  private final SplittableRandom random;
  private final String[] vocabulary;
  private final double copyShare;
  private final List<String> recent = new ArrayList<>();
  private long next = 1;

  /** A stream with the given seed and share of copies (0..1). */
  public SyntheticNews(long seed, double copyShare) {
    this.random = new SplittableRandom(seed);
    this.copyShare = copyShare;
    this.vocabulary = new String[20_000];
    SplittableRandom words = new SplittableRandom(42);
    for (int i = 0; i < vocabulary.length; i++) {
      StringBuilder w = new StringBuilder();
      int syllables = 1 + words.nextInt(4);
      for (int s = 0; s < syllables; s++) {
        w.append(SYLLABLES[words.nextInt(SYLLABLES.length)]);
      }
      vocabulary[i] = w.toString();
    }
  }

  /** The next article of the stream. */
  public Candidate next() {
    long id = next++;
    String body =
        !recent.isEmpty() && random.nextDouble() < copyShare ? copy(pickRecent()) : fresh();
    remember(body);
    Instant t = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(id);
    return Candidate.of(
        new ArticleId(id),
        CanonicalUrl.of("https://site" + (id % 500) + ".example/read/" + id),
        sentence(8),
        body,
        t);
  }

  private String pickRecent() {
    return recent.get(recent.size() - 1 - random.nextInt(Math.min(recent.size(), 200)));
  }

  private void remember(String body) {
    recent.add(body);
    if (recent.size() > 400) {
      recent.subList(0, 200).clear();
    }
  }

  private String fresh() {
    int paragraphs = 5 + random.nextInt(4);
    List<String> out = new ArrayList<>();
    for (int p = 0; p < paragraphs; p++) {
      out.add(sentence(15 + random.nextInt(15)) + " " + sentence(10 + random.nextInt(15)));
    }
    return String.join("\n\n", out);
  }

  private String copy(String original) {
    List<String> paragraphs = new ArrayList<>(List.of(original.split("\n\n")));
    switch (random.nextInt(paragraphs.size() >= 4 ? 4 : 2)) {
      case 0 -> {
        paragraphs.set(0, "Jakarta (ANTARA) - " + paragraphs.getFirst());
        paragraphs.set(paragraphs.size() - 1, paragraphs.getLast() + " (ant)");
      }
      case 1 -> paragraphs.add(2, "Baca juga: " + sentence(7));
      case 2 -> paragraphs.subList(3, paragraphs.size()).clear();
      default -> paragraphs.remove(1 + random.nextInt(paragraphs.size() - 2));
    }
    return String.join("\n\n", paragraphs);
  }

  private String sentence(int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      String w = vocabulary[zipf()];
      sb.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
    }
    return sb.append('.').toString();
  }

  /** An index with probability roughly proportional to 1/(rank+10). */
  private int zipf() {
    double u = random.nextDouble();
    return (int)
        Math.min(vocabulary.length - 1, 10 * (Math.pow(vocabulary.length / 10.0 + 1, u) - 1));
  }
}
