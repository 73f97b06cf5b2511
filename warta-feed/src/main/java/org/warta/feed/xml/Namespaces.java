package org.warta.feed.xml;

import java.util.Locale;
import java.util.Map;

/**
 * The namespace URIs of the feed formats and extensions Warta reads, the prefixes publishers use
 * for them without declaring them (an undeclared {@code media:} or {@code dc:} prefix is common in
 * hand-written feeds), and the spellings in the wild that mean the same namespace.
 */
public final class Namespaces {
  public static final String ATOM = "http://www.w3.org/2005/Atom";
  public static final String ATOM_03 = "http://purl.org/atom/ns#";
  public static final String RSS_10 = "http://purl.org/rss/1.0/";
  public static final String RSS_090 = "http://my.netscape.com/rdf/simple/0.9/";
  public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  public static final String DC = "http://purl.org/dc/elements/1.1/";
  public static final String DC_TERMS = "http://purl.org/dc/terms/";
  public static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
  public static final String MEDIA = "http://search.yahoo.com/mrss/";
  public static final String SYNDICATION = "http://purl.org/rss/1.0/modules/syndication/";
  public static final String ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";
  public static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
  public static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
  public static final String IMAGE = "http://www.google.com/schemas/sitemap-image/1.1";
  public static final String XHTML = "http://www.w3.org/1999/xhtml";
  public static final String XML = "http://www.w3.org/XML/1998/namespace";
  public static final String XMLNS = "http://www.w3.org/2000/xmlns/";

  /** Prefixes assumed when a document uses them without declaring them. */
  private static final Map<String, String> CONVENTIONAL_PREFIXES =
      Map.ofEntries(
          Map.entry("xml", XML),
          Map.entry("atom", ATOM),
          Map.entry("atom10", ATOM),
          Map.entry("rdf", RDF),
          Map.entry("dc", DC),
          Map.entry("dcterms", DC_TERMS),
          Map.entry("content", CONTENT),
          Map.entry("media", MEDIA),
          Map.entry("sy", SYNDICATION),
          Map.entry("itunes", ITUNES),
          Map.entry("news", NEWS),
          Map.entry("image", IMAGE),
          Map.entry("xhtml", XHTML));

  /** Other spellings of the same namespaces found in real documents. */
  private static final Map<String, String> VARIANTS =
      Map.ofEntries(
          Map.entry("http://search.yahoo.com/mrss", MEDIA),
          Map.entry("http://video.search.yahoo.com/mrss", MEDIA),
          Map.entry("http://video.search.yahoo.com/mrss/", MEDIA),
          Map.entry("http://purl.org/dc/elements/1.1", DC),
          Map.entry("http://purl.org/dc/terms", DC_TERMS),
          Map.entry("http://www.w3.org/2005/atom", ATOM),
          Map.entry("http://purl.org/rss/1.0/modules/content", CONTENT),
          Map.entry("http://www.google.com/schemas/sitemap/0.84", SITEMAP),
          Map.entry("http://www.google.com/schemas/sitemap/0.9", SITEMAP),
          Map.entry("http://www.sitemaps.org/schemas/sitemap/0.9/", SITEMAP),
          Map.entry("http://www.google.com/schemas/sitemap-news/0.9/", NEWS),
          Map.entry("http://www.google.com/schemas/sitemap-image/1.1/", IMAGE));

  private Namespaces() {}

  /** The namespace a conventional prefix stands for, or empty when the prefix is not known. */
  public static String forConventionalPrefix(String prefix) {
    return CONVENTIONAL_PREFIXES.getOrDefault(prefix.toLowerCase(Locale.ROOT), "");
  }

  /** The canonical spelling of a namespace URI (https, missing slash and case variants folded). */
  public static String canonical(String uri) {
    if (uri.isEmpty()) {
      return uri;
    }
    String folded = uri.startsWith("https://") ? "http://" + uri.substring(8) : uri;
    String known = VARIANTS.get(folded.toLowerCase(Locale.ROOT));
    if (known != null) {
      return known;
    }
    return folded.equals(uri) ? uri : (isKnown(folded) ? folded : uri);
  }

  private static boolean isKnown(String uri) {
    return CONVENTIONAL_PREFIXES.containsValue(uri)
        || uri.equals(ATOM_03)
        || uri.equals(RSS_10)
        || uri.equals(RSS_090)
        || uri.equals(SITEMAP);
  }
}
