package org.warta.benchgen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warta.core.Language;
import org.warta.sample.SampleCorpus;
import org.warta.sample.plan.CorpusPlan;
import org.warta.sample.plan.PlannedArticle;
import org.warta.sample.publisher.Publisher;

/**
 * The material synthetic articles are recombined from: the sample's publishers (their templates,
 * languages and URL schemes) and, per language, the events of the sample with their titles and
 * paragraphs (all written for Warta).
 */
final class SeedText {
  /** One event's text in one language. */
  record Event(String key, String title, String description, List<String> paragraphs) {}

  final List<Publisher> publishers;
  final Map<Language, List<Event>> events = new LinkedHashMap<>();

  private SeedText(CorpusPlan plan) {
    this.publishers = plan.publishers();
    Map<String, Event> byKey = new LinkedHashMap<>();
    for (PlannedArticle a : plan.articles()) {
      if (a.syndication().isCopy()) {
        continue;
      }
      String key = a.story() + "/" + a.publisher().language().code();
      byKey.putIfAbsent(key, new Event(key, a.title(), a.description(), a.paragraphs()));
      events
          .computeIfAbsent(a.publisher().language(), l -> new ArrayList<>())
          .add(new Event(a.key(), a.title(), a.description(), a.paragraphs()));
    }
  }

  static SeedText sample() {
    return new SeedText(SampleCorpus.plan());
  }

  List<Event> in(Language language) {
    List<Event> list = events.get(language);
    if (list == null || list.isEmpty()) {
      return events.values().iterator().next();
    }
    return list;
  }
}
