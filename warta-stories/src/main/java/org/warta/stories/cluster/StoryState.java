package org.warta.stories.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.warta.core.ArticleId;
import org.warta.core.Language;
import org.warta.core.SourceId;
import org.warta.stories.vector.Centroid;

/** A live story inside the clusterer: centroid, remembered members and coverage counters. */
final class StoryState {
  /** Distinct sources remembered per story; beyond it the count keeps growing unchecked. */
  static final int MAX_TRACKED_SOURCES = 256;

  final int slot;
  long id;
  final Centroid centroid = new Centroid();
  int languageMask;
  Language[] languages = new Language[0];
  int articles;
  long firstSeen = Long.MAX_VALUE;
  long lastSeen = Long.MIN_VALUE;
  ArticleId lead;
  final List<Member> members = new ArrayList<>();
  long[] sources = new long[0];
  int sourceCount;
  int[] indexTerms = new int[0];
  long[] aliases = new long[0];

  StoryState(int slot, long id, ArticleId lead) {
    this.slot = slot;
    this.id = id;
    this.lead = lead;
  }

  /** Adds an article: centroid, counters, and the member list while under the cap. */
  void add(Member m, int centroidCap, int memberCap) {
    centroid.add(m.vector(), 1f, centroidCap);
    count(m);
    if (members.size() < memberCap) {
      members.add(m);
    }
  }

  /** Counts an article in the coverage counters (not the centroid). */
  void count(Member m) {
    languageMask |= 1 << m.partition();
    addLanguage(m.language());
    articles++;
    firstSeen = Math.min(firstSeen, m.time());
    lastSeen = Math.max(lastSeen, m.time());
    addSource(m.source());
  }

  void addLanguage(Language language) {
    if (!Arrays.asList(languages).contains(language)) {
      languages = Arrays.copyOf(languages, languages.length + 1);
      languages[languages.length - 1] = language;
    }
  }

  /** Rebuilds everything from these members (all of the story's articles). */
  void rebuild(List<Member> all, int centroidCap) {
    centroid.clear();
    members.clear();
    languageMask = 0;
    languages = new Language[0];
    articles = 0;
    firstSeen = Long.MAX_VALUE;
    lastSeen = Long.MIN_VALUE;
    sources = new long[0];
    sourceCount = 0;
    Member earliest = all.getFirst();
    for (Member m : all) {
      add(m, centroidCap, Integer.MAX_VALUE);
      if (m.time() < earliest.time()) {
        earliest = m;
      }
    }
    lead = earliest.article();
  }

  void addSource(SourceId source) {
    long s = source.value();
    for (long known : sources) {
      if (known == s) {
        return;
      }
    }
    sourceCount++;
    if (sources.length < MAX_TRACKED_SOURCES) {
      sources = Arrays.copyOf(sources, sources.length + 1);
      sources[sources.length - 1] = s;
    }
  }

  /** Approximate heap bytes held by this story. */
  long bytes() {
    long b = 96 + centroid.bytes() + 16 + 8L * sources.length + 16 + 4L * indexTerms.length;
    b += 40 + 4L * members.size() + 16 + 8L * languages.length + 16 + 8L * aliases.length;
    for (Member m : members) {
      b += 48 + m.vector().bytes();
    }
    return b;
  }
}
