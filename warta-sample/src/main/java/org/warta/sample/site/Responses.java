package org.warta.sample.site;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.warta.sample.image.LeadImages;
import org.warta.sample.plan.Hashes;
import org.warta.sample.plan.PlannedArticle;
import org.warta.sample.publisher.Publisher;
import org.warta.sample.warc.Capture;
import org.warta.sample.warc.Capture.Header;

/**
 * The HTTP responses of the simulated crawl, with the headers each publisher's server sends: Date,
 * Server, Content-Type with charset, Last-Modified and/or ETag (as the publisher's {@code
 * validators} say), Cache-Control. Dates follow RFC 9110 section 5.6.7 (IMF-fixdate).
 */
final class Responses {
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", java.util.Locale.ENGLISH);

  private Responses() {}

  static Capture html(
      URI url, Instant t, Publisher p, byte[] body, Optional<OffsetDateTime> modified) {
    String type =
        "text/html; charset="
            + (p.charset().name().equals("UTF-8")
                ? "UTF-8"
                : p.charset().name().toLowerCase(java.util.Locale.ROOT));
    return ok(url, t, p, type, body, modified.map(OffsetDateTime::toInstant), "max-age=60");
  }

  static Capture image(URI url, Instant t, Publisher p, byte[] body, Instant modified) {
    return ok(
        url,
        t,
        p,
        LeadImages.contentType(url.getPath()),
        body,
        Optional.of(modified),
        "public, max-age=2592000");
  }

  static Capture feed(Publisher p, Instant t, byte[] body, List<PlannedArticle> items) {
    Optional<Instant> modified =
        items.stream().map(a -> a.modified().toInstant()).max(Comparator.naturalOrder());
    return ok(p.feedUrl(), t, p, p.feedFormat().contentType(), body, modified, "max-age=300");
  }

  private static Capture ok(
      URI url,
      Instant t,
      Publisher p,
      String type,
      byte[] body,
      Optional<Instant> modified,
      String cache) {
    List<Header> h = new ArrayList<>();
    h.add(new Header("Date", httpDate(t)));
    h.add(new Header("Server", p.server()));
    h.add(new Header("Content-Type", type));
    if (p.validators().contains("last-modified")) {
      modified.ifPresent(m -> h.add(new Header("Last-Modified", httpDate(m))));
    }
    if (p.validators().contains("etag")) {
      h.add(new Header("ETag", "\"" + Hashes.hex(Hashes.sha256(body), 10) + "\""));
    }
    h.add(new Header("Cache-Control", cache));
    h.add(new Header("Vary", "Accept-Encoding"));
    return new Capture(url, t, 200, "OK", h, body);
  }

  static String httpDate(Instant t) {
    return HTTP_DATE.format(t.atOffset(ZoneOffset.UTC));
  }
}
