package org.warta.dedupe;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.warta.core.ArticleId;
import org.warta.core.CanonicalUrl;
import org.warta.dedupe.Attribution.Reason;
import org.warta.dedupe.group.Agencies;
import org.warta.dedupe.group.Member;

/** Applies the attribution rules of {@link Attribution} to a group's members. */
final class Attributor {
  private static final Comparator<Member> EARLIEST =
      Comparator.comparingInt(Member::publishedMinute).thenComparingLong(Member::seq);

  private Attributor() {}

  static Attribution attribute(List<Member> members) {
    return explicit(members)
        .or(() -> carried(members))
        .or(() -> wire(members))
        .orElseGet(
            () ->
                credited(
                    members.stream().min(EARLIEST).orElseThrow(), Reason.EARLIEST_PUBLICATION));
  }

  /** Members naming other members (or outside pages) as their original. */
  private static Optional<Attribution> explicit(List<Member> members) {
    Map<Integer, Member> byUrl = new HashMap<>();
    for (Member m : members) {
      byUrl.putIfAbsent(m.urlHash(), m);
    }
    Map<Member, Integer> roots = new LinkedHashMap<>();
    Map<CanonicalUrl, Integer> outside = new LinkedHashMap<>();
    for (Member m : members) {
      for (CanonicalUrl hint : m.hints()) {
        if (UrlIdentity.isSite(hint)) {
          continue; // names a publisher, not a page: carried()
        }
        Member target = byUrl.get(UrlIdentity.hash(hint));
        if (target != null && target != m) {
          roots.merge(root(target, byUrl), 1, Integer::sum);
        } else if (target == null) {
          outside.merge(hint, 1, Integer::sum);
        }
      }
    }
    if (!roots.isEmpty()) {
      Member best =
          roots.entrySet().stream()
              .max(
                  Map.Entry.<Member, Integer>comparingByValue()
                      .thenComparing(Map.Entry.comparingByKey(EARLIEST.reversed())))
              .orElseThrow()
              .getKey();
      return Optional.of(credited(best, Reason.EXPLICIT_SIGNAL));
    }
    return outside.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(
            e ->
                new Attribution(
                    new Original.Page(e.getKey()), Reason.EXPLICIT_SIGNAL, Optional.empty()));
  }

  /** Follows original hints from member to member until one names no other member. */
  private static Member root(Member start, Map<Integer, Member> byUrl) {
    Set<Member> seen = new HashSet<>();
    Member m = start;
    while (seen.add(m)) {
      Member next = null;
      for (CanonicalUrl hint : m.hints()) {
        if (UrlIdentity.isSite(hint)) {
          continue;
        }
        Member t = byUrl.get(UrlIdentity.hash(hint));
        if (t != null && t != m) {
          next = t;
          break;
        }
      }
      if (next == null) {
        return m;
      }
      m = next;
    }
    return start; // a cycle: credit where the chain was entered
  }

  /**
   * Members naming only a publisher's site (a carried promo line): the site most members name that
   * some other member is on; its earliest member there.
   */
  private static Optional<Attribution> carried(List<Member> members) {
    Map<Integer, Integer> votes = new LinkedHashMap<>();
    for (Member m : members) {
      for (CanonicalUrl hint : m.hints()) {
        int site = UrlIdentity.siteKey(hint);
        if (UrlIdentity.isSite(hint)
            && site != m.site()
            && members.stream().anyMatch(o -> o.site() == site)) {
          votes.merge(site, 1, Integer::sum);
        }
      }
    }
    return votes.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .flatMap(top -> members.stream().filter(o -> o.site() == top.getKey()).min(EARLIEST))
        .map(m -> credited(m, Reason.CARRIED_PUBLISHER_LINE));
  }

  /** The agency most members credit, or its own copy when one member is on its site. */
  private static Optional<Attribution> wire(List<Member> members) {
    Map<Integer, Integer> votes = new HashMap<>();
    for (Member m : members) {
      if (m.agency() > 0) {
        votes.merge(m.agency(), 1, Integer::sum);
      }
    }
    if (votes.isEmpty()) {
      return Optional.empty();
    }
    int top = votes.values().stream().max(Integer::compare).orElseThrow();
    int agency =
        members.stream()
            .sorted(EARLIEST)
            .filter(m -> votes.getOrDefault(m.agency(), 0) == top)
            .findFirst()
            .orElseThrow()
            .agency();
    Optional<Member> outlet =
        members.stream().filter(m -> m.agency() == agency && m.outlet()).min(EARLIEST);
    if (outlet.isPresent()) {
      return Optional.of(credited(outlet.get(), Reason.WIRE_CREDIT));
    }
    String name = Agencies.name(agency).orElseThrow();
    return Optional.of(
        new Attribution(new Original.Agency(name), Reason.WIRE_CREDIT, Optional.empty()));
  }

  private static Attribution credited(Member m, Reason reason) {
    Optional<String> upstream = m.outlet() ? Optional.empty() : Agencies.name(m.agency());
    return new Attribution(new Original.Article(new ArticleId(m.id())), reason, upstream);
  }
}
