package org.warta.extract.body;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Turns a container element into {@link Block}s in reading order. Inline content between block
 * elements becomes paragraphs (two {@code <br>}s split them); lists give one block per item, data
 * tables one per row ("a | b | c"), layout tables are read through; figures give a figure block and
 * a caption block. Elements whose class/id marks them as boilerplate ({@link ClassHints}) are left
 * out unless they hold most of the container's text; they are kept aside in {@link #pruned()} so
 * that "read also" links can still be harvested from them.
 */
final class BlockCollector {
  private static final int MAX_DEPTH = 200;
  private static final Set<String> HEADINGS = ClassHints.HEADINGS;
  private static final Evaluator IMG_WITH_SRC = QueryParser.parse("img[src]");
  private static final Evaluator FIGCAPTION = QueryParser.parse("figcaption");
  private static final Evaluator ROW = QueryParser.parse("tr");

  private final ClassHints hints;
  private final TextStats stats;
  private final int containerChars;
  private final List<Block> blocks = new ArrayList<>();
  private final List<Element> pruned = new ArrayList<>();
  private int groups;

  BlockCollector(ClassHints hints, TextStats stats, int containerChars) {
    this.hints = hints;
    this.stats = stats;
    this.containerChars = containerChars;
  }

  /** Collects the blocks of several containers in order (e.g. a container and its siblings). */
  List<Block> collect(List<Element> containers) {
    for (Element c : containers) {
      block(c, 0, Block.Kind.PARAGRAPH, 0, "", true);
    }
    return blocks;
  }

  /** The inline run of {@link #walk}, its buffers kept from paragraph to paragraph. */
  private final InlineRun walkRun = new InlineRun();

  /** Elements skipped as boilerplate, in document order. */
  List<Element> pruned() {
    return pruned;
  }

  private void walk(Element e, int depth, Block.Kind kind, int group, String groupTag) {
    // the walks' one run: a walk flushes (and so empties) it before any nested walk starts, and
    // each walk ends flushing it, so every walk starts with it empty as a new one would be
    InlineRun run = walkRun;
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        run.addText(t.getWholeText(), false);
      } else if (child instanceof Element c) {
        if (c.nameIs("br")) {
          if (run.lineBreak() >= 2 && !run.isEmpty()) {
            run = flush(run, kind, group, groupTag);
          }
        } else if (InlineRun.INLINE.contains(c.normalName()) && !hasBlockChild(c)) {
          run.addInline(c, false, 0);
        } else {
          run = flush(run, kind, group, groupTag);
          block(c, depth + 1, kind, group, groupTag, false);
        }
      }
    }
    flush(run, kind, group, groupTag);
  }

  private InlineRun flush(InlineRun run, Block.Kind kind, int group, String groupTag) {
    if (!run.isEmpty()) {
      blocks.add(
          new Block(
              kind,
              run.text(),
              run.html(),
              run.chars(),
              run.linkChars(),
              run.links(),
              group,
              groupTag,
              false,
              ""));
    }
    run.clear(); // reused: its buffers have grown to paragraph size already
    return run;
  }

  private void block(
      Element c, int depth, Block.Kind kind, int group, String groupTag, boolean root) {
    if (depth > MAX_DEPTH) {
      InlineRun run = new InlineRun();
      run.addText(c.text(), false);
      flush(run, kind, group, groupTag);
      return;
    }
    if (!root && prunable(c)) {
      pruned.add(c);
      return;
    }
    String tag = c.normalName();
    if (HEADINGS.contains(tag)) {
      single(c, Block.Kind.HEADING, group, tag);
    } else if (tag.equals("ul") || tag.equals("ol")) {
      list(c, depth, tag);
    } else if (tag.equals("li") || tag.equals("dd") || tag.equals("dt")) {
      walk(c, depth, kind == Block.Kind.PARAGRAPH ? Block.Kind.LIST_ITEM : kind, group, groupTag);
    } else if (tag.equals("blockquote")) {
      walk(c, depth, Block.Kind.QUOTE, ++groups, "blockquote");
    } else if (tag.equals("pre")) {
      pre(c);
    } else if (tag.equals("table")) {
      table(c, depth);
    } else if (tag.equals("figure")) {
      figure(c);
    } else if (tag.equals("figcaption")) {
      single(c, Block.Kind.CAPTION, 0, "");
    } else if (tag.equals("img")) {
      image(c, "");
    } else if (tag.equals("hr")) {
      return;
    } else {
      walk(c, depth, kind, group, groupTag);
    }
  }

  private boolean prunable(Element c) {
    ClassHints.Verdict v = hints.of(c);
    if (v.weight() >= 0 && !v.remove()) {
      return false;
    }
    if (HEADINGS.contains(c.normalName()) && ClassHints.judgeHeading(c).weight() >= 0) {
      return false; // "module_header", "header-anchor": the class names the heading itself
    }
    TextStats.Counts counts = stats.of(c);
    if (counts.chars > 0.5 * containerChars) {
      return false; // e.g. <div class="content share-enabled"> wrapping the whole article
    }
    if (!v.remove() && wrapsOnlyHeading(c, counts)) {
      return false; // a page builder's heading block: <div class="heading-widget"><h2>…</h2></div>
    }
    return v.remove()
        || counts.linkDensity() > 0.5
        || counts.chars < 200
        || (counts.chars < MAX_CAPTION_CHARS && captionName(c));
  }

  /**
   * Whether all of a wrapper's text is one heading inside it whose own names are not negative: page
   * builders put each section title in a block of its own, named like a widget.
   */
  private boolean wrapsOnlyHeading(Element c, TextStats.Counts counts) {
    if (counts.chars == 0 || counts.chars >= MAX_HEADING_BLOCK_CHARS) {
      return false;
    }
    for (Element e : c.getAllElements()) {
      if (HEADINGS.contains(e.normalName())) {
        return stats.of(e).chars == counts.chars
            && counts.linkChars == 0
            && ClassHints.judgeHeading(e).weight() >= 0;
      }
    }
    return false;
  }

  /** Longest heading block kept whatever its wrapper's class says. */
  private static final int MAX_HEADING_BLOCK_CHARS = 200;

  /**
   * Whether the element's class or id names it a caption ("caption-full", "wp-caption-text"): a
   * picture's caption of a few sentences is pruned like shorter boilerplate, a gallery often
   * repeating it in full and truncated.
   */
  private static boolean captionName(Element c) {
    return c.className().toLowerCase(java.util.Locale.ROOT).contains("caption")
        || c.id().toLowerCase(java.util.Locale.ROOT).contains("caption");
  }

  /** Longest caption (visible characters) pruned by its class name alone. */
  private static final int MAX_CAPTION_CHARS = 600;

  private void single(Element c, Block.Kind kind, int group, String groupTag) {
    InlineRun run = new InlineRun();
    run.addInline(c, false, 0);
    flush(run, kind, group, groupTag);
  }

  private void list(Element list, int depth, String tag) {
    int group = ++groups;
    for (Element child : ChildElements.of(list)) {
      if (child.nameIs("li")) {
        if (!prunable(child)) {
          walk(child, depth + 1, Block.Kind.LIST_ITEM, group, tag);
        }
      } else {
        block(child, depth + 1, Block.Kind.LIST_ITEM, group, tag, false);
      }
    }
  }

  private void pre(Element c) {
    String text = c.wholeText().strip();
    if (!text.isEmpty()) {
      String html = org.jsoup.nodes.Entities.escape(text);
      Block b = new Block(Block.Kind.PRE, text, html, 0, 0, List.of(), 0, "pre", false, "");
      blocks.add(b.withText(text, html));
    }
  }

  private void table(Element table, int depth) {
    if (!Tables.isDataTable(table, stats)) {
      walk(table, depth, Block.Kind.PARAGRAPH, 0, "");
      return;
    }
    int group = ++groups;
    for (Element row : table.select(ROW)) {
      if (Tables.owner(row) != table) {
        continue;
      }
      StringBuilder text = new StringBuilder();
      StringBuilder html = new StringBuilder();
      for (Element cell : ChildElements.of(row)) {
        if (!(cell.nameIs("td") || cell.nameIs("th"))) {
          continue;
        }
        InlineRun run = new InlineRun();
        run.addInline(cell, false, 0);
        if (!text.isEmpty()) {
          text.append(" | ");
        }
        text.append(run.text().replace('\n', ' '));
        html.append('<')
            .append(cell.normalName())
            .append('>')
            .append(run.html())
            .append("</")
            .append(cell.normalName())
            .append('>');
      }
      if (!text.toString().isBlank()) {
        Block b =
            new Block(Block.Kind.TABLE_ROW, "", "", 0, 0, List.of(), group, "table", false, "");
        blocks.add(b.withText(text.toString().strip(), html.toString()));
      }
    }
  }

  private void figure(Element fig) {
    Element img = fig.selectFirst(IMG_WITH_SRC);
    Element caption = fig.selectFirst(FIGCAPTION);
    if (img != null) {
      image(img, caption == null ? "" : caption.text().strip());
    }
    if (img == null && caption != null && !holdsTextBlock(fig)) {
      single(caption, Block.Kind.CAPTION, 0, "");
    } else if (img == null) {
      walk(fig, 1, Block.Kind.PARAGRAPH, 0, ""); // its caption stays a caption
    }
  }

  /**
   * Whether a figure without a picture holds a table or a quotation (block editors wrap them in
   * {@code <figure class="wp-block-table">} with a caption): text, not a picture's caption.
   */
  private static boolean holdsTextBlock(Element fig) {
    for (Element e : fig.getAllElements()) {
      if (e.nameIs("table") || e.nameIs("blockquote")) {
        return true;
      }
    }
    return false;
  }

  private void image(Element img, String caption) {
    String src = InlineRun.resolved(img, "src", img.attr("src").strip());
    if (!src.isEmpty()) {
      String alt = img.attr("alt").strip();
      blocks.add(
          new Block(
              Block.Kind.FIGURE,
              caption,
              org.jsoup.nodes.Entities.escape(alt),
              0,
              0,
              List.of(),
              0,
              "figure",
              false,
              src));
    }
  }

  private static boolean hasBlockChild(Element e) {
    for (int i = 0, n = e.childNodeSize(); i < n; i++) {
      if (e.childNode(i) instanceof Element c
          && !InlineRun.INLINE.contains(c.normalName())
          && !c.nameIs("br")
          && !c.nameIs("img")) {
        return true;
      }
    }
    return false;
  }
}
