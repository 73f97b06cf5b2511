package org.warta.extract.metadata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;
import org.warta.extract.HiddenMarkup;

/**
 * Dates printed around the headline, where readers see them ("Selasa, 03 Desember 2024, 06:10 WIB",
 * "Published Dec. 3, 2024", "Last updated: Dec 12, 2025"). Short texts are read outward from the
 * {@code <h1>}: the nearest ones after and before it, alternately, until a long paragraph (the
 * body) or a limit. A date whose text or preceding label says "updated" ("Updated", "Diperbarui",
 * "Aktualisiert", "Mis à jour") is the modification date; any other is the publication date.
 * Without a headline the page is read from the top.
 */
final class VisibleDates {
  private static final List<String> UPDATED_WORDS =
      List.of(
          "updated",
          "last modified",
          "modified",
          "revised",
          "diperbarui",
          "pembaruan",
          "update terakhir",
          "aktualisiert",
          "mis à jour",
          "actualizado",
          "atualizado",
          "更新");
  private static final List<String> PUBLISHED_WORDS =
      List.of(
          "publi",
          "posted",
          "post time",
          "post date",
          "diterbitkan",
          "dipublikasikan",
          "erschienen",
          "veröffentlicht",
          "发布");
  private static final Pattern UPDATED =
      Pattern.compile("(?iu)(" + WordStarts.alternation(UPDATED_WORDS) + ")");
  private static final Pattern PUBLISHED =
      Pattern.compile("(?iu)(" + WordStarts.alternation(PUBLISHED_WORDS) + ")");
  private static final WordStarts UPDATED_STARTS = new WordStarts(UPDATED_WORDS, false);
  private static final WordStarts PUBLISHED_STARTS = new WordStarts(PUBLISHED_WORDS, false);
  private static final int AFTER = 60;
  private static final int BEFORE = 20;
  private static final int MAX_TEXT_CHARS = 200;
  private static final int MAX_STEPS = 4000;

  /** Lines from the headline within which a shown date counts as the article's own. */
  static final int NEAR = 12;

  /**
   * The dates shown: publication and update, each if found; how many lines from the headline the
   * publication date was printed, and whether a label ("Published", "Posted") said so.
   */
  record Shown(
      Optional<FoundDate> published,
      Optional<FoundDate> updated,
      int publishedDistance,
      boolean publishedLabelled) {

    /** Whether the publication date was printed close to the headline. */
    boolean publishedNear() {
      return publishedDistance <= NEAR;
    }
  }

  private VisibleDates() {}

  static Shown around(Document doc, Optional<Element> h1, boolean monthFirst) {
    return around(doc, h1, monthFirst, java.util.Set.of());
  }

  /**
   * As {@link #around(Document, Optional, boolean)}; when the first publication date shown is none
   * of the {@code declared} days (the publication dates the page declares), the reading goes on
   * through the same lines for a shown publication date that is one of them, which then wins: a
   * paper's page prints "Published on 25.Jun.2019" a line further from the headline than "first
   * published 04.Apr.2019" of its preprint, and declares the former.
   */
  static Shown around(
      Document doc, Optional<Element> h1, boolean monthFirst, java.util.Set<LocalDate> declared) {
    // read as far as needed only: the date usually stands within a few lines of the headline
    Lines after;
    Lines before;
    if (h1.isPresent()) {
      after = new Lines(h1.get(), true, false);
      before = new Lines(h1.get(), false, false);
    } else {
      after = doc.body() != null ? new Lines(doc.body(), true, true) : Lines.NONE;
      before = Lines.NONE;
    }
    Optional<FoundDate> published = Optional.empty();
    Optional<FoundDate> updated = Optional.empty();
    int distance = Integer.MAX_VALUE;
    boolean labelled = false;
    boolean confirmed = false;
    boolean readingOn = false;
    for (int i = 0; after.has(i) || before.has(i); i++) {
      for (Lines side : List.of(after, before)) {
        if (!side.has(i)) {
          continue;
        }
        String t = side.get(i);
        Optional<FoundDate> d = DateParser.human(t, monthFirst);
        if (d.isEmpty()) {
          continue;
        }
        String label =
            t
                + " "
                + (side == after && i > 0
                    ? after.get(i - 1)
                    : side == before && before.has(i + 1) ? before.get(i + 1) : "");
        boolean isUpdate =
            UPDATED_STARTS.find(UPDATED, label) && !PUBLISHED_STARTS.find(PUBLISHED, t);
        if (isUpdate && published.isEmpty()) {
          // "December 3, 2025. Updated: December 7, 2025": the date before the label is the
          // publication date, the one after it the update
          int at = updateWordAt(t);
          if (at > 0) {
            Optional<FoundDate> first = DateParser.human(t.substring(0, at), monthFirst);
            Optional<FoundDate> then = DateParser.human(t.substring(at), monthFirst);
            if (first.isPresent() && then.isPresent()) {
              published = first;
              distance = i;
              confirmed = declared.contains(first.get().date());
              updated = updated.or(() -> then);
              continue;
            }
          }
        }
        if (isUpdate) {
          if (!readingOn) { // past the first publication date: looking for a declared one only
            updated = updated.or(() -> d);
          }
        } else if (published.isEmpty()) {
          published = d;
          distance = i;
          labelled = PUBLISHED_STARTS.find(PUBLISHED, label);
          confirmed = declared.contains(d.get().date());
        } else if (declared.contains(d.get().date())) {
          return new Shown(d, updated, i, PUBLISHED_STARTS.find(PUBLISHED, label));
        }
      }
      if (published.isPresent() && (confirmed || declared.isEmpty())) {
        break;
      }
      readingOn = published.isPresent();
    }
    return new Shown(published, updated, distance, labelled);
  }

  /** What a text says of a date in one of the known languages (see {@link #says}). */
  enum Label {
    /** Neither "published", "posted" nor "updated". */
    NONE,
    /** "Updated" and not "published". */
    UPDATE,
    /** "Published" or "posted" (with or without "updated"). */
    PUBLICATION
  }

  /**
   * Whether the text says "updated" and not "published" ({@link Label#UPDATE}), "published" or
   * "posted" ({@link Label#PUBLICATION}), or neither; each pattern is run once.
   */
  static Label says(String text) {
    if (PUBLISHED_STARTS.find(PUBLISHED, text)) {
      return Label.PUBLICATION;
    }
    return UPDATED_STARTS.find(UPDATED, text) ? Label.UPDATE : Label.NONE;
  }

  /**
   * Short texts next to {@code start}, nearest first, forward or backward in document order; {@code
   * inside} reads forward from the start's own first child (a page without headline).
   */
  static void collect(Node start, List<String> out, boolean forward, boolean inside) {
    Lines lines = new Lines(start, forward, inside);
    for (int i = 0; lines.has(i); i++) {
      out.add(lines.get(i));
    }
  }

  /**
   * The lines {@link #collect} gives, read only as far as asked for ({@link #has}): the same lines
   * in the same order, whether read at once or a few at a time.
   */
  static final class Lines {
    static final Lines NONE = new Lines();

    private final List<String> out = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private final boolean forward;
    private final int limit;
    private @Nullable Node node;
    private int steps;
    private boolean done;

    private Lines() {
      this.forward = true;
      this.limit = 0;
      this.done = true;
    }

    Lines(Node start, boolean forward, boolean inside) {
      this.forward = forward;
      this.limit = forward ? AFTER : BEFORE;
      this.node = forward ? next(start, !inside) : previous(start);
    }

    /** Whether there is a line {@code i} (reading on until there is or the reading stops). */
    boolean has(int i) {
      while (out.size() <= i && !done) {
        if (node != null && out.size() < limit && steps++ < MAX_STEPS) {
          step(node);
        } else {
          stop();
        }
      }
      return i < out.size();
    }

    String get(int i) {
      return out.get(i);
    }

    private void stop() {
      flush(line, out);
      done = true;
    }

    /** One node: text is added to the line, a block or break ends it. */
    private void step(Node n) {
      if (n instanceof TextNode t) {
        String whole = t.getWholeText();
        if (whole.length() > 1200) {
          stop(); // the body (or another article) has started
          return;
        }
        // most texts need no collapsing: collapse() returns them as they are, where jsoup's
        // text() copies each
        String s = org.warta.core.Whitespace.collapse(whole);
        if (s.length() > 400) {
          stop();
          return;
        }
        if (!s.isEmpty()) {
          line.insert(forward ? line.length() : 0, forward ? " " + s : s + " ");
        }
      } else if (n instanceof Element e
          && e.nameIs("time")
          && !e.attr("datetime").isBlank()
          && !HiddenMarkup.hides(e)) {
        Optional<FoundDate> stamp = DateParser.machine(e.attr("datetime"));
        String machine = machineText(stamp);
        if (!machine.isEmpty() && !showsTheDayBefore(e, stamp)) {
          // its text says the same date, but may carry the label ("Updated on June 3, 2025")
          String shown = machine + label(e.text());
          line.insert(forward ? line.length() : 0, forward ? " " + shown : shown + " ");
          node = forward ? next(n, true) : previous(n);
          return;
        }
      } else if (n instanceof Element e && (e.isBlock() || e.nameIs("br"))) {
        flush(line, out);
      }
      node = forward ? next(n, false) : previous(n);
    }
  }

  /**
   * Whether a {@code <time>} element's text shows a day next to its {@code datetime}'s ("February
   * 23, 2026" for {@code 2026-02-24T04:13:00Z}): the stamp is in UTC, the text in the page's own
   * zone, which is the day the reader sees. Such an element is then read as text. {@code machine}
   * is its {@code datetime} as {@link DateParser#machine} reads it.
   */
  static boolean showsTheDayBefore(Element time, Optional<FoundDate> machine) {
    if (machine.isEmpty() || machine.get().zone().isEmpty()) {
      return false;
    }
    Optional<FoundDate> shown = DateParser.human(time.text(), false);
    if (shown.isEmpty()) {
      return false;
    }
    long days =
        java.time.temporal.ChronoUnit.DAYS.between(
            machine.get().local().toLocalDate(), shown.get().local().toLocalDate());
    return days == -1 || days == 1;
  }

  /** Where the first update label ("Updated", "Diperbarui") starts in the text, or -1. */
  static int updateWordAt(String text) {
    java.util.regex.Matcher m = UPDATED.matcher(text);
    return UPDATED_STARTS.findFrom(m, text, 0) ? m.start() : -1;
  }

  /** The update or publication label in a {@code <time>} element's own text, if any. */
  private static String label(String text) {
    java.util.regex.Matcher m = UPDATED.matcher(text);
    if (m.find()) {
      return " (" + m.group(1) + ")";
    }
    m = PUBLISHED.matcher(text);
    return m.find() ? " (" + m.group(1) + ")" : "";
  }

  /** A {@code <time datetime>} value written so that {@link DateParser#human} reads it whole. */
  private static String machineText(Optional<FoundDate> stamp) {
    return stamp
        .map(
            d ->
                d.local().toLocalDate()
                    + (d.hasTime() ? " " + d.local().toLocalTime() : "")
                    + d.zone().map(z -> " " + offsetText(d, z)).orElse(""))
        .orElse("");
  }

  private static String offsetText(FoundDate d, java.time.ZoneId z) {
    String id = z.getRules().getOffset(d.local()).getId();
    return id.equals("Z") ? "+00:00" : id;
  }

  private static void flush(StringBuilder line, List<String> out) {
    String s = line.toString().strip();
    if (!s.isEmpty() && s.length() <= MAX_TEXT_CHARS) {
      out.add(s);
    }
    line.setLength(0);
  }

  private static boolean skipped(Node n) {
    return n instanceof Element e
        && (e.nameIs("script")
            || e.nameIs("style")
            || e.nameIs("noscript")
            || e.nameIs("template")
            || HiddenMarkup.hides(e));
  }

  /** The next node in document order; {@code skipChildren} steps over the node's subtree. */
  private static @Nullable Node next(Node node, boolean skipChildren) {
    if (!skipChildren && node.childNodeSize() > 0 && !skipped(node)) {
      return node.childNode(0);
    }
    @Nullable Node n = node;
    while (n != null) {
      Node sibling = n.nextSibling();
      if (sibling != null) {
        return sibling;
      }
      n = n.parent();
    }
    return null;
  }

  /** The previous node in document order: the previous sibling's last descendant, or the parent. */
  private static @Nullable Node previous(Node node) {
    Node sibling = node.previousSibling();
    if (sibling == null) {
      Node parent = node.parent();
      return parent instanceof Element e && e.nameIs("body") ? null : parent;
    }
    Node n = sibling;
    while (n.childNodeSize() > 0 && !skipped(n)) {
      n = n.childNode(n.childNodeSize() - 1);
    }
    return n;
  }
}
