package org.warta.extract.metadata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * One pass over a parsed page collecting what the metadata and credit readers look at: every
 * element in document order, elements of a few tags by name ({@code meta}, {@code script}, {@code
 * link}, {@code h1}, {@code img}) and the short text nodes (at most {@value #SHORT_TEXT}
 * characters, where credit labels live), and the elements the byline reader's test picks (run while
 * the walk has each element's attributes at hand: a later pass over every element's attributes
 * costs a cache miss per element). Readers then scan lists instead of walking the tree again each.
 * Taken before the body cascade changes the document.
 */
public final class PageIndex {
  /** Longest text node kept in {@link #shortTexts()}. */
  public static final int SHORT_TEXT = 160;

  private static final Set<String> INDEXED = Set.of("meta", "script", "link", "h1", "img", "a");

  private final Document document;
  private final List<Element> elements = new ArrayList<>();
  private final List<TextNode> shortTexts = new ArrayList<>();
  private final Map<String, List<Element>> byTag = new HashMap<>();
  private final List<Element> dated = new ArrayList<>();
  private final List<Element> bylineCandidates = new ArrayList<>();
  private final List<TextNode> publicationNotes = new ArrayList<>();
  private @Nullable String title;

  private PageIndex(Document document) {
    this.document = document;
  }

  /**
   * Indexes the page; {@code bylineCandidate} picks the elements {@link #bylineCandidates()} lists
   * (the credit package's byline test).
   */
  public static PageIndex of(Document doc, Predicate<Element> bylineCandidate) {
    PageIndex index = new PageIndex(doc);
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element e) {
              index.elements.add(e);
              String tag = e.normalName();
              switch (tag) { // the tags of INDEXED, without a set look-up per element
                case "meta", "script", "link", "h1", "img", "a" ->
                    index.byTag.computeIfAbsent(tag, k -> new ArrayList<>()).add(e);
                default -> {}
              }
              if (tag.equals("time") || e.attributesSize() > 0 && e.hasAttr("itemprop")) {
                index.dated.add(e);
              }
              if (bylineCandidate.test(e)) {
                index.bylineCandidates.add(e);
              }
            } else if (node instanceof TextNode t) {
              String s = t.getWholeText();
              if (s.length() <= SHORT_TEXT && !blank(s)) {
                index.shortTexts.add(t);
                if (Dates.mayNoteFirstPublication(s)) {
                  index.publicationNotes.add(t);
                }
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {}
        },
        doc);
    return index;
  }

  /**
   * {@link TextNode#isBlank()}'s answer (only space, tab, line feed, form feed and carriage return)
   * without its code-point walk: most text nodes of a page are the indentation between tags.
   */
  static boolean blank(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\f') {
        return false;
      }
    }
    return true;
  }

  public Document document() {
    return document;
  }

  /** The document's {@code <title>} as {@link Document#title()} gives it, read once. */
  public String title() {
    if (title == null) {
      title = document.title();
    }
    return title;
  }

  /** Every element, in document order. */
  public List<Element> elements() {
    return elements;
  }

  /** Elements of one of the indexed tags ({@code meta, script, link, h1, img}), in order. */
  public List<Element> byTag(String tag) {
    if (!INDEXED.contains(tag)) {
      throw new IllegalArgumentException("tag '" + tag + "' is not indexed; indexed: " + INDEXED);
    }
    return byTag.getOrDefault(tag, List.of());
  }

  /** {@code <time>} elements and elements with an {@code itemprop}, in order. */
  public List<Element> timesAndMicrodata() {
    return dated;
  }

  /** The elements the byline test given to {@link #of} picked, in document order. */
  public List<Element> bylineCandidates() {
    return bylineCandidates;
  }

  /**
   * Short texts that may note when the article was first published ("This article was originally
   * published on …"), in order.
   */
  List<TextNode> publicationNotes() {
    return publicationNotes;
  }

  /** Non-blank text nodes of at most {@value #SHORT_TEXT} characters, in order. */
  public List<TextNode> shortTexts() {
    return shortTexts;
  }
}
