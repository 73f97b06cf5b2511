package org.warta.sample.site;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.warta.sample.plan.CorpusPlan;
import org.warta.sample.plan.Hashes;
import org.warta.sample.plan.PlannedArticle;
import org.warta.sample.publisher.Publisher;
import org.warta.sample.template.LinkItem;

/**
 * Which other articles a page links: inline related links (earlier coverage of the same story
 * first, then other earlier articles of the site), the latest and most-read lists as of a time, and
 * the partner sites. Only articles published before the page was captured are linked.
 */
final class Neighbours {
  private static final int RELATED = 3;
  private static final int LIST = 5;
  private final CorpusPlan plan;

  Neighbours(CorpusPlan plan) {
    this.plan = plan;
  }

  /** The site's articles published at or before {@code t}, newest first. */
  List<PlannedArticle> newestFirst(Publisher p, Instant t) {
    return plan.articlesOf(p).stream()
        .filter(a -> !a.published().toInstant().isAfter(t))
        .sorted(
            Comparator.comparing((PlannedArticle a) -> a.published().toInstant())
                .reversed()
                .thenComparing(PlannedArticle::key))
        .toList();
  }

  /** Up to three earlier articles of the same site, the same story's first. */
  List<LinkItem> related(PlannedArticle a) {
    List<PlannedArticle> earlier =
        newestFirst(a.publisher(), a.published().toInstant()).stream()
            .filter(o -> !o.key().equals(a.key()))
            .filter(o -> !o.syndication().group().equals(a.syndication().group()))
            .toList();
    List<PlannedArticle> chosen = new ArrayList<>();
    earlier.stream().filter(o -> o.story().equals(a.story())).forEach(chosen::add);
    earlier.stream()
        .filter(o -> !o.story().equals(a.story()))
        .sorted(Comparator.comparingLong(o -> Hashes.mix(plan.seed(), a.key() + ">" + o.key())))
        .forEach(chosen::add);
    return chosen.stream().limit(RELATED).map(LinkItem::of).toList();
  }

  /** The five newest other articles of the site at time {@code t}. */
  List<LinkItem> latest(PlannedArticle a, Instant t) {
    return newestFirst(a.publisher(), t).stream()
        .filter(o -> !o.key().equals(a.key()))
        .limit(LIST)
        .map(LinkItem::of)
        .toList();
  }

  /** Five articles of the site "most read" on the day of {@code t}, a stable pseudo-random pick. */
  List<LinkItem> popular(Publisher p, Optional<PlannedArticle> except, Instant t) {
    String day = t.toString().substring(0, 10);
    return newestFirst(p, t).stream()
        .filter(o -> except.map(e -> !e.key().equals(o.key())).orElse(true))
        .sorted(Comparator.comparingLong(o -> Hashes.mix(plan.seed(), day + "/" + o.key())))
        .limit(LIST)
        .map(LinkItem::of)
        .toList();
  }

  /** Up to five other publishers, starting after this one in catalog order ("Tautan Sahabat"). */
  List<Publisher> partners(Publisher p) {
    List<Publisher> all = plan.publishers();
    int i = all.indexOf(p);
    List<Publisher> partners = new ArrayList<>();
    for (int k = 1; k < all.size() && partners.size() < LIST; k++) {
      partners.add(all.get((i + k) % all.size()));
    }
    return partners;
  }
}
