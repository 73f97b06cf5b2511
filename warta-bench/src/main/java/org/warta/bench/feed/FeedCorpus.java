package org.warta.bench.feed;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A deterministic corpus of feeds shaped like the ones news aggregators meet: RSS 2.0 with
 * content:encoded, Media RSS, dc:creator and categories (the common WordPress / news CMS shape),
 * Atom 1.0 with HTML summaries and content, and RSS 1.0 (RDF) with Dublin Core. Item bodies are 1-3
 * KB of HTML, titles 6-12 words, fictional publishers on {@code .example} hosts. The same seed
 * gives the same bytes, so runs compare.
 */
public final class FeedCorpus {
  /** Feeds per format in one corpus. */
  public static final int FEEDS = 20;

  /** Items per feed: a typical news feed window. */
  public static final int ITEMS_PER_FEED = 50;

  /** Items parsed per benchmark invocation (one pass over one format's corpus). */
  public static final int ITEMS = FEEDS * ITEMS_PER_FEED;

  private static final String[] WORDS = {
    "banjir", "harga", "cabai", "warga", "pemerintah", "daerah", "pasar", "sekolah", "jembatan",
    "festival", "kereta", "pelabuhan", "petani", "kopi", "nelayan", "hujan", "jalan", "rumah",
    "sakit", "gunung", "harbour", "council", "ferry", "library", "market", "election", "budget",
    "river", "school", "bridge", "coast", "tram", "mayor", "storm", "harvest", "village"
  };

  private FeedCorpus() {}

  /** The corpus of one format: {@code rss}, {@code atom} or {@code rdf}. */
  public static List<byte[]> of(String format) {
    Random random = new Random(20260302L + format.hashCode());
    List<byte[]> feeds = new ArrayList<>(FEEDS);
    for (int f = 0; f < FEEDS; f++) {
      String host = "pub" + f + ".example";
      String xml =
          switch (format) {
            case "rss" -> rss(random, host);
            case "atom" -> atom(random, host);
            case "rdf" -> rdf(random, host);
            default -> throw new IllegalArgumentException("unknown format " + format);
          };
      feeds.add(xml.getBytes(StandardCharsets.UTF_8));
    }
    return feeds;
  }

  private static String rss(Random r, String host) {
    StringBuilder sb = new StringBuilder(200_000);
    sb.append(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:media=\"http://search.yahoo.com/mrss/\""
            + " xmlns:atom=\"http://www.w3.org/2005/Atom\">\n"
            + "<channel>\n");
    sb.append("<title>")
        .append(title(r))
        .append("</title>\n<link>https://")
        .append(host)
        .append("/</link>\n");
    sb.append("<description>Berita terkini dari ")
        .append(host)
        .append("</description>\n<language>id</language>\n");
    sb.append("<atom:link rel=\"self\" type=\"application/rss+xml\" href=\"https://")
        .append(host)
        .append("/feed\"/>\n<ttl>15</ttl>\n");
    OffsetDateTime date = OffsetDateTime.of(2026, 3, 2, 12, 0, 0, 0, ZoneOffset.ofHours(7));
    for (int i = 0; i < ITEMS_PER_FEED; i++) {
      date = date.minusMinutes(7 + r.nextInt(40));
      String slug = slug(r);
      sb.append("<item>\n<title>").append(title(r)).append("</title>\n");
      sb.append("<link>https://")
          .append(host)
          .append("/read/2026/03/02/")
          .append(1000 + i)
          .append('/')
          .append(slug)
          .append("</link>\n");
      sb.append("<guid isPermaLink=\"false\">")
          .append(host)
          .append('-')
          .append(1000 + i)
          .append("</guid>\n");
      sb.append("<pubDate>")
          .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(date))
          .append("</pubDate>\n");
      sb.append("<dc:creator><![CDATA[").append(name(r)).append("]]></dc:creator>\n");
      sb.append("<category><![CDATA[Nasional]]></category><category><![CDATA[")
          .append(word(r))
          .append("]]></category>\n");
      sb.append("<description><![CDATA[<p>")
          .append(sentence(r, 25))
          .append("</p>]]></description>\n");
      sb.append("<content:encoded><![CDATA[").append(body(r)).append("]]></content:encoded>\n");
      sb.append("<media:content url=\"https://img.")
          .append(host)
          .append("/2026/03/")
          .append(slug)
          .append(".jpg\" medium=\"image\" width=\"1200\"><media:description>")
          .append(sentence(r, 8))
          .append("</media:description><media:credit>")
          .append(name(r))
          .append("</media:credit></media:content>\n");
      sb.append("</item>\n");
    }
    return sb.append("</channel>\n</rss>\n").toString();
  }

  private static String atom(Random r, String host) {
    StringBuilder sb = new StringBuilder(200_000);
    sb.append(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            + "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">\n");
    sb.append("<title>")
        .append(title(r))
        .append("</title>\n<id>https://")
        .append(host)
        .append("/feed.atom</id>\n");
    sb.append("<link rel=\"self\" href=\"https://")
        .append(host)
        .append("/feed.atom\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"https://")
        .append(host)
        .append("/\"/>\n");
    OffsetDateTime date = OffsetDateTime.of(2026, 3, 2, 5, 0, 0, 0, ZoneOffset.UTC);
    sb.append("<updated>").append(date).append("</updated>\n");
    for (int i = 0; i < ITEMS_PER_FEED; i++) {
      date = date.minusMinutes(7 + r.nextInt(40));
      String slug = slug(r);
      sb.append("<entry>\n<title type=\"html\">").append(title(r)).append("</title>\n");
      sb.append("<link rel=\"alternate\" type=\"text/html\" href=\"https://")
          .append(host)
          .append("/2026/03/")
          .append(slug)
          .append("\"/>\n");
      sb.append("<id>tag:").append(host).append(",2026:").append(i).append("</id>\n");
      sb.append("<published>")
          .append(date)
          .append("</published>\n<updated>")
          .append(date.plusMinutes(5))
          .append("</updated>\n");
      sb.append("<author><name>")
          .append(name(r))
          .append("</name></author>\n<category term=\"")
          .append(word(r))
          .append("\"/>\n");
      sb.append("<summary type=\"html\">")
          .append(escape("<p>" + sentence(r, 25) + "</p>"))
          .append("</summary>\n");
      sb.append("<content type=\"html\">").append(escape(body(r))).append("</content>\n</entry>\n");
    }
    return sb.append("</feed>\n").toString();
  }

  private static String rdf(Random r, String host) {
    StringBuilder sb = new StringBuilder(200_000);
    sb.append(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
            + " xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n");
    sb.append("<channel rdf:about=\"https://")
        .append(host)
        .append("/index.rdf\">\n<title>")
        .append(title(r))
        .append("</title>\n<link>https://")
        .append(host)
        .append(
            "/</link>\n"
                + "<description>Daily notes</description>\n"
                + "<dc:language>en</dc:language>\n"
                + "</channel>\n");
    OffsetDateTime date = OffsetDateTime.of(2026, 3, 2, 8, 0, 0, 0, ZoneOffset.ofHours(8));
    for (int i = 0; i < ITEMS_PER_FEED; i++) {
      date = date.minusMinutes(7 + r.nextInt(40));
      String url = "https://" + host + "/2026/03/" + slug(r);
      sb.append("<item rdf:about=\"")
          .append(url)
          .append("\">\n<title>")
          .append(title(r))
          .append("</title>\n<link>")
          .append(url)
          .append("</link>\n");
      sb.append("<description>").append(sentence(r, 25)).append("</description>\n");
      sb.append("<dc:creator>")
          .append(name(r))
          .append("</dc:creator>\n<dc:subject>")
          .append(word(r))
          .append("</dc:subject>\n<dc:date>")
          .append(date)
          .append("</dc:date>\n");
      sb.append("<content:encoded>")
          .append(escape(body(r)))
          .append("</content:encoded>\n</item>\n");
    }
    return sb.append("</rdf:RDF>\n").toString();
  }

  private static String body(Random r) {
    StringBuilder sb = new StringBuilder(3000);
    int paragraphs = 3 + r.nextInt(6);
    for (int p = 0; p < paragraphs; p++) {
      sb.append("<p>").append(sentence(r, 20 + r.nextInt(30)));
      if (r.nextInt(4) == 0) {
        sb.append(" <a href=\"https://example.org/")
            .append(word(r))
            .append("\">")
            .append(word(r))
            .append("</a>");
      }
      sb.append("</p>");
    }
    return sb.toString();
  }

  private static String escape(String html) {
    return html.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String title(Random r) {
    String s = sentence(r, 6 + r.nextInt(7));
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String slug(Random r) {
    return sentence(r, 5).replace(' ', '-') + "-" + r.nextInt(1_000_000);
  }

  private static String name(Random r) {
    String w = word(r);
    return w.substring(0, 1).toUpperCase(Locale.ROOT)
        + w.substring(1)
        + " "
        + word(r).toUpperCase(Locale.ROOT).charAt(0)
        + ".";
  }

  private static String sentence(Random r, int words) {
    StringBuilder sb = new StringBuilder(words * 8);
    for (int i = 0; i < words; i++) {
      sb.append(i == 0 ? "" : " ").append(word(r));
    }
    return sb.toString();
  }

  private static String word(Random r) {
    return WORDS[r.nextInt(WORDS.length)];
  }
}
