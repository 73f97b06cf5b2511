package org.warta.extract.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.warta.extract.HiddenMarkup;

/**
 * Publication and modification dates. Candidates come from JSON-LD, meta tags, microdata and {@code
 * <time>} elements, the visible header and the URL. The page's zone is the first explicit non-UTC
 * zone any candidate shows (so a JSON-LD time in UTC is read in WIB when the page prints WIB); each
 * candidate's calendar day in that zone is then voted on by source weight, earlier sources winning
 * ties, so that one wrong source (e.g. JSON-LD days off) is outvoted by two that agree. A date
 * shown near the headline wins over declared ones, except an unlabelled one that is the declared
 * update day; a note that the article "was originally published on" an earlier date wins over both.
 */
final class Dates {
  static final List<String> PUBLISHED_META =
      List.of(
          "article:published_time",
          "og:article:published_time",
          "article:published",
          "published_time",
          "og:published_time",
          "datepublished",
          "pubdate",
          "publishdate",
          "publish_date",
          "publish-date",
          "publication_date",
          "date",
          "dc.date",
          "dc.date.issued",
          "dc.date.created",
          "dcterms.date",
          "dcterms.issued",
          "dcterms.created",
          "sailthru.date",
          "parsely-pub-date",
          "citation_publication_date",
          "citation_date",
          "article.published",
          "article_date_original",
          "cxenseparse:recs:publishtime",
          "originalpublicationdate",
          "displaydate",
          "dc.created",
          "created",
          "published",
          "date_published",
          "publication-date",
          "published-date",
          "date-published",
          "pub_date",
          "release_date",
          "article.created");
  static final List<String> MODIFIED_META =
      List.of(
          "article:modified_time",
          "og:updated_time",
          "og:article:modified_time",
          "datemodified",
          "dc.date.modified",
          "dcterms.modified",
          "modified_time",
          "last-modified",
          "lastmod",
          "article.updated",
          "updated",
          "article:updated_time",
          "last-updated",
          "revised");

  /** Sources of schema.org's datePublished: JSON-LD, and microdata in meta or other elements. */
  private static final java.util.Set<String> SCHEMA_ORG =
      java.util.Set.of("json-ld", "meta:datepublished", "microdata");

  private static final Pattern URL_DATE =
      Pattern.compile(
          "/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:/|[-_]|$)");

  /** A date path with the month as a word: {@code /2023/october/03/}, {@code /2024/mei/7/}. */
  private static final Pattern URL_NAMED_MONTH =
      Pattern.compile("/((?:19|20)\\d{2})/(\\p{L}{3,12})/(0?[1-9]|[12]\\d|3[01])/");

  private static final Pattern URL_MONTH = Pattern.compile("/((?:19|20)\\d{2})/(0[1-9]|1[0-2])/");

  private Dates() {}

  /** Published and modified dates, and the zone the page uses. */
  record Result(
      Optional<Sourced<FoundDate>> published,
      Optional<Sourced<FoundDate>> modified,
      Optional<ZoneId> zone) {}

  static Result choose(
      PageIndex page,
      Optional<JsonNode> article,
      MetaTags meta,
      URI url,
      Optional<Element> h1,
      boolean monthFirst) {
    List<DateCandidate> published = new ArrayList<>();
    List<DateCandidate> modified = new ArrayList<>();
    article.ifPresent(a -> jsonLd(a, published, modified));
    metaDates(meta, published, modified);
    Optional<FoundDate> marked = markup(page, published, modified);
    java.util.Set<LocalDate> declared = new java.util.HashSet<>();
    published.forEach(c -> declared.add(c.date().date()));
    // a headline in a footer, aside or navigation outside the article ("Contact Us" in the site
    // footer) is no anchor for the article's dates: they are then read from the top
    Optional<Element> headline = h1.filter(h -> !inPageChrome(h));
    VisibleDates.Shown shown = VisibleDates.around(page.document(), headline, monthFirst, declared);
    fromUrl(url).ifPresent(d -> published.add(new DateCandidate(d, "url", 0.7)));
    shown = otherOrder(page, headline, monthFirst, shown, published, modified);
    List<DateCandidate> all = new ArrayList<>(published);
    shown.published().ifPresent(d -> all.add(new DateCandidate(d, "text", 0.9)));
    shown.updated().ifPresent(d -> all.add(new DateCandidate(d, "text", 0.9)));
    Optional<ZoneId> zone = zone(all, modified);
    Optional<FoundDate> shownPublished = shown.published();
    if (shownPublished.isPresent() && !shown.publishedLabelled() && !shown.publishedNear()) {
      // far from the headline (a related list, comments): not the article's own date when
      // structured data gives one
      if (published.stream().anyMatch(c -> !c.source().equals("url"))) {
        shownPublished = Optional.empty();
      }
    }
    if (shownPublished.isPresent()
        && !shown.publishedLabelled()
        // "Nov 20, 2025" beside the byline is the declared update day of a page whose
        // article:published_time says Nov 17: the page prints its revision date
        && showsUpdate(shownPublished.get(), published, modified, zone)) {
      shownPublished = Optional.empty();
    }
    Optional<FoundDate> original = originallyPublished(page, monthFirst);
    if (original.isPresent()
        && (shownPublished.isEmpty()
            || original.get().date().isBefore(shownPublished.get().date()))) {
      shownPublished = original;
    }
    if (shownPublished.isEmpty() && marked.isPresent()) {
      // no date shown near the headline, but the page marks the one it prints as the publication
      // date (<time pubdate>, at the article's end): that one, as a shown date
      shownPublished = marked;
    }
    List<DateCandidate> timed = published;
    if (shownPublished.isEmpty()
        && shown.updated().isPresent()
        && published.stream().allMatch(c -> SCHEMA_ORG.contains(c.source()))) {
      // the page prints only "Updated March 3", and only schema.org data (JSON-LD, microdata)
      // says when it was published, with no Open Graph tag or URL date to back it: that date is
      // most often when the CMS entry was created, and the printed date is the one the page
      // stands by (readers and annotators take it)
      shownPublished = shown.updated();
      timed = modified; // its time of day is the declared update's
    }
    Optional<Sourced<FoundDate>> modifiedDate = shownFirst(shown.updated(), modified, zone);
    Optional<Sourced<FoundDate>> publishedDate = shownFirst(shownPublished, timed, zone);
    if (publishedDate.isEmpty()) {
      // nothing says "published": a plain <time> in the page's own part, a date anywhere in it
      // that a label or class names, else the update date the page shows or declares (a page
      // dated only "Updated March 3" was written by then)
      publishedDate =
          plainTime(page)
              .map(d -> new Sourced<>(d.in(zone), "time"))
              .or(() -> namedDate(page, monthFirst, false).map(d -> new Sourced<>(d, "text")))
              .or(() -> modifiedDate.map(d -> new Sourced<>(d.value(), d.source() + "+updated")))
              .or(
                  () ->
                      namedDate(page, monthFirst, true).map(d -> new Sourced<>(d, "text+updated")));
    }
    return new Result(publishedDate, modifiedDate, zone);
  }

  /**
   * A shown date that no declared date or URL date agrees with, read again with day and month
   * swapped ("03/10/2023" on a page whose language tag says only "en" but whose URL says {@code
   * /2023/october/03/}): when the swapped reading is a date the page declares, that reading is the
   * one meant. Otherwise the first reading stands.
   */
  private static VisibleDates.Shown otherOrder(
      PageIndex page,
      Optional<Element> h1,
      boolean monthFirst,
      VisibleDates.Shown shown,
      List<DateCandidate> published,
      List<DateCandidate> modified) {
    if (shown.published().isEmpty() || published.isEmpty() && modified.isEmpty()) {
      return shown;
    }
    LocalDate day = shown.published().get().date();
    if (day.getDayOfMonth() > 12 || day.getDayOfMonth() == day.getMonthValue()) {
      return shown; // no other reading
    }
    if (declares(published, modified, day)) {
      return shown;
    }
    VisibleDates.Shown other = VisibleDates.around(page.document(), h1, !monthFirst);
    return other.published().filter(d -> declares(published, modified, d.date())).isPresent()
        ? other
        : shown;
  }

  /**
   * Whether an unlabelled shown date is the update day the page declares while the publication
   * dates it declares in meta tags (Open Graph {@code article:published_time} and the like, not
   * schema.org data or the URL) are all earlier.
   */
  private static boolean showsUpdate(
      FoundDate shown,
      List<DateCandidate> published,
      List<DateCandidate> modified,
      Optional<ZoneId> zone) {
    LocalDate day = shown.in(zone).date();
    boolean declaredUpdate = false;
    for (DateCandidate c : modified) {
      declaredUpdate |= c.date().in(zone).date().equals(day);
    }
    boolean earlier = false;
    for (DateCandidate c : published) {
      if (c.source().equals("url") || SCHEMA_ORG.contains(c.source())) {
        continue;
      }
      LocalDate p = c.date().in(zone).date();
      if (!p.isBefore(day)) {
        return false;
      }
      earlier = true;
    }
    return declaredUpdate && earlier;
  }

  private static boolean declares(
      List<DateCandidate> published, List<DateCandidate> modified, LocalDate day) {
    for (List<DateCandidate> list : List.of(published, modified)) {
      for (DateCandidate c : list) {
        if (c.date().date().equals(day)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The first {@code <time>} element outside asides, footers, navigation, comments and related
   * lists whose {@code datetime} or text is a date.
   */
  static Optional<FoundDate> plainTime(PageIndex page) {
    for (Element e : page.timesAndMicrodata()) {
      if (!e.nameIs("time") || aside(e)) {
        continue;
      }
      Optional<FoundDate> d = attrDate(e);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /**
   * The first short text in the page's own part (see {@link #aside}) that is a date and says what
   * it is: a label in its own text or in the short element just before it ("Posted on April 13,
   * 2023", {@code <p>Published</p><p>Feb 2, 2023</p>}), or a class or id with "date" on its element
   * or the one around it ({@code <span class="post-date">}). With {@code updated}, only dates
   * labelled as updates ("Updated March 3, 2024"); without, only the others.
   */
  static Optional<FoundDate> namedDate(PageIndex page, boolean monthFirst, boolean updated) {
    for (TextNode t : page.shortTexts()) {
      if (!(t.parent() instanceof Element parent) || !hasDigit(t.getWholeText())) {
        continue;
      }
      String text = t.text();
      Optional<FoundDate> d = DateParser.human(text, monthFirst);
      if (d.isEmpty()) {
        continue; // no date: its label need not be read
      }
      Element before = parent.previousElementSibling();
      // the element's whole text: "Updated <!-- -->March 3" is two text nodes
      String label =
          (before == null ? "" : textUpTo(before, 40) + " ")
              + Optional.of(textUpTo(parent, 80)).filter(s -> !s.isEmpty()).orElse(text);
      VisibleDates.Label says = VisibleDates.says(label);
      if (says == VisibleDates.Label.UPDATE) {
        says = beforeUpdate(label, text, monthFirst).orElse(says);
      }
      if ((says == VisibleDates.Label.UPDATE) != updated
          || !(says != VisibleDates.Label.NONE || classSaysDate(parent))
          || aside(parent)
          || HiddenMarkup.within(parent)) {
        continue;
      }
      return d;
    }
    return Optional.empty();
  }

  /**
   * What the label says of a date text printed before its update label and the update date
   * ("December 3, 2025. <i>Updated: December 7, 2025</i>"): the update label is the later date's,
   * so only what comes up to the text counts. Empty when the label is not laid out so.
   */
  private static Optional<VisibleDates.Label> beforeUpdate(
      String label, String text, boolean monthFirst) {
    String own = text.strip();
    int at = own.isEmpty() ? -1 : label.indexOf(own);
    int update = VisibleDates.updateWordAt(label);
    if (at < 0 || update < at + own.length()) {
      return Optional.empty();
    }
    if (DateParser.human(label.substring(update), monthFirst).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(VisibleDates.says(label.substring(0, update)));
  }

  /**
   * Words that say a date is the first publication of a page since updated ("was originally
   * published on", "was first posted"); not "a preprint, first published …" of an earlier version.
   */
  private static final Pattern ORIGINALLY =
      Pattern.compile("(?i)\\b(?:originally|was first) (?:published|posted)\\b");

  /**
   * Whether a short text may be a note of the first publication (a cheap test {@link PageIndex}
   * runs on every short text; {@link #ORIGINALLY} decides): long enough for the words and a date,
   * and holding "riginally" or "irst p".
   */
  static boolean mayNoteFirstPublication(String text) {
    return text.length() >= 30 && (text.indexOf("riginally") >= 0 || text.indexOf("irst p") >= 0);
  }

  /**
   * The date of a note that the article was first published earlier ("This article was originally
   * published on 26 Sep 2019 but has been regularly updated"), outside comments, related lists and
   * sidebars: the date beside the byline is then its last revision.
   */
  static Optional<FoundDate> originallyPublished(PageIndex page, boolean monthFirst) {
    for (TextNode t : page.publicationNotes()) {
      String whole = t.getWholeText();
      Matcher m = ORIGINALLY.matcher(whole);
      if (!m.find() || !(t.parent() instanceof Element parent) || aside(parent)) {
        continue;
      }
      Optional<FoundDate> d = DateParser.human(whole.substring(m.end()), monthFirst);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /** The element's text when it holds at most {@code max} characters, else "" (stops reading). */
  private static String textUpTo(Element e, int max) {
    StringBuilder out = new StringBuilder();
    org.jsoup.select.NodeTraversor.filter(
        new org.jsoup.select.NodeFilter() {
          @Override
          public FilterResult head(org.jsoup.nodes.Node node, int depth) {
            if (node instanceof TextNode t) {
              out.append(t.getWholeText()).append(' ');
            }
            return out.length() > max * 2 ? FilterResult.STOP : FilterResult.CONTINUE;
          }
        },
        e);
    String s = org.warta.core.Whitespace.collapse(out.toString()).strip();
    return s.length() <= max ? s : "";
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean classSaysDate(Element e) {
    Element around = e.parent();
    return namesDate(e) || around != null && namesDate(around);
  }

  /** Class or id words of elements that hold an article's date: "post-date", "byline". */
  private static final List<String> DATE_HOLDERS = List.of("date", "byline", "author", "meta");

  private static boolean namesDate(Element e) {
    if (e.attributesSize() == 0) {
      return false;
    }
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    for (String w : DATE_HOLDERS) {
      if (names.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the element is or sits in a footer, aside or navigation that is not part of an {@code
   * <article>} or {@code <main>} (an article's own info box or footer carries its date).
   */
  private static boolean inPageChrome(Element e) {
    boolean chrome = false;
    for (Element p = e; p != null && !p.nameIs("body"); p = p.parent()) {
      if (p.nameIs("article") || p.nameIs("main")) {
        return false; // the article's own footer or aside
      }
      chrome |= p.nameIs("footer") || p.nameIs("aside") || p.nameIs("nav");
    }
    return chrome;
  }

  /**
   * Whether the element sits in comments, related lists or a sidebar, or in the page's chrome
   * ({@link #inPageChrome}).
   */
  private static boolean aside(Element e) {
    // up to <body>: its classes describe the whole page ("no-sidebar", "comments-open")
    for (Element p = e; p != null && !p.nameIs("body"); p = p.parent()) {
      if (p.attributesSize() > 0) {
        String names = (p.className() + " " + p.id()).toLowerCase(java.util.Locale.ROOT);
        if (names.contains("comment") || names.contains("related") || names.contains("sidebar")) {
          return true;
        }
      }
    }
    return inPageChrome(e);
  }

  /**
   * The date the page shows wins (it is what readers and annotators see, and structured data is
   * sometimes wrong); otherwise the structured candidates vote. A shown date without time takes the
   * time of a structured candidate on the same day, if any.
   */
  private static Optional<Sourced<FoundDate>> shownFirst(
      Optional<FoundDate> shown, List<DateCandidate> structured, Optional<ZoneId> zone) {
    if (shown.isEmpty()) {
      return vote(structured, zone);
    }
    FoundDate s = shown.get().in(zone);
    if (!s.hasTime()) {
      for (DateCandidate c : structured) {
        FoundDate d = c.date().in(zone);
        if (d.hasTime() && d.date().equals(s.date())) {
          return Optional.of(new Sourced<>(d, "text"));
        }
      }
    }
    return Optional.of(new Sourced<>(s, "text"));
  }

  private static void jsonLd(
      JsonNode a, List<DateCandidate> published, List<DateCandidate> modified) {
    for (String key : List.of("datePublished", "dateCreated", "uploadDate")) {
      JsonLdFields.text(a, key)
          .flatMap(DateParser::machine)
          .ifPresent(d -> published.add(new DateCandidate(d, "json-ld", 1.0)));
    }
    JsonLdFields.text(a, "dateModified")
        .flatMap(DateParser::machine)
        .ifPresent(d -> modified.add(new DateCandidate(d, "json-ld", 1.0)));
  }

  private static void metaDates(
      MetaTags meta, List<DateCandidate> published, List<DateCandidate> modified) {
    for (String key : PUBLISHED_META) {
      meta.first(key)
          .flatMap(s -> DateParser.machine(s.value()))
          .ifPresent(d -> published.add(new DateCandidate(d, "meta:" + key, 1.0)));
    }
    for (String key : MODIFIED_META) {
      meta.first(key)
          .flatMap(s -> DateParser.machine(s.value()))
          .ifPresent(d -> modified.add(new DateCandidate(d, "meta:" + key, 1.0)));
    }
  }

  /**
   * Microdata {@code itemprop=datePublished} and {@code <time>} elements marked as publication.
   * Returns the date of the first shown {@code <time pubdate>} in the page's own part (not hidden,
   * not in comments, related lists, a sidebar or the page's chrome), if any: the date the page
   * prints and marks as its publication date.
   */
  private static Optional<FoundDate> markup(
      PageIndex page, List<DateCandidate> published, List<DateCandidate> modified) {
    boolean pub = false;
    boolean mod = false;
    Optional<FoundDate> marked = Optional.empty();
    for (Element e : page.timesAndMicrodata()) {
      if (marked.isEmpty()
          && e.nameIs("time")
          && e.hasAttr("pubdate")
          && !HiddenMarkup.within(e)
          && !aside(e)) {
        marked = attrDate(e);
      }
      String itemprop = e.attr("itemprop");
      boolean time = e.nameIs("time");
      if (!pub
          && (itemprop.equals("datePublished") && !e.nameIs("meta")
              || time
                  && (e.hasAttr("pubdate")
                      || e.hasClass("published")
                      || e.hasClass("entry-date")))) {
        pub =
            attrDate(e)
                .map(d -> published.add(new DateCandidate(d, "microdata", 0.8)))
                .orElse(false);
      } else if (!mod
          && (itemprop.equals("dateModified") && !e.nameIs("meta")
              || time && e.hasClass("updated"))) {
        mod =
            attrDate(e)
                .map(d -> modified.add(new DateCandidate(d, "microdata", 0.8)))
                .orElse(false);
      }
      if (pub && mod && marked.isPresent()) {
        return marked;
      }
    }
    return marked;
  }

  private static Optional<FoundDate> attrDate(Element e) {
    for (String attr : List.of("datetime", "content", "title")) {
      Optional<FoundDate> d = DateParser.machine(e.attr(attr));
      if (d.isPresent()) {
        return d;
      }
    }
    return DateParser.human(e.text(), false);
  }

  static Optional<FoundDate> fromUrl(URI url) {
    String path = url.getRawPath() == null ? "" : url.getRawPath();
    Matcher m = URL_DATE.matcher(path);
    if (m.find()) {
      LocalDate d =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      return Optional.of(new FoundDate(d.atStartOfDay(), Optional.empty(), false));
    }
    Matcher named = URL_NAMED_MONTH.matcher(path);
    if (named.find()) {
      Optional<Integer> month = CalendarWords.month(named.group(2));
      int day = Integer.parseInt(named.group(3));
      int year = Integer.parseInt(named.group(1));
      if (month.isPresent()
          && day >= 1
          && day <= java.time.YearMonth.of(year, month.get()).lengthOfMonth()) {
        LocalDate d = LocalDate.of(year, month.get(), day);
        return Optional.of(new FoundDate(d.atStartOfDay(), Optional.empty(), false));
      }
    }
    return Optional.empty();
  }

  /** The first explicit zone other than UTC; else UTC when a candidate says UTC. */
  private static Optional<ZoneId> zone(
      List<DateCandidate> published, List<DateCandidate> modified) {
    Optional<ZoneId> utc = Optional.empty();
    for (List<DateCandidate> list : List.of(published, modified)) {
      for (DateCandidate c : list) {
        if (c.date().zone().isPresent() && c.date().hasTime()) {
          ZoneId z = c.date().zone().get();
          if (!z.normalized().equals(ZoneOffset.UTC)) {
            return Optional.of(z);
          }
          utc = Optional.of(z);
        }
      }
    }
    return utc;
  }

  private static Optional<Sourced<FoundDate>> vote(
      List<DateCandidate> candidates, Optional<ZoneId> zone) {
    Map<LocalDate, Double> support = new LinkedHashMap<>();
    Map<LocalDate, DateCandidate> first = new LinkedHashMap<>();
    for (DateCandidate c : candidates) {
      FoundDate d = c.date().in(zone);
      support.merge(d.date(), c.weight(), Double::sum);
      first.putIfAbsent(d.date(), new DateCandidate(d, c.source(), c.weight()));
    }
    @org.jspecify.annotations.Nullable LocalDate best = null;
    for (Map.Entry<LocalDate, Double> e : support.entrySet()) {
      if (best == null || e.getValue() > support.get(best) + 1e-9) {
        best = e.getKey();
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    DateCandidate winner = bestTimed(candidates, first.get(best), zone);
    return Optional.of(new Sourced<>(winner.date(), winner.source()));
  }

  /** Among candidates on the winning day, the first one that carries a time of day. */
  private static DateCandidate bestTimed(
      List<DateCandidate> all, DateCandidate first, Optional<ZoneId> zone) {
    for (DateCandidate c : all) {
      FoundDate d = c.date().in(zone);
      if (d.hasTime() && d.date().equals(first.date().date())) {
        return new DateCandidate(d, c.source(), c.weight());
      }
    }
    return first;
  }
}
