package org.warta.feed.discovery;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.warta.core.Check;

/**
 * Article-link discovery for sites without feeds: from the links of a home or section page, learn
 * which URL shapes are articles and return those links, capped per run. Each same-site link gets a
 * score from its {@link UrlShape}: a date in the path (+3), a numeric id (+2), a headline slug
 * (+2), an {@code .html} page below the root (+1), a headline-like anchor text of four words or
 * more (+1), and a template that repeats on the page (+1 from 3 links, +2 from 6); navigation
 * segments ({@code tag}, {@code kategori}, {@code page} ...) cost 5, links at depth one without id
 * or slug (section fronts) cost 3, links inside {@code nav}, {@code header} or {@code footer} cost
 * 1. Links scoring {@value #THRESHOLD} or more are articles. Pure: bytes and URL in.
 */
public final class ArticleLinks {
  /** The score from which a link is taken for an article. */
  public static final int THRESHOLD = 4;

  private ArticleLinks() {}

  /** Seen while walking the page: one entry per distinct URL. */
  private static final class Seen {
    final URI url;
    final UrlShape shape;
    final int order;
    String text = "";
    boolean inChrome = true;

    Seen(URI url, UrlShape shape, int order) {
      this.url = url;
      this.shape = shape;
      this.order = order;
    }
  }

  /**
   * The article links of the page at {@code pageUrl}.
   *
   * @param cap the most article links to return (the best-scoring ones)
   */
  public static ArticleLinkHarvest discover(byte[] html, URI pageUrl, int cap) {
    Check.positive(cap, "cap");
    HtmlPage page = HtmlPage.parse(html, pageUrl);
    Map<URI, Seen> seen = collect(page, pageUrl);
    Map<String, Integer> templates = new HashMap<>();
    seen.values().forEach(s -> templates.merge(s.shape.template(), 1, Integer::sum));
    List<ArticleLink> articles = new ArrayList<>();
    Map<String, int[]> verdicts = new LinkedHashMap<>(); // template -> [links, articles]
    for (Seen s : seen.values()) {
      int score = score(s, templates.get(s.shape.template()));
      int[] v = verdicts.computeIfAbsent(s.shape.template(), k -> new int[2]);
      v[0]++;
      if (score >= THRESHOLD) {
        v[1]++;
        articles.add(new ArticleLink(s.url, s.text, score, s.shape.template()));
      }
    }
    articles.sort(Comparator.comparingInt(ArticleLink::score).reversed());
    boolean truncated = articles.size() > cap;
    return new ArticleLinkHarvest(
        truncated ? articles.subList(0, cap) : articles,
        patterns(verdicts, seen),
        seen.size(),
        truncated);
  }

  private static Map<URI, Seen> collect(HtmlPage page, URI pageUrl) {
    Map<URI, Seen> seen = new LinkedHashMap<>();
    URI self = HtmlPage.withoutFragment(pageUrl);
    for (Element a : page.document.select("a[href]")) {
      var resolved = page.resolve(a.attr("href"));
      if (resolved.isEmpty()
          || resolved.get().equals(self)
          || !SiteHost.sameSite(resolved.get(), pageUrl)) {
        continue;
      }
      URI url = resolved.get();
      Seen s = seen.computeIfAbsent(url, u -> new Seen(u, UrlShape.of(u), seen.size()));
      String text = a.text().strip();
      if (text.length() > s.text.length()) {
        s.text = text;
      }
      s.inChrome &= a.closest("nav, header, footer, aside, [role=navigation]") != null;
    }
    return seen;
  }

  static int score(UrlShapeLike s, int repeats) {
    UrlShape shape = s.shape();
    int score = 0;
    score += shape.dated() ? 3 : 0;
    score += shape.numericId() ? 2 : 0;
    score += shape.slug() ? 2 : 0;
    score += shape.htmlPage() && shape.depth() >= 2 ? 1 : 0;
    score += s.text().split("\\s+").length >= 4 ? 1 : 0;
    score += repeats >= 6 ? 2 : repeats >= 3 ? 1 : 0;
    score -= shape.navigation() ? 5 : 0;
    score -= shape.depth() <= 1 && !shape.numericId() && !shape.slug() ? 3 : 0;
    score -= s.inChrome() ? 1 : 0;
    return score;
  }

  private static int score(Seen s, int repeats) {
    return score(new UrlShapeLike(s.shape, s.text, s.inChrome), repeats);
  }

  /** The inputs of the score, as a value (also used by tests). */
  record UrlShapeLike(UrlShape shape, String text, boolean inChrome) {}

  private static List<UrlPattern> patterns(Map<String, int[]> verdicts, Map<URI, Seen> seen) {
    List<UrlPattern> patterns = new ArrayList<>();
    verdicts.forEach(
        (template, v) -> {
          URI example =
              seen.values().stream()
                  .filter(s -> s.shape.template().equals(template))
                  .findFirst()
                  .orElseThrow()
                  .url;
          patterns.add(new UrlPattern(template, v[0], v[1] * 2 > v[0], example));
        });
    patterns.sort(Comparator.comparingInt(UrlPattern::links).reversed());
    return patterns;
  }
}
