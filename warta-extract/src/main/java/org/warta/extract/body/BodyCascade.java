package org.warta.extract.body;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.warta.core.Image;
import org.warta.core.Language;
import org.warta.core.phrase.BoilerplatePhrases;

/**
 * The body extraction cascade, in the spirit of trafilatura's {@code trafilatura_sequence}: named
 * stages each propose a container, and measured gates decide which one wins.
 *
 * <ol>
 *   <li>{@code markup}: where the page marks its body ({@code itemprop=articleBody}, common
 *       article-body class names; {@link ContentSelectors}).
 *   <li>{@code scored}: the Readability-style container ({@link ContainerScorer}).
 *   <li>{@code paragraphs}: every paragraph of the page that the block rules keep; the rescue when
 *       both others give less than {@value #MIN_TEXT_CHARS} characters.
 * </ol>
 *
 * Gates: a specific markup container wins when the scored container lies inside it, or when it
 * holds enough of the scored container's text (a quarter when it lies inside it, half when
 * elsewhere: otherwise the page marked only a part, e.g. a lead); a generic one ({@code <article>},
 * {@code <main>}) yields to a scored container inside it, which is tighter, and wins inside a
 * scored container when it holds over a third of its text or holds the headline. The document is
 * cleaned in place; one cascade per extraction.
 */
public final class BodyCascade {
  static final int MIN_TEXT_CHARS = 250;

  /** Share of a scored container's text that a body marked inside it must hold to win. */
  static final double MARKED_PART_OF_SCORED = 0.25;

  /** Share of the scored text a marked body elsewhere on the page must hold to win. */
  static final double MARKED_VERSUS_ELSEWHERE = 0.5;

  /**
   * Share of a scored container's text that an {@code <article>}/{@code <main>} inside it needs.
   */
  static final double GENERIC_PART_OF_SCORED = 0.35;

  private BodyCascade() {}

  /** Runs the cascade on a parsed page (changing it) and returns the body. */
  public static BodyResult run(Document doc, Language language, String title) {
    return run(doc, language, title, List.of(), doc.getElementsByTag("h1"));
  }

  /**
   * Runs the cascade; {@code authors} (names found in metadata and bylines) let the rules drop an
   * author bio closing the article; {@code h1s} are the page's {@code <h1>} elements (the caller
   * has them from its one pass over the page).
   */
  public static BodyResult run(
      Document doc, Language language, String title, List<String> authors, List<Element> h1s) {
    Element body = doc.body();
    if (body == null) {
      return BodyResult.empty("no body element");
    }
    StreamedSegments.place(body);
    TextStats stats = TextStats.ofCleaned(body); // DomCleaner's rules applied in the same pass
    ClassHints hints = new ClassHints();
    @Nullable Element headline = headline(h1s, title);
    List<Pruner.Removed> removed =
        Pruner.prune(body, hints, headline, stats.articleBodies(), stats);
    List<Element> elements =
        stats.elementsWithout(removed.stream().map(Pruner.Removed::element).toList());
    BlockRules rules = new BlockRules(BoilerplatePhrases.forLanguage(language), title, authors);
    Optional<ContentSelectors.Match> markup = ContentSelectors.find(elements, stats, headline);
    Optional<Element> scored = new ContainerScorer(stats, hints).best(elements, headline);
    Choice choice = choose(markup, scored, stats, headline);
    @Nullable Candidate chosen =
        choice.containers().isEmpty()
            ? null
            : candidate(
                choice.stage(),
                choice.stage().equals("scored")
                    ? Siblings.around(choice.containers().getFirst(), stats, hints)
                    : choice.containers(),
                stats,
                hints,
                rules,
                removed);
    String reason = choice.reason();
    if (chosen == null || chosen.chars() < MIN_TEXT_CHARS) {
      Candidate p = candidate("paragraphs", List.of(body), stats, hints, rules, removed);
      if (chosen == null || p.chars() > 2 * chosen.chars()) {
        chosen = p;
        reason = "containers gave under " + MIN_TEXT_CHARS + " characters; all kept paragraphs";
      }
    }
    return chosen.result(reason);
  }

  /** The {@code <h1>} showing the title (or the first one), if any. */
  private static @Nullable Element headline(List<Element> h1s, String title) {
    @Nullable Element first = null;
    for (Element h1 : h1s) {
      if (h1.parent() == null) {
        continue; // removed while cleaning
      }
      String text = h1.text().strip();
      if (!title.isEmpty() && text.equalsIgnoreCase(title)) {
        return h1;
      }
      if (first == null && !text.isEmpty()) {
        first = h1;
      }
    }
    return first;
  }

  /** The gate's decision: which stage's container to extract, and why. */
  private record Choice(String stage, List<Element> containers, String reason) {
    Choice(String stage, Element container, String reason) {
      this(stage, List.of(container), reason);
    }
  }

  /**
   * Decides between the markup and the scored container on their text outside links (cheap, from
   * {@link TextStats}), before any block is built.
   */
  private static Choice choose(
      Optional<ContentSelectors.Match> markup,
      Optional<Element> scored,
      TextStats stats,
      @Nullable Element headline) {
    if (markup.isPresent() && scored.isPresent()) {
      ContentSelectors.Match m = markup.get();
      Element s = scored.get();
      double mChars = 0;
      for (Element part : m.parts()) {
        mChars += plainChars(part, stats);
      }
      double sChars = plainChars(s, stats);
      boolean sInsideM = ContainerScorer.isAncestor(m.element(), s);
      boolean mInsideS = ContainerScorer.isAncestor(s, m.element());
      if (m.specific()) {
        String why =
            "page marks its body with "
                + m.selector()
                + (m.parts().size() > 1 ? " (" + m.parts().size() + " parts)" : "");
        if (sInsideM || s == m.element()) {
          return new Choice("markup", m.parts(), why);
        }
        double needed = mInsideS ? MARKED_PART_OF_SCORED : MARKED_VERSUS_ELSEWHERE;
        if (mChars >= needed * sChars) {
          return new Choice("markup", m.parts(), why);
        }
        return new Choice(
            "scored", s, "marked body (" + m.selector() + ") holds too little of the scored text");
      }
      if (sInsideM && sChars >= 0.6 * mChars) {
        return new Choice("scored", s, "scored container is a tighter part of " + m.selector());
      }
      if (mInsideS && mChars >= GENERIC_PART_OF_SCORED * sChars) {
        return new Choice(
            "markup", m.element(), m.selector() + " holds most of the scored container's text");
      }
      boolean anchored = headline != null && ContainerScorer.isAncestor(m.element(), headline);
      if (anchored && !sInsideM && !mInsideS && mChars >= 0.3 * sChars) {
        return new Choice(
            "markup",
            m.element(),
            m.selector() + " holds the headline; the scored container lies outside it");
      }
      if (mChars >= 0.7 * sChars) {
        return new Choice(
            "markup", m.element(), "generic container " + m.selector() + " holds the text");
      }
      return new Choice("scored", s, "scored container has more text than " + m.selector());
    }
    if (markup.isPresent()) {
      return new Choice("markup", markup.get().parts(), "only markup found a container");
    }
    if (scored.isPresent()) {
      return new Choice("scored", scored.get(), "no body markup; best scored container");
    }
    return new Choice("none", List.of(), "no container found");
  }

  private static double plainChars(Element e, TextStats stats) {
    TextStats.Counts c = stats.of(e);
    return c.chars - c.linkChars;
  }

  private static Candidate candidate(
      String stage,
      List<Element> containers,
      TextStats stats,
      ClassHints hints,
      BlockRules rules,
      List<Pruner.Removed> removed) {
    int chars = 0;
    for (Element c : containers) {
      chars += stats.of(c).chars;
    }
    BlockCollector collector = new BlockCollector(hints, stats, chars);
    List<Block> blocks = collector.collect(containers);
    BodyNotes notes = new BodyNotes();
    List<Element> boxes = new ArrayList<>();
    for (Pruner.Removed r : removed) {
      for (Element container : containers) {
        if (r.parent() == container || ContainerScorer.isAncestor(container, r.parent())) {
          boxes.add(r.element()); // "read also" boxes removed from inside the article
        }
      }
    }
    boxes.addAll(collector.pruned());
    RelatedHarvest.from(boxes, notes);
    List<Block> kept = rules.apply(blocks, notes);
    return new Candidate(stage, kept, notes);
  }

  private record Candidate(String stage, List<Block> blocks, BodyNotes notes) {
    int chars() {
      int c = 0;
      for (Block b : blocks) {
        if (b.isText()) {
          c += b.chars();
        }
      }
      return c;
    }

    BodyResult result(String reason) {
      List<Image> images = new ArrayList<>();
      for (Block b : blocks) {
        if (b.kind() == Block.Kind.FIGURE) {
          InlineRun.uri(b.imageUrl())
              .ifPresent(u -> images.add(new Image(u, b.text(), "", b.html())));
        }
      }
      return new BodyResult(
          BodyWriter.html(blocks),
          BodyWriter.text(blocks),
          notes.related,
          images,
          notes.authorLines,
          notes.editorLines,
          notes.photoLines,
          notes.closingCredit,
          stage,
          reason,
          notes.dropped);
    }
  }
}
