package org.warta.extract.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Chooses the headline. The visible {@code <h1>} wins when it agrees with a title the page declares
 * (JSON-LD headline, {@code og:title}, {@code <title>}), since declared titles carry site names and
 * are sometimes shortened, and when it is the page's only headline-like {@code <h1>} (see {@link
 * #soleHeadline}); otherwise the declared title with the site name cut off ("Headline | Site",
 * "Site - Headline"), otherwise the lone {@code <h1>}.
 */
final class Titles {
  private static final Pattern SEPARATORS =
      Pattern.compile("\\s+[|\\-–—·•»:/]\\s+|\\s*\\|\\s*|\\s+::\\s+");

  /** The characters of which every {@link #SEPARATORS} match holds one. */
  private static final String SEPARATOR_MARKS = "|-–—·•»:/";

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private Titles() {}

  /**
   * The title; {@code h1} is the page's {@link #headline}, which the caller has (the date reader
   * wants it too).
   */
  static Optional<Sourced<String>> choose(
      PageIndex page,
      Optional<JsonNode> article,
      MetaTags meta,
      Optional<String> siteName,
      Optional<Element> h1) {
    List<Sourced<String>> declared = new ArrayList<>();
    article
        .flatMap(a -> JsonLdFields.text(a, "headline").or(() -> JsonLdFields.text(a, "name")))
        .ifPresent(t -> declared.add(new Sourced<>(t, "json-ld")));
    meta.first("og:title", "twitter:title", "title", "dc.title", "parsely-title", "sailthru.title")
        .ifPresent(declared::add);
    String htmlTitle = page.title().strip();
    if (!htmlTitle.isEmpty()) {
      declared.add(new Sourced<>(htmlTitle, "title-tag"));
    }
    String h1Text = h1.map(Element::text).orElse(""); // read once: text() walks the subtree
    Set<String> h1Words = h1.isPresent() ? words(h1Text) : Set.of();
    List<String> cleanedTitles = new ArrayList<>(); // each declared title without the site name
    for (Sourced<String> d : declared) {
      String cleaned = withoutSiteName(d.value(), siteName);
      cleanedTitles.add(cleaned);
      if (h1.isPresent() && similar(h1Words, words(cleaned))) {
        return Optional.of(new Sourced<>(clean(h1Text), "h1"));
      }
    }
    if (h1.isPresent() && soleHeadline(page, h1.get())) {
      return Optional.of(new Sourced<>(clean(h1Text), "h1"));
    }
    for (int i = 0; i < declared.size(); i++) {
      String cleaned = cleanedTitles.get(i);
      if (!cleaned.isBlank()) {
        return Optional.of(new Sourced<>(clean(cleaned), declared.get(i).source()));
      }
    }
    return h1.map(e -> new Sourced<>(clean(e.text()), "h1")).filter(s -> !s.value().isEmpty());
  }

  /**
   * The first {@code <h1>} with text, preferring one inside {@code <article>} or {@code <main>}.
   */
  static Optional<Element> headline(PageIndex page) {
    Element fallback = null;
    Element named = null;
    String docTitle = page.title();
    for (Element h1 : page.byTag("h1")) {
      String text = h1.text();
      if (text.isBlank() || text.length() > 400) {
        continue;
      }
      if (insideArticle(h1)) {
        return Optional.of(h1);
      }
      if (fallback == null) {
        fallback = h1;
      }
      if (named == null && docTitle.contains(text)) {
        named = h1; // "Contact Us" in a modal before the article's own headline
      }
    }
    return Optional.ofNullable(named != null ? named : fallback);
  }

  /**
   * Whether the headline is the page's only {@code <h1>}, reads like a headline (three words or
   * more, not a site or section label) and stands outside navigation, asides and footers: then it
   * is what readers see as the title even where the declared titles word it differently (SEO
   * titles, social-card titles).
   */
  private static boolean soleHeadline(PageIndex page, Element h1) {
    int withText = 0;
    for (Element e : page.byTag("h1")) {
      if (!e.text().isBlank()) {
        withText++;
      }
    }
    if (withText != 1 || WORD.matcher(h1.text()).results().count() < 3) {
      return false;
    }
    for (Element p = h1.parent(); p != null; p = p.parent()) {
      if (p.nameIs("nav") || p.nameIs("aside") || p.nameIs("footer")) {
        return false;
      }
    }
    return true;
  }

  private static boolean insideArticle(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p.nameIs("article")
          || p.nameIs("main")
          || p.attr("role").equals("main")
          || p.attr("itemprop").equals("articleBody")) {
        return true;
      }
    }
    return false;
  }

  private static boolean holdsSeparatorMark(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (SEPARATOR_MARKS.indexOf(t.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Cuts "Site | " or " - Site" parts: drops the parts that are the site name when it is known,
   * else keeps the longest part when it has at least three words.
   */
  static String withoutSiteName(String title, Optional<String> siteName) {
    String t = clean(title);
    if (!holdsSeparatorMark(t)) {
      return t; // no separator can match: one part
    }
    String[] parts = SEPARATORS.split(t);
    if (parts.length < 2) {
      return t;
    }
    String site = siteName.map(s -> s.toLowerCase(Locale.ROOT).strip()).orElse("");
    if (!site.isEmpty()) {
      List<String> kept = new ArrayList<>();
      for (String p : parts) {
        String lp = p.toLowerCase(Locale.ROOT).strip();
        if (!lp.isEmpty() && !site.contains(lp) && !lp.contains(site)) {
          kept.add(p.strip());
        }
      }
      if (!kept.isEmpty() && kept.size() < parts.length) {
        return rejoin(t, kept);
      }
    }
    String longest = parts[0];
    for (String p : parts) {
      if (p.length() > longest.length()) {
        longest = p;
      }
    }
    return WORD.matcher(longest).results().count() >= 3 ? longest.strip() : t;
  }

  /** The original text from the first kept part to the end of the last kept part. */
  private static String rejoin(String t, List<String> kept) {
    int from = t.indexOf(kept.getFirst());
    int to = t.lastIndexOf(kept.getLast()) + kept.getLast().length();
    return from >= 0 && to > from ? t.substring(from, to).strip() : String.join(" - ", kept);
  }

  /** Whether two titles share most of their words (the shorter one's words, at 80 %). */
  static boolean similar(String a, String b) {
    return similar(words(a), words(b));
  }

  private static boolean similar(Set<String> wa, Set<String> wb) {
    if (wa.isEmpty() || wb.isEmpty()) {
      return false;
    }
    Set<String> small = wa.size() <= wb.size() ? wa : wb;
    Set<String> large = small == wa ? wb : wa;
    long shared = small.stream().filter(large::contains).count();
    return shared >= 0.8 * small.size() && small.size() >= 0.5 * large.size();
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    var m = WORD.matcher(s.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Whitespace (including no-break spaces) collapsed to single spaces, ends stripped. */
  static String clean(String s) {
    return org.warta.core.Whitespace.collapse(s);
  }
}
