package org.warta.extract.body;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.warta.extract.ResourceLines;

/**
 * What an element's class and id names say about it, from {@code body/class-hints.tsv}: a weight
 * (+25 per positive hint, -25 per negative or remove hint, as Readability weighs classes) and
 * whether it is boilerplate to remove outright ("share", "related", "comments", ...); an {@code
 * unlikely} name (a collapsible panel) only lowers the weight of a container candidate. Results are
 * cached per distinct class/id string, which repeats a lot within a page; one instance per
 * extraction, not thread-safe.
 */
final class ClassHints {
  /** The verdict on one class/id string. */
  record Verdict(
      int weight,
      boolean remove,
      boolean positive,
      boolean negative,
      boolean layout,
      boolean comments,
      boolean unlikely) {
    /** The 64 verdicts, by {@link #code()}. */
    private static final Verdict[] BY_CODE = byCode();

    static final Verdict NONE = BY_CODE[0];

    static Verdict of(
        boolean positive,
        boolean negative,
        boolean remove,
        boolean layout,
        boolean comments,
        boolean unlikely) {
      return BY_CODE[bits(positive, negative, remove, layout, comments, unlikely)];
    }

    /** The verdict of a {@link #code()}. */
    static Verdict ofCode(int code) {
      return BY_CODE[code];
    }

    /**
     * The six flags as bits (positive 1, negative 2, remove 4, layout 8, comments 16, unlikely 32).
     */
    int code() {
      return bits(positive, negative, remove, layout, comments, unlikely);
    }

    private static int bits(
        boolean positive,
        boolean negative,
        boolean remove,
        boolean layout,
        boolean comments,
        boolean unlikely) {
      return (positive ? 1 : 0)
          | (negative ? 2 : 0)
          | (remove ? 4 : 0)
          | (layout ? 8 : 0)
          | (comments ? 16 : 0)
          | (unlikely ? 32 : 0);
    }

    private static Verdict[] byCode() {
      Verdict[] all = new Verdict[64];
      for (int c = 0; c < 64; c++) {
        boolean positive = (c & 1) != 0;
        boolean negative = (c & 2) != 0;
        int weight = (positive ? 25 : 0) - (negative ? 25 : 0);
        all[c] =
            new Verdict(
                weight,
                (c & 4) != 0,
                positive,
                negative,
                (c & 8) != 0,
                (c & 16) != 0,
                (c & 32) != 0);
      }
      return all;
    }

    /**
     * The weight for choosing the article's container: {@link #weight} less 25 for an {@code
     * unlikely} hint (a collapsible panel), which does not make the element boilerplate otherwise.
     */
    int containerWeight() {
      return unlikely ? weight - 25 : weight;
    }

    /**
     * The verdict on two name strings together (class and id): no hint word spans the two, so each
     * hint found in either counts.
     */
    Verdict and(Verdict other) {
      return of(
          positive || other.positive,
          negative || other.negative,
          remove || other.remove,
          layout || other.layout,
          comments || other.comments,
          unlikely || other.unlikely);
    }
  }

  private record Hint(String kind, boolean token, String word) {}

  private static final List<Hint> HINTS = load();
  private static final Map<String, Hint> TOKENS = new HashMap<>();
  private static final WordTrie<Hint> PARTS = new WordTrie<>();

  static {
    for (Hint h : HINTS) {
      if (h.token()) {
        TOKENS.putIfAbsent(h.word(), h);
      } else {
        PARTS.add(h.word(), h);
      }
    }
  }

  private static final Set<String> PROTECTED_TAGS = Set.of("html", "body", "article", "main");

  /** The heading tags, {@code h1} to {@code h6}. */
  static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  /**
   * Whether a heading's id is an anchor made from its own words ("h-social-media-tips" on "Social
   * media tips"): at least two words of two or more letters, every one of them in the heading's
   * text. Such an id names the text, not the heading's role, so its words are no class hint.
   */
  static boolean isAnchorOf(String id, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    int words = 0;
    for (String w : tokens(id.toLowerCase(Locale.ROOT))) {
      if (w.length() < 2 || w.chars().allMatch(Character::isDigit)) {
        continue;
      }
      if (!lower.contains(w)) {
        return false;
      }
      words++;
    }
    return words >= 2;
  }

  /** Words of page-layout wrappers, which hold the article whatever else their names say. */
  private static final List<String> LAYOUT =
      List.of("layout", "container", "wrapper", "wrap", "grid", "column");

  /** Verdicts shared by all extractions: class names repeat across pages of a site. */
  private static final SharedVerdicts SHARED = new SharedVerdicts(19, 200_000);

  /** Verdicts of this page's strings that did not fit in {@link #SHARED}. */
  private final Map<String, Verdict> cache = new HashMap<>();

  /** Slots of the page's recently judged strings, by hash: small, so in cache. */
  private static final int RECENT = 256;

  /**
   * The strings last judged on this page and their verdicts, one per slot: class strings repeat
   * within a page (list items, cards), and a slot read here is cheaper than a look-up in {@link
   * #SHARED}, whose table is mostly out of the cache.
   */
  private final String[] recentNames = new String[RECENT];

  private final Verdict[] recentVerdicts = new Verdict[RECENT];

  /** The verdict for an element's {@code class} and {@code id} together. */
  Verdict of(Element e) {
    if (e.attributesSize() == 0 || PROTECTED_TAGS.contains(e.normalName())) {
      return Verdict.NONE;
    }
    String cls = e.className();
    String id = e.id();
    if (!id.isEmpty() && HEADINGS.contains(e.normalName()) && isAnchorOf(id, e.text())) {
      id = ""; // "h-social-media-tips" on "Social media tips": an anchor, not a role
    }
    if (id.isEmpty()) {
      return cls.isEmpty() ? Verdict.NONE : of(cls);
    }
    return cls.isEmpty() ? of(id) : of(cls).and(of(id));
  }

  /**
   * The verdict on one class or id string. Class and id are judged apart (no hint spans both) so
   * that keys are the page's own attribute strings, whose hash codes are computed once.
   */
  private Verdict of(String names) {
    int hash = names.hashCode();
    int slot = (hash ^ (hash >>> 16)) & (RECENT - 1);
    String recent = recentNames[slot];
    if (recent != null
        && (recent == names || (recent.hashCode() == hash && recent.equals(names)))) {
      return recentVerdicts[slot];
    }
    Verdict v = shared(names);
    recentNames[slot] = names;
    recentVerdicts[slot] = v;
    return v;
  }

  private Verdict shared(String names) {
    int code = SHARED.find(names);
    if (code >= 0) {
      return Verdict.ofCode(code);
    }
    Verdict v = cache.get(names); // only strings judged after the shared table filled up
    if (v == null) {
      v = judge(names.toLowerCase(Locale.ROOT));
      if (!SHARED.put(names, v.code())) {
        cache.put(names, v);
      }
    }
    return v;
  }

  /**
   * The verdict on a heading ({@code <h2 class="module_header">}): "header" in its class or id
   * names the heading itself, not a page header, so that word does not count; nor does an id that
   * is an anchor made from the heading's words ({@link #isAnchorOf}).
   */
  static Verdict judgeHeading(Element heading) {
    String id = heading.id();
    String names = id.isEmpty() || isAnchorOf(id, heading.text()) ? "" : " " + id;
    return judge((heading.className() + names).toLowerCase(Locale.ROOT).replace("header", " "));
  }

  static Verdict judge(String names) {
    List<Hint> found = new java.util.ArrayList<>(PARTS.findAll(names));
    for (String token : tokens(names)) {
      Hint h = TOKENS.get(token);
      if (h != null) {
        found.add(h);
      }
    }
    boolean positive = false;
    boolean negative = false;
    boolean remove = false;
    boolean unlikely = false;
    for (Hint h : found) {
      positive |= h.kind().equals("positive");
      negative |= h.kind().equals("negative") || h.kind().equals("remove");
      remove |= h.kind().equals("remove");
      unlikely |= h.kind().equals("unlikely");
    }
    boolean layout = false;
    for (String word : LAYOUT) {
      layout |= names.contains(word);
    }
    boolean comments = names.contains("comment") || names.contains("disqus");
    return Verdict.of(positive, negative, remove, layout, comments, unlikely);
  }

  private static java.util.Set<String> tokens(String names) {
    java.util.Set<String> out = new java.util.HashSet<>();
    int start = -1;
    for (int i = 0; i <= names.length(); i++) {
      char c = i < names.length() ? names.charAt(i) : ' ';
      boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(names.substring(start, i));
        start = -1;
      }
    }
    return out;
  }

  private static List<Hint> load() {
    List<Hint> hints = new ArrayList<>();
    for (String[] c : ResourceLines.read("/org/warta/extract/body/class-hints.tsv")) {
      hints.add(new Hint(c[0], c[1].equals("token"), c[2]));
    }
    return List.copyOf(hints);
  }
}
