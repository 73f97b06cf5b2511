package org.warta.extract.body;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.warta.extract.ResourceLines;

/**
 * The selectors of {@code body/content-selectors.tsv}: where pages mark their article text. The
 * first entry that matches an element with enough text wins; among its matches the one with the
 * most text. Entries use a small selector language, matched in one pass over the page: {@code
 * .class}, {@code #id}, {@code tag} and {@code [attribute=value]}, comma-separated.
 */
final class ContentSelectors {
  /** A matched container and whether its selector names the body itself or a wrapper. */
  record Match(Element element, boolean specific, String selector, List<Element> parts) {}

  /** Smallest text of a further part of a body marked in several pieces. */
  static final int MIN_PART_CHARS = 100;

  private record Entry(boolean specific, String css) {}

  private static final List<Entry> ENTRIES = new ArrayList<>();
  private static final Map<String, Integer> BY_CLASS = new HashMap<>();
  private static final Map<String, Integer> BY_ID = new HashMap<>();
  private static final Map<String, Integer> BY_TAG = new HashMap<>();
  private static final Map<String, Map<String, Integer>> BY_ATTR = new HashMap<>();
  private static final int MIN_CHARS = 200;

  static {
    load();
  }

  /**
   * The length and first character of every {@link #BY_CLASS} key (ASCII first characters, at bit
   * {@code length * 128 + first}): a page's class names of another shape are not cut out of their
   * attribute to be looked up.
   */
  private static final java.util.BitSet CLASS_SHAPES = classShapes();

  private static java.util.BitSet classShapes() {
    java.util.BitSet shapes = new java.util.BitSet();
    for (String key : BY_CLASS.keySet()) {
      if (!key.isEmpty() && key.charAt(0) < 128 && key.length() <= MAX_SHAPE_LENGTH) {
        shapes.set(key.length() * 128 + key.charAt(0));
      }
    }
    return shapes;
  }

  private static final int MAX_SHAPE_LENGTH = 255;

  /** Whether {@code cls} from {@code start} to {@code end} may be a key of {@link #BY_CLASS}. */
  private static boolean mayBeClass(String cls, int start, int end) {
    char first = cls.charAt(start);
    int length = end - start;
    return first >= 128 || length > MAX_SHAPE_LENGTH || CLASS_SHAPES.get(length * 128 + first);
  }

  private ContentSelectors() {}

  /**
   * The first entry's best match. For generic entries ({@code article}) a match holding the
   * headline wins over bigger ones: listing pages put several articles beside the real one.
   */
  static Optional<Match> find(
      List<Element> elements,
      TextStats stats,
      @org.jspecify.annotations.Nullable Element headline) {
    @org.jspecify.annotations.Nullable Element[] best = new Element[ENTRIES.size()];
    int[] bestChars = new int[ENTRIES.size()];
    List<List<Element>> all = new ArrayList<>();
    for (int i = 0; i < ENTRIES.size(); i++) {
      all.add(new ArrayList<>());
    }
    for (Element e : elements) {
      consider(BY_TAG.get(e.normalName()), e, stats, best, bestChars, all);
      if (e.attributesSize() == 0) {
        continue;
      }
      String cls = e.className();
      int start = 0;
      while (start < cls.length()) {
        int end = cls.indexOf(' ', start);
        if (end < 0) {
          end = cls.length();
        }
        if (end > start && mayBeClass(cls, start, end)) {
          consider(BY_CLASS.get(cls.substring(start, end)), e, stats, best, bestChars, all);
        }
        start = end + 1;
      }
      if (!e.id().isEmpty()) {
        consider(BY_ID.get(e.id()), e, stats, best, bestChars, all);
      }
      for (Map.Entry<String, Map<String, Integer>> a : BY_ATTR.entrySet()) {
        String v = e.attr(a.getKey());
        if (!v.isEmpty()) {
          consider(a.getValue().get(v.toLowerCase(Locale.ROOT)), e, stats, best, bestChars, all);
        }
      }
    }
    if (headline != null) {
      for (int i = 0; i < best.length; i++) {
        if (!ENTRIES.get(i).specific()
            && best[i] != null
            && !ContainerScorer.isAncestor(best[i], headline)) {
          for (Element a : headline.parents()) {
            if (BY_TAG.get(a.normalName()) != null
                && BY_TAG.get(a.normalName()) == i
                && stats.of(a).chars >= MIN_CHARS) {
              best[i] = a;
              break;
            }
          }
        }
      }
    }
    for (int i = 0; i < best.length; i++) {
      if (best[i] != null) {
        List<Element> parts =
            ENTRIES.get(i).specific() ? partsBeside(best[i], all.get(i), stats) : List.of(best[i]);
        if (!parts.contains(best[i])) {
          parts = List.of(best[i]);
        }
        return Optional.of(
            new Match(best[i], ENTRIES.get(i).specific(), ENTRIES.get(i).css(), parts));
      }
    }
    return Optional.empty();
  }

  private static void consider(
      @org.jspecify.annotations.Nullable Integer entry,
      Element e,
      TextStats stats,
      Element[] best,
      int[] bestChars,
      List<List<Element>> all) {
    if (entry == null) {
      return;
    }
    int chars = stats.of(e).chars;
    List<Element> seen = all.get(entry);
    if (chars >= MIN_PART_CHARS && seen.size() < 50 && (seen.isEmpty() || seen.getLast() != e)) {
      all.get(entry).add(e);
    }
    if (chars >= MIN_CHARS && chars > bestChars[entry]) {
      best[entry] = e;
      bestChars[entry] = chars;
    }
  }

  /**
   * The pieces that continue the best match: those meeting it within {@value #PART_LEVELS} levels
   * up (an article body split by ads or grid chunks), not matches elsewhere on the page (teasers of
   * other posts that reuse the class); farther away, only a piece of the very shape (tag and class)
   * of a match in or at the best one, with under {@value #MAX_TWIN_LINK_DENSITY} of its text in
   * links (the next sections of an article whose first section sits in a header block).
   */
  private static List<Element> partsBeside(Element best, List<Element> matches, TextStats stats) {
    List<Element> pieces = outermost(matches);
    @org.jspecify.annotations.Nullable Element region = best;
    for (int up = 0; up < PART_LEVELS && region != null; up++) {
      region = region.parent();
    }
    List<String> shapes = new ArrayList<>();
    for (Element m : matches) {
      if (m == best || ContainerScorer.isAncestor(best, m)) {
        shapes.add(m.normalName() + " " + m.className());
      }
    }
    List<Element> near = new ArrayList<>();
    for (Element p : pieces) {
      if (p == best || region != null && ContainerScorer.isAncestor(region, p)) {
        near.add(p);
      }
    }
    List<Element> out = new ArrayList<>();
    for (Element m : matches) {
      if (near.contains(m)
          || shapes.contains(m.normalName() + " " + m.className())
              && stats.of(m).linkDensity() < MAX_TWIN_LINK_DENSITY
              && !overlaps(m, near)
              && !overlaps(m, out)) {
        out.add(m);
      }
    }
    return withBlocksBetween(out, stats);
  }

  /**
   * The pieces with the blocks between them: when the first and the last piece sit in sibling
   * wrappers of one shape (tag and class), within {@value #PART_LEVELS} levels of their common
   * ancestor, the wrappers of that shape between them join (with under {@value
   * #MAX_TWIN_LINK_DENSITY} of their text in links): a page that marks only the first and the last
   * of its article's blocks ({@code <div class="block"><div class="article-content">} around ten
   * {@code <div class="block"><div class="text-block">}).
   */
  private static List<Element> withBlocksBetween(List<Element> parts, TextStats stats) {
    if (parts.size() < 2) {
      return parts;
    }
    Element first = parts.getFirst();
    Element last = parts.getLast();
    @org.jspecify.annotations.Nullable Element common = first.parent();
    while (common != null && !ContainerScorer.isAncestor(common, last)) {
      common = common.parent();
    }
    if (common == null) {
      return parts;
    }
    @org.jspecify.annotations.Nullable Element a = branch(common, first);
    @org.jspecify.annotations.Nullable Element b = branch(common, last);
    if (a == null
        || b == null
        || a == b
        || !a.normalName().equals(b.normalName())
        || !a.className().equals(b.className())) {
      return parts;
    }
    List<Element> out = new ArrayList<>();
    boolean inside = false;
    for (Element child : ChildElements.of(common)) {
      inside |= child == a;
      List<Element> within = new ArrayList<>();
      for (Element p : parts) {
        if (p == child || ContainerScorer.isAncestor(child, p)) {
          within.add(p);
        }
      }
      if (!within.isEmpty()) {
        out.addAll(within);
      } else if (inside
          && child.normalName().equals(a.normalName())
          && child.className().equals(a.className())
          && stats.of(child).linkDensity() < MAX_TWIN_LINK_DENSITY) {
        out.add(child);
      }
      if (child == b) {
        break;
      }
    }
    return out.size() == parts.size() ? parts : out;
  }

  /** The child of {@code common} that holds {@code e}, if at most {@value #PART_LEVELS} up. */
  private static @org.jspecify.annotations.Nullable Element branch(Element common, Element e) {
    Element x = e;
    for (int up = 0; up <= PART_LEVELS; up++) {
      Element parent = x.parent();
      if (parent == null) {
        return null;
      }
      if (parent == common) {
        return x;
      }
      x = parent;
    }
    return null;
  }

  private static boolean overlaps(Element e, List<Element> others) {
    for (Element o : others) {
      if (o != e && (ContainerScorer.isAncestor(o, e) || ContainerScorer.isAncestor(e, o))) {
        return true;
      }
    }
    return false;
  }

  /** Most of a far piece's text that may be in links. */
  static final double MAX_TWIN_LINK_DENSITY = 0.25;

  /** How far up from the best match the pieces of one body may meet. */
  static final int PART_LEVELS = 4;

  /** The matches not nested in another match, in document order: the pieces of a split body. */
  private static List<Element> outermost(List<Element> matches) {
    List<Element> out = new ArrayList<>();
    for (Element e : matches) {
      boolean nested = false;
      for (Element other : matches) {
        if (other != e && ContainerScorer.isAncestor(other, e)) {
          nested = true;
          break;
        }
      }
      if (!nested) {
        out.add(e);
      }
    }
    return out;
  }

  private static void load() {
    String path = "/org/warta/extract/body/content-selectors.tsv";
    for (String[] c : ResourceLines.read(path)) {
      int index = ENTRIES.size();
      ENTRIES.add(new Entry(c[0].equals("specific"), c[1]));
      for (String selector : c[1].split(",")) {
        index(selector.strip(), index, path);
      }
    }
  }

  private static void index(String s, int entry, String path) {
    if (s.startsWith(".")) {
      BY_CLASS.putIfAbsent(s.substring(1), entry);
    } else if (s.startsWith("#")) {
      BY_ID.putIfAbsent(s.substring(1), entry);
    } else if (s.startsWith("[") && s.endsWith("]") && s.contains("=")) {
      String[] kv = s.substring(1, s.length() - 1).split("=", 2);
      BY_ATTR
          .computeIfAbsent(kv[0].strip(), k -> new HashMap<>())
          .putIfAbsent(kv[1].strip().replace("\"", "").toLowerCase(Locale.ROOT), entry);
    } else if (s.matches("[a-z][a-z0-9]*")) {
      BY_TAG.putIfAbsent(s, entry);
    } else {
      throw new IllegalStateException(
          path + ": unsupported selector '" + s + "' (use .class, #id, tag, [attr=value])");
    }
  }
}
