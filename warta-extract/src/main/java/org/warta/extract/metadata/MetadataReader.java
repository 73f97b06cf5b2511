package org.warta.extract.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads {@link PageMetadata} from a parsed page. Each field takes the first source that has a
 * value, in this order: JSON-LD (the article object, see {@link JsonLd#article()}), OpenGraph and
 * other meta tags, then markup ({@code <title>}, {@code <h1>}, {@code <html lang>}); dates follow
 * {@link Dates}. Pure; never throws on odd markup.
 */
public final class MetadataReader {
  private static final Set<String> SITE_TYPES =
      Set.of("website", "organization", "newsmediaorganization");

  private MetadataReader() {}

  public static PageMetadata read(PageIndex page, URI pageUrl) {
    Document doc = page.document();
    JsonLd ld = JsonLd.of(page);
    Optional<JsonNode> article = ld.article();
    MetaTags meta = MetaTags.of(page);
    Optional<Sourced<String>> siteName = siteName(ld, article, meta);
    Optional<Element> h1 = Titles.headline(page);
    Optional<Sourced<String>> title =
        Titles.choose(page, article, meta, siteName.map(Sourced::value), h1);
    Optional<Sourced<String>> language = language(doc, meta, article);
    boolean monthFirst = language.map(l -> monthFirst(l.value())).orElse(false);
    Dates.Result dates = Dates.choose(page, article, meta, pageUrl, h1, monthFirst);
    return new PageMetadata(
        title,
        description(article, meta),
        siteName,
        section(article, meta),
        tags(article, meta),
        authors(ld, article, meta),
        dates.published(),
        dates.modified(),
        canonical(page),
        image(article, meta),
        language,
        originalHints(ld, article, meta, page),
        dates.zone());
  }

  private static Optional<Sourced<String>> siteName(
      JsonLd ld, Optional<JsonNode> article, MetaTags meta) {
    Optional<Sourced<String>> og =
        meta.first("og:site_name", "application-name", "twitter:site:name");
    if (og.isPresent()) {
      return og;
    }
    Optional<String> publisher =
        article.flatMap(a -> JsonLdFields.texts(a, "publisher", ld).stream().findFirst());
    if (publisher.isPresent()) {
      return Optional.of(new Sourced<>(publisher.get(), "json-ld"));
    }
    return ld.firstOfType(SITE_TYPES)
        .flatMap(o -> JsonLdFields.text(o, "name"))
        .map(n -> new Sourced<>(n, "json-ld"));
  }

  private static Optional<Sourced<String>> description(Optional<JsonNode> article, MetaTags meta) {
    Optional<String> ld = article.flatMap(a -> JsonLdFields.text(a, "description"));
    if (ld.isPresent()) {
      return Optional.of(new Sourced<>(Titles.clean(ld.get()), "json-ld"));
    }
    return meta.first("og:description", "description", "twitter:description", "dc.description")
        .map(s -> new Sourced<>(Titles.clean(s.value()), s.source()));
  }

  private static Optional<Sourced<String>> section(Optional<JsonNode> article, MetaTags meta) {
    Optional<String> ld = article.flatMap(a -> JsonLdFields.text(a, "articleSection"));
    if (ld.isPresent()) {
      return Optional.of(new Sourced<>(ld.get(), "json-ld"));
    }
    return meta.first(
        "article:section", "section", "parsely-section", "sailthru.section", "category");
  }

  private static List<String> tags(Optional<JsonNode> article, MetaTags meta) {
    List<String> tags = new ArrayList<>();
    article.ifPresent(
        a -> JsonLdFields.texts(a, "keywords", JsonLd.EMPTY).forEach(k -> splitInto(k, tags)));
    if (tags.isEmpty()) {
      meta.all("article:tag").forEach(t -> splitInto(t, tags));
    }
    if (tags.isEmpty()) {
      meta.first("news_keywords", "keywords", "parsely-tags", "sailthru.tags")
          .ifPresent(k -> splitInto(k.value(), tags));
    }
    return tags.size() > 50 ? tags.subList(0, 50) : tags;
  }

  private static final java.util.regex.Pattern KEYWORD_SEPARATORS =
      java.util.regex.Pattern.compile("[,;]");

  private static void splitInto(String keywords, List<String> out) {
    for (String k : KEYWORD_SEPARATORS.split(keywords)) {
      String t = k.strip();
      if (!t.isEmpty() && t.length() < 80 && !out.contains(t)) {
        out.add(t);
      }
    }
  }

  private static Optional<Sourced<List<String>>> authors(
      JsonLd ld, Optional<JsonNode> article, MetaTags meta) {
    List<String> organizations = List.of();
    if (article.isPresent()) {
      List<List<String>> split = JsonLdFields.peopleAndOrganizations(article.get(), "author", ld);
      if (split.get(0).isEmpty() && split.get(1).isEmpty()) {
        split = JsonLdFields.peopleAndOrganizations(article.get(), "creator", ld);
      }
      if (!split.get(0).isEmpty()) {
        return Optional.of(new Sourced<>(split.get(0), "json-ld"));
      }
      organizations = split.get(1);
    }
    for (String key :
        List.of(
            "author",
            "article:author",
            "parsely-author",
            "sailthru.author",
            "dc.creator",
            "dcterms.creator",
            "citation_author",
            "byl")) {
      List<String> values = meta.all(key).stream().filter(v -> !v.startsWith("http")).toList();
      if (!values.isEmpty()) {
        return Optional.of(new Sourced<>(values, "meta:" + key));
      }
    }
    Optional<String> labelled = twitterWrittenBy(meta);
    if (labelled.isPresent()) {
      return Optional.of(new Sourced<>(List.of(labelled.get()), "meta:twitter:data"));
    }
    // an organization as author is a fallback: a byline usually names the person
    return organizations.isEmpty()
        ? Optional.empty()
        : Optional.of(new Sourced<>(organizations, "json-ld:organization"));
  }

  /**
   * The value of a Twitter card label/data pair whose label says "Written by" or "Author" ({@code
   * twitter:label1} = "Written by", {@code twitter:data1} = "Jane Roe"), as SEO plugins write it.
   */
  private static Optional<String> twitterWrittenBy(MetaTags meta) {
    for (int i = 1; i <= 4; i++) {
      for (String label : meta.all("twitter:label" + i)) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        if (l.equals("written by") || l.equals("author") || l.equals("by")) {
          return meta.first("twitter:data" + i)
              .map(Sourced::value)
              .filter(v -> !v.startsWith("http"));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<URI> canonical(PageIndex page) {
    for (Element link : page.byTag("link")) {
      if (link.attr("rel").strip().equalsIgnoreCase("canonical") && link.hasAttr("href")) {
        Optional<URI> u = absolute(link.absUrl("href"));
        if (u.isPresent()) {
          return u;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Sourced<URI>> image(Optional<JsonNode> article, MetaTags meta) {
    Optional<URI> ld =
        article.flatMap(a -> JsonLdFields.url(a, "image")).flatMap(MetadataReader::absolute);
    if (ld.isPresent()) {
      return Optional.of(new Sourced<>(ld.get(), "json-ld"));
    }
    return meta.first(
            "og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src")
        .flatMap(s -> absolute(s.value()).map(u -> new Sourced<>(u, s.source())));
  }

  private static Optional<Sourced<String>> language(
      Document doc, MetaTags meta, Optional<JsonNode> article) {
    Element html = doc.firstElementChild(); // not children(): that builds and stashes a list
    String lang = html == null ? "" : html.attr("lang").strip();
    if (!lang.isEmpty()) {
      return Optional.of(new Sourced<>(lang, "html-lang"));
    }
    Optional<Sourced<String>> m =
        meta.first("content-language", "language", "dc.language", "og:locale");
    if (m.isPresent()) {
      return m;
    }
    return article
        .flatMap(a -> JsonLdFields.text(a, "inLanguage"))
        .map(l -> new Sourced<>(l, "json-ld"));
  }

  /** English pages without a region, or en-US, print numeric dates month first. */
  private static boolean monthFirst(String tag) {
    String t = tag.toLowerCase(Locale.ROOT).replace('_', '-');
    return t.equals("en") || t.equals("en-us");
  }

  private static List<URI> originalHints(
      JsonLd ld, Optional<JsonNode> article, MetaTags meta, PageIndex page) {
    List<URI> hints = new ArrayList<>();
    for (String key : List.of("original-source", "syndication-source", "dc.source")) {
      meta.all(key).forEach(v -> absolute(v).ifPresent(u -> addOnce(hints, u)));
    }
    for (Element link : page.byTag("link")) {
      String rel = link.attr("rel").strip().toLowerCase(Locale.ROOT);
      if (rel.equals("original-source") || rel.equals("syndication-source")) {
        absolute(link.absUrl("href")).ifPresent(u -> addOnce(hints, u));
      }
    }
    article.ifPresent(
        a -> {
          JsonNode based = a.path("isBasedOn");
          List<String> urls = new ArrayList<>();
          JsonLdFields.url(a, "isBasedOn").ifPresent(urls::add);
          if (based.isArray()) {
            based.forEach(
                b -> {
                  if (b.isTextual()) urls.add(b.asText());
                });
          }
          urls.forEach(v -> absolute(v).ifPresent(u -> addOnce(hints, u)));
        });
    return hints;
  }

  private static void addOnce(List<URI> list, URI u) {
    if (!list.contains(u)) {
      list.add(u);
    }
  }

  /** An absolute http(s) URI, or empty. */
  public static Optional<URI> absolute(String value) {
    String v = value.strip().replace(" ", "%20");
    if (!(v.startsWith("http://") || v.startsWith("https://"))) {
      return Optional.empty();
    }
    try {
      URI u = new URI(v);
      return u.getHost() == null ? Optional.empty() : Optional.of(u);
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }
}
