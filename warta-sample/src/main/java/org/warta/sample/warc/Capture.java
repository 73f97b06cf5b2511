package org.warta.sample.warc;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * One HTTP exchange of the simulated crawl: the URL, when it happened, and the response status,
 * headers (in order) and body bytes. The packer writes it as a request and a response record.
 */
public record Capture(
    URI url, Instant date, int status, String reason, List<Header> headers, byte[] body) {

  /** One response header. */
  public record Header(String name, String value) {}

  public Capture {
    headers = List.copyOf(headers);
  }

  /** The value of the first header with this name (case-insensitive), or empty. */
  public String header(String name) {
    return headers.stream()
        .filter(h -> h.name().equalsIgnoreCase(name))
        .map(Header::value)
        .findFirst()
        .orElse("");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Capture c
        && url.equals(c.url)
        && date.equals(c.date)
        && status == c.status
        && headers.equals(c.headers)
        && java.util.Arrays.equals(body, c.body);
  }

  @Override
  public int hashCode() {
    return url.hashCode() * 31 + java.util.Arrays.hashCode(body);
  }

  @Override
  public String toString() {
    return "Capture[" + url + " at " + date + ", " + status + ", " + body.length + " bytes]";
  }
}
