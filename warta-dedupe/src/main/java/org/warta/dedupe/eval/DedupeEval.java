package org.warta.dedupe.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.warta.core.ArticleId;
import org.warta.core.CanonicalUrl;
import org.warta.dedupe.Candidate;
import org.warta.dedupe.DedupeSettings;
import org.warta.dedupe.DuplicateDetector;
import org.warta.dedupe.DuplicateGroup;
import org.warta.dedupe.Original;
import org.warta.dedupe.Verdict;

/**
 * Streams evaluation documents through a {@link DuplicateDetector} in the given order, one {@link
 * DuplicateDetector#add} each, and collects the final duplicate groups from the verdicts (no
 * all-pairs comparison, no re-clustering). Documents carry no dates, so the order stands for time:
 * the n-th document is taken as published and seen n seconds after the epoch; a document without a
 * usable URL gets {@code https://doc.invalid/<n>}.
 */
public final class DedupeEval {
  private DedupeEval() {}

  /** Runs the stream and returns pairs, originals and throughput. */
  public static EvalResult run(Iterator<EvalDocument> documents, DedupeSettings settings) {
    DuplicateDetector detector = DuplicateDetector.create(settings);
    List<String> ids = new ArrayList<>();
    UnionFind groups = new UnionFind();
    Map<Long, DuplicateGroup> latest = new HashMap<>();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long nanos = 0;
    long cpu = 0;
    while (documents.hasNext()) {
      EvalDocument d = documents.next();
      ids.add(d.id());
      long n = ids.size();
      Candidate c = candidate(n, d);
      long start = System.nanoTime();
      long startCpu = threads.getCurrentThreadCpuTime();
      Verdict v = detector.add(c);
      cpu += threads.getCurrentThreadCpuTime() - startCpu;
      nanos += System.nanoTime() - start;
      v.group().ifPresent(g -> record(v, g, groups, latest));
    }
    return new EvalResult(
        pairs(groups, ids),
        originals(latest, ids),
        ids.size(),
        Duration.ofNanos(nanos),
        Duration.ofNanos(cpu),
        detector.stats());
  }

  private static void record(
      Verdict v, DuplicateGroup g, UnionFind groups, Map<Long, DuplicateGroup> latest) {
    for (ArticleId member : g.members()) {
      groups.union(v.article().value(), member.value());
    }
    for (long absorbed : v.absorbedGroups()) {
      latest.remove(absorbed);
    }
    latest.put(g.id(), g);
  }

  static Candidate candidate(long n, EvalDocument d) {
    Instant t = Instant.EPOCH.plusSeconds(n);
    return Candidate.of(new ArticleId(n), url(n, d.url()), d.title(), d.text(), t);
  }

  private static CanonicalUrl url(long n, String url) {
    try {
      return CanonicalUrl.of(URI.create(url.strip()));
    } catch (IllegalArgumentException | NullPointerException e) {
      return CanonicalUrl.of("https://doc.invalid/" + n);
    }
  }

  private static List<String[]> pairs(UnionFind groups, List<String> ids) {
    Map<Long, List<String>> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      long n = i + 1;
      if (groups.contains(n)) {
        byRoot.computeIfAbsent(groups.find(n), k -> new ArrayList<>()).add(ids.get(i));
      }
    }
    List<String[]> pairs = new ArrayList<>();
    for (List<String> members : byRoot.values()) {
      List<String> sorted = members.stream().sorted().toList();
      for (int a = 0; a < sorted.size(); a++) {
        for (int b = a + 1; b < sorted.size(); b++) {
          pairs.add(new String[] {sorted.get(a), sorted.get(b)});
        }
      }
    }
    pairs.sort((x, y) -> x[0].equals(y[0]) ? x[1].compareTo(y[1]) : x[0].compareTo(y[0]));
    return pairs;
  }

  private static Map<String, String> originals(Map<Long, DuplicateGroup> latest, List<String> ids) {
    Map<String, String> out = new TreeMap<>();
    for (DuplicateGroup g : latest.values()) {
      for (ArticleId member : g.members()) {
        out.put(ids.get((int) member.value() - 1), label(g.creditFor(member), ids));
      }
    }
    return out;
  }

  private static String label(Original o, List<String> ids) {
    return switch (o) {
      case Original.Article a -> ids.get((int) a.id().value() - 1);
      case Original.Agency a -> a.label();
      case Original.Page p -> p.label();
    };
  }

  /** Union-find over document numbers. */
  private static final class UnionFind {
    private final Map<Long, Long> parent = new HashMap<>();

    boolean contains(long x) {
      return parent.containsKey(x);
    }

    long find(long x) {
      long root = x;
      while (true) {
        long p = parent.getOrDefault(root, root);
        if (p == root) {
          break;
        }
        root = p;
      }
      parent.putIfAbsent(x, x);
      parent.put(x, root);
      return root;
    }

    void union(long a, long b) {
      long ra = find(a);
      long rb = find(b);
      if (ra != rb) {
        parent.put(Math.max(ra, rb), Math.min(ra, rb));
      }
    }
  }
}
