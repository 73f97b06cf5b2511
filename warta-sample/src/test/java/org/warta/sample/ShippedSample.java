package org.warta.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/** The shipped WARC read once with jwarc, for the tests that check what it contains. */
public final class ShippedSample {
  /** One response record: URL, capture date, status, headers and body. */
  public record Response(
      URI url, Instant date, int status, Map<String, List<String>> headers, byte[] body) {

    /** The first value of a header (case-insensitive), or empty. */
    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().getFirst())
          .findFirst()
          .orElse("");
    }

    /** The body decoded in the charset the Content-Type header names (UTF-8 if none). */
    public String text() {
      String type = header("Content-Type");
      int i = type.toLowerCase(java.util.Locale.ROOT).indexOf("charset=");
      String charset = i < 0 ? "UTF-8" : type.substring(i + 8).strip();
      return new String(body, java.nio.charset.Charset.forName(charset));
    }
  }

  private static List<String> types;
  private static Map<URI, Response> responses;

  private ShippedSample() {}

  /** The record types in file order. */
  public static synchronized List<String> recordTypes() {
    load();
    return types;
  }

  /** The response records by target URL, in file order. */
  public static synchronized Map<URI, Response> responses() {
    load();
    return responses;
  }

  /** The response for a URL; fails naming the URL when the WARC has none. */
  public static Response response(URI url) {
    Response r = responses().get(url);
    if (r == null) {
      throw new AssertionError("the sample WARC has no response for " + url);
    }
    return r;
  }

  private static void load() {
    if (responses != null) {
      return;
    }
    List<String> t = new ArrayList<>();
    Map<URI, Response> r = new LinkedHashMap<>();
    try (InputStream in = SampleCorpus.openWarc();
        WarcReader reader = new WarcReader(in)) {
      for (WarcRecord record : reader) {
        t.add(record.type());
        if (record instanceof WarcResponse resp) {
          var http = resp.http();
          byte[] body = http.body().stream().readAllBytes();
          r.put(
              resp.targetURI(),
              new Response(
                  resp.targetURI(), resp.date(), http.status(), http.headers().map(), body));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped sample WARC", e);
    }
    types = List.copyOf(t);
    responses = java.util.Collections.unmodifiableMap(r);
  }
}
