package org.warta.dedupe;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warta.core.ArticleId;
import org.warta.core.CanonicalUrl;
import org.warta.dedupe.group.Agencies;
import org.warta.dedupe.group.Group;
import org.warta.dedupe.group.GroupBook;
import org.warta.dedupe.group.Member;
import org.warta.dedupe.index.Entry;
import org.warta.dedupe.index.Indexed;
import org.warta.dedupe.index.Window;

/**
 * Warta's duplicate detection and syndication credit (issue 5): call {@link #add} once for every
 * new article, in the order they arrive, and store what the {@link Verdict} says.
 *
 * <ul>
 *   <li><b>Exact copies</b> have equal cleaned text (boilerplate, datelines and closing credits
 *       removed, case and punctuation ignored).
 *   <li><b>Near-duplicates</b> share long copied passages covering at least half of the shorter
 *       text (truncated copies, copies with chrome, inserts, agency tails, a new headline or a
 *       dropped paragraph) — measured on word 5-grams, against a compact per-article sketch.
 *   <li><b>Groups</b>: a copy joins the group of the article it copies best; when it copies
 *       articles of several groups almost entirely, those groups merge. Copies are grouped, never
 *       dropped; a source can opt out ({@link Candidate#optOut()}).
 *   <li><b>Credit</b>: each group's original, by explicit signal, then wire credit, then earliest
 *       publication ({@link Attribution}).
 * </ul>
 *
 * <p><b>State</b> is incremental and bounded: only articles seen within {@link
 * DedupeSettings#window()} and at most {@link DedupeSettings#maxArticles()} of them are kept, about
 * 130 bytes each; older ones are evicted in whole segments. Checking one article takes tens of
 * microseconds.
 *
 * <p><b>Restart</b>: the state is rebuilt by replaying the stored articles seen within the window,
 * in the order they were first added (store id order), through {@link #add}, passing {@link
 * Candidate#withPriorGroup} the group id the store has: the same sequence gives the same groups,
 * and groups founded before the replayed range keep their ids.
 *
 * <p>Not thread-safe: one detector per ingest thread, or synchronise calls.
 */
public final class DuplicateDetector {
  private final DedupeSettings settings;
  private final Fingerprinter fingerprinter;
  private final CopyFinder finder;
  private final Window window;
  private final GroupBook groups = new GroupBook();
  private final Extras extras = new Extras();

  private DuplicateDetector(DedupeSettings settings) {
    this.settings = settings;
    this.fingerprinter = new Fingerprinter(settings);
    this.finder = new CopyFinder(settings);
    this.window =
        new Window(
            settings.segmentArticles(),
            settings.mergeFactor(),
            settings.maxArticles(),
            (int) Math.min(Integer.MAX_VALUE, settings.window().toMinutes()));
  }

  /** A detector with the given settings and empty state. */
  public static DuplicateDetector create(DedupeSettings settings) {
    return new DuplicateDetector(settings);
  }

  /** A detector with {@link DedupeSettings#defaults()}. */
  public static DuplicateDetector create() {
    return create(DedupeSettings.defaults());
  }

  /**
   * Checks one new article against the recent ones, indexes it and groups it with what it copies.
   */
  public Verdict add(Candidate c) {
    if (c.optOut()) {
      return Verdict.alone(c.id(), Verdict.Kind.OPTED_OUT);
    }
    Fingerprint fp = fingerprinter.of(c);
    if (fp.shingles().isEmpty()) {
      return Verdict.alone(c.id(), Verdict.Kind.TOO_SHORT);
    }
    evict(c.seen());
    List<Match> matches = finder.find(fp, window);
    long seq = window.add(entry(c, fp), fp.sketch(), fp.minRun(), fp.indexKeys());
    extras.remember(seq, hints(c, fp), c.priorGroup());
    if (matches.isEmpty()) {
      return Verdict.alone(c.id(), Verdict.Kind.NEW);
    }
    return grouped(c, seq, matches);
  }

  private void evict(Instant seen) {
    long before = window.oldestSeq();
    window.evict(minutes(seen));
    if (window.oldestSeq() != before) {
      groups.forgetBefore(window.oldestSeq());
      extras.forgetBefore(window.oldestSeq());
    }
  }

  private Verdict grouped(Candidate c, long seq, List<Match> matches) {
    Match best = matches.getFirst();
    int target = groupOf(best.seq());
    List<Long> absorbed = new ArrayList<>();
    for (Match m : matches.subList(1, matches.size())) {
      if (m.score() < settings.mergeThreshold()) {
        continue;
      }
      Indexed other = window.get(m.seq());
      if (other.group() < 0) {
        groups.join(target, member(m.seq()));
        other.setGroup(target);
      } else if (other.group() != target) {
        target = merge(target, other.group(), absorbed);
      }
    }
    groups.join(target, member(seq));
    window.get(seq).setGroup(target);
    Group g = groups.get(target);
    Verdict.Kind kind = best.exact() ? Verdict.Kind.EXACT_COPY : Verdict.Kind.NEAR_DUPLICATE;
    ArticleId matched = new ArticleId(window.get(best.seq()).id());
    return new Verdict(
        c.id(), kind, Optional.of(matched), best.score(), Optional.of(snapshot(g)), absorbed);
  }

  /** The group of a window article, opening one with it as founder when it has none. */
  private int groupOf(long seq) {
    Indexed a = window.get(seq);
    if (a.group() >= 0) {
      return a.group();
    }
    long id = extras.priorGroup(seq).orElse(a.id());
    int number = groups.open(id, member(seq));
    a.setGroup(number);
    return number;
  }

  /** Merges two groups; the older survives. Returns the survivor's number. */
  private int merge(int a, int b, List<Long> absorbed) {
    boolean aOlder = groups.get(a).founderSeq() <= groups.get(b).founderSeq();
    int keep = aOlder ? a : b;
    int drop = aOlder ? b : a;
    absorbed.add(groups.get(drop).id());
    for (Member m : groups.merge(keep, drop)) {
      if (window.contains(m.seq())) {
        window.get(m.seq()).setGroup(keep);
      }
    }
    return keep;
  }

  private Member member(long seq) {
    Indexed a = window.get(seq);
    return new Member(
        seq,
        a.id(),
        a.publishedMinute(),
        a.agency(),
        a.outlet(),
        a.urlHash(),
        a.site(),
        extras.hints(seq));
  }

  private static DuplicateGroup snapshot(Group g) {
    long[] memberIds = g.memberIds();
    List<ArticleId> ids = new ArrayList<>(memberIds.length);
    for (long id : memberIds) {
      ids.add(new ArticleId(id));
    }
    return new DuplicateGroup(g.id(), ids, Attributor.attribute(g.members()));
  }

  private Entry entry(Candidate c, Fingerprint fp) {
    int agency = fp.credit().map(w -> Agencies.number(w.agency())).orElse(0);
    boolean outlet =
        fp.credit()
            .map(w -> Agencies.isOutlet(w.agency(), c.url().value().getHost()))
            .orElse(false);
    return new Entry(
        c.id().value(),
        minutes(c.seen()),
        minutes(c.publishedOrSeen()),
        fp.exact(),
        fp.sampled().length,
        fp.sampleThreshold(),
        UrlIdentity.hash(c.url()),
        UrlIdentity.siteKey(c.url()),
        agency,
        outlet ? Entry.OUTLET : 0);
  }

  /**
   * The pages a candidate names as its original: the page's own hints first, then the republication
   * notices in its text; never its own identity.
   */
  private static List<CanonicalUrl> hints(Candidate c, Fingerprint fp) {
    List<CanonicalUrl> out = new ArrayList<>();
    List<URI> named = new ArrayList<>(c.originalHints());
    named.addAll(fp.sources());
    for (URI u : named) {
      try {
        CanonicalUrl h = CanonicalUrl.of(u);
        if (!h.sameIdentity(c.url()) && !out.contains(h)) {
          out.add(h);
        }
      } catch (IllegalArgumentException notAWebUrl) {
        // a hint that is no http(s) URL names nothing we could match
      }
    }
    return out;
  }

  private static int minutes(Instant t) {
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, t.getEpochSecond() / 60));
  }

  /** Duplicate groups currently tracked (for evaluation output), as snapshots. */
  public List<DuplicateGroup> groups() {
    List<DuplicateGroup> out = new ArrayList<>();
    for (Group g : groups.all()) {
      out.add(snapshot(g));
    }
    return out;
  }

  /** The size of the detector's state. */
  public DetectorStats stats() {
    return new DetectorStats(
        window.articles(),
        window.evicted(),
        window.segments(),
        groups.size(),
        window.bytes(),
        groups.bytes() + extras.bytes());
  }
}
