package org.warta.pipeline.setup;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warta.core.FeedItem;
import org.warta.core.RawPage;
import org.warta.feed.discovery.DiscoveredInput;
import org.warta.feed.discovery.DiscoveredInput.Evidence;
import org.warta.feed.discovery.DiscoveredInput.Kind;
import org.warta.feed.discovery.FeedDiscovery;
import org.warta.feed.discovery.SiteHost;
import org.warta.fetch.Fetcher;

/**
 * Feed and sitemap autodiscovery from a home page, strongest evidence first: the feeds and sitemaps
 * the page declares ({@code <link rel="alternate">}, {@code rel="sitemap"}) and the {@code
 * Sitemap:} lines of the site's robots.txt (RFC 9309 section 2.2.4); only when there are none,
 * feed-looking links on the page; only when there are none either, the conventional addresses
 * ({@code /feed}, {@code /rss.xml}, {@code /sitemap.xml} ...). Every lead is probed and kept only
 * if it reads; comment feeds are ignored, and a feed listing the same entries as one already kept
 * (the Atom twin of an RSS feed) is left out.
 */
final class Autodiscovery {
  /** The most leads probed for one page, to bound the time {@code sources add} takes. */
  static final int MAX_PROBES = 12;

  private static final String CONVENTIONAL = "found at a conventional address";

  private final Fetcher fetcher;
  private final Prober prober;

  Autodiscovery(Fetcher fetcher, Prober prober) {
    this.fetcher = fetcher;
    this.prober = prober;
  }

  /** What was found: the sources to add, and notes on leads that did not work out. */
  record Found(List<Candidate> candidates, List<String> notes) {}

  Found discover(RawPage home) throws InterruptedException {
    Map<URI, String> leads = leads(home);
    List<Candidate> candidates = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Set<Set<URI>> entrySets = new HashSet<>();
    int probes = 0;
    for (Map.Entry<URI, String> lead : leads.entrySet()) {
      boolean guess = lead.getValue().equals(CONVENTIONAL); // misses are expected, not news
      if (probes++ >= MAX_PROBES) {
        notes.add("not probed (limit of " + MAX_PROBES + "): " + lead.getKey());
        continue;
      }
      switch (prober.probe(lead.getKey())) {
        case Probed.AFeed f -> {
          Set<URI> entries = new HashSet<>(f.feed().items().stream().map(FeedItem::link).toList());
          if (!entries.isEmpty() && !entrySets.add(entries)) {
            notes.add(
                "left out " + f.url() + ": it lists the same entries as a feed already found");
          } else {
            candidates.add(Candidates.feed(f, lead.getValue()));
          }
        }
        case Probed.ASitemap s -> candidates.add(Candidates.sitemap(s, lead.getValue()));
        case Probed.APage p -> {
          if (!guess) {
            notes.add(lead.getKey() + " is a web page, not a feed or sitemap");
          }
        }
        case Probed.Unusable u -> {
          if (!guess) {
            notes.add(u.why());
          }
        }
      }
    }
    return new Found(candidates, notes);
  }

  /** The URLs to probe with how each was found, strongest first. */
  private Map<URI, String> leads(RawPage home) throws InterruptedException {
    List<DiscoveredInput> inputs = FeedDiscovery.discover(home.body(), home.url());
    Map<URI, String> leads = new LinkedHashMap<>();
    for (DiscoveredInput in : inputs) {
      if (in.kind() == Kind.COMMENTS_FEED) {
        continue;
      }
      switch (in.evidence()) {
        case LINK_ALTERNATE -> leads.putIfAbsent(in.url(), "declared by the page (rel=alternate)");
        case DECLARED_SITEMAP -> leads.putIfAbsent(in.url(), "declared by the page (rel=sitemap)");
        case ANCHOR, COMMON_PATH -> {}
      }
    }
    for (URI sitemap : fetcher.robots(home.url()).sitemaps()) {
      leads.putIfAbsent(sitemap, "named in robots.txt");
    }
    if (leads.isEmpty()) {
      weaker(inputs, Evidence.ANCHOR, home.url(), "linked from the page", leads);
    }
    if (leads.isEmpty()) {
      weaker(inputs, Evidence.COMMON_PATH, home.url(), CONVENTIONAL, leads);
    }
    return leads;
  }

  private static void weaker(
      List<DiscoveredInput> inputs,
      Evidence evidence,
      URI page,
      String how,
      Map<URI, String> leads) {
    for (DiscoveredInput in : inputs) {
      if (in.evidence() == evidence
          && in.kind() != Kind.COMMENTS_FEED
          && SiteHost.sameSite(in.url(), page)) {
        leads.putIfAbsent(in.url(), how);
      }
    }
  }
}
