package org.warta.sample.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes captures as a gzipped WARC 1.1 file (one gzip member per record, ISO 28500:2017) with
 * jwarc: a {@code warcinfo} record, then a {@code request} and a {@code response} record per
 * capture, with SHA-1 block and payload digests. The HTTP messages are serialised here so that
 * headers keep the server's order. Record ids are name-based UUIDs of the seed, record type, URL
 * and date, and every date comes from the captures, so the same captures give the same bytes.
 */
public final class WarcPacker {
  /** The User-Agent of the simulated crawler. */
  public static final String USER_AGENT = "WartaSampleCrawler/1.0 (+https://warta.example/bot)";

  private WarcPacker() {}

  /** Writes the WARC to the channel; the channel is not closed. */
  public static void write(
      WritableByteChannel out,
      List<Capture> captures,
      Map<String, String> info,
      Instant infoDate,
      long seed)
      throws IOException {
    WarcWriter writer = new WarcWriter(out, WarcCompression.GZIP);
    Map<String, List<String>> fields = new LinkedHashMap<>();
    info.forEach((k, v) -> fields.put(k, List.of(v)));
    URI infoId = id(seed, "warcinfo", "sample", infoDate);
    writer.write(
        new Warcinfo.Builder()
            .version(MessageVersion.WARC_1_1)
            .recordId(infoId)
            .date(infoDate)
            .filename(info.getOrDefault("filename", "sample.warc.gz"))
            .fields(fields)
            .build());
    for (Capture c : captures) {
      writeCapture(writer, c, infoId, seed);
    }
  }

  private static void writeCapture(WarcWriter writer, Capture c, URI infoId, long seed)
      throws IOException {
    URI requestId = id(seed, "request", c.url().toString(), c.date());
    URI responseId = id(seed, "response", c.url().toString(), c.date());
    byte[] request = request(c);
    writer.write(
        new WarcRequest.Builder(c.url())
            .version(MessageVersion.WARC_1_1)
            .recordId(requestId)
            .date(c.date())
            .warcinfoId(infoId)
            .concurrentTo(responseId)
            .blockDigest(sha1(request))
            .body(MediaType.HTTP_REQUEST, request)
            .build());
    byte[] response = response(c);
    writer.write(
        new WarcResponse.Builder(c.url())
            .version(MessageVersion.WARC_1_1)
            .recordId(responseId)
            .date(c.date())
            .warcinfoId(infoId)
            .blockDigest(sha1(response))
            .payloadDigest(sha1(c.body()))
            .body(MediaType.HTTP_RESPONSE, response)
            .build());
  }

  private static byte[] request(Capture c) {
    String target =
        c.url().getRawPath() + (c.url().getRawQuery() == null ? "" : "?" + c.url().getRawQuery());
    String head =
        "GET "
            + target
            + " HTTP/1.1\r\n"
            + "Host: "
            + c.url().getHost()
            + "\r\n"
            + "User-Agent: "
            + USER_AGENT
            + "\r\n"
            + "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n"
            + "Accept-Language: id,en;q=0.8\r\n"
            + "Connection: close\r\n\r\n";
    return head.getBytes(StandardCharsets.US_ASCII);
  }

  /** Status line, the capture's headers in order with Content-Length after them, body. */
  private static byte[] response(Capture c) {
    StringBuilder head =
        new StringBuilder("HTTP/1.1 ")
            .append(c.status())
            .append(' ')
            .append(c.reason())
            .append("\r\n");
    for (Capture.Header h : c.headers()) {
      head.append(h.name()).append(": ").append(h.value()).append("\r\n");
    }
    head.append("Content-Length: ").append(c.body().length).append("\r\n\r\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(c.body());
    return out.toByteArray();
  }

  private static WarcDigest sha1(byte[] bytes) {
    try {
      return new WarcDigest("sha1", MessageDigest.getInstance("SHA-1").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-1", e);
    }
  }

  private static URI id(long seed, String type, String url, Instant date) {
    byte[] name = (seed + " " + type + " " + url + " " + date).getBytes(StandardCharsets.UTF_8);
    return URI.create("urn:uuid:" + UUID.nameUUIDFromBytes(name));
  }
}
